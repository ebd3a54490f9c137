"""Tracking number (PATCH) and tracking events (PUT) through the real tabs."""

from __future__ import annotations

from typing import Any

from desk_helpers import SEED_IDS, WAIT, click, idle, load_order, posts
from pages import EventsPage, TrackingPage
from PySide6.QtCore import QDate, QDateTime, QTime

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.widgets.timeline import KIND_ROLE


def test_send_tracking_number(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    order_id = SEED_IDS["invoiced_no_tracking"]
    page = TrackingPage(qtbot, window, window.tracking_tab)
    page.open_order(order_id)
    window.tabs.setCurrentWidget(window.tracking_tab)
    tab = window.tracking_tab
    order = window.session.order
    assert order is not None
    number = order.packages[0].invoice_number
    assert tab.invoice_combo.current_number() == number
    assert tab.courier_edit.text() == (order.default_courier or "")  # defaulted from the order
    page.fill(number="BR123456789XX", url="https://rastreio.example.com/BR123456789XX")
    page.send()
    assert page.receipt() is not None
    body = posts(sandbox, f"/invoice/{number}", "PATCH")[0].body
    assert body["trackingNumber"] == "BR123456789XX"
    assert body["trackingUrl"] == "https://rastreio.example.com/BR123456789XX"
    assert body["courier"] == tab.courier_edit.text()
    package = window.session.order.package(number)
    assert package is not None and package.tracking_number == "BR123456789XX"
    assert "BR123456789XX" in tab.invoice_combo.currentText()
    entry = window.ctx.journal.query()[0]
    assert entry.operation == "tracking_number" and entry.state == "confirmed" and entry.receipt


def test_tracking_number_needs_a_number(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, SEED_IDS["invoiced_no_tracking"])
    tab = window.tracking_tab
    tab.number_edit.clear()
    tab.url_edit.setText("not a url")
    click(qtbot, tab.send_button)
    assert tab.problems["tracking_number"].text() and tab.problems["tracking_url"].text()
    assert posts(sandbox, "", "PATCH") == []


def test_no_tracking_number_points_to_the_tracking_tab(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, SEED_IDS["invoiced_no_tracking"])
    window.tabs.setCurrentWidget(window.events_tab)
    tab = window.events_tab
    assert tab.no_tracking.isVisible()
    assert not tab.send_button.isEnabled() and "Tracking number tab" in tab.gate_label.text()
    click(qtbot, tab.go_tracking)
    assert window.tabs.currentWidget() is window.tracking_tab


def add_event(qtbot: Any, window: MainWindow, city: str, state: str, text: str, day: QDate) -> None:
    EventsPage(qtbot, window, window.events_tab).add_event(city, state, text, day)


def send_events(qtbot: Any, window: MainWindow) -> None:
    EventsPage(qtbot, window, window.events_tab).send()  # waits for the new receipt
    assert not window.errors.isVisible(), window.errors.headline.text()


def test_two_rounds_of_events_then_delivered(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    order_id = SEED_IDS["invoiced_in_transit"]
    load_order(qtbot, window, order_id)
    window.tabs.setCurrentWidget(window.events_tab)
    tab = window.events_tab
    timeline = tab.timeline.model_
    first_count = timeline.rowCount()
    number = tab.invoice_combo.current_number()
    today = QDate.currentDate()

    add_event(qtbot, window, "Jundiaí", "SP", "Em trânsito", today)
    add_event(qtbot, window, "Campinas", "sp", "Chegou na unidade", today)  # free text state is allowed
    assert tab.pending.rowCount() == 2
    send_events(qtbot, window)
    assert tab.pending.rowCount() == 0
    assert timeline.rowCount() == first_count + 2

    add_event(qtbot, window, "Rio de Janeiro", "RJ", "Saiu para entrega", today)
    send_events(qtbot, window)
    assert timeline.rowCount() == first_count + 3

    tab.delivered_check.setChecked(True)
    tab.delivered_edit.setDateTime(QDateTime(today, QTime.currentTime()).addSecs(60))
    send_events(qtbot, window)
    kinds = [timeline.index(r).data(KIND_ROLE) for r in range(timeline.rowCount())]
    assert kinds[-1] == "delivered"
    bodies = [r.body for r in posts(sandbox, f"/invoice/{number}/tracking", "PUT")]
    assert [len(b["events"]) for b in bodies] == [2, 1, 0]
    assert [b["isDelivered"] for b in bodies] == [False, False, True]
    assert bodies[0]["events"][1] == {
        "city": "Campinas",
        "state": "sp",
        "description": "Chegou na unidade",
        "date": today.toString("yyyy-MM-dd"),
    }
    assert sandbox.order(order_id)["packageAttachment"]["packages"][0]["courierStatus"]["finished"] is True
    assert "Delivered" in window.order_panel.packages_model.index(0, 5).data()


def test_event_needs_city_and_description(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["invoiced_in_transit"])
    tab = window.events_tab
    click(qtbot, tab.add_button)
    assert tab.pending.rowCount() == 0
    assert "City" in tab.event_problem.text() and "Description" in tab.event_problem.text()
    assert not tab.send_button.isEnabled()


def test_delivered_before_last_event_is_refused(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, SEED_IDS["invoiced_in_transit"])
    tab = window.events_tab
    today = QDate.currentDate()
    add_event(qtbot, window, "Santos", "SP", "Em rota", today)
    tab.delivered_check.setChecked(True)
    tab.delivered_edit.setDateTime(QDateTime(today.addDays(-3), QTime(10, 0)))
    click(qtbot, tab.send_button)
    assert "before the last tracking event" in tab.form_problem.text()
    assert posts(sandbox, "/tracking", "PUT") == []
    assert tab.pending.rowCount() == 1  # nothing lost


def test_pending_events_stay_with_their_order(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, SEED_IDS["invoiced_in_transit"])
    add_event(qtbot, window, "Santos", "SP", "Em rota", QDate.currentDate())
    window.session.reload()  # the same order read again: the list is kept
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    assert window.events_tab.pending.rowCount() == 1
    load_order(qtbot, window, SEED_IDS["invoiced_delivered"])  # another order: not carried over
    assert window.events_tab.pending.rowCount() == 0
