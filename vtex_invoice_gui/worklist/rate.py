"""A token bucket shared by every read of a worklist, with a pause that a 429 sets for all of them.

VTEX allows Get Order 6,000 requests per minute per account (vtex-api.md 6.3) and publishes no
figure for the list: the desk stays well under it (:data:`DEFAULT_RATE`), and one ``429`` stops
every read until its ``Retry-After`` has passed (the client itself waits and retries that read).
Clock and sleep are injectable, so tests run without waiting.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

DEFAULT_RATE = 20.0  # reads per second: 1,200 per minute, a fifth of Get Order's limit
DEFAULT_BURST = 10


class TokenBucket:
    """``acquire()`` blocks until a read may go: at most ``burst`` at once, ``rate`` per second."""

    def __init__(
        self,
        rate: float = DEFAULT_RATE,
        burst: int = DEFAULT_BURST,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be positive and burst at least 1")
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(burst)
        self._stamp = clock()
        self._paused_until = 0.0
        self._lock = threading.Lock()
        self.waited = 0.0  # seconds spent waiting, for progress lines and tests

    def pause(self, seconds: float) -> None:
        """Hold every read for ``seconds`` from now (a 429's ``Retry-After``)."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + max(seconds, 0.0))
            self._tokens = 0.0

    @property
    def paused_until(self) -> float:
        return self._paused_until

    def acquire(self) -> None:
        while True:
            with self._lock:
                now = self._clock()
                if now >= self._paused_until:
                    self._tokens = min(self.burst, self._tokens + (now - max(self._stamp, self._paused_until)) * self.rate)
                    self._stamp = now
                    if self._tokens >= 1 - 1e-9:  # rounding must not leave a read waiting forever
                        self._tokens = max(self._tokens - 1, 0.0)
                        return
                    wait = (1 - self._tokens) / self.rate
                else:
                    wait = self._paused_until - now
            self.waited += wait
            self._sleep(wait)
