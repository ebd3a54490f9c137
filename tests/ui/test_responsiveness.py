"""The window keeps turning while VTEX is slow: calls run on workers, answers arrive by signal."""

from __future__ import annotations

from typing import Any

from desk_helpers import SEED_IDS, WAIT, click, idle
from PySide6.QtCore import QTimer

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.worklist import QUEUE_NAMES


def test_event_loop_turns_during_a_slow_request(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    counted = window.worklist.panel._counts  # the start-up's queue and its counts, at full speed first
    qtbot.waitUntil(lambda: set(counted) >= set(QUEUE_NAMES) and idle(window), timeout=WAIT)
    sandbox.set_latency(1.0)
    ticks_in_flight: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks_in_flight.append(window.ctx.tasks.in_flight))
    timer.start()
    window.order_panel.order_id_edit.setText(SEED_IDS["ready"])
    click(qtbot, window.order_panel.load_button)
    assert window.ctx.tasks.in_flight == 1  # the click returned at once; the call is on a worker
    assert not window.order_panel.load_button.isEnabled()
    qtbot.waitUntil(lambda: window.session.order is not None and idle(window), timeout=WAIT)
    timer.stop()
    during = [n for n in ticks_in_flight if n > 0]
    assert len(during) >= 2, "the timer never fired while the request was in flight"
    assert window.order_panel.load_button.isEnabled()


def test_stale_answers_are_dropped(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    """Load A (slow), then B: only B is shown, even though A's answer arrives later."""
    sandbox.faults.add("delay", "GET", SEED_IDS["ready"], seconds=0.8)
    shown: list[str] = []
    window.session.orderChanged.connect(lambda order: shown.append(order.order_id if order else ""))
    window.session.load(SEED_IDS["ready"])
    window.session.load(SEED_IDS["handling"])
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    assert shown == [SEED_IDS["handling"]]
    assert window.session.order is not None and window.session.order.order_id == SEED_IDS["handling"]


def test_late_reread_after_a_send_does_not_replace_the_order_on_screen(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    from desk_helpers import load_order

    sandbox.apply_delay = 1.5  # the re-read loop is still polling when the clerk moves on
    load_order(qtbot, window, SEED_IDS["ready"])
    tab = window.invoice_tab
    tab.form.number_edit.setText("MOVEON1")
    click(qtbot, tab.send_button)
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: tab.receipt.receipt is not None, timeout=WAIT)
    assert window.ctx.tasks.in_flight >= 1  # still waiting for VTEX to show the invoice
    load_order(qtbot, window, SEED_IDS["handling"])  # returns once every task, the re-read too, ended
    assert window.session.order is not None and window.session.order.order_id == SEED_IDS["handling"]


def test_an_order_shown_fills_the_invoice_form_in_one_pass(qtbot: Any, window: MainWindow) -> None:
    """Issue 18 (gaps): the form's hints and its ``edited`` (the draft keeper, the review) run once
    per order shown, not once per field the prefill sets; the hints still end right."""
    from desk_helpers import load_order

    from vtex_invoice_gui.ui.text.formatting import money_text

    load_order(qtbot, window, SEED_IDS["ready"])
    form = window.invoice_tab.form
    edits: list[int] = []
    form.edited.connect(lambda: edits.append(1))
    load_order(qtbot, window, SEED_IDS["handling"])
    order = window.session.order
    assert order is not None and order.order_id == SEED_IDS["handling"]
    assert edits == [1]
    assert money_text(order.remaining_cents, order.currency_code) in form.value_hint.text()
    assert money_text(form.items_model.total_cents, order.currency_code) in form.items_total.text()
    assert form.items_model.total_cents > 0


def test_the_order_replaced_on_screen_is_freed_in_a_turn_of_its_own(qtbot: Any, window: MainWindow) -> None:
    """Issue 18 (gaps): freeing a 1 MB order's objects took ~2-4 ms, and it happened inside the next
    order's show, wherever the last tab let go of it. The session keeps it a moment and frees it
    in a later turn of the event loop; nothing keeps it longer than that."""
    import weakref

    from desk_helpers import load_order

    from vtex_invoice_gui.sandbox import seed_orders
    from vtex_invoice_gui.vtex import Order

    load_order(qtbot, window, SEED_IDS["ready"])
    shown = weakref.ref(window.session.order)
    window.session.set_order(Order.model_validate(seed_orders()[SEED_IDS["handling"]]))
    assert SEED_IDS["handling"] in window.order_panel.status_label.text()  # the new order is on screen...
    assert shown() is not None  # ...and the old one not freed in the same turn
    qtbot.waitUntil(lambda: shown() is None, timeout=WAIT)


def test_orders_replaced_faster_than_the_free_delay_are_still_freed(qtbot: Any, window: MainWindow) -> None:
    """Found by the 1,000-send memory benchmark (RSS +46 MiB): each order shown restarted the free
    timer, so while orders came faster than RETIRE_MS (sends and their re-reads) none was freed."""
    import weakref

    from vtex_invoice_gui.sandbox import seed_orders
    from vtex_invoice_gui.ui.order.session import RETIRE_MS
    from vtex_invoice_gui.vtex import Order

    reads = [Order.model_validate(seed_orders()[SEED_IDS[name]]) for name in ("ready", "handling")]
    window.session.set_order(Order.model_validate(seed_orders()[SEED_IDS["ready"]]))
    first = weakref.ref(window.session.order)
    for i in range(8):  # a new read every half delay, for four delays
        window.session.set_order(reads[i % 2].model_copy())
        qtbot.wait(RETIRE_MS // 2)
    assert first() is None
