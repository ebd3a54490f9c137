"""The worklist workload: "To invoice" with thousands of rows read into the queue dock.

The sandbox (its own process) holds ``ready_orders`` extra *Ready for handling* orders over the
last 60 days; the child opens the desk, sets the dock's window to 60 days and refreshes "To
invoice". Measured: the time until the first rows are on screen, until the whole queue is in,
and (by the stall meter around it) the largest event-loop gap.
"""

from __future__ import annotations

import time
from typing import Any

from .harness import Unavailable


def exercise_worklist(desk: Any, rows: int) -> dict[str, float]:
    from .qtprobe import wait_until

    dock = getattr(desk.window, "worklist", None)
    if dock is None:
        raise Unavailable("the window has no worklist dock")
    panel = dock.panel
    dock.show()
    panel.queue_combo.setCurrentIndex(panel.queue_combo.findData("to-invoice"))
    wait_until(desk.idle, 60, "the first queue read to end")
    panel.days.setValue(60)
    start = time.perf_counter()
    panel.refresh()
    wait_until(lambda: panel.model.rowCount() > 0, 120, "the first queue rows")
    first = time.perf_counter() - start
    wait_until(lambda: panel.model.total >= rows and desk.idle(), 300, f"{rows} queue rows")
    whole = time.perf_counter() - start
    panel.table.scrollToBottom()  # the view fetches the rest a screenful at a time
    return {"first_rows_ms": first * 1000, "all_rows_ms": whole * 1000, "rows": float(panel.model.total)}
