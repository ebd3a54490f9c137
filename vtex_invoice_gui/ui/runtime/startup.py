"""The demo store (``--demo``) awaited once the window is up, not before it.

The demo store runs in a process of its own (:mod:`vtex_invoice_gui.demo_store`), started as the desk
starts. :class:`DemoStart` waits for it to listen on a background thread once the window has been
shown (the main window calls :meth:`DemoStart.begin` after its first paint), then makes it the
current store in the GUI thread. A call for "the current store" made meanwhile (the clerk clicking
Load at once) waits in :meth:`DemoStart.later` and runs then (:meth:`~.context.DeskContext.call`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class DemoStart(QObject):
    """Runs ``start()`` (returns the running sandbox) on a thread, then ``install(sandbox)`` in the
    GUI thread, then the calls that waited. ``finished(error)``: None when the store is ready."""

    finished = Signal(object)
    _done = Signal(object, object)  # sandbox, error: from the thread to the GUI thread

    def __init__(
        self, start: Callable[[], Any], install: Callable[[Any], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._start = start
        self.install = install  # may be set after construction, before the store is ready
        self._waiting: list[Callable[[], None]] = []
        self._sandbox: Any = None
        self._stopped = False
        self._lock = threading.Lock()
        self.pending = True
        self.error: BaseException | None = None
        self._done.connect(self._finish)
        self._thread = threading.Thread(target=self._run, name="desk-demo-store", daemon=True)

    @property
    def begun(self) -> bool:
        return self._thread.ident is not None

    def begin(self) -> None:
        """Start the store on its thread (once; later calls do nothing)."""
        with self._lock:
            if self._thread.ident is None and not self._stopped:
                self._thread.start()

    def later(self, call: Callable[[], None]) -> None:
        """Run ``call`` once the store is ready (or failed to start: it then finds no store)."""
        if self.pending:
            self._waiting.append(call)
        else:
            call()

    def _run(self) -> None:
        try:
            sandbox = self._start()
        except Exception as exc:  # noqa: BLE001 - reported in the window, not lost in a thread
            log.exception("the demo store did not start")
            self._done.emit(None, exc)
            return
        with self._lock:
            stopped = self._stopped
            self._sandbox = sandbox
        if stopped:  # the window closed while it was starting
            sandbox.stop()
            return
        self._done.emit(sandbox, None)

    def _finish(self, sandbox: Any, error: BaseException | None) -> None:
        if sandbox is not None and not self._stopped:
            try:
                self.install(sandbox)
            except Exception as exc:  # noqa: BLE001
                log.exception("the demo store could not be set up")
                error = exc
        self.error = error
        self.pending = False
        waiting, self._waiting = self._waiting, []
        for call in waiting:
            call()
        self.finished.emit(error)

    def stop(self) -> None:
        """On close: wait for a start still running, then stop the store."""
        with self._lock:
            self._stopped = True
            sandbox = self._sandbox
        if sandbox is None and self._thread.is_alive():
            self._thread.join(timeout=10)  # it stops the sandbox itself when it sees _stopped
            return
        if sandbox is not None:
            sandbox.stop()


class AfterFirstPaint(QObject):
    """Runs ``action`` once, on the event loop's next turn after ``window`` was first exposed (its
    first paint is then done), or after ``fallback_ms`` if the window is never exposed."""

    def __init__(self, window: QWidget, action: Callable[[], None], fallback_ms: int = 1000) -> None:
        super().__init__(window)
        self._action: Callable[[], None] | None = action
        self._handle = window.windowHandle()
        if self._handle is not None and self._handle.isExposed():
            QTimer.singleShot(0, self._run)
            return
        if self._handle is not None:
            self._handle.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Expose and self._handle is not None and self._handle.isExposed():
            self._handle.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            action()
