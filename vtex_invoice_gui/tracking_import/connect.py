"""The store a command-line run reads from: ``--base-url`` (a loopback sandbox, key and token from
``VTEX_APP_KEY``/``VTEX_APP_TOKEN``), ``--store ID`` (the desk's settings and keyring), or the
desk's current store. Every failure is a :class:`ConnectProblem` with a sentence that says what to do.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..messages import Message
from ..secrets import Credentials, SecretStore, SecretStoreUnavailable, SecretVault
from ..settings import SettingsFile, StoreProfile, config_dir
from ..vtex.account import AccountError, validate_account_name, validate_loopback_url
from ..vtex.client import OmsClient
from ..vtex.credentials import CredentialError

KEY_ENV = "VTEX_APP_KEY"
TOKEN_ENV = "VTEX_APP_TOKEN"
CLI_STORE_ID = "command-line"


class ConnectProblem(Exception):
    """No store to read from; ``str()`` is the sentence for the clerk (``wording/cli.py``)."""


@dataclass
class Connection:
    store_id: str
    client: OmsClient


def connect(
    store: str | None, base_url: str | None, account: str | None = None, vault: SecretVault | None = None
) -> Connection:
    """A client for the store the command line names (``vault``: the keyring, unless a test gives one)."""
    if base_url:
        try:
            profile = StoreProfile(id=CLI_STORE_ID, account=validate_account_name(account or "sandbox"),
                                   base_url=validate_loopback_url(base_url))  # fmt: skip
        except (AccountError, ValueError) as error:
            raise ConnectProblem(str(error)) from None
        key, token = os.environ.get(KEY_ENV, ""), os.environ.get(TOKEN_ENV, "")
        if not key.strip() or not token.strip():
            raise ConnectProblem(Message("cli.base_url_env").format(key=KEY_ENV, token=TOKEN_ENV))
        try:
            credentials = Credentials(key, token)
        except (CredentialError, ValueError) as error:
            raise ConnectProblem(Message("cli.env_credentials").format(problem=error, key=KEY_ENV, token=TOKEN_ENV)) from None
        return Connection(CLI_STORE_ID, _client(profile, credentials))
    settings = SettingsFile(config_dir() / "settings.json").load()
    profile = settings.store(store) if store else settings.current()
    if profile is None:
        known = ", ".join(s.id for s in settings.stores) or Message("cli.no_stores_yet")
        raise ConnectProblem(Message("cli.store_unknown").format(store=repr(store), known=known) if store
                             else Message("cli.no_store_set_up").format(known=known))  # fmt: skip
    try:
        credentials = (vault or SecretVault(SecretStore())).load(profile.id)
    except SecretStoreUnavailable as error:
        raise ConnectProblem(str(error)) from None
    if credentials is None:
        raise ConnectProblem(Message("cli.keyring_no_key").format(store=profile.id))
    return Connection(profile.id, _client(profile, credentials))


def _client(profile: StoreProfile, credentials: Credentials) -> OmsClient:
    return OmsClient(profile.to_account(), credentials.app_key, credentials.app_token)
