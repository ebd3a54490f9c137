"""Running calls off the GUI thread: one worker pattern, a runner that counts what is in flight.

A job is a plain function ``job(control) -> result`` run on a pool of daemon threads
(:class:`~vtex_invoice_gui.blocking.DaemonPool`): requests to VTEX on the *network* lane (a few
threads), reading files and the keyring on the *files* lane (a thread per job), so a stuck file
read or a keyring that never answers never delays a Load; the worklist's background counts on
the *background* lane (one thread), so they never delay a clerk's send or order load. Quitting waits for jobs at most
:data:`QUIT_WAIT_S`; what is still stuck then is abandoned (daemon threads never keep the process
alive). Its outcome arrives in the GUI thread through a separate signals object
(``succeeded(object)``, ``failed(object)``, ``progress(int, str)``, ``retrying(object)``). The
worker catches every exception and emits ``failed``: no job dies silently. Jobs never touch widgets; they report
through ``control`` (plain callables the worker turns into signals).

Stale results are dropped by the caller with a :class:`Latest` counter (git-cola's diff token).
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...blocking import DaemonPool

log = logging.getLogger(__name__)

#: The lanes a job may run on (``TaskRunner.start(..., lane=FILES)``).
NETWORK = "network"
FILES = "files"
BACKGROUND = "background"
#: Threads for requests to VTEX (they wait on the network, not on the CPU).
NETWORK_THREADS = 4
#: Seconds quitting waits for jobs still running before it abandons them.
QUIT_WAIT_S = 2.0


class WorkerSignals(QObject):
    """The worker's voice in the GUI thread (lives there; emitted from the pool thread)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)
    retrying = Signal(object)
    finished = Signal()


class TaskControl:
    """Handed to a job: report progress and retry notices without knowing about Qt."""

    def __init__(self, signals: WorkerSignals) -> None:
        self._signals = signals

    def progress(self, percent: int, text: str) -> None:
        self._signals.progress.emit(percent, text)

    def retry(self, notice: object) -> None:
        """Pass as ``on_retry`` to the VTEX client: the UI shows a calm countdown."""
        self._signals.retrying.emit(notice)


Job = Callable[[TaskControl], Any]


class Worker:
    """Runs one job; every exception becomes ``failed(exc)``."""

    def __init__(self, job: Job, signals: WorkerSignals, name: str) -> None:
        self._job = job
        self.signals = signals
        self.name = name

    def run(self) -> None:
        signals = self.signals
        try:
            result = self._job(TaskControl(signals))
        except Exception as exc:  # noqa: BLE001 - the point: nothing escapes silently
            log.info("task %s failed: %s", self.name, type(exc).__name__)
            log.debug("task %s traceback:\n%s", self.name, "".join(traceback.format_exception(exc)))
            signals.failed.emit(exc)
        else:
            signals.succeeded.emit(result)
        finally:
            signals.finished.emit()


class TaskRunner(QObject):
    """Starts jobs on its own thread pools, keeps them alive until they finish, counts them.

    ``busyChanged(int)`` carries how many requests (network jobs) are in flight, when that number
    changes (for the status bar: :attr:`requests`; :attr:`in_flight` counts file jobs too);
    ``retrying(object)`` repeats every job's retry notice (for "VTEX is limiting requests").
    """

    busyChanged = Signal(int)
    retrying = Signal(object)

    def __init__(self, parent: QObject | None = None, *, network_threads: int = NETWORK_THREADS) -> None:
        super().__init__(parent)
        self.pools = {
            NETWORK: DaemonPool("desk-network", max_threads=network_threads),
            FILES: DaemonPool("desk-files"),
            BACKGROUND: DaemonPool("desk-background", max_threads=1),
        }
        self._running: dict[int, tuple[Worker, WorkerSignals, str]] = {}
        self._network = 0  # network jobs in flight, as busyChanged last said
        self._next_id = 0
        self._closed = False

    @property
    def in_flight(self) -> int:
        return len(self._running)

    @property
    def requests(self) -> int:
        """Network jobs in flight (what the status bar says; :attr:`in_flight` counts every job)."""
        return self._network

    def start(
        self,
        job: Job,
        *,
        succeeded: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, str], None] | None = None,
        retrying: Callable[[object], None] | None = None,
        name: str = "task",
        lane: str = NETWORK,
    ) -> WorkerSignals:
        """Run ``job`` on ``lane``'s pool; the callbacks run in the GUI thread.

        ``lane=FILES`` for reading files and the keyring (anything that may block on the disk or
        on D-Bus), ``NETWORK`` (the default) for calls to VTEX.
        """
        self._next_id += 1
        ident = self._next_id
        # Parented to the runner: Qt owns it, so it is deleted in the GUI thread (deleteLater),
        # never from the pool thread that emitted its last signal.
        signals = WorkerSignals(self)
        if succeeded is not None:
            signals.succeeded.connect(self._unless_closed(succeeded))
        if failed is not None:
            signals.failed.connect(self._unless_closed(failed))
        if progress is not None:
            signals.progress.connect(self._unless_closed(progress))
        if retrying is not None:
            signals.retrying.connect(self._unless_closed(retrying))
        signals.retrying.connect(self.retrying)
        signals.finished.connect(lambda: self._done(ident))
        worker = Worker(job, signals, name)
        self._running[ident] = (worker, signals, lane)
        self._busy()
        self.pools[lane].start(worker.run)
        return signals

    def _unless_closed(self, callback: Callable[..., None]) -> Callable[..., None]:
        """``callback``, dropped once the runner closed: a job abandoned at quit may answer after
        the widgets that asked for it are gone (its answer is settled from the journal instead)."""

        def deliver(*args: Any) -> None:
            if not self._closed:
                callback(*args)

        return deliver

    def _busy(self) -> None:
        count = sum(1 for entry in self._running.values() if entry[2] == NETWORK)
        if count != self._network:  # a file or background job leaves the status bar as it is
            self._network = count
            self.busyChanged.emit(count)

    def _done(self, ident: int) -> None:
        entry = self._running.pop(ident, None)
        if entry is not None:
            entry[1].deleteLater()
        self._busy()

    def wait(self, msecs: int = int(QUIT_WAIT_S * 1000)) -> bool:
        """On quit: drop jobs not started, wait at most ``msecs`` in all for the running ones.

        True when none is left running; else they are abandoned (their threads are daemons).
        """
        deadline = time.monotonic() + msecs / 1000
        for pool in self.pools.values():
            pool.clear()
        done = all(pool.wait(max(0.0, deadline - time.monotonic())) for pool in self.pools.values())
        self._closed = True  # what answers later finds no one to tell
        if not done:
            stuck = [entry[0].name for entry in self._running.values()]
            log.warning("quitting with %d job(s) still running, abandoned: %s", len(stuck), ", ".join(stuck))
        return done


class Latest:
    """Numbers requests so that only the answer to the latest one is used.

    ``token = latest.next()`` when starting; ``latest.is_current(token)`` when the answer comes.
    """

    def __init__(self) -> None:
        self._value = 0

    def next(self) -> int:
        self._value += 1
        return self._value

    @property
    def value(self) -> int:
        return self._value

    def is_current(self, token: int) -> bool:
        return token == self._value

    def invalidate(self) -> None:
        """Make every outstanding answer stale (e.g. the store changed)."""
        self._value += 1
