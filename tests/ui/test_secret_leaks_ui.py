"""Issue 11 finding 5, end to end: a token given with a stray line break never shows or lands anywhere.

The token comes from ``VTEX_APP_TOKEN`` with a trailing ``\\n`` (as ``export VTEX_APP_TOKEN=$(cat
token.txt)`` can leave it); the sandbox then answers a send with an error page that echoes the
token in every escaped form. Whatever happens, the token's text appears in none of: the error
panel, the copied details, the status bar, the journal, the CSV export, the log file.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from desk_helpers import SEED_IDS, WAIT, click, idle, load_order
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.runtime.application import configure_logging
from vtex_invoice_gui.ui.main_window import MainWindow


def shown_text(window: MainWindow) -> str:
    """Everything the error panel and the status bar show."""
    labels = [label.text() for label in window.errors.findChildren(QLabel)]
    return "\n".join([*labels, window.errors.details.toPlainText(), window.statusBar().currentMessage()])


def leaks(token: str, places: dict[str, bytes]) -> list[str]:
    """Where the token's core (in any escaped form it contains it) is found, as text or UTF-16."""
    core = token.strip()
    needles = (core.encode(), core.encode("utf-16-le"), core.lower().encode())
    return [name for name, data in places.items() if any(needle in data for needle in needles)]


def test_finding_5_token_with_trailing_newline_never_leaks(
    qtbot: Any, make_window: Callable[..., MainWindow], sandbox: Sandbox, desk_home: Path, tmp_path: Path
) -> None:
    token = sandbox.app_token + "\n"
    handler = configure_logging(desk_home / "logs", logging.DEBUG)
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.DEBUG)
    csv_path = tmp_path / "history.csv"
    try:
        window = make_window(token=token)
        load_order(qtbot, window, SEED_IDS["ready"])  # the stripped token works
        echoes = " ".join((repr(token), json.dumps(token), quote(token), repr(token.encode()), token))
        body = json.dumps({"error": {"code": "1", "message": f"bad header X-VTEX-API-AppToken: {echoes}"}})
        sandbox.faults.add("status", "POST", "/invoice", status=400, body=body)
        window.invoice_tab.form.number_edit.setText("NFLEAK1")
        click(qtbot, window.invoice_tab.send_button)
        click(qtbot, window.invoice_tab.confirm_button)
        qtbot.waitUntil(lambda: window.errors.isVisible() and idle(window), timeout=WAIT)
        assert "bad header X-VTEX-API-AppToken: '***" in window.errors.details.toPlainText()
        panel = shown_text(window)
        click(qtbot, window.errors.copy_button)
        copied = QGuiApplication.clipboard().text()
        with qtbot.waitSignal(window.history_tab.exported, timeout=WAIT):
            window.history_tab.export_to(csv_path)
        window.close()
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(level)
    assert "NFLEAK1" in csv_path.read_text(encoding="utf-8-sig")  # the failed send is in the export
    places = {"error panel": panel.encode(), "copied details": copied.encode(), "CSV export": csv_path.read_bytes()}
    places |= {str(p.relative_to(desk_home)): p.read_bytes() for p in desk_home.rglob("*") if p.is_file()}
    assert any(name.endswith("desk.log") for name in places) and any("journal" in name for name in places)
    assert leaks(token, places) == []


def test_finding_5_a_token_mangled_inside_is_refused_at_start_with_what_to_do(
    qtbot: Any, make_window: Callable[..., MainWindow], sandbox: Sandbox
) -> None:
    token = sandbox.app_token[:8] + "\n" + sandbox.app_token[8:]
    window = make_window(token=token)
    qtbot.waitUntil(lambda: "VTEX_APP_TOKEN" in window.statusBar().currentMessage(), timeout=WAIT)
    note = window.statusBar().currentMessage()
    assert "Copy the app token again from the VTEX Admin" in note or "VTEX Admin" in note
    window.order_panel.order_id_edit.setText(SEED_IDS["ready"])
    window.order_panel.load()
    qtbot.waitUntil(lambda: window.errors.isVisible() and idle(window), timeout=WAIT)
    assert "no app key and token" in window.errors.headline.text()
    assert leaks(token, {"status bar": note.encode(), "error panel": shown_text(window).encode()}) == []
    assert sandbox.requests == []  # nothing was sent with the mangled token


def test_finding_5_the_accounts_dialog_strips_and_refuses_mangled_keys(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    from vtex_invoice_gui.secrets import MemorySecretStore, SecretVault

    vault = SecretVault(MemorySecretStore())
    window = make_window(vault=vault)
    window.open_accounts()
    dialog = window.accounts_dialog
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.new_button)
    dialog.account_edit.setText("mystore")
    dialog.key_edit.setText("vtexappkey-mystore-XYZ")
    dialog.token_edit.setText("MYSTORETOKEN\tABCDEF")  # a tab picked up from a spreadsheet cell
    click(qtbot, dialog.save_button)
    assert "Copy the app token again from the VTEX Admin" in dialog.message.text()
    assert "MYSTORETOKEN" not in dialog.message.text()
    assert dialog.token_edit.text() == "MYSTORETOKEN\tABCDEF"  # what the clerk typed is kept
    dialog.token_edit.setText("\tMYSTORETOKENABCDEF\t")
    dialog.session_check.setChecked(True)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "Saved" in dialog.message.text() and idle(window), timeout=WAIT)
    store_id = window.ctx.settings.current_store
    assert vault.load(store_id).app_token == "MYSTORETOKENABCDEF"  # type: ignore[union-attr]
