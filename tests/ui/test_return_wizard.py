"""End to end, real widgets against the sandbox over HTTP: the return wizard (issue 16).

Full return, two partial returns up to the cap (the third refused by the desk), a return on a
partly invoiced order (warned, sent only after confirmation), a duplicate-SKU order, a boleto
order, a key without Notify refund, one return at a time, and no tracking for a return.
"""

from __future__ import annotations

from typing import Any

from desk_helpers import WAIT, click
from pages import OrderPanelPage, ReturnPage

from vtex_invoice_gui.sandbox import SEED_IDS, Sandbox


def packages(sandbox: Sandbox, name: str) -> list[dict[str, Any]]:
    return sandbox.order(SEED_IDS[name])["packageAttachment"]["packages"]


def returns_of(sandbox: Sandbox, name: str) -> list[dict[str, Any]]:
    return [p for p in packages(sandbox, name) if p["type"] == "Input"]


def invoice_posts(sandbox: Sandbox) -> list[Any]:
    return [r for r in sandbox.requests if r.method == "POST" and r.path.endswith("/invoice")]


def test_a_full_return_refunds_what_was_invoiced_and_leaves_nothing(qtbot: Any, window: Any, sandbox: Sandbox) -> None:
    page = ReturnPage(qtbot, window)
    wizard = page.open(SEED_IDS["invoiced_no_tracking"])
    click(qtbot, wizard.all_button)
    order = window.session.order
    page.pick({}, "DEV1001", shipping=order.shipping_cents)
    assert not wizard.confirm_box.isVisible()  # fully invoiced: nothing to confirm
    page.send()
    (sent,) = returns_of(sandbox, "invoiced_no_tracking")
    assert sent["invoiceValue"] == order.invoiced_cents
    assert sent["restitutions"]["Refund"]["value"] == sent["invoiceValue"]
    assert "refunded" in wizard.refund_label.text() and "only" not in wizard.refund_label.text()
    assert not window.returns_bar.return_button.isEnabled()  # nothing left to return


def test_two_partial_returns_reach_the_cap_and_the_desk_refuses_a_third(
    qtbot: Any, window: Any, sandbox: Sandbox
) -> None:
    page = ReturnPage(qtbot, window)
    page.open(SEED_IDS["invoiced_delivered"])
    page.pick({"7001": 1}, "DEV2001")
    page.send()
    order = window.session.order
    page.open(SEED_IDS["invoiced_delivered"])
    page.pick({"3003": 1}, "DEV2002", shipping=order.shipping_cents)
    page.send()
    values = [p["invoiceValue"] for p in returns_of(sandbox, "invoiced_delivered")]
    assert len(values) == 2 and sum(values) == window.session.order.invoiced_cents
    assert not window.returns_bar.return_button.isEnabled()
    posts = len(invoice_posts(sandbox))
    assert window.returns.open_wizard()  # asked for all the same (e.g. from the queue): the desk refuses to send
    page.pick({}, "DEV2003")
    click(qtbot, page.wizard.send_button)
    assert "nothing is left" in page.problems()
    assert len(invoice_posts(sandbox)) == posts


def test_a_return_on_a_partly_invoiced_order_is_warned_and_sent_only_when_confirmed(
    qtbot: Any, window: Any, sandbox: Sandbox
) -> None:
    page = ReturnPage(qtbot, window)
    wizard = page.open(SEED_IDS["payment_approved_partial"])
    assert "refunds nothing" in wizard.rules.warnings()
    assert [line.sku for line in wizard.model.lines()] == ["3001"]  # only what a sale invoice carried
    page.pick({"3001": 1}, "DEV3001")
    posts = len(invoice_posts(sandbox))
    click(qtbot, wizard.send_button)
    assert "Send it anyway" in page.problems() and len(invoice_posts(sandbox)) == posts
    wizard.confirm_box.setChecked(True)
    page.send()
    (sent,) = returns_of(sandbox, "payment_approved_partial")
    assert sent["restitutions"]["Refund"]["value"] == 0  # VTEX accepted it, and refunds nothing
    assert "refunded only" in wizard.refund_label.text()


def test_a_duplicate_sku_order_returns_the_sku_on_one_line(qtbot: Any, window: Any, sandbox: Sandbox) -> None:
    page = ReturnPage(qtbot, window)
    wizard = page.open(SEED_IDS["invoiced_same_sku_twice"])
    assert [(line.sku, line.returnable) for line in wizard.model.lines()] == [("2002", 3), ("3003", 1)]
    page.pick({"2002": 3}, "DEV4001")
    page.send()
    body = invoice_posts(sandbox)[-1].body
    assert [(i["id"], i["quantity"]) for i in body["items"]] == [("2002", 3)]
    (sent,) = returns_of(sandbox, "invoiced_same_sku_twice")
    assert sent["restitutions"]["Refund"]["value"] == sent["invoiceValue"] > 0  # refunded: one line per SKU


def test_a_boleto_order_is_warned_that_vtex_will_not_refund_it(qtbot: Any, window: Any, sandbox: Sandbox) -> None:
    page = ReturnPage(qtbot, window)
    wizard = page.open(SEED_IDS["invoiced_boleto"])
    assert "boleto" in wizard.rules.warnings() and "voucher or bank transfer" in wizard.rules.warnings()
    page.pick({"7001": 1}, "DEV5001")
    page.send()
    (sent,) = returns_of(sandbox, "invoiced_boleto")
    assert sent["restitutions"]["Refund"]["value"] == 0
    assert "refunded only" in wizard.refund_label.text()


def test_a_key_without_notify_refund_is_told_exactly_that(qtbot: Any, make_window: Any, sandbox: Sandbox) -> None:
    window = make_window(key=sandbox.norefund_app_key, token=sandbox.norefund_app_token)
    page = ReturnPage(qtbot, window)
    wizard = page.open(SEED_IDS["invoiced_no_tracking"])
    assert "Notify refund" in wizard.rules.notes_label.text()
    page.pick({"3002": 1}, "DEV6001")
    page.send()
    assert wizard.errors.isVisible()
    assert "Notify refund" in wizard.errors.advice.text()
    assert returns_of(sandbox, "invoiced_no_tracking") == []


def test_returns_go_one_at_a_time(qtbot: Any, window: Any, sandbox: Sandbox) -> None:
    page = ReturnPage(qtbot, window)
    wizard = page.open(SEED_IDS["invoiced_no_tracking"])
    page.pick({"3002": 1}, "DEV7001")
    sandbox.faults.add("delay", "POST", "/invoice", seconds=1.5)  # the return stays in flight meanwhile
    click(qtbot, wizard.send_button)
    qtbot.waitUntil(lambda: wizard.sender.in_flight, timeout=WAIT)
    window.session.load(SEED_IDS["invoiced_boleto"])  # another order, read while the return is out
    qtbot.waitUntil(lambda: window.session.order.order_id == SEED_IDS["invoiced_boleto"], timeout=WAIT)
    assert wizard.sender.in_flight
    assert not window.returns.open_wizard()  # a second return while the first is in flight: refused
    assert wizard.order_id == SEED_IDS["invoiced_no_tracking"]
    tab = window.invoice_tab
    tab.form.set_type("Input")
    assert "one at a time" in tab.blocked_reason()
    qtbot.waitUntil(lambda: not wizard.sender.in_flight and page.idle(), timeout=WAIT)
    assert tab.blocked_reason() is None or "one at a time" not in tab.blocked_reason()


def test_tracking_is_never_offered_for_a_return_invoice(qtbot: Any, window: Any) -> None:
    OrderPanelPage(qtbot, window).open_order(SEED_IDS["invoiced_with_return"])
    for combo in (window.tracking_tab.invoice_combo, window.events_tab.invoice_combo):
        offered = [combo.itemData(i) for i in range(combo.count())]
        assert offered == ["000123466"], offered  # the sale only; 000123566 is the return


def test_a_marked_order_waits_in_the_returns_queue_until_its_return_is_sent(
    qtbot: Any, window: Any, sandbox: Sandbox
) -> None:
    from vtex_invoice_gui.worklist import Missing

    boleto, bar, panel = SEED_IDS["invoiced_boleto"], window.returns_bar, window.worklist.panel
    OrderPanelPage(qtbot, window).open_order(SEED_IDS["payment_approved_partial"])
    assert not bar.mark_button.isEnabled()  # only a fully invoiced order is marked for return
    OrderPanelPage(qtbot, window).open_order(boleto)
    click(qtbot, bar.mark_button)
    assert window.returns.is_marked(boleto) and bar.mark_button.text() == "Unmark for return"
    window.focus_worklist()  # a small (offscreen) screen starts with the queue hidden
    panel.days.setValue(730)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        panel.queue_combo.setCurrentIndex(panel.queue_combo.findData("returns"))
    rows = {row.order_id: row.missing for row in panel.model.rows()}
    assert rows == {boleto: Missing.RETURN_MARKED, SEED_IDS["invoiced_with_return"]: Missing.RETURN}

    OrderPanelPage(qtbot, window).open_order(SEED_IDS["ready"])  # the queue opens the wizard on its order
    panel.table.selectRow(next(i for i, r in enumerate(panel.model.rows()) if r.order_id == boleto))
    click(qtbot, panel.return_button)
    qtbot.waitUntil(lambda: window.returns.wizard is not None and window.returns.wizard.order_id == boleto,
                    timeout=WAIT)
    page = ReturnPage(qtbot, window)
    page.pick({"7001": 1}, "DEV8001")
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):  # the mark cleared: the queue is read again
        page.send()
    assert not window.returns.is_marked(boleto)
    assert {row.order_id: row.missing for row in panel.model.rows()}[boleto] is Missing.RETURN


def test_an_nfe_of_return_dropped_on_the_wizard_fills_it(qtbot: Any, window: Any, tmp_path: Any) -> None:
    from datetime import datetime, timedelta, timezone

    from test_nfe_drop import drop

    from tests.support.nfe_samples import build_nfe_xml

    page = ReturnPage(qtbot, window)
    wizard = page.open(SEED_IDS["invoiced_no_tracking"])
    order = window.session.order
    issued = datetime(2026, 12, 1, 9, 30, tzinfo=timezone(timedelta(hours=-3)))
    sale = build_nfe_xml(4711, 1, [("REF-3011", None, "MOUSE", 2, 6990)], None, None, issued)
    back = build_nfe_xml(4712, 1, [("REF-3011", None, "MOUSE", 1, 6990)], None,
                         order.client_profile_data.fiscal_document, issued, operation_type=0, purpose=4)
    (tmp_path / "sale.xml").write_bytes(sale)
    (tmp_path / "back.xml").write_bytes(back)
    assert drop(window, tmp_path / "sale.xml", target=wizard)
    qtbot.waitUntil(lambda: "not an NF-e of return" in wizard.nfe.label.text(), timeout=WAIT)
    assert wizard.number_edit.text() == ""  # nothing was changed
    assert drop(window, tmp_path / "back.xml", target=wizard.number_edit)  # on a field: the file, not its path
    qtbot.waitUntil(lambda: wizard.nfe.label.text().startswith("Filled from"), timeout=WAIT)
    assert wizard.number_edit.text() == "4712" and len(wizard.key_edit.text()) == 44
    assert wizard.model.quantities() == {"3011": 1}
    assert wizard.plan().value(wizard.model.lines()) == 6990


def test_the_invoice_tab_warns_of_a_return_that_refunds_nothing_and_sends_it_when_confirmed(
    qtbot: Any, window: Any, sandbox: Sandbox
) -> None:
    from pages import InvoicePage

    order_id = SEED_IDS["payment_approved_partial"]
    page = InvoicePage(qtbot, window, window.invoice_tab)
    page.open_order(order_id)
    tab = window.invoice_tab
    tab.form.set_type("Input")
    assert tab.blocked_reason() is None  # VTEX accepts it: not refused any more
    page.fill(number="DEV9001")
    page.review()
    assert "refunds nothing" in tab.warnings_label.text()
    click(qtbot, tab.confirm_button)
    page.wait_on_order("DEV9001")
    (sent,) = returns_of(sandbox, "payment_approved_partial")
    assert sent["restitutions"]["Refund"]["value"] == 0


def test_a_return_sent_from_the_invoice_tab_clears_the_mark_too(qtbot: Any, window: Any) -> None:
    from pages import InvoicePage

    order_id = SEED_IDS["invoiced_delivered"]
    page = InvoicePage(qtbot, window, window.invoice_tab)
    page.open_order(order_id)
    assert window.returns.toggle_mark(window.session.order)
    window.invoice_tab.form.set_type("Input")
    page.fill(number="DEV9101")
    page.click_send()
    page.wait_on_order("DEV9101")
    assert not window.returns.is_marked(order_id)
    assert window.returns_bar.mark_button.text() == "Mark for return"


def test_finding_return_wizard_by_keyboard_alone(qtbot: Any, window: Any, sandbox: Sandbox) -> None:
    """Found driving the wizard by keyboard: Tab in the items table cycled there for ever (the
    Invoice tab's old trap, issue 17 point 11), so the number field could not be reached. Now:
    F2 and typing set a quantity, Tab leaves the table, Enter in the number field sends."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from vtex_invoice_gui.ui.returns.model import RETURN_COLUMN

    window.show()
    OrderPanelPage(qtbot, window).open_order(SEED_IDS["invoiced_delivered"])
    button = window.returns_bar.return_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    wizard = window.returns.wizard
    qtbot.waitUntil(lambda: wizard is not None and wizard.isVisible(), timeout=WAIT)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=WAIT)
    table = wizard.table
    table.setFocus()
    table.setCurrentIndex(wizard.model.index(0, RETURN_COLUMN))
    sku = wizard.model.lines()[0].sku
    qtbot.keyClick(table, Qt.Key.Key_F2)  # F2 edits the cell (Help > Keyboard shortcuts)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.model.quantities().get(sku) == 1, timeout=WAIT)  # the view commits queued
    seen = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if QApplication.focusWidget() is wizard.number_edit:
            break
    assert QApplication.focusWidget() is wizard.number_edit, [w.objectName() for w in seen]
    qtbot.keyClicks(wizard.number_edit, "DEV9001")
    qtbot.keyClick(wizard.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(returns_of(sandbox, "invoiced_delivered")) and bool(wizard.refund_label.text()),
                    timeout=WAIT)
    (sent,) = returns_of(sandbox, "invoiced_delivered")
    body = invoice_posts(sandbox)[-1].body
    assert sent["invoiceNumber"] == "DEV9001" and [(i["id"], i["quantity"]) for i in body["items"]] == [(sku, 1)]


def test_a_return_typed_and_closed_comes_back_after_a_restart_and_goes_once_sent(
    qtbot: Any, make_window: Any, sandbox: Sandbox
) -> None:
    """Nothing the clerk typed is lost: the wizard's picks, shipping and number are a draft of
    that order's return, restored over the empty form (after a restart too) until it is sent."""
    from journal_helpers import STORE

    order_id = SEED_IDS["invoiced_delivered"]
    first = make_window()
    page = ReturnPage(qtbot, first)
    wizard = page.open(order_id)
    with qtbot.waitSignal(wizard.draft.saved, timeout=WAIT):
        page.pick({"7001": 1}, "DEV6001")
    wizard.close()
    assert first.ctx.drafts.load_draft(STORE, order_id, "return")["number"] == "DEV6001"
    first.close()

    window = make_window()
    page = ReturnPage(qtbot, window)
    wizard = page.open(order_id)
    qtbot.waitUntil(lambda: wizard.number_edit.text() == "DEV6001", timeout=WAIT)
    assert wizard.model.quantities() == {"7001": 1}
    assert wizard.draft.bar.isVisible() and "restored" in wizard.draft.bar.label.text()
    page.send()
    assert [p["invoiceNumber"] for p in returns_of(sandbox, "invoiced_delivered")] == ["DEV6001"]
    assert window.ctx.drafts.load_draft(STORE, order_id, "return") is None
    wizard.close()
    page.open(order_id)  # opened again: a fresh return, no draft, nothing picked
    assert wizard.number_edit.text() == "" and wizard.model.quantities() == {}
    assert not wizard.draft.bar.isVisible()


def test_a_reload_keeps_the_units_picked(qtbot: Any, window: Any, sandbox: Sandbox) -> None:
    page = ReturnPage(qtbot, window)
    wizard = page.open(SEED_IDS["invoiced_delivered"])
    page.pick({"7001": 1}, "DEV7001")
    window.session.reload()
    qtbot.waitUntil(lambda: not window.session.loading and page.idle(), timeout=WAIT)  # F5
    assert wizard.model.quantities() == {"7001": 1} and wizard.number_edit.text() == "DEV7001"
