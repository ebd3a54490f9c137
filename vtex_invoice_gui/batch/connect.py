"""The store a command-line batch reads: a saved store profile and its keyring key (``--store``),
or a loopback sandbox with the key in ``VTEX_APP_KEY``/``VTEX_APP_TOKEN`` (``--base-url``), as the
desk itself does (``app.py``). Settings come from ``VTEX_DESK_HOME`` when set.
"""

from __future__ import annotations

import os

from ..messages import Message, message_of
from ..secrets import SecretStore, SecretStoreUnavailable
from ..settings import SettingsFile, config_dir
from ..vtex.account import Account, AccountError, validate_loopback_url
from ..vtex.client import OmsClient
from ..vtex.credentials import CredentialError

KEY_ENV = "VTEX_APP_KEY"
TOKEN_ENV = "VTEX_APP_TOKEN"

# Sentences of the command line only (wording/cli.py): the desk never shows them.
MSG_NO_STORE = Message("cli.no_store")
MSG_NO_KEY = Message("cli.no_key")
MSG_KEYRING = Message("cli.keyring")
MSG_ENV_MISSING = Message("cli.env_missing")
MSG_NEEDS_STORE = Message("cli.needs_store")


class ConnectError(Exception):
    """The store cannot be reached as asked; the argument is a sentence (a usage problem)."""


def open_client(store: str | None, base_url: str | None) -> OmsClient:
    """The client for ``--store`` or ``--base-url``. Raises ConnectError with a clear sentence."""
    try:
        if base_url:
            key, token = os.environ.get(KEY_ENV, "").strip(), os.environ.get(TOKEN_ENV, "").strip()
            if not key or not token:
                raise ConnectError(MSG_ENV_MISSING.format(key=KEY_ENV, token=TOKEN_ENV))
            return OmsClient(Account.sandbox(validate_loopback_url(base_url)), key, token)
        if not store:
            raise ConnectError(MSG_NEEDS_STORE)
        folder = config_dir()
        profile = SettingsFile(folder / "settings.json").load().store(store)
        if profile is None:
            raise ConnectError(MSG_NO_STORE.format(store=store, folder=folder))
        try:
            credentials = SecretStore().load(profile.id)
        except SecretStoreUnavailable as error:
            raise ConnectError(MSG_KEYRING.format(reason=message_of(error))) from None
        if credentials is None:
            raise ConnectError(MSG_NO_KEY.format(store=store))
        return OmsClient(profile.to_account(), credentials.app_key, credentials.app_token)
    except (AccountError, CredentialError) as error:
        raise ConnectError(message_of(error)) from None
