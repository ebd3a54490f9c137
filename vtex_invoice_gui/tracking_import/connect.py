"""The store a command-line run reads from: ``--base-url`` (a loopback sandbox, key and token from
``VTEX_APP_KEY``/``VTEX_APP_TOKEN``), ``--store ID`` (the desk's settings and keyring), or the
desk's current store. Every failure is a :class:`ConnectProblem` with a sentence that says what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..secrets import SecretVault
from ..sending.stores import CLI_STORE_ID, StoreProblem, open_store
from ..vtex import RetryNotice
from ..vtex.client import OmsClient

__all__ = ["CLI_STORE_ID", "ConnectProblem", "Connection", "connect"]


class ConnectProblem(Exception):
    """No store to read from; ``str()`` is the sentence for the clerk (``wording/cli.py``)."""


@dataclass
class Connection:
    store_id: str
    client: OmsClient


def connect(
    store: str | None, base_url: str | None, account: str | None = None, vault: SecretVault | None = None,
    on_retry: Callable[[RetryNotice], None] | None = None,
) -> Connection:
    """A client for the store the command line names (``vault``: the keyring, unless a test gives one;
    ``on_retry``: told before each retry, e.g. to pause every send on a 429)."""
    try:
        found = open_store(store, base_url, account=account, current=True, vault=vault, on_retry=on_retry)
    except StoreProblem as problem:
        raise ConnectProblem(problem.message) from None
    return Connection(found.profile.id, found.client)
