"""A job abandoned at quit answers after the widgets that asked for it are gone.

Found by the merged CI run: a reconcile job of one test's window, abandoned when that window closed
(quitting waits at most ~2 s), answered during the next test and called into its deleted
``SendCheck`` ("Signal source has been deleted"). Once the runner is closed, late answers are dropped.
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
