"""Which store ``batch tracking`` reads from: a desk store (settings + keyring) or ``--base-url``."""

from __future__ import annotations

from pathlib import Path

import pytest

from vtex_invoice_gui.sandbox import SEED_IDS, Sandbox
from vtex_invoice_gui.secrets import Credentials, MemorySecretStore, SecretVault
from vtex_invoice_gui.settings import Settings, SettingsFile, StoreProfile
from vtex_invoice_gui.tracking_import.connect import ConnectProblem, connect


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VTEX_DESK_HOME", str(tmp_path))
    monkeypatch.delenv("VTEX_APP_KEY", raising=False)
    monkeypatch.delenv("VTEX_APP_TOKEN", raising=False)
    return tmp_path


def test_store_reads_the_desks_settings_and_its_key(sandbox: Sandbox, home: Path) -> None:
    settings = Settings(stores=[StoreProfile(id="loja", account="sandbox", base_url=sandbox.base_url)])
    SettingsFile(home / "settings.json").save(settings)
    vault = SecretVault(MemorySecretStore())
    vault.save("loja", Credentials(sandbox.app_key, sandbox.app_token))
    connection = connect("loja", None, vault=vault)
    with connection.client as client:
        assert connection.store_id == "loja"
        assert client.get_order(SEED_IDS["invoiced_in_transit"]).status == "invoiced"


def test_an_unknown_store_names_the_known_ones(home: Path) -> None:
    settings = Settings(stores=[StoreProfile(id="loja", account="minhaloja")])
    SettingsFile(home / "settings.json").save(settings)
    with pytest.raises(ConnectProblem, match=r"No saved store named 'outra' .*\(saved: loja\)"):
        connect("outra", None, vault=SecretVault(MemorySecretStore()))


def test_a_store_without_a_key_says_where_to_add_it(home: Path) -> None:
    SettingsFile(home / "settings.json").save(Settings(stores=[StoreProfile(id="loja", account="minhaloja")]))
    with pytest.raises(ConnectProblem, match="Store 'loja' has no app key and token in the keyring; enter them in the desk under Accounts"):
        connect("loja", None, vault=SecretVault(MemorySecretStore()))


def test_base_url_needs_the_key_in_the_environment_and_a_loopback_address(home: Path) -> None:
    with pytest.raises(ConnectProblem, match="VTEX_APP_KEY and VTEX_APP_TOKEN"):
        connect(None, "http://127.0.0.1:9")
    with pytest.raises(ConnectProblem, match="only allowed for the local sandbox"):
        connect(None, "https://example.com")
