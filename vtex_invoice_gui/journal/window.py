"""The settle window: how long the desk keeps re-reading an order before it concludes "not applied".

VTEX applies writes asynchronously: usually seconds after the answer, sometimes minutes. A write
whose answer never came (a timeout, a dropped connection, a 5xx, an unreadable 2xx) may still be
applied long after the client gave up, so "not on the order" is concluded only once a whole window
has passed since **the moment the client gave up**, measured on this process's monotonic clock
(a wall-clock jump, forwards or back, never shortens it). The window is at least the read timeout
plus a generous apply time (:func:`settle_window`; the desk's settings can make it longer).

A row this process did not give up on itself (left by an earlier process, or by another program
that died) has no such moment here: its window is counted from the first time this process looked
at it, so it gets a full window of re-reads too, whatever its wall-clock ``sent_at`` says.

While the window runs, reconciliation's verdict is *pending*: re-read again later, with backoff
(:meth:`SettleWindows.next_check`). No core code posts anything while a row is pending.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

#: VTEX's usual read timeout on the desk's client (seconds; ``vtex.client.DEFAULT_TIMEOUT.read``).
DEFAULT_READ_TIMEOUT_S = 30.0
#: How long VTEX may take to apply a write after the answer (seconds): minutes, not seconds.
DEFAULT_APPLY_TIME_S = 180.0
#: The first re-read after a pending verdict, and the longest pause between re-reads (seconds).
FIRST_CHECK_S = 2.0
MAX_CHECK_S = 30.0


def settle_window(read_timeout: float = DEFAULT_READ_TIMEOUT_S, apply_time: float = DEFAULT_APPLY_TIME_S) -> float:
    """The window's length: the read timeout (a request may be processed until then) plus the
    apply time (VTEX's delay in showing it)."""
    return max(0.0, float(read_timeout)) + max(0.0, float(apply_time))


#: The desk's default settle window (seconds).
DEFAULT_SETTLE_WINDOW_S = settle_window()


class SettleWindows:
    """When each row's window started, on ``clock`` (monotonic), and how often it was re-read."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._start: dict[int, float] = {}
        self._checks: dict[int, int] = {}
        self._lock = threading.Lock()

    def gave_up(self, row_id: int) -> None:
        """The client gave up on that row's request now (its ambiguous error came back)."""
        with self._lock:
            self._start[row_id] = self.clock()
            self._checks.pop(row_id, None)

    def left(self, row_id: int, length: float) -> float:
        """Seconds left of the row's window (0 when over); a row seen for the first time starts one."""
        now = self.clock()
        with self._lock:
            start = self._start.setdefault(row_id, now)
        return min(max(start + length - now, 0.0), max(length, 0.0))

    def next_check(self, row_id: int, left: float, length: float) -> float:
        """When to re-read a pending row next (seconds): backoff from 2 s up to 30 s (an eighth and
        a quarter of a short window), never past the window's end (the final re-read is made right
        when it closes)."""
        with self._lock:
            count = self._checks.get(row_id, 0)
            self._checks[row_id] = count + 1
        first, longest = min(FIRST_CHECK_S, length / 8), min(MAX_CHECK_S, length / 4)
        return max(min(first * 2**count, longest, left), 0.0)
