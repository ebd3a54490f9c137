"""Every queue shows its count in the picker without the clerk opening it (issue 13): counted in the
background against the sandbox's real day, right for every queue, and lower in "To invoice" after
the clerk invoices one of its orders from another queue; a 429 pauses the counting. The orders the
window read are in the cache file the command line reads too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pages import InvoicePage

from tests.core.worklist_helpers import expected
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.runtime.workers import BACKGROUND
from vtex_invoice_gui.worklist import QUEUE_NAMES
from vtex_invoice_gui.worklist.cache import FILE_NAME

from desk_helpers import idle

WAIT = 30_000


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(latency=0.0, apply_delay=0.0, extra_orders=150) as sb:
        yield sb


def _shown_counts(window: MainWindow) -> dict[str, int]:
    """The counts the picker shows, as "To invoice (12)"."""
    combo = window.worklist.panel.queue_combo
    counts = {}
    for i in range(combo.count()):
        text = combo.itemText(i)
        if text.endswith(")") and "(" in text:
            counts[combo.itemData(i)] = int(text.rsplit("(", 1)[1][:-1])
    return counts


def _oracle(sandbox: Sandbox, days: int) -> dict[str, int]:
    now = datetime.now(UTC)
    until = now.date()
    since = until - timedelta(days=days - 1)
    return {name: len(expected(sandbox.orders, name, now, since, until)) for name in QUEUE_NAMES}


def _all_counted(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: set(_shown_counts(window)) == set(QUEUE_NAMES) and idle(window), timeout=WAIT)


def test_every_queue_shows_its_count_without_being_opened(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    panel = window.worklist.panel
    _all_counted(qtbot, window)  # only "To invoice" was opened (at start)
    assert panel.queue_combo.currentData() == "to-invoice"
    assert _shown_counts(window) == _oracle(sandbox, panel.days.value())
    assert all(count > 0 for count in _shown_counts(window).values())  # the demo day fills every queue


def test_counts_run_on_their_own_lane(qtbot: Any, window: MainWindow) -> None:
    lanes: list[str] = []
    start = window.ctx.tasks.start

    def spy(job: Any, **kwargs: Any) -> Any:
        lanes.append(kwargs.get("lane", "network") + ":" + kwargs.get("name", ""))
        return start(job, **kwargs)

    window.ctx.tasks.start = spy  # type: ignore[method-assign]
    _all_counted(qtbot, window)
    lanes.clear()
    window.worklist.panel.refresh()  # F5: the queue again, then the counts
    qtbot.waitUntil(lambda: any(lane.startswith(BACKGROUND) for lane in lanes) and idle(window), timeout=WAIT)
    assert f"{BACKGROUND}:worklist_counts" in lanes and "network:worklist" in lanes


def test_after_a_send_from_another_queue_the_to_invoice_count_goes_down(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    panel = window.worklist.panel
    _all_counted(qtbot, window)
    before = _shown_counts(window)["to-invoice"]
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        panel.queue_combo.setCurrentIndex(panel.queue_combo.findData("late"))
    order_id = next(r.order_id for r in panel.model.rows() if r.status == "ready-for-handling")
    page = InvoicePage(qtbot, window, window.invoice_tab)
    page.open_order(order_id)
    page.fill(number="NF0101")
    page.click_send()
    page.wait_on_order("NF0101")
    qtbot.waitUntil(lambda: _shown_counts(window).get("to-invoice") == before - 1 and idle(window), timeout=WAIT)
    assert _shown_counts(window) == _oracle(sandbox, panel.days.value())


def test_a_429_pauses_the_counting(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    panel = window.worklist.panel
    _all_counted(qtbot, window)
    sandbox.faults.add_spec("GET ~/orders$:429:retry_after=1")
    panel.count_queues()
    qtbot.waitUntil(lambda: panel.bucket.paused_until > 0 and idle(window), timeout=WAIT)
    assert not sandbox.faults.pending()
    assert _shown_counts(window) == _oracle(sandbox, panel.days.value())  # counted after the pause


def test_the_window_and_the_command_line_share_the_order_cache(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, desk_home: Path
) -> None:
    _all_counted(qtbot, window)  # awaiting tracking and in transit read their orders
    assert (Path(window.ctx.journal.path).parent / FILE_NAME).exists()  # beside the journal
    sandbox.clear_requests()
    env = {k: v for k, v in os.environ.items() if not k.startswith("VTEX_")}
    env.update(VTEX_APP_KEY=sandbox.app_key, VTEX_APP_TOKEN=sandbox.app_token, VTEX_DESK_HOME=str(desk_home))
    result = subprocess.run([sys.executable, "-m", "vtex_invoice_gui", "worklist", "awaiting-tracking", "--format",
                             "json", "--base-url", sandbox.base_url], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == _shown_counts(window)["awaiting-tracking"]
    reads = [r for r in sandbox.requests if r.method == "GET" and not r.path.rstrip("/").endswith("/orders")]
    assert reads == []  # every order it needed, the window had read
