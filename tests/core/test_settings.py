"""Settings: store names only, atomically written, overridable home, loopback-only base URLs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from vtex_invoice_gui.settings import (
    HOME_ENV,
    Settings,
    SettingsFile,
    StoreProfile,
    config_dir,
    log_dir,
)
from vtex_invoice_gui.vtex import Environment


def test_home_env_moves_config_and_logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    assert config_dir() == tmp_path
    assert log_dir() == tmp_path / "logs"
    assert SettingsFile().path == tmp_path / "settings.json"
    assert config_dir(tmp_path / "x") == tmp_path / "x"


def test_round_trip(tmp_path: Path) -> None:
    file = SettingsFile(tmp_path / "settings.json")
    settings = Settings(language="pt_BR")
    settings.upsert(StoreProfile(id="mystore", account="mystore"))
    settings.upsert(StoreProfile(id="mystore-beta", account="mystore", environment="vtexcommercebeta"))
    settings.current_store = "mystore-beta"
    file.save(settings)
    loaded = SettingsFile(file.path).load()
    assert loaded == settings
    assert loaded.current().environment is Environment.BETA
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left behind


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    file = SettingsFile(tmp_path / "nope" / "settings.json")
    assert file.load() == Settings()
    assert file.problem is None


def test_damaged_file_is_set_aside_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"stores": [{"id": "BAD ID", "account": "x"}]}')
    file = SettingsFile(path)
    assert file.load() == Settings()
    assert file.problem and "set aside" in file.problem
    assert len(list(tmp_path.glob("settings.broken-*.json"))) == 1  # kept, with the time in its name


def test_failed_write_leaves_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = SettingsFile(tmp_path / "settings.json")
    file.save(Settings(language="es"))

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        file.save(Settings(language="pt_BR"))
    monkeypatch.undo()
    assert SettingsFile(file.path).load().language == "es"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_session_only_stores_are_not_written(tmp_path: Path) -> None:
    file = SettingsFile(tmp_path / "settings.json")
    settings = Settings()
    settings.upsert(StoreProfile(id="mystore", account="mystore"))
    settings.upsert(StoreProfile(id="demo", account="sandbox", base_url="http://127.0.0.1:8123", session_only=True))
    settings.current_store = "demo"
    file.save(settings)
    data = json.loads(file.path.read_text())
    assert [s["id"] for s in data["stores"]] == ["mystore"]
    assert data["current_store"] is None
    assert "session_only" not in file.path.read_text()


@pytest.mark.parametrize("url", ["https://evil.example.com", "http://10.0.0.1:80", "http://127.0.0.1/x"])
def test_base_url_is_loopback_only(url: str) -> None:
    with pytest.raises(ValidationError):
        StoreProfile(id="x", account="sandbox", base_url=url)


def test_profile_builds_the_account() -> None:
    real = StoreProfile(id="shop", account="shop", environment="vtexcommercebeta").to_account()
    assert real.base_url == "https://shop.vtexcommercebeta.com.br"
    sandbox = StoreProfile(id="demo", account="sandbox", base_url="http://localhost:9000").to_account()
    assert sandbox.is_sandbox and sandbox.base_url == "http://localhost:9000"


def test_account_names_are_checked() -> None:
    with pytest.raises(ValidationError, match="not a VTEX account name"):
        StoreProfile(id="x", account="evil.com/x")


def test_new_store_ids_are_unique_and_remove_moves_current() -> None:
    settings = Settings()
    first = settings.new_store_id("shop")
    settings.upsert(StoreProfile(id=first, account="shop"))
    second = settings.new_store_id("shop")
    settings.upsert(StoreProfile(id=second, account="shop"))
    assert (first, second) == ("shop", "shop-2")
    assert settings.new_store_id("shop", Environment.BETA) == "shop-beta"
    settings.current_store = "shop"
    settings.remove("shop")
    assert settings.current_store == "shop-2"
