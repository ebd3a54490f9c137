"""The store a command-line run reads from: ``--base-url`` (a loopback sandbox, key and token from
``VTEX_APP_KEY``/``VTEX_APP_TOKEN``), ``--store ID`` (the desk's settings and keyring), or the
desk's current store. Every failure is a :class:`ConnectProblem` with a sentence that says what to do.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..secrets import SecretVault
from ..sending.stores import CLI_STORE_ID, KEY_ENV, TOKEN_ENV, StoreProblem, open_store
from ..vtex.client import OmsClient

__all__ = ["CLI_STORE_ID", "ConnectProblem", "Connection", "connect"]


class ConnectProblem(Exception):
    """No store to read from; ``str()`` is the sentence for the clerk."""


@dataclass
class Connection:
    store_id: str
    client: OmsClient


def connect(
    store: str | None, base_url: str | None, account: str | None = None, vault: SecretVault | None = None
) -> Connection:
    """A client for the store the command line names (``vault``: the keyring, unless a test gives one)."""
    try:
        found = open_store(store, base_url, account=account, current=True, vault=vault)
    except StoreProblem as problem:
        raise ConnectProblem(_sentence(problem)) from None
    return Connection(found.profile.id, found.client)


def _sentence(problem: StoreProblem) -> str:
    """The tracking import's words for a store it cannot open (see ``sending/stores.py``)."""
    kind, params, error = problem.kind, problem.params, problem.error
    if kind == "env-missing":
        return f"With --base-url, set the app key and token in {KEY_ENV} and {TOKEN_ENV}."
    if kind == "env-credentials":
        return f"{error} (from {KEY_ENV}/{TOKEN_ENV})"
    if kind == "no-store":
        known = ", ".join(params["known"]) or "none yet: add one in the desk under Accounts"
        store = params["store"]
        if store:
            return f"No store {store!r} in the desk's settings (stores: {known})."
        return f"No store is set up (stores: {known}); give --store or --base-url."
    if kind == "no-key":
        return f"The keyring holds no app key for store {params['store']}: add it in the desk under Accounts."
    return str(error) if error is not None else str(problem)  # bad-url, keyring, bad-credentials
