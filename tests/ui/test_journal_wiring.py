"""Where the composition root puts the journal, and that every client the tabs get journals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk_helpers import SEED_IDS, WAIT, idle, load_order

from vtex_invoice_gui.launch import parse_args
from vtex_invoice_gui.ui.runtime.desk import create_window
from vtex_invoice_gui.journal import JournaledClient
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.secrets import MemorySecretStore, SecretVault
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.vtex import OmsClient


def test_a_given_home_holds_the_journal_and_a_wrapper_runs_inside_it(
    qtbot: Any, sandbox: Sandbox, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setenv("VTEX_APP_KEY", sandbox.app_key)
    monkeypatch.setenv("VTEX_APP_TOKEN", sandbox.app_token)
    wrapped: list[str] = []

    def wrap(client: OmsClient, profile: Any) -> OmsClient:
        wrapped.append(profile.id)
        return client

    home = tmp_path / "elsewhere"
    window = create_window(
        parse_args(["--base-url", sandbox.base_url]), secrets=SecretVault(MemorySecretStore()), home=home, wrap=wrap
    )
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.ctx.journal.path == home / "data" / "journal.sqlite3"
    api = window.ctx.api.build(window.ctx.store)
    assert isinstance(api, JournaledClient) and api.store == "command-line" and wrapped == ["command-line"]
    load_order(qtbot, window, SEED_IDS["ready"])
    window.session.start_handling()
    qtbot.waitUntil(lambda: window.session.order.status == "handling" and idle(window), timeout=WAIT)
    (entry,) = window.ctx.journal.query()
    assert entry.operation == "start_handling" and entry.state == "confirmed"


def test_the_demo_journals_apart_from_the_real_journal(qtbot: Any, desk_home: Path) -> None:
    window = create_window(parse_args(["--demo"]), secrets=SecretVault(MemorySecretStore()))
    qtbot.addWidget(window)
    path = window.ctx.journal.path
    assert desk_home not in path.parents  # demo sends never mix with the store's history
    window.close()
    assert not path.exists()
