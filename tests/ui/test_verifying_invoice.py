"""Issue 17, points 1 and 4 in the desk: VTEX applies an invoice after a few seconds and a full invoice
passes through ``invoice`` (Verifying invoice) before ``invoiced``. The desk re-reads until the
invoice shows, then says VTEX is verifying it, and offers nothing to send meanwhile."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, click, idle, load_order

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow


class Clock:
    """The sandbox's monotonic clock, moved by the test: no sleeps, no timed assertions."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sandbox(clock: Clock) -> Iterator[Sandbox]:  # overrides conftest's: a realistic delay, our clock
    with Sandbox(latency=0.0, apply_delay=3.0, clock=clock) as sb:
        yield sb


def test_finding_1_the_desk_shows_verifying_invoice_then_invoiced(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, clock: Clock
) -> None:
    order_id = SEED_IDS["ready_for_invoicing"]
    load_order(qtbot, window, order_id)
    tab = window.invoice_tab
    qtbot.keyClicks(tab.form.number_edit, "VERIF1")
    click(qtbot, tab.send_button)
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: tab.receipt.receipt is not None, timeout=WAIT)
    clock.now = 3.0  # OMS takes the invoice in: the desk's next re-read sees it
    qtbot.waitUntil(
        lambda: window.session.order is not None and window.session.order.package("VERIF1") is not None
        and idle(window),
        timeout=WAIT,
    )
    panel = window.order_panel
    assert window.session.order.status == "invoice"
    assert "Verifying invoice" in panel.status_label.text()
    assert "verifying the invoice" in panel.gate_label.text()
    assert not tab.send_button.isEnabled()  # nothing more to invoice meanwhile
    clock.now = 6.0  # the gateway settled
    load_order(qtbot, window, order_id)
    assert window.session.order.status == "invoiced"
    assert "Fully invoiced" in panel.gate_label.text()
