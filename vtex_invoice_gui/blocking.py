"""Calls that may never return (a keyring on D-Bus, a file on a stalled share), kept from freezing the desk.

A blocked system call cannot be cancelled from Python. So such a call runs on a *daemon* thread
and the caller waits for it at most a given time: :func:`call_with_timeout` raises
:class:`CallTimedOut` when that time is up and abandons the thread (a daemon thread never keeps
the process from exiting). :class:`DaemonPool` runs jobs on daemon threads too, for the UI's task
runner: waiting for it is always bounded, and whatever is still stuck at exit is left behind.

No Qt here (core module).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
_ids = itertools.count(1)


class CallTimedOut(TimeoutError):
    """``what`` did not return within ``seconds``; ``thread`` is still running it (abandoned)."""

    def __init__(self, what: str, seconds: float, thread: threading.Thread) -> None:
        super().__init__(f"{what} did not return within {seconds:g} s")
        self.what = what
        self.seconds = seconds
        self.thread = thread


def call_with_timeout(fn: Callable[..., T], *args: Any, timeout: float, what: str = "call") -> T:
    """``fn(*args)`` on a daemon thread; its result or exception, or :class:`CallTimedOut`.

    On timeout the thread is left running (it cannot be stopped): what it returns later is dropped.
    """
    done = threading.Event()
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            box["error"] = exc
        finally:
            done.set()

    thread = threading.Thread(target=run, name=f"desk-{what}-{next(_ids)}", daemon=True)
    thread.start()
    if not done.wait(timeout):
        log.warning("%s did not return within %g s; left running", what, timeout)
        raise CallTimedOut(what, timeout, thread)
    if "error" in box:
        raise box["error"]
    return box["value"]


class DaemonPool:
    """Runs jobs on at most ``max_threads`` daemon threads, first in first out.

    ``max_threads=None``: every job gets a thread of its own at once (file and keyring work: one
    stuck job never delays another). Threads are started when needed and end after
    ``idle_s`` without work. :meth:`wait` is bounded; jobs still running then are abandoned.
    """

    def __init__(self, name: str, max_threads: int | None = None, idle_s: float = 30.0) -> None:
        self.name = name
        self.max_threads = max_threads
        self.idle_s = idle_s
        self._queue: deque[Callable[[], None]] = deque()
        self._cond = threading.Condition()
        self._threads = 0
        self._idle = 0
        self._running = 0

    @property
    def active(self) -> int:
        """Jobs queued or running."""
        with self._cond:
            return len(self._queue) + self._running

    def start(self, job: Callable[[], None]) -> None:
        with self._cond:
            self._queue.append(job)
            if self._idle > len(self._queue) - 1:
                self._cond.notify()
                return
            if self.max_threads is not None and self._threads >= self.max_threads:
                return  # a busy thread takes it when it is done
            self._threads += 1
        threading.Thread(target=self._loop, name=f"{self.name}-{next(_ids)}", daemon=True).start()

    def _loop(self) -> None:
        while True:
            with self._cond:
                deadline = time.monotonic() + self.idle_s
                while not self._queue:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        self._threads -= 1
                        return
                    self._idle += 1
                    self._cond.wait(left)
                    self._idle -= 1
                job = self._queue.popleft()
                self._running += 1
            try:
                job()
            except BaseException:  # noqa: BLE001 - a pool thread must survive its job
                log.exception("%s: a job raised", self.name)
            finally:
                with self._cond:
                    self._running -= 1
                    self._cond.notify_all()

    def clear(self) -> int:
        """Drop the jobs not started yet; how many were dropped."""
        with self._cond:
            dropped = len(self._queue)
            self._queue.clear()
            self._cond.notify_all()
            return dropped

    def wait(self, timeout: float) -> bool:
        """Wait at most ``timeout`` seconds until no job is queued or running; True when none is."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._queue or self._running:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
            return True


def bounded(fn: Callable[[], Any], seconds: float, what: str) -> Callable[[], None]:
    """``fn`` as a closer that waits for it at most ``seconds`` (then leaves it running)."""

    def run() -> None:
        try:
            call_with_timeout(fn, timeout=seconds, what=what)
        except CallTimedOut:
            pass  # logged; the process may exit without it

    return run
