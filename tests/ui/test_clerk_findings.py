"""Issue 17, "What the clerk met": small frictions found in a usability test (findings 11-17)."""

from __future__ import annotations

from typing import Any

from desk_helpers import SEED_IDS, WAIT, click, idle, load_order
from test_errors import fill_invoice, send

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow


def test_finding_17_13_banner_clears_when_the_reread_proves_the_send_landed(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    sandbox.faults.add("drop_after", "POST", "/invoice")
    fill_invoice(qtbot, window, "NFLANDED")
    send(qtbot, window)
    assert window.errors.isVisible()
    tab = window.invoice_tab
    click(qtbot, window.errors.reload_button)
    qtbot.waitUntil(lambda: not tab.guard.needs_reload and not tab.check.checking and idle(window), timeout=WAIT)
    assert "Nothing more to do" in tab.receipt.text.toPlainText()
    assert not window.errors.isVisible()


def test_finding_17_13_banner_clears_when_another_order_loads(qtbot: Any, window: MainWindow) -> None:
    window.order_panel.order_id_edit.setText("9999999999999-01")
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT):
        click(qtbot, window.order_panel.load_button)
    assert window.errors.isVisible()
    load_order(qtbot, window, SEED_IDS["ready"])
    assert not window.errors.isVisible()
