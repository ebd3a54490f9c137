"""Python's cycle collector held off while a worker builds and drops a burst of objects.

Reading a 500-item NF-e makes some 20,000 elements. Every 700 new objects the collector runs, and
now and then it scans every object the desk holds: up to 20 ms with the GIL held, so the window
cannot paint, whichever thread made the objects. Inside :func:`collector_paused` it does not run.
An element tree has no cycles, so it is freed by reference counts when the reading ends, and the
collector's counts go back to about where they were: the pause puts no work off to later.

Only for bursts whose objects mostly die with the burst: what survives a pause (a parsed 1 MB
order) is scanned all at once by the next collection instead of a little at a time, which was
measured to be no better (``benchmarks/README.md``).

Pauses from several threads nest: the collector runs again when the last one ends, and only if it
was running when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection while the block runs (in any thread)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
