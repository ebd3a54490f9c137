"""What the GUI thread spends per event in a stall workload: the answer's slot, the paints, the layouts.

    .venv/bin/python -m benchmarks.event_times requests|large|nfe|history [--top N] [--sequence]

Runs one stall workload (sizes of the full suite) in a child like ``benchmarks.stall_trace`` does,
in a ``QApplication`` whose ``notify`` times every event it delivers. Prints, for the outermost
events over 1 ms (an event delivered inside another is counted in it), the count, median and
largest duration by event type and receiver; then every widget's paint events over 0.3 ms. A gap
of the stall meter is one or more of these back to back: the worker's answer delivered to the
GUI thread ("MetaCall" to a ``WorkerSignals``: the order's show) and the window's repaint
("UpdateRequest" to the main window) are the two large ones. ``--sequence`` then lists, from the
middle of the run, the outermost events over 0.05 ms one by one (what one order shown is made of,
each receiver named with up to three parents). A diagnosis tool, not a figure: the timing wrapper
is Python on every event (and names every event it keeps), so each event reads ~0.1 ms longer
than it is.
"""

from __future__ import annotations

import collections
import sys
import tempfile
import time
from pathlib import Path
from statistics import median
from typing import Any

from .harness import child_main, run_child
from .sandbox_proc import sandbox_process

OUTER_MS = 1.0
PAINT_MS = 0.3
SEQUENCE = 60  # events listed by --sequence
SEQUENCE_MS = 0.05  # and the shortest of them


def _name(receiver: Any) -> str:
    cls = type(receiver).__name__
    try:
        name = receiver.objectName()
    except (AttributeError, RuntimeError):
        return cls
    if cls == "QScrollBar":  # which scroll area's, and how long
        owner = receiver.parent().parent() if receiver.parent() is not None else None
        owner_name = (owner.objectName() or type(owner).__name__) if owner is not None else "?"
        return f"QScrollBar of {owner_name} ({receiver.width()}x{receiver.height()})"
    chain, widget = [], receiver
    while widget is not None and len(chain) < 4:
        try:
            chain.append(widget.objectName() or type(widget).__name__)
            widget = widget.parent()
        except (AttributeError, RuntimeError):
            break
    return f"{cls} {name} <{'/'.join(chain[1:])}>".strip()


def measure(args: dict[str, Any]) -> dict[str, Any]:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from . import stall

    events: list[tuple[float, float, str, str]] = []

    class TimedApplication(QApplication):
        def notify(self, receiver: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            start = time.perf_counter()
            kind = event.type()
            try:
                return super().notify(receiver, event)
            finally:
                spent = time.perf_counter() - start
                if spent * 1000 > SEQUENCE_MS:
                    try:
                        label = QEvent.Type(kind).name
                    except ValueError:
                        label = str(int(kind))
                    events.append((start, spent, label, _name(receiver)))

    app = TimedApplication(["vtex-invoice-gui"])  # qtprobe.application() reuses it
    stall.measure(args)
    del app
    events.sort()
    outer: dict[tuple[str, str], list[float]] = collections.defaultdict(list)
    end = 0.0
    for start, spent, label, receiver in events:
        if start >= end and spent * 1000 > OUTER_MS:
            outer[(label, receiver)].append(spent * 1000)
            end = start + spent
    paints: dict[str, list[float]] = collections.defaultdict(list)
    for _start, spent, label, receiver in events:
        if label == "Paint" and spent * 1000 > PAINT_MS:
            paints[receiver].append(spent * 1000)
    # The middle of the run, event by event (outermost, over SEQUENCE_MS): what one order shown is made of.
    sequence, end = [], 0.0
    for start, spent, label, receiver in events[len(events) // 2:]:
        if start >= end:
            sequence.append([round((start - events[0][0]) * 1000, 1), round(spent * 1000, 2), label, receiver])
            end = start + spent
        if len(sequence) >= SEQUENCE:
            break
    return {"outer": [[k[0], k[1], v] for k, v in outer.items()], "paints": list(paints.items()),
            "sequence": sequence}


def _line(what: str, times: list[float]) -> str:
    return (f"{len(times):5d} x  median {median(times):5.1f} ms  max {max(times):5.1f} ms  "
            f"total {sum(times):7.0f} ms  {what}")


def main() -> None:
    from .harness import Options
    from .stall import _sizes

    workload = sys.argv[1]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 12
    sizes = _sizes(Options())
    with sandbox_process(latency=0.15, large_items=[sizes["large_items"]]) as sb, \
            tempfile.TemporaryDirectory(prefix="vtex-events-") as tmp:
        nfe_path = Path(tmp) / "large-nfe.xml"
        if workload == "nfe":
            from tests.support.nfe_samples import make_large_nfe

            nfe_path.write_bytes(make_large_nfe(sizes["nfe_items"]))
        result = run_child("event_times", {"workload": workload, "sandbox": sb, "nfe_path": str(nfe_path),
                                           "idle_seconds": 0.3, **sizes}, timeout=900)
    print(f"events over {OUTER_MS:g} ms (outermost), by type and receiver:")
    for label, receiver, times in sorted(result["outer"], key=lambda r: -sum(r[2]))[:top]:
        print(_line(f"{label} -> {receiver}", times))
    print(f"paint events over {PAINT_MS:g} ms, by widget:")
    for receiver, times in sorted(result["paints"], key=lambda r: -sum(r[1]))[:top]:
        print(_line(receiver, times))
    if "--sequence" in sys.argv:
        print(f"the middle of the run, event by event (ms since the first; outermost over {SEQUENCE_MS:g} ms):")
        for at, spent, label, receiver in result["sequence"]:
            print(f"{at:10.1f} {spent:6.2f}  {label} -> {receiver}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in ("requests", "large", "nfe", "history"):
        main()
    else:
        child_main(measure)
