"""Qt helpers for benchmark children: wait for a condition, the 1 ms event-loop stall meter.

Imported only inside child processes, after the measured imports (it imports PySide6).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer

from .harness import Unavailable


def wait_until(predicate: Callable[[], Any], timeout: float, what: str, poll_ms: int = 1) -> float:
    """Run the event loop until ``predicate()`` is true; returns the seconds waited.

    Raises :class:`TimeoutError` naming ``what`` when ``timeout`` passes first.
    """
    start = time.perf_counter()
    if predicate():
        return 0.0
    loop = QEventLoop()
    state = {"ok": False}

    def check() -> None:
        if predicate():
            state["ok"] = True
            loop.quit()
        elif time.perf_counter() - start > timeout:
            loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(check)
    timer.start(poll_ms)
    loop.exec()
    timer.stop()
    if not state["ok"]:
        raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
    return time.perf_counter() - start


def pump(seconds: float) -> None:
    """Let the event loop run for ``seconds``."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def exposed(widget: Any) -> bool:
    handle = widget.windowHandle()
    return handle is not None and handle.isExposed()


class StallMeter:
    """A 1 ms precise timer; the longest gap between two ticks is the worst event-loop stall.

    A gap includes the 1 ms period itself, so an idle loop reads about 1-2 ms.
    """

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> dict[str, float]:
        self.timer.stop()
        self._tick()  # a stall still going on when stopping counts too
        gaps = sorted(self.gaps)
        if not gaps:
            return {"max_ms": 0.0, "p99_ms": 0.0, "over_16ms": 0, "ticks": 0}
        return {
            "max_ms": gaps[-1] * 1000,
            "p99_ms": gaps[int(0.99 * (len(gaps) - 1))] * 1000,
            "over_16ms": sum(1 for g in gaps if g > 0.016),
            "ticks": len(gaps),
        }


def application(argv: list[str] | None = None) -> Any:
    """The QApplication (created once)."""
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    return app if app is not None else QApplication(argv or ["vtex-bench"])


def find(root: Any, cls: Any, name: str) -> Any:
    """A child widget by object name, or :class:`Unavailable` when the app has no such widget."""
    widget = root.findChild(cls, name)
    if widget is None:
        raise Unavailable(f"no {cls.__name__} named '{name}' in the window")
    return widget
