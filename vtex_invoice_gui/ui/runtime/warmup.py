"""What the clerk's first actions need, made ready while the desk is idle: the first order's
models and modules (:func:`warm_first_order`), then the Batch tab's modules (:class:`WarmImports`).

Showing the first order built its pydantic schemas (the order on the worker, ~8 ms; the invoice
item on the GUI thread) and imported the NF-e payment codes on the GUI thread (~8 ms), all while
the clerk waited for it; the window now does that on the background thread right after its first
paint, while the clerk types the order id (issue 18). A Load clicked meanwhile simply finds part
of it done: pydantic builds a schema once under its own lock (hence ``pydantic>=2.14``).

The Batch tab is built the first time it is shown (``lazy_tabs``), and building it imported some
40 ms of modules on the GUI thread: the window froze for that long on the clerk's first click
(issue 18). :class:`WarmImports` imports them earlier, once the window is up and no job is running:
the pure-Python part (:data:`CORE`: the batch core, the NF-e item mapping) on the background
thread, where the window paints while it runs; then the tab's Qt modules (:data:`QT`) one per turn
of the event loop, each a few milliseconds. Whatever the clerk does first, a job running puts the
next step off; opening the tab meanwhile simply imports what is left.

Both lists are in import order, leaves first, so each step imports one module (a test holds them
to what the tab imports).
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from .workers import BACKGROUND, TaskControl, TaskRunner

log = logging.getLogger(__name__)

_PACKAGE = __name__.split(".")[0]
#: Imported on the background thread: no Qt in them.
CORE = tuple(f"{_PACKAGE}.{name}" for name in (
    "nfe.matching", "nfe.mapping", "batch", "sending.queue", "batch.send", "danfe", "batch.printing", "batch.report",
))  # fmt: skip
#: Imported on the GUI thread, one per turn of the event loop.
QT = tuple(f"{_PACKAGE}.ui.{name}" for name in (
    "batch.model", "batch.host", "batch.mapping", "batch.fixes", "sending.pause", "batch.jobs", "danfe",
    "danfe.dialog", "batch.outputs", "batch.summary", "batch.view",
))  # fmt: skip
#: Imported on the background thread as soon as the window is up: the order's show imports them
#: (the models it builds come with their own modules, in :func:`_first_order`).
FIRST_ORDER = tuple(f"{_PACKAGE}.{name}" for name in ("nfe.payment", "vtex.payment_data"))
#: After the first paint: the start-up's own reads go first.
START_MS = 500
#: A job is running: look again this much later.
BUSY_RETRY_MS = 200


class WarmImports(QObject):
    """Imports :data:`CORE` then :data:`QT` once :meth:`begin` is called and no task is running.
    ``finished`` when every module is imported."""

    finished = Signal()

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._left = list(QT)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._step)
        self._core_done = False

    def begin(self, delay_ms: int = START_MS) -> None:
        self._timer.start(delay_ms)

    def _step(self) -> None:
        if self.tasks.in_flight:
            self._timer.start(BUSY_RETRY_MS)
        elif not self._core_done:
            self.tasks.start(_import_core, succeeded=self._core_imported, failed=self._core_imported,
                             name="warm_imports", lane=BACKGROUND)  # fmt: skip
        elif self._left:
            name = self._left.pop(0)
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - opening the tab then says what is wrong
                log.exception("warming up %s failed", name)
            self._timer.start(0)
        else:
            self.finished.emit()

    def _core_imported(self, outcome: object) -> None:
        if isinstance(outcome, BaseException):
            log.warning("warming up the batch core failed: %s", type(outcome).__name__)
        self._core_done = True
        self._timer.start(0)


def _import_core(_control: TaskControl) -> None:
    for name in CORE:
        importlib.import_module(name)


def warm_first_order(tasks: TaskRunner) -> None:
    """Import :data:`FIRST_ORDER` and build the models an order is read into and prefilled with,
    on the background thread (a failure is logged: the first order then does it itself)."""
    tasks.start(_first_order, failed=_first_order_failed, name="warm_first_order", lane=BACKGROUND)


def _first_order(_control: TaskControl) -> None:
    for name in FIRST_ORDER:
        importlib.import_module(name)
    from ...vtex.order import Order
    from ...vtex.payloads import InvoiceItem

    for model in (Order, InvoiceItem):
        model.model_rebuild()  # deferred: built on first use otherwise (a no-op once built)


def _first_order_failed(error: BaseException) -> None:
    log.warning("warming up the first order failed: %s", type(error).__name__)
