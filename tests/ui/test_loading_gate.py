"""Issue 18: the form does not jump while the next order loads.

While the order typed in the field loaded, every tab's gate said "The order field shows B but the
form is for order A: load B, or type A back, before sending": three or four lines on the Invoice
tab, which pushed the send row down, and took them back when B was shown. Each order loaded was
laid out and painted twice more for it (``python -m benchmarks.event_times requests
--sequence``). The gates now say "Loading order B…" meanwhile: one line, and still no send.
"""

from __future__ import annotations

from typing import Any

from desk_helpers import SEED_IDS, WAIT, click, idle, load_order

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow


def test_the_gates_say_loading_while_the_typed_order_loads(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    order_a, order_b = SEED_IDS["ready"], SEED_IDS["many_items"]
    load_order(qtbot, window, order_a)
    tab = window.invoice_tab
    qtbot.wait(20)  # laid out
    send_row_at = tab.send_button.y()
    sandbox.set_latency(0.5)
    edit = window.order_panel.order_id_edit
    edit.selectAll()
    qtbot.keyClicks(edit, order_b)  # typed, not loaded yet: the form is still for A
    assert order_a in tab.gate_label.text() and order_b in tab.gate_label.text()
    assert not tab.send_button.isEnabled()
    click(qtbot, window.order_panel.load_button)
    for gate in (tab.gate_label, window.tracking_tab.gate_label, window.events_tab.gate_label):
        assert gate.text() == f"Loading order {order_b}…"
    assert not tab.send_button.isEnabled()  # still blocked: the form is for A until B is shown
    qtbot.wait(20)  # laid out (B takes 0.5 s to come)
    assert window.session.loading
    assert tab.send_button.y() == send_row_at  # the form did not jump
    qtbot.waitUntil(lambda: window.session.order.order_id == order_b and idle(window), timeout=WAIT)
    sandbox.set_latency(0)
    assert "Loading" not in tab.gate_label.text()
    assert tab.send_button.isEnabled(), tab.gate_label.text()
