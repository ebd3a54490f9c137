"""Invoicing end to end: real widgets, real HTTP to the sandbox, checked on what VTEX received."""

from __future__ import annotations

from typing import Any

from desk_helpers import SEED_IDS, WAIT, click, idle, load_order, posts
from pages import InvoicePage
from PySide6.QtCore import Qt

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.text.formatting import plain_money
from vtex_invoice_gui.ui.main_window import MainWindow


def review_and_send(qtbot: Any, window: MainWindow) -> None:
    InvoicePage(qtbot, window, window.invoice_tab).click_send()  # Review and send…, then Confirm


def wait_receipt(qtbot: Any, window: MainWindow, number: str) -> None:
    InvoicePage(qtbot, window, window.invoice_tab).wait_on_order(number)


def set_quantity(window: MainWindow, row: int, quantity: int) -> None:
    model = window.invoice_tab.form.items_model
    assert model.setData(model.index(row, model.QUANTITY), quantity)


def type_value(qtbot: Any, window: MainWindow, cents: int) -> None:
    edit = window.invoice_tab.form.value_edit
    edit.clear()
    qtbot.keyClicks(edit, plain_money(cents, edit.locale()))


def test_full_invoice(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    order_id = SEED_IDS["ready"]
    page = InvoicePage(qtbot, window, window.invoice_tab)
    page.open_order(order_id)
    tab = window.invoice_tab
    order = window.session.order
    assert order is not None
    assert tab.form.value_edit.cents() == order.value == 34560  # starts from the remaining balance
    assert window.order_panel.remaining_label.text() == window.order_panel.total_label.text()
    assert tab.form.items_model.rowCount() == 2

    page.fill(number="NF000777")
    page.click_send()
    page.wait_on_order("NF000777")

    assert len(posts(sandbox)) == 1
    body = posts(sandbox)[0].body
    assert body["invoiceValue"] == "34560" and body["type"] == "Output" and body["invoiceNumber"] == "NF000777"
    assert {(i["id"], i["quantity"]) for i in body["items"]} == {(it.id, it.quantity) for it in order.items}
    assert sandbox.order(order_id)["status"] == "invoiced"
    receipt = page.receipt()
    assert receipt is not None and receipt.receipt in page.receipt_text()
    assert window.order_panel.remaining_label.text() == "R$\xa00,00"
    entry = window.ctx.journal.query()[0]  # the journal keeps it (History, restarts)
    assert entry.state == "confirmed" and entry.receipt == receipt.receipt and entry.invoice_number == "NF000777"
    # Fully invoiced now: no second sale invoice can be sent.
    assert tab.form.invoice_type == "Input" or not tab.send_button.isEnabled()


def test_partial_then_rest(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    order_id = SEED_IDS["handling"]
    load_order(qtbot, window, order_id)
    tab = window.invoice_tab
    model = tab.form.items_model
    first = model.items()[0]
    set_quantity(window, 1, 0)  # only the first line now
    type_value(qtbot, window, first.total)
    qtbot.keyClicks(tab.form.number_edit, "P-1")
    click(qtbot, tab.send_button)
    assert "partial invoice" in tab.warnings_label.text()
    click(qtbot, tab.confirm_button)
    wait_receipt(qtbot, window, "P-1")

    order = window.session.order
    assert order is not None and order.status == "handling"
    assert order.remaining_cents == order.value - first.total
    # The form starts again from what is left: the remaining value and the other line.
    assert tab.form.value_edit.cents() == order.remaining_cents
    assert [i.id for i in model.invoice_items()] == [order.items[1].id]
    assert tab.form.number_edit.text() == ""

    qtbot.keyClicks(tab.form.number_edit, "P-2")
    review_and_send(qtbot, window)
    wait_receipt(qtbot, window, "P-2")
    assert sandbox.order(order_id)["status"] == "invoiced"
    assert [p.body["invoiceValue"] for p in posts(sandbox)] == [str(first.total), str(order.remaining_cents)]


def test_input_return(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    order_id = SEED_IDS["invoiced_in_transit"]
    load_order(qtbot, window, order_id)
    tab = window.invoice_tab
    assert tab.form.invoice_type == "Input"  # an invoiced order only takes returns
    model = tab.form.items_model
    shirt_row = next(r for r, item in enumerate(model.items()) if item.quantity == 2)
    set_quantity(window, shirt_row, 1)
    set_quantity(window, 1 - shirt_row, 0)
    price = model.items()[shirt_row].price
    type_value(qtbot, window, price)
    qtbot.keyClicks(tab.form.number_edit, "DEV-1")
    click(qtbot, tab.send_button)
    assert "refund" in tab.warnings_label.text()
    click(qtbot, tab.confirm_button)
    wait_receipt(qtbot, window, "DEV-1")
    body = posts(sandbox)[0].body
    assert body["type"] == "Input" and body["invoiceValue"] == str(price)
    assert body["items"] == [
        {
            "id": model.items()[shirt_row].id,
            "price": price,
            "quantity": 1,
            "description": model.items()[shirt_row].description,
        }
    ]
    assert window.session.order is not None and window.session.order.returned_cents == price


def test_double_click_sends_once(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    sandbox.set_latency(0.3)
    load_order(qtbot, window, SEED_IDS["ready"])
    tab = window.invoice_tab
    qtbot.keyClicks(tab.form.number_edit, "DBL1")
    click(qtbot, tab.send_button)
    click(qtbot, tab.confirm_button)
    click(qtbot, tab.confirm_button)
    tab.confirm()  # even a programmatic second confirm is refused while in flight
    click(qtbot, tab.send_button)
    assert not tab.send_button.isEnabled()
    wait_receipt(qtbot, window, "DBL1")
    assert len(posts(sandbox)) == 1


def test_keyboard_shortcuts(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    window.invoice_tab.form.number_edit.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.order_panel.order_id_edit.hasFocus()
    qtbot.keyClicks(window.order_panel.order_id_edit, SEED_IDS["ready"])
    qtbot.keyClick(window.order_panel.order_id_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.order is not None and idle(window), timeout=WAIT)
    qtbot.keyClicks(window.invoice_tab.form.number_edit, "KB1")
    qtbot.keyClick(window.invoice_tab.form.number_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.invoice_tab.confirm_bar.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_receipt(qtbot, window, "KB1")
    assert len(posts(sandbox)) == 1


def test_field_problems_block_sending(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    form = window.invoice_tab.form
    qtbot.keyClicks(form.number_edit, "12/34")
    form.value_edit.clear()
    qtbot.keyClicks(form.value_edit, "12,34,5")
    form.url_edit.setText("www.example.com/nf")
    click(qtbot, window.invoice_tab.send_button)
    assert not window.invoice_tab.confirm_bar.isVisible()
    assert "letters, digits and '-'" in form.problems["invoice_number"].text()
    assert "more than one decimal separator" in form.problems["invoice_value"].text()
    assert form.problems[""].isHidden()  # every problem sits under its own field
    assert "http" in form.problems["invoice_url"].text()
    for row in range(form.items_model.rowCount()):
        set_quantity(window, row, 0)
    click(qtbot, window.invoice_tab.send_button)
    assert "at least one item" in form.problems["items"].text()
    assert posts(sandbox) == []


def test_duplicate_invoice_number_refused(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, SEED_IDS["handling_partial"])
    form = window.invoice_tab.form
    qtbot.keyClicks(form.number_edit, "000123458")  # already on the order
    click(qtbot, window.invoice_tab.send_button)
    assert not window.invoice_tab.confirm_bar.isVisible()
    assert "already on this order" in form.problems["invoice_number"].text()
    assert posts(sandbox) == []


def test_waits_until_vtex_applies_the_invoice(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    sandbox.apply_delay = 1.0  # like OMS: accepted at once, visible a moment later
    load_order(qtbot, window, SEED_IDS["ready_for_invoicing"])
    tab = window.invoice_tab
    qtbot.keyClicks(tab.form.number_edit, "LATE1")
    review_and_send(qtbot, window)
    qtbot.waitUntil(lambda: tab.receipt.receipt is not None, timeout=WAIT)
    wait_receipt(qtbot, window, "LATE1")
    gets = [r for r in sandbox.requests if r.method == "GET"]
    assert len(gets) >= 2  # the order was read again until the invoice showed
    assert "shows invoice LATE1" in tab.receipt.text.toPlainText()
    assert window.order_panel.packages_model.rowCount() == 1


def test_start_handling(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    order_id = SEED_IDS["ready"]
    load_order(qtbot, window, order_id)
    button = window.order_panel.start_button
    assert button.isVisible()
    click(qtbot, button)
    qtbot.waitUntil(
        lambda: window.session.order is not None and window.session.order.status == "handling" and idle(window),
        timeout=WAIT,
    )
    assert sandbox.order(order_id)["status"] == "handling"
    assert not button.isVisible()
    assert "handling" in window.order_panel.status_label.text()
