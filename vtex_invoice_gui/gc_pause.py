"""Python's cycle collector kept from holding the window still: :func:`collector_paused` while a
worker builds and drops a burst of objects, :func:`settle` when what it builds lives on.

Reading a 500-item NF-e makes some 20,000 elements. Every 700 new objects the collector runs, and
now and then it scans every object the desk holds: up to 20 ms with the GIL held, so the window
cannot paint, whichever thread made the objects. Inside :func:`collector_paused` it does not run.
An element tree has no cycles, so it is freed by reference counts when the reading ends, and the
collector's counts go back to about where they were: the pause puts no work off to later.

``app.main`` pauses it too while the window is made: start-up's ~200,000 objects live as long as the
desk and are then frozen (``launch.settle_startup_objects``); the ~40 collections that scanned them
took ~35 ms of start-up. (The few hundred objects of start-up that die in cycles are frozen with
them: a few KiB, once.)

Otherwise only for bursts whose objects mostly die with the burst, or that are settled right after:
what survives a pause is scanned all at once by the next collection instead of a little at a time,
which was measured to be no better (``benchmarks/README.md``). A large VTEX answer (a 1 MB order,
``vtex/answers.py``) is parsed paused and then settled, so no full collection scans it at all.

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


def settle() -> None:
    """Collect the young objects, then hide every object alive from later full collections.

    For work that builds many objects that then live on: a batch check's 500 rows, each with its
    order and NF-e (some 60,000 objects), made the one full collection of the check take 35-50 ms.
    Settled every few rows, they are scanned once or twice while young and never again; a full
    collection then scans only what was made since.

    The young collection first frees the cycles that died young (an HTTP request leaves ~50 objects
    in cycles), so nothing that is already garbage is frozen. What is alive and later becomes an
    unreachable cycle is never collected: the rows, orders and NF-e documents have no cycles (a
    test holds a check to leaving nothing frozen behind), so they are freed by their reference
    counts as before. (Start-up's objects are frozen once too, without the young collection:
    ``launch.settle_startup_objects``.)
    """
    gc.collect(1)
    gc.freeze()
