"""The queue dock beside the order panel (issue 13): a real window on a sandbox with a real day;
the queue loads off the GUI thread, F6 focuses it, Enter opens the order in the desk, and after a
send the desk's fresh read takes the row out of "To invoice"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow

from desk_helpers import WAIT, idle


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(latency=0.0, apply_delay=0.0, extra_orders=150) as sb:
        yield sb


def _loaded(qtbot: Any, window: MainWindow) -> None:
    panel = window.worklist.panel
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.refresh()
    qtbot.waitUntil(lambda: idle(window), timeout=20_000)


def _to_invoice(sandbox: Sandbox, days: int) -> set[str]:
    now = datetime.now(UTC)
    since = datetime(now.year, now.month, now.day, tzinfo=UTC).timestamp() - (days - 1) * 86400
    kept = set()
    for oid, order in sandbox.orders.items():
        if datetime.fromisoformat(order["creationDate"]).timestamp() < since:
            continue
        invoiced = sum(p["invoiceValue"] for p in order["packageAttachment"]["packages"] if p["type"] == "Output")
        if order["value"] - invoiced <= 0:
            continue
        if order["status"] in ("ready-for-handling", "handling") or (order["status"] == "payment-approved" and invoiced):
            kept.add(oid)
    return kept


def test_the_queue_shows_to_invoice_and_enter_opens_the_order(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    panel = window.worklist.panel
    assert panel.queue_combo.currentData() == "to-invoice"
    _loaded(qtbot, window)
    shown = {row.order_id for row in panel.model.rows()}
    assert shown == _to_invoice(sandbox, panel.days.value()) and shown
    assert panel.queue_combo.currentText().endswith(f"({len(shown)})")

    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(panel.table.hasFocus, timeout=WAIT)  # a narrow (offscreen) screen: the queue floats over the order
    first = panel.model.row(panel.table.currentIndex().row()).order_id
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.order is not None and window.session.order.order_id == first, timeout=10_000)
    assert window.order_panel.order_id_edit.text() == first


def test_after_a_send_the_row_leaves_the_queue(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    panel = window.worklist.panel
    _loaded(qtbot, window)
    row = next(r for r in panel.model.rows() if r.status == "ready-for-handling")
    panel.search.setText(row.order_id)
    assert panel.model.rowCount() == 1
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # one match: Enter opens it
    qtbot.waitUntil(lambda: window.session.order is not None and window.session.order.order_id == row.order_id,
                    timeout=10_000)
    order = sandbox.order(row.order_id)
    items = [{"id": it["id"], "price": it["sellingPrice"], "quantity": it["quantity"]} for it in order["items"]]
    with httpx.Client(base_url=sandbox.base_url, headers={"X-VTEX-API-AppKey": sandbox.app_key,
                                                           "X-VTEX-API-AppToken": sandbox.app_token}) as http:
        answer = http.post(f"/api/oms/pvt/orders/{row.order_id}/invoice", json={
            "type": "Output", "issuanceDate": "2026-12-01T10:00:00-03:00", "invoiceNumber": "880001",
            "invoiceValue": str(order["value"]), "items": items})
    assert answer.status_code == 200
    window.session.reload()  # the desk re-reads the order after a send
    qtbot.waitUntil(lambda: row.order_id not in {r.order_id for r in panel._rows}, timeout=10_000)
    assert panel.model.rowCount() == 0
    panel.search.clear()
    assert row.order_id not in {r.order_id for r in panel.model.rows()}


def test_a_pasted_admin_url_opens_a_custom_queue_and_a_bad_one_says_what_to_do(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    panel = window.worklist.panel
    panel.admin_url.setText("https://example.com/not-orders")
    qtbot.keyClick(panel.admin_url, Qt.Key.Key_Return)
    assert "VTEX Admin" in panel.status.text()
    panel.admin_url.setText("https://sandbox.myvtex.com/admin/orders?f_status=canceled&f_salesChannel=$$ALL_VALUES$$")
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        qtbot.keyClick(panel.admin_url, Qt.Key.Key_Return)
    assert panel.queue_combo.currentData() == "custom"
    assert panel.model.total > 0 and all(r.status == "canceled" for r in panel.model.rows())


def test_the_date_window_is_remembered_per_store(qtbot: Any, window: MainWindow) -> None:
    panel = window.worklist.panel
    panel.days.setValue(45)
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.days.editingFinished.emit()
    assert window.ctx.settings.worklist_days[window.ctx.store.id] == 45  # type: ignore[union-attr]
