"""The queue panel: queue picker with counts, date window, search, Admin URL, the table.

The list work runs on the network workers (``ctx.call``), never in the GUI thread; the rows come
back in one list and the table shows them a screenful at a time. The other queues are counted in
the background (``counts.py``); the orders read are kept in the shared order cache on disk. Enter or double-click opens the
order in the desk; after a send the desk's fresh read updates the row or takes it out.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...fill import fill
from ...vtex.order import Order
from ...worklist import (
    DEFAULT_DAYS,
    QUEUE_NAMES,
    AdminUrlError,
    OrderCache,
    Queue,
    TokenBucket,
    WorkRow,
    Worklist,
    custom_queue,
    filters_from_admin_url,
    window_for,
)
from ...journal.db import MEMORY
from ...worklist.cache import FILE_NAME as CACHE_FILE
from ...worklist.cache import store_key
from ..runtime.context import DeskContext
from ..runtime.language import on_language_change, say
from ..text.core_text import translate
from ..widgets.tables import ColumnFitter
from .counts import QueueCounts
from .model import CLIENT, DATE, MISSING, ORDER, VALUE, WorklistModel
from .table import QueueTable

CUSTOM = "custom"
DRAIN_FIRST_MS, DRAIN_MS = 20, 100  # how often found rows are shown: before the first ones, then
FIT_SAMPLE_ROWS = 20  # rows the column widths are taken from (a screenful)
#: The columns on the left, in this order: which order, whose, how much, what it lacks. The others
#: (marketplace order, date, remaining, status) follow; the table scrolls sideways to them when
#: the dock is narrow (at 1366 px the queue is ~330 px wide and showed the order and marketplace ids).
FIRST_SHOWN = (ORDER, CLIENT, VALUE, MISSING)
#: The client column's least width: names are elided, the value beside it stays in view.
CLIENT_MIN_WIDTH = 90


class WorklistPanel(QWidget):
    openOrder = Signal(str)  # an order id to load in the desk
    openReturn = Signal(str)  # an order id to open the return wizard for (the Returns queue)
    loaded = Signal(int)  # rows in the queue just loaded
    failed = Signal(object, str)  # error, what was being done: shown in the desk's error view

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklistPanel")
        self.ctx = ctx
        # Set by the window (ui/returns/bar.py): the current store's orders marked for return.
        self.marked: Callable[[], Collection[str]] = tuple
        self._caches: dict[str, OrderCache] = {}
        self.bucket = TokenBucket()
        self._rows: list[WorkRow] = []
        self._counts: dict[str, int] = {}
        self._custom: Queue | None = None
        self._generation = 0
        self._found: list[WorkRow] = []  # rows a worker found and the GUI has not shown yet
        self._found_lock = threading.Lock()
        # Rows appear while the queue is read: looked for often until the first ones are on screen.
        self._drain_timer = QTimer(self, interval=DRAIN_FIRST_MS)
        self._drain_timer.timeout.connect(self._drain)
        self._recount = True  # count the other queues once the open one is read
        self._seen: dict[str, tuple[object, ...]] = {}  # what the desk last read of an order (a send changes it)
        self.counts = QueueCounts(ctx, self)
        self.counts.counted.connect(self._counted)
        self.counts.timer.timeout.connect(self.count_queues)
        self.counts.soon.timeout.connect(self.count_queues)
        self.counts.timer.start()
        ctx.flushers.append(self.counts.close)  # before the window waits for its jobs
        ctx.closers.append(self._close_caches)

        self.queue_combo = QComboBox(objectName="worklistQueue")
        self.queue_combo.setAccessibleName(self.tr("Queue"))
        for name in QUEUE_NAMES:
            self.queue_combo.addItem(self._queue_label(name), name)
        self.queue_combo.currentIndexChanged.connect(lambda _i: self.refresh(recount=False))
        self.days = QSpinBox(objectName="worklistDays")
        self.days.setRange(1, 730)
        self.days.setAccessibleName(self.tr("Days back"))
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(self._saved_days())
        self.days.editingFinished.connect(self._days_changed)
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="worklistRefresh")
        self.refresh_button.setToolTip(self.tr("Read the queue again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        refresh = QShortcut(QKeySequence("F5"), self, self.refresh)  # no Alt letter: the tabs own them
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search = QLineEdit(objectName="worklistSearch")
        self.search.setPlaceholderText(self.tr("Search: order, marketplace order, client or document"))
        self.search.setAccessibleName(self.tr("Search the queue"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_search)
        self.search.returnPressed.connect(self._open_first)
        self.admin_url = QLineEdit(objectName="worklistAdminUrl")
        self.admin_url.setPlaceholderText(self.tr("Paste a VTEX Admin orders address for a custom queue"))
        self.admin_url.setAccessibleName(self.tr("VTEX Admin orders address"))
        self.admin_url.returnPressed.connect(self._open_admin_url)
        self.status = QLabel(objectName="worklistStatus")
        self.status.setWordWrap(True)
        self.return_button = QPushButton(self.tr("Return…"), objectName="worklistReturnButton")
        self.return_button.setToolTip(self.tr("Open the return wizard for the selected order"))
        self.return_button.clicked.connect(self._open_return)

        self.model = WorklistModel(self)
        self.table = QueueTable(objectName="worklistTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Orders in the queue"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        # Fixed row heights, and columns sized from a sample of rows (never ResizeToContents, nor
        # resizeColumnsToContents: ~40 ms on a 3,000-row queue); the client column takes the rest.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.columns = ColumnFitter(self.table, stretch=CLIENT, sample=FIT_SAMPLE_ROWS, min_stretch=CLIENT_MIN_WIDTH)
        header = self.table.horizontalHeader()
        for position, column in enumerate(FIRST_SHOWN):  # a dock 330 px wide shows these without scrolling
            header.moveSection(header.visualIndex(column), position)
        self.model.rowsInserted.disconnect(self.columns.fit)  # not again on each screenful fetched
        self.model.rowsInserted.connect(lambda _parent, first, _last: first == 0 and self.columns.fit())
        self.table.doubleClicked.connect(self._activated)
        self.table.activatedByKey.connect(self._activated)

        top = QHBoxLayout()
        top.addWidget(self.queue_combo, 1)
        top.addWidget(self.days)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.return_button)
        layout.addLayout(bottom)
        layout.addWidget(self.admin_url)
        on_language_change(self, self._relabel)  # the queue names with their counts
        on_language_change(self.table, self.model.retranslate)  # the rows: status, missing, money

    # -- labels -----------------------------------------------------------------------------
    def _queue_label(self, name: str) -> str:
        label = {
            "to-invoice": self.tr("To invoice"), "late": self.tr("Late"),
            "awaiting-tracking": self.tr("Awaiting tracking"), "in-transit": self.tr("In transit"),
            "returns": self.tr("Returns"), CUSTOM: self.tr("From the VTEX Admin"),
        }[name]
        count = self._counts.get(name)
        return label if count is None else fill(self.tr("{label} ({count})"), label=label, count=count)

    def _relabel(self) -> None:
        for i in range(self.queue_combo.count()):
            self.queue_combo.setItemText(i, self._queue_label(self.queue_combo.itemData(i)))

    # -- per store --------------------------------------------------------------------------
    def _store_id(self) -> str:
        store = self.ctx.store
        return store.id if store is not None else ""

    def _saved_days(self) -> int:
        days = self.ctx.settings.worklist_days.get(self._store_id())
        return int(days) if days else DEFAULT_DAYS

    def _days_changed(self) -> None:
        store = self._store_id()
        if store and self._saved_days() != self.days.value():
            self.ctx.settings.worklist_days[store] = self.days.value()
            try:
                self.ctx.save_settings()
            except OSError:
                pass  # the window is only not remembered; the queue still loads
        self.refresh()

    def store_changed(self) -> None:
        self.counts.stop()
        self._counts.clear()
        self._seen.clear()
        self._relabel()
        blocked = self.days.blockSignals(True)
        self.days.setValue(self._saved_days())
        self.days.blockSignals(blocked)
        self.model.set_rows([])
        self._rows = []
        self.refresh()

    def _cache(self) -> OrderCache:
        """The store's orders read, in ``order-cache.sqlite3`` beside the journal (shared with the
        command line; the demo's beside its scratch journal). Opened on first use, on a worker."""
        store = self.ctx.store
        key = store_key(store) if store is not None else ""
        if key not in self._caches:
            journal = str(getattr(self.ctx.journal, "path", MEMORY))
            path = None if journal == MEMORY else Path(journal).parent / CACHE_FILE
            self._caches[key] = OrderCache.open(key, path) if key else OrderCache()
        return self._caches[key]

    # -- loading ----------------------------------------------------------------------------
    def current_queue(self) -> Queue | str:
        name = self.queue_combo.currentData()
        return self._custom if name == CUSTOM and self._custom is not None else name

    def refresh(self, *, recount: bool = True) -> None:
        """Read the open queue again (F5); then, with ``recount``, count the other queues."""
        self._recount = self._recount or recount
        if self.ctx.store is None and (self.ctx.starting is None or not self.ctx.starting.pending):
            say(self.status, lambda: self.tr("No store: open Accounts to add one"))
            return
        self._generation += 1
        generation = self._generation
        name = self.queue_combo.currentData()
        self.return_button.setVisible(name == "returns")
        queue = self.current_queue()
        window = window_for(days=self.days.value())
        marked = tuple(self.marked()) if name == "returns" else ()
        cache, bucket = self._cache(), self.bucket
        say(self.status, lambda: self.tr("Reading the queue from VTEX…"))
        with self._found_lock:
            self._found = []
        self._rows = []
        self.model.set_rows([])
        found, lock = self._found, self._found_lock
        current = lambda: generation == self._generation  # noqa: E731 - read from the worker

        def job(api: object) -> None:
            for row in Worklist(api, bucket, cache, marked=lambda: marked).rows(queue, window):  # type: ignore[arg-type]
                if not current():
                    return  # another queue was picked: stop reading this one
                _ = row.newest_first  # the sort key, made here rather than in the GUI thread
                with lock:
                    found.append(row)

        self._drain_timer.start(DRAIN_FIRST_MS)
        self.ctx.call(job, succeeded=lambda _none: self._loaded(generation, name),
                      failed=lambda error: self._failed(generation, error), name="worklist")

    def _take_found(self) -> list[WorkRow]:
        with self._found_lock:
            rows, self._found[:] = list(self._found), []
        return rows

    def _drain(self) -> None:
        new = self._take_found()
        if new:
            self._drain_timer.setInterval(DRAIN_MS)
            self._rows.extend(new)
            text = self.search.text().strip()
            self.model.append_rows([r for r in new if r.matches(text)] if text else new)
            say(self.status, lambda: self.tr("Reading the queue from VTEX… %n order(s) so far", "", len(self._rows)))

    def _loaded(self, generation: int, name: str) -> None:
        if generation != self._generation:
            return  # the clerk picked another queue meanwhile
        self._drain_timer.stop()
        self._rows.extend(self._take_found())  # the table sorts them
        self._counts[name] = len(self._rows)
        self._relabel()
        if self._recount or any(n not in self._counts for n in QUEUE_NAMES):
            self.count_queues()
        self._apply_search()
        say(self.status, lambda: self.tr("%n order(s) in this queue", "", len(self._rows)))
        self.loaded.emit(len(self._rows))

    # -- counts -----------------------------------------------------------------------------
    def count_queues(self) -> None:
        """Count every queue but the open one (its count is its rows) on the background lane."""
        self._recount = False
        if self.ctx.store is None or self.counts.closed:
            return
        open_name = self.queue_combo.currentData()
        names = [n for n in QUEUE_NAMES if n != open_name]
        marked = tuple(self.marked()) if "returns" in names else ()
        self.counts.start(names, window_for(days=self.days.value()), self.bucket, self._cache(), marked)

    def _close_caches(self) -> None:
        for cache in self._caches.values():
            cache.close()

    def _counted(self, name: str, count: int) -> None:
        if name != self.queue_combo.currentData():  # the open queue counts what it shows
            self._counts[name] = count
            self._relabel()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._drain_timer.stop()
            self._drain()
            say(self.status, lambda: self.tr("The queue could not be read."))
            self.failed.emit(error, self.tr("Reading the queue"))

    def _apply_search(self) -> None:
        text = self.search.text().strip()
        self.model.set_rows([r for r in self._rows if r.matches(text)] if text else self._rows)

    # -- opening ----------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openOrder.emit(self.model.row(index.row()).order_id)

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            self.openOrder.emit(self.model.row(0).order_id)
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _open_return(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.openReturn.emit(self.model.row(index.row()).order_id)
        else:
            say(self.status, lambda: self.tr("Pick an order in the queue first."))

    def marks_changed(self) -> None:
        """An order was marked or unmarked for return: the Returns queue shows it (or not)."""
        if self.queue_combo.currentData() == "returns":
            self.refresh(recount=False)
        else:
            self.counts.soon.start()

    def _open_admin_url(self) -> None:
        try:
            filters = filters_from_admin_url(self.admin_url.text())
        except AdminUrlError as exc:
            say(self.status, lambda message=exc.message: translate(message))
            return
        self._custom = custom_queue(filters)
        if self.queue_combo.findData(CUSTOM) < 0:
            self.queue_combo.addItem(self._queue_label(CUSTOM), CUSTOM)
        self.queue_combo.setCurrentIndex(self.queue_combo.findData(CUSTOM))
        self.refresh(recount=False)

    def focus_queue(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    # -- after a send -----------------------------------------------------------------------
    def order_changed(self, order: Order | None) -> None:
        """The desk read ``order`` (a load, or the re-read after a send): update or drop its row."""
        if order is None:
            return
        if self._changed(order):  # a send (here or in another tab): the cached read is stale, recount
            self._cache().forget(order.order_id)
            self.counts.soon.start()
        row = next((r for r in self._rows if r.order_id == order.order_id), None)
        if row is None:
            return
        queue = self.current_queue()
        new = Worklist(None, self.bucket, self._cache(), marked=self.marked).row_after(  # type: ignore[arg-type]
            queue, row, order)
        self._rows = [r for r in self._rows if r.order_id != order.order_id] if new is None else [
            new if r.order_id == order.order_id else r for r in self._rows]
        self.model.replace(order.order_id, new if new is None or new.matches(self.search.text()) else None)
        name = self.queue_combo.currentData()
        self._counts[name] = len(self._rows)
        self._relabel()


    def _changed(self, order: Order) -> bool:
        """True when the desk read ``order`` before and it changed since (status, invoices, tracking)."""
        mark = (order.status, order.last_change, order.value,
                tuple((p.type, p.invoice_number, p.tracking_number, p.delivered) for p in order.packages))
        before = self._seen.pop(order.order_id, None)
        self._seen[order.order_id] = mark
        while len(self._seen) > 100:  # the orders of a session's last minutes are enough
            self._seen.pop(next(iter(self._seen)))
        return before is not None and before != mark
