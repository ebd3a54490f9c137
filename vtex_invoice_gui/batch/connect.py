"""The store a command-line batch reads: a saved store profile and its keyring key (``--store``),
or a loopback sandbox with the key in ``VTEX_APP_KEY``/``VTEX_APP_TOKEN`` (``--base-url``), as the
desk itself does (``app.py``). Settings come from ``VTEX_DESK_HOME`` when set.
"""

from __future__ import annotations

from ..messages import Message, message_of
from ..sending.stores import KEY_ENV, TOKEN_ENV, StoreProblem, open_store
from ..vtex.client import OmsClient

# Sentences of the command line only (it speaks English): no code, the desk never shows them.
MSG_NO_STORE = Message(
    "No saved store named '{store}' in {folder}. Add it in the desk under Accounts, or check --store."
)
MSG_NO_KEY = Message(
    "Store '{store}' has no app key and token in the keyring; enter them in the desk under Accounts."
)
MSG_KEYRING = Message("The keyring could not be read: {reason}")
MSG_ENV_MISSING = Message("--base-url needs the app key and token in {key} and {token}.")
MSG_NEEDS_STORE = Message("Name the store: --store STORE, or --base-url URL for a local sandbox.")


class ConnectError(Exception):
    """The store cannot be reached as asked; the argument is a sentence (a usage problem)."""


def open_client(store: str | None, base_url: str | None) -> OmsClient:
    """The client for ``--store`` or ``--base-url``. Raises ConnectError with a clear sentence."""
    try:
        return open_store(store, base_url).client
    except StoreProblem as problem:
        raise ConnectError(_sentence(problem)) from None


def _sentence(problem: StoreProblem) -> str:
    """Batch's words for a store it cannot open (see ``sending/stores.py``)."""
    kind, params = problem.kind, problem.params
    if kind == "env-missing":
        return MSG_ENV_MISSING.format(key=KEY_ENV, token=TOKEN_ENV)
    if kind == "needs-store":
        return MSG_NEEDS_STORE
    if kind == "no-store":
        return MSG_NO_STORE.format(store=params["store"], folder=params["folder"])
    if kind == "keyring" and problem.error is not None:
        return MSG_KEYRING.format(reason=message_of(problem.error))
    if kind == "no-key":
        return MSG_NO_KEY.format(store=params["store"])
    return message_of(problem.error) if problem.error is not None else str(problem)
