"""A job abandoned at quit answers after the widgets that asked for it are gone.

Found by the merged CI run: a reconcile job of one test's window, abandoned when that window closed
(quitting waits at most ~2 s), answered during the next test and called into its deleted
``SendController`` ("Signal source has been deleted"). Once the runner is closed, late answers are dropped.
"""

from __future__ import annotations

import threading
from typing import Any

from vtex_invoice_gui.ui.runtime.workers import TaskRunner


def test_finding_ci_an_answer_after_quit_reaches_no_callback(qtbot: Any) -> None:
    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()
    answered: list[object] = []
    finished = threading.Event()

    def job(_control: object) -> str:
        started.set()
        release.wait(10)
        finished.set()
        return "late"

    signals = runner.start(job, succeeded=answered.append, failed=answered.append, name="stuck")
    assert started.wait(5)
    assert runner.wait(msecs=50) is False  # quitting gives up on the stuck job
    with qtbot.waitSignal(signals.finished, timeout=5000):
        release.set()
    assert finished.is_set()
    qtbot.wait(50)  # let any queued delivery run
    assert answered == []


def test_the_status_bar_hears_of_requests_not_of_file_jobs(qtbot: Any) -> None:
    """Issue 18: ``busyChanged`` says how many requests are in flight when that number changes; a
    draft read (files lane) next to a request no longer re-sends the same count to the status bar."""
    from vtex_invoice_gui.ui.runtime.workers import FILES

    runner = TaskRunner()
    said: list[int] = []
    runner.busyChanged.connect(said.append)
    release = threading.Event()
    runner.start(lambda _c: release.wait(10), name="get_order")
    for _ in range(3):
        runner.start(lambda _c: None, name="load_draft", lane=FILES)
    qtbot.waitUntil(lambda: runner.in_flight == 1, timeout=5000)  # the three reads are done
    assert said == [1]
    release.set()
    qtbot.waitUntil(lambda: runner.in_flight == 0, timeout=5000)
    assert said == [1, 0]
    assert runner.wait(1000)
