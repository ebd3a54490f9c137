"""The store a command-line batch reads: a saved store profile and its keyring key (``--store``),
or a loopback sandbox with the key in ``VTEX_APP_KEY``/``VTEX_APP_TOKEN`` (``--base-url``), as the
desk itself does (``sending/stores.py``, one for every command). Settings come from ``VTEX_DESK_HOME`` when set.
"""

from __future__ import annotations

from ..sending.stores import StoreProblem, open_store
from ..vtex.client import OmsClient


class ConnectError(Exception):
    """The store cannot be reached as asked; the argument is a sentence (a usage problem)."""


def open_client(store: str | None, base_url: str | None) -> OmsClient:
    """The client for ``--store`` or ``--base-url``. Raises ConnectError with a clear sentence."""
    try:
        return open_store(store, base_url).client
    except StoreProblem as problem:
        raise ConnectError(problem.message) from None
