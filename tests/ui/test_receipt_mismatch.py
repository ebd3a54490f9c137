"""Issue 17, point 10 in the desk: a receipt for another order is a warning, never "confirmed"."""

from __future__ import annotations

import json
from typing import Any

from desk_helpers import SEED_IDS, WAIT, click, idle, load_order, paste_xml

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow

STATIC = json.dumps({"date": "2024-02-07T15:22:56.7612218-02:00", "orderId": "123543123",
                     "receipt": "38e0e47da2934847b489216d208cfd91"})


def test_finding_10_a_receipt_for_another_order_is_shown_as_not_confirmed(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    order_id = SEED_IDS["ready"]
    load_order(qtbot, window, order_id)
    form = window.invoice_tab.form
    qtbot.keyClicks(form.number_edit, "NF1710")
    paste_xml(qtbot, window, "<nfeProc>…</nfeProc>")
    sandbox.faults.add("status", "POST", "/invoice", status=200, body=STATIC, process=True)
    click(qtbot, window.invoice_tab.send_button)
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT) as shown:
        click(qtbot, window.invoice_tab.confirm_button)
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    report = shown.args[0]
    assert report.kind == "ReceiptMismatchError" and report.may_have_applied
    headline = window.errors.headline.text()
    assert "123543123" in headline and order_id in headline and "not confirmed" in headline
    assert window.errors.reload_button.isVisible()  # re-read before anything else
    [entry] = window.ctx.journal.query()
    assert entry.state != "confirmed" and entry.receipt is None
