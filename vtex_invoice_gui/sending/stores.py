"""The store a command-line run talks to, found one way for every command (batch, tracking import,
worklist): ``--base-url`` (a loopback sandbox, key and token from ``VTEX_APP_KEY`` /
``VTEX_APP_TOKEN``, as the desk's ``--base-url``), or ``--store ID`` (the desk's settings and keyring),
or the desk's current store when the command allows it.

Every failure is a :class:`StoreProblem` with a ``kind``, its parameters and one sentence for every
command (``message``, worded in ``wording/cli.py``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..messages import Message, message_of
from ..secrets import Credentials, SecretStore, SecretStoreUnavailable, SecretVault
from ..settings import SettingsFile, StoreProfile, config_dir
from ..vtex import OmsClient, RetryNotice
from ..vtex.account import AccountError, validate_account_name, validate_loopback_url
from ..vtex.credentials import CredentialError

KEY_ENV = "VTEX_APP_KEY"
TOKEN_ENV = "VTEX_APP_TOKEN"
CLI_STORE_ID = "command-line"


class StoreProblem(Exception):
    """No client for the store asked for. ``kind``: ``bad-url``, ``env-missing``, ``env-credentials``,
    ``needs-store``, ``no-store`` (``store``, ``folder``, ``known``), ``keyring``, ``no-key``
    (``store``), ``bad-credentials``; ``error`` is the underlying exception when there is one."""

    def __init__(self, kind: str, error: BaseException | None = None, **params: Any) -> None:
        super().__init__(kind if error is None else f"{kind}: {error}")
        self.kind, self.error, self.params = kind, error, params

    @property
    def message(self) -> Message | str:
        """What the clerk is told, the same in every command."""
        kind, params, error = self.kind, self.params, self.error
        if kind == "env-missing":
            return Message("cli.env_missing").format(key=KEY_ENV, token=TOKEN_ENV)
        if kind == "env-credentials":
            return Message("cli.env_credentials").format(problem=message_of(error), key=KEY_ENV, token=TOKEN_ENV)
        if kind == "needs-store":
            return Message("cli.needs_store")
        if kind == "no-store":
            known = ", ".join(params["known"]) or Message("cli.no_stores_yet")
            if params["store"]:
                return Message("cli.no_store").format(store=params["store"], folder=params["folder"], known=known)
            return Message("cli.no_store_set_up").format(known=known)
        if kind == "no-key":
            return Message("cli.no_key").format(store=params["store"])
        if kind == "keyring" and error is not None:
            return Message("cli.keyring").format(reason=message_of(error))
        if kind == "bad-url" and error is not None:
            return Message("cli.bad_url").format(problem=" ".join(str(message_of(error)).split()))
        return message_of(error) if error is not None else str(self)  # bad-credentials: the error says which


@dataclass
class StoreClient:
    profile: StoreProfile
    client: OmsClient


def open_store(
    store: str | None, base_url: str | None, *, account: str | None = None, current: bool = False,
    vault: SecretVault | None = None, on_retry: Callable[[RetryNotice], None] | None = None,
) -> StoreClient:
    """The client of the store the command line names (``current``: the desk's current store when
    no ``store`` is given; ``vault``: the keyring unless a test gives one). Raises :class:`StoreProblem`."""
    if base_url:
        try:
            url = validate_loopback_url(base_url)
        except (AccountError, ValueError) as error:
            raise StoreProblem("bad-url", error) from None
        try:
            profile = StoreProfile(id=CLI_STORE_ID, account=validate_account_name(account or "sandbox"), base_url=url)
        except (AccountError, ValueError) as error:
            raise StoreProblem("bad-url", error) from None
        key, token = os.environ.get(KEY_ENV, ""), os.environ.get(TOKEN_ENV, "")
        if not key.strip() or not token.strip():
            raise StoreProblem("env-missing", key=KEY_ENV, token=TOKEN_ENV)
        try:
            credentials = Credentials(key, token)
        except (CredentialError, ValueError) as error:
            raise StoreProblem("env-credentials", error, key=KEY_ENV, token=TOKEN_ENV) from None
    else:
        if not store and not current:
            raise StoreProblem("needs-store")
        folder = config_dir()
        settings = SettingsFile(folder / "settings.json").load()
        found = settings.store(store) if store else settings.current()
        if found is None:
            raise StoreProblem("no-store", store=store, folder=folder, known=[s.id for s in settings.stores])
        profile = found
        try:
            loaded = (vault or SecretVault(SecretStore())).load(profile.id)
        except SecretStoreUnavailable as error:
            raise StoreProblem("keyring", error) from None
        except CredentialError as error:
            raise StoreProblem("bad-credentials", error) from None
        if loaded is None:
            raise StoreProblem("no-key", store=profile.id)
        credentials = loaded
    try:
        client = OmsClient(profile.to_account(), credentials.app_key, credentials.app_token, on_retry=on_retry)
    except (AccountError, CredentialError, ValueError) as error:
        raise StoreProblem("bad-credentials", error) from None
    return StoreClient(profile, client)
