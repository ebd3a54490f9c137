"""The store a command-line batch reads: a saved store profile and its keyring key (``--store``),
or a loopback sandbox with the key in ``VTEX_APP_KEY``/``VTEX_APP_TOKEN`` (``--base-url``), as the
desk itself does (``sending/stores.py``, one for every command). Settings come from ``VTEX_DESK_HOME`` when set.
"""

from __future__ import annotations

from collections.abc import Callable

from ..sending.stores import StoreClient, StoreProblem, open_store
from ..vtex import RetryNotice


class ConnectError(Exception):
    """The store cannot be reached as asked; the argument is a sentence (a usage problem)."""


def open_client(
    store: str | None, base_url: str | None, on_retry: Callable[[RetryNotice], None] | None = None
) -> StoreClient:
    """The store and its client for ``--store`` or ``--base-url`` (``on_retry``: told before each
    retry, e.g. to pause every send on a 429). Raises ConnectError with a clear sentence."""
    try:
        return open_store(store, base_url, on_retry=on_retry)
    except StoreProblem as problem:
        raise ConnectError(problem.message) from None
