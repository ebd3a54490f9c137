"""Each sending tab alone (``make_tab``: no window), driven through its page object against the sandbox."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desk_helpers import SEED_IDS, posts
from pages import EventsPage, HistoryPage, InvoicePage, OrderPanelPage, SingleTab, TrackingPage

from vtex_invoice_gui.sandbox import Sandbox


def test_the_invoice_tab_alone_sends_an_invoice(qtbot: Any, make_tab: Callable[[str], SingleTab], sandbox: Sandbox) -> None:
    host = make_tab("invoice")
    page = InvoicePage(qtbot, host, host.tab)
    order_id = SEED_IDS["ready"]
    page.open_order(order_id)
    page.fill(number="NF000901")
    page.send()
    page.wait_on_order("NF000901")
    assert [r.body["invoiceNumber"] for r in posts(sandbox)] == ["NF000901"]
    assert sandbox.order(order_id)["status"] == "invoiced"
    assert page.receipt() is not None and page.receipt().receipt in page.receipt_text()
    assert page.error_text() == ""


def test_the_tracking_tab_alone_sends_a_tracking_number(
    qtbot: Any, make_tab: Callable[[str], SingleTab], sandbox: Sandbox
) -> None:
    host = make_tab("tracking")
    page = TrackingPage(qtbot, host, host.tab)
    page.open_order(SEED_IDS["invoiced_no_tracking"])
    number = host.tab.invoice_combo.current_number()
    page.fill(number="BR900000001XX", url="https://rastreio.example.com/BR900000001XX")
    page.send()
    body = posts(sandbox, f"/invoice/{number}", "PATCH")[0].body
    assert body["trackingNumber"] == "BR900000001XX"
    assert "BR900000001XX" in host.tab.invoice_combo.currentText()
    assert page.receipt() is not None and page.receipt().receipt in page.receipt_text()


def test_the_events_tab_alone_sends_an_event(qtbot: Any, make_tab: Callable[[str], SingleTab], sandbox: Sandbox) -> None:
    host = make_tab("events")
    page = EventsPage(qtbot, host, host.tab)
    page.open_order(SEED_IDS["invoiced_in_transit"])
    number = host.tab.invoice_combo.current_number()
    page.add_event("Jundiaí", "SP", "Em trânsito")
    assert host.tab.pending.rowCount() == 1
    page.send()
    assert host.tab.pending.rowCount() == 0
    bodies = [r.body for r in posts(sandbox, f"/invoice/{number}/tracking", "PUT")]
    assert [e["city"] for e in bodies[0]["events"]] == ["Jundiaí"]


def test_a_wrong_order_id_shows_in_the_tabs_error_view(qtbot: Any, make_tab: Callable[[str], SingleTab]) -> None:
    host = make_tab("history")
    orders = OrderPanelPage(qtbot, host)
    host.order_panel.order_id_edit.setText("0000000000000-01")
    host.order_panel.load()
    qtbot.waitUntil(lambda: bool(orders.error_text()) and orders.idle(), timeout=15_000)
    assert "did not find" in orders.error_text()
    history = HistoryPage(qtbot, host, host.tab)
    history.refresh()
    assert history.row_count() == 0  # a read is not a send: nothing in the journal
