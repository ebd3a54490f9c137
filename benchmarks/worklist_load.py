"""The worklist workload: "To invoice" with thousands of rows read into the queue dock.

The sandbox (its own process) holds ``ready_orders`` extra *Ready for handling* orders over the
last 60 days; the child opens the desk, shows the dock, sets its window to 62 days (whole UTC
days) and refreshes "To invoice". Measured: the time until the first rows are on screen, until
the whole queue is in (the other queues counted after it), and (by the stall meter around it) the
largest event-loop gap; the dock's first show and the reading alone on meters of their own.

    .venv/bin/python -m benchmarks.worklist_load [--quick] [--reps N]   # this row alone
"""

from __future__ import annotations

import os
import time
from typing import Any

from .harness import Unavailable


def exercise_worklist(desk: Any, rows: int) -> dict[str, float]:
    """Show the dock (F6: the offscreen screen is too narrow for it at start), then read "To invoice".

    Besides what the stall meter of ``stall.measure`` sees over the whole of it, returns the dock's
    first show (``show_max_ms``: the whole window's layout and paint, once per session) and the
    reading of the queue alone (``read_max_ms``, ``read_p99_ms``, ``read_over_16ms``) on meters of
    their own, so the row's note can tell the two apart.
    """
    from .qtprobe import StallMeter, pump, wait_until

    dock = getattr(desk.window, "worklist", None)
    if dock is None:
        raise Unavailable("the window has no worklist dock")
    panel = dock.panel
    shown = StallMeter()
    shown.start()
    dock.show()
    panel.queue_combo.setCurrentIndex(panel.queue_combo.findData("to-invoice"))
    pump(0.05)
    show = shown.stop()
    wait_until(desk.idle, 60, "the first queue read to end")
    panel.days.setValue(62)  # whole UTC days: the orders of "the last 60 days" from now all fall inside
    reading = StallMeter()
    reading.start()
    start = time.perf_counter()
    panel.refresh()
    wait_until(lambda: panel.model.rowCount() > 0, 120, "the first queue rows")
    first = time.perf_counter() - start
    wait_until(lambda: panel.model.total >= rows and desk.idle(), 300, f"{rows} queue rows")
    whole = time.perf_counter() - start
    panel.table.scrollToBottom()  # the view fetches the rest a screenful at a time
    pump(0.1)
    read = reading.stop()
    return {"first_rows_ms": first * 1000, "all_rows_ms": whole * 1000, "rows": float(panel.model.total),
            "show_max_ms": show["max_ms"], "read_max_ms": read["max_ms"], "read_p99_ms": read["p99_ms"],
            "read_over_16ms": read["over_16ms"]}

def main(argv: list[str]) -> None:
    """``python -m benchmarks.worklist_load [--quick] [--reps N]``: this one row of the stall group
    (``python -m benchmarks --only stall`` runs it with the others), printed as the suite prints it."""
    import argparse
    import platform
    import shlex
    import sys

    from .harness import Options, warm_bytecode
    from .report import format_table
    from .stall import IDLE_SECONDS, _sizes, _worklist_row

    parser = argparse.ArgumentParser(prog="python -m benchmarks.worklist_load")
    parser.add_argument("--quick", action="store_true", help="150 rows, one run (the smoke size)")
    parser.add_argument("--reps", type=int, default=3, help="runs (the median is reported); default 3")
    args = parser.parse_args(argv)
    opts = Options(quick=args.quick)
    started = time.perf_counter()
    warm_bytecode()
    row = _worklist_row(_sizes(opts), opts.reps(args.reps), 0.3 if opts.quick else IDLE_SECONDS)
    machine = {"cpu_count": os.cpu_count(), "python": platform.python_version()}
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        machine.update(pyside=PySide6.__version__, qt=qVersion())
    except ImportError:
        pass
    result = {"command": " ".join(shlex.quote(a) for a in ["python", "-m", "benchmarks.worklist_load", *argv]),
              "machine": machine, "duration_s": time.perf_counter() - started, "options": {"quick": opts.quick}}
    print(format_table([row], result))
    for run in row.details.get("runs", []):
        busy = run["busy"]
        print(f"- run: max {busy['max_ms']:.1f} ms, p99 {busy['p99_ms']:.1f} ms, over 16 ms {busy['over_16ms']}; "
              f"of which the dock's first show {run['show_max_ms']:.1f} ms; reading the queue alone: max "
              f"{run['read_max_ms']:.1f} ms, p99 {run['read_p99_ms']:.1f} ms, over 16 ms {run['read_over_16ms']}; "
              f"first rows {run['first_rows_ms']:.0f} ms, all {run['all_rows_ms']:.0f} ms")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
