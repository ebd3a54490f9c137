"""Every queue's count in the picker without the clerk opening it (issue 13).

Counted on the task runner's *background* lane (one thread of its own: a count never delays a
clerk's send or order load), one queue after another, with the queue panel's token bucket and order
cache (a second count reads only the list). A cycle runs after the open queue is read (at start,
on F5, when the date window or the store changes), every :data:`INTERVAL_MS`, and shortly after
the desk saw an order change (a send). A ``429`` pauses the shared bucket, so the counting waits
with every other worklist read. A new cycle stops the one running.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from ...worklist import OrderCache, TokenBucket, Window, Worklist, pause_on_429
from ..runtime.context import DeskContext
from ..runtime.workers import BACKGROUND, TaskControl

INTERVAL_MS = 5 * 60_000
AFTER_CHANGE_MS = 1_000  # a send re-reads the order more than once: count once it settled


class QueueCounts(QObject):
    """``counted(name, count)`` for each queue as it is counted."""

    counted = Signal(str, int)

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.closed = False
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.soon = QTimer(self, interval=AFTER_CHANGE_MS, singleShot=True)

    def start(self, names: Sequence[str], window: Window, bucket: TokenBucket, cache: OrderCache,
              marked: Collection[str]) -> None:
        """Count ``names`` (in this order) in ``window`` on the background lane; the one running stops."""
        self._generation += 1
        generation = self._generation
        profile, factory = self.ctx.store, self.ctx.api
        if profile is None or not names or self.closed:
            return
        current: Callable[[], bool] = lambda: generation == self._generation  # noqa: E731 - read from the worker
        names = tuple(names)
        marked = tuple(marked)

        def job(control: TaskControl) -> None:
            try:
                api = factory.build(profile, on_retry=pause_on_429(bucket, control.retry))
                for name in names:
                    count = 0
                    for _row in Worklist(api, bucket, cache, marked=lambda: marked).rows(name, window):  # type: ignore[arg-type]
                        if not current():
                            return
                        count += 1
                    if not current():
                        return
                    control.progress(count, name)
            finally:
                factory.quiet()

        # A failed count (the list refused, the store unreachable) keeps the last count shown; the
        # next cycle tries again (the worker logs why).
        self.ctx.tasks.start(job, progress=lambda count, name: self._counted(generation, name, count),
                             name="worklist_counts", lane=BACKGROUND)

    def stop(self) -> None:
        """The store changed: what is being counted no longer matters (the job ends at its next row)."""
        self._generation += 1

    def close(self) -> None:
        """The window is closing: no more counting, and the job running ends at its next row (so
        quitting does not wait for it, nor leaves it running)."""
        self.closed = True
        self.timer.stop()
        self.soon.stop()
        self.stop()

    def _counted(self, generation: int, name: str, count: int) -> None:
        if generation == self._generation:
            self.counted.emit(name, count)
