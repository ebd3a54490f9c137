"""Issue 11, finding 3: a send goes only to the order the order field names.

Load order A, type order B (which does not exist), Load: VTEX answers 404 and the form still shows
A while the field shows B. The invoice used to go to A. Now every send (invoice, tracking number,
tracking events, start handling) is blocked while the field and the order shown differ, with the
reason beside the button, and again when the send starts; typing A back allows it again.
"""

from __future__ import annotations

from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, click, idle, load_order, posts
from PySide6.QtCore import QDate

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow

UNKNOWN = "1999999999999-01"


def load_unknown(qtbot: Any, window: MainWindow) -> None:
    """Type an order id VTEX does not know and click Load, as a clerk does: the 404 is shown."""
    edit = window.order_panel.order_id_edit
    edit.clear()
    qtbot.keyClicks(edit, UNKNOWN)
    click(qtbot, window.order_panel.load_button)
    qtbot.waitUntil(lambda: window.errors.isVisible() and idle(window), timeout=WAIT)


def type_back(qtbot: Any, window: MainWindow, order_id: str) -> None:
    edit = window.order_panel.order_id_edit
    edit.clear()
    qtbot.keyClicks(edit, order_id)


def blocked_for(tab: Any, order_id: str) -> bool:
    text = tab.gate_label.text()
    return not tab.send_button.isEnabled() and UNKNOWN in text and order_id in text


def test_finding_3_invoice_is_not_sent_to_the_order_left_on_screen(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    order_a = SEED_IDS["ready"]
    load_order(qtbot, window, order_a)
    tab = window.invoice_tab
    qtbot.keyClicks(tab.form.number_edit, "NFWRONG1")
    click(qtbot, tab.send_button)  # the review for A is showing...
    assert tab.confirm_bar.isVisible()
    load_unknown(qtbot, window)  # ...when the clerk looks up another order
    assert window.session.order is not None and window.session.order.order_id == order_a
    assert blocked_for(tab, order_a)
    assert not tab.confirm_button.isEnabled()
    tab.confirm()  # the hard check, behind the disabled button (Ctrl+Return calls it too)
    window.submit_current()
    assert not tab.review()
    qtbot.wait(50)
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)  # a send begun would have posted by now
    assert posts(sandbox) == []

    type_back(qtbot, window, order_a)  # the field names A again: A may be invoiced
    assert tab.send_button.isEnabled(), tab.gate_label.text()
    click(qtbot, tab.send_button)
    assert f"to order <b>{order_a}</b>?" in tab.confirm_bar.confirm_label.text()  # the target, in bold
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: len(posts(sandbox)) == 1 and idle(window), timeout=WAIT)
    assert posts(sandbox)[0].path.endswith(f"/orders/{order_a}/invoice")


def add_one_event(qtbot: Any, tab: Any) -> None:
    tab.city_edit.setText("Campinas")
    tab.description_edit.setText("Em trânsito")
    tab.date_edit.setDate(QDate.currentDate())
    click(qtbot, tab.add_button)
    assert tab.pending.rowCount() == 1


@pytest.mark.parametrize(
    ("seed", "tab_name", "suffix", "method"),
    [("invoiced_no_tracking", "tracking_tab", "", "PATCH"), ("invoiced_in_transit", "events_tab", "/tracking", "PUT")],
)
def test_finding_3_tracking_sends_wait_for_the_field_to_match(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, seed: str, tab_name: str, suffix: str, method: str
) -> None:
    order_a = SEED_IDS[seed]
    load_order(qtbot, window, order_a)
    tab = getattr(window, tab_name)
    window.tabs.setCurrentWidget(tab)
    if tab is window.events_tab:
        add_one_event(qtbot, tab)
    else:
        qtbot.keyClicks(tab.number_edit, "BRWRONG1")
    assert tab.send_button.isEnabled(), tab.gate_label.text()
    load_unknown(qtbot, window)
    assert blocked_for(tab, order_a)
    tab.submit()  # the hard check, behind the disabled button
    window.submit_current()  # Ctrl+Return
    qtbot.wait(50)
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)  # a send begun would have posted by now
    assert posts(sandbox, suffix, method) == []
    if tab is window.events_tab:
        assert tab.pending.rowCount() == 1  # nothing the clerk typed is lost

    type_back(qtbot, window, order_a)
    assert tab.send_button.isEnabled(), tab.gate_label.text()
    click(qtbot, tab.send_button)
    qtbot.waitUntil(lambda: tab.receipt.receipt is not None and idle(window), timeout=WAIT)
    assert [f"/orders/{order_a}/" in r.path for r in posts(sandbox, suffix, method)] == [True]


def test_finding_3_start_handling_waits_for_the_field_to_match(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    order_a = SEED_IDS["ready"]
    load_order(qtbot, window, order_a)
    button = window.order_panel.start_button
    load_unknown(qtbot, window)
    assert button.isVisible() and not button.isEnabled()
    assert UNKNOWN in button.toolTip() and order_a in button.toolTip()
    window.session.start_handling()
    qtbot.wait(50)
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)  # a send begun would have posted by now
    assert posts(sandbox, "/start-handling") == []
    assert sandbox.order(order_a)["status"] == "ready-for-handling"

    type_back(qtbot, window, order_a)
    assert button.isEnabled()
    click(qtbot, button)
    qtbot.waitUntil(lambda: sandbox.order(order_a)["status"] == "handling" and idle(window), timeout=WAIT)


def test_finding_3_an_order_found_by_its_sequence_number_can_be_sent_to(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    """``seq12345`` in the field loads an order whose id looks different: that is no mismatch."""
    order_a = SEED_IDS["ready"]
    sequence = sandbox.order(order_a)["sequence"]
    edit = window.order_panel.order_id_edit
    edit.setFocus()  # the field keeps what was typed while it has the focus
    qtbot.keyClicks(edit, f"seq{sequence}")
    click(qtbot, window.order_panel.load_button)
    qtbot.waitUntil(lambda: window.session.order is not None and idle(window), timeout=WAIT)
    assert window.session.order.order_id == order_a
    assert window.session.send_blocked() is None
    assert window.invoice_tab.send_button.isEnabled(), window.invoice_tab.gate_label.text()
