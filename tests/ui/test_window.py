"""The window's stable face: object names, accessible names, store display, odd server answers."""

from __future__ import annotations

from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, click, idle
from PySide6.QtWidgets import QWidget

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow

STABLE_NAMES = """
mainTabs orderIdEdit loadOrderButton orderStatusLabel remainingValueLabel invoiceTypeCombo invoiceNumberEdit
invoiceValueEdit issuanceDateEdit invoiceKeyEdit invoiceUrlEdit embeddedInvoiceEdit invoiceItemsTable
sendInvoiceButton receiptView trackingInvoiceCombo trackingNumberEdit trackingUrlEdit courierEdit
dispatchedDateEdit sendTrackingButton timelineView eventCityEdit eventStateCombo eventDescriptionEdit
eventDateEdit deliveredCheck deliveredDateEdit sendEventsButton errorView accountSelector batchTable batchProgress
""".split()


def test_stable_object_names_are_unique_and_accessible(window: MainWindow) -> None:
    window.lazy_tabs.build_all()  # Batch is made when first shown
    for name in STABLE_NAMES:
        found = window.findChildren(QWidget, name)
        assert len(found) == 1, name
        assert found[0].accessibleName(), f"{name} has no accessible name"
    tabs = window.tabs
    assert [tabs.tabText(i).replace("&", "") for i in range(tabs.count())] == [
        "Invoice",
        "Tracking number",
        "Tracking events",
        "History",
        "Batch",
    ]


def test_store_and_environment_are_shown(window: MainWindow, sandbox: Sandbox) -> None:
    assert window.account_selector.currentText().startswith("sandbox")
    assert sandbox.base_url in window.environment_label.text()
    assert window.store_label.text() == "Store: sandbox"
    assert window.busy_label.text() == "Idle"


def test_nothing_loaded_explains_what_to_do(window: MainWindow) -> None:
    assert not window.invoice_tab.send_button.isEnabled()
    assert window.invoice_tab.gate_label.text() == "Load an order first."
    assert not window.tracking_tab.send_button.isEnabled()
    assert not window.events_tab.send_button.isEnabled()


@pytest.mark.parametrize("kind", ["login", "malformed_json"])
def test_unexpected_answers_are_explained(qtbot: Any, window: MainWindow, sandbox: Sandbox, kind: str) -> None:
    sandbox.faults.add(kind, "GET", SEED_IDS["ready"])
    window.order_panel.order_id_edit.setText(SEED_IDS["ready"])
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT) as shown:
        click(qtbot, window.order_panel.load_button)
    assert shown.args[0].kind == "InvalidResponseError"
    assert "not the data the API returns" in window.errors.headline.text()
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)


def test_order_that_cannot_be_invoiced_says_why(qtbot: Any, window: MainWindow) -> None:
    from desk_helpers import load_order

    load_order(qtbot, window, SEED_IDS["payment_pending"])
    assert "payment is still pending" in window.order_panel.gate_label.text()
    assert not window.invoice_tab.send_button.isEnabled()
    assert "cannot take a sale invoice" in window.invoice_tab.gate_label.text()
    load_order(qtbot, window, SEED_IDS["canceled"])
    assert "Canceled" in window.order_panel.gate_label.text()


def test_batch_is_made_when_first_shown_or_asked_for_in_its_place(window: MainWindow) -> None:
    tabs = window.tabs
    assert window.findChild(QWidget, "batchTable") is None  # not made before the first paint
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    tabs.setCurrentIndex(4)  # the clerk opens Batch
    assert window.findChild(QWidget, "batchTable") is not None
    assert tabs.currentWidget() is window.batch_view and tabs.currentIndex() == 4
    assert [tabs.tabText(i) for i in range(tabs.count())] == titles
    assert not window.splitter.widget(0).isVisible()  # the Batch tab takes the order panel's room
    tabs.setCurrentWidget(window.invoice_tab)
    assert window.splitter.widget(0).isVisible()


def test_batch_asked_for_while_another_tab_is_shown_leaves_that_tab_shown(window: MainWindow) -> None:
    tabs = window.tabs
    tabs.setCurrentWidget(window.history_tab)
    view = window.batch_view  # e.g. Ctrl+Shift+O's handler, before it switches
    assert tabs.indexOf(view) == 4 and tabs.currentWidget() is window.history_tab
    assert not window.splitter.widget(0).isVisible()  # History, like Batch, needs no order
