"""The History table's model: the journal, newest first, fetched a page at a time on a worker.

:class:`HistoryModel` never holds the whole journal: it starts with one page
(:meth:`Journal.query` with ``offset``/``limit``, plus :meth:`Journal.count` for the total) and
fetches the next page when the view scrolls near the end (``canFetchMore``/``fetchMore``). SQL runs
on the task runner, so a 100,000-row journal or a free-text search over it never blocks the window;
answers to superseded requests (the filters changed meanwhile) are dropped.

The model reads through its own :class:`Journal` connection (WAL lets it read while the clients
write through theirs). :class:`JournalWatch` tells, cheaply, whether anyone wrote since last asked.
"""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication

from ...fill import fill
from ...journal import Journal, JournalEntry, JournalFilter, Operation, SendState
from ..text.core_text import entry_note_text, note_text
from ..text.formatting import local_datetime_text, plain_money
from ..runtime.workers import Latest, TaskRunner
from ..widgets.banner import Tone, tone_color
from ..widgets.table_model import roles

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ANSWERED = roles(_DISPLAY, ENTRY_ROLE, _ALIGNMENT, _FOREGROUND, Qt.ItemDataRole.ToolTipRole)


def operation_text(operation: Operation | str) -> str:
    return {
        Operation.INVOICE: QCoreApplication.translate("Journal", "Invoice"),
        Operation.TRACKING_NUMBER: QCoreApplication.translate("Journal", "Tracking number"),
        Operation.TRACKING_EVENTS: QCoreApplication.translate("Journal", "Tracking events"),
        Operation.START_HANDLING: QCoreApplication.translate("Journal", "Start handling"),
    }[Operation(operation)]


def state_text(state: SendState | str) -> str:
    return {
        SendState.PENDING: QCoreApplication.translate("Journal", "Not sent yet"),
        SendState.SENT: QCoreApplication.translate("Journal", "Sending"),
        SendState.CONFIRMED: QCoreApplication.translate("Journal", "Confirmed"),
        SendState.FAILED: QCoreApplication.translate("Journal", "Failed"),
        SendState.UNKNOWN: QCoreApplication.translate("Journal", "Unknown: check the order"),
    }[SendState(state)]


def describe_entry(entry: JournalEntry) -> str:
    """``Invoice NF1 of order 123-01`` and the like, for banners and details."""
    if entry.operation is Operation.START_HANDLING:
        return fill(QCoreApplication.translate("Journal", "Start handling of order {order}"), order=entry.order_id)
    text = {
        Operation.INVOICE: QCoreApplication.translate("Journal", "Invoice {invoice} of order {order}"),
        Operation.TRACKING_NUMBER: QCoreApplication.translate(
            "Journal", "Tracking number of invoice {invoice}, order {order}"
        ),
        Operation.TRACKING_EVENTS: QCoreApplication.translate(
            "Journal", "Tracking events of invoice {invoice}, order {order}"
        ),
    }[entry.operation]
    return fill(text, invoice=entry.invoice_number or "", order=entry.order_id)


def result_text(entry: JournalEntry) -> str:
    """The receipt, or what went wrong, in one line."""
    if entry.state is SendState.CONFIRMED:
        if entry.receipt:
            return fill(QCoreApplication.translate("Journal", "Receipt {receipt}"), receipt=entry.receipt)
        return QCoreApplication.translate("Journal", "Confirmed by re-reading the order")
    parts = [p for p in (entry.error_code, note_text(entry.error_message)) if p]
    if entry.http_status is not None:
        parts.insert(0, f"HTTP {entry.http_status}")
    text = " · ".join(parts)
    if entry.note and entry.state is not SendState.CONFIRMED:
        note = entry_note_text(entry)
        text = f"{text} ({note})" if text else note
    return text


def entry_time(entry: JournalEntry) -> str:
    return local_datetime_text(entry.created)


class HistoryModel(QAbstractTableModel):
    """Journal rows matching :attr:`filters`, newest first, loaded a page at a time.

    ``loaded()`` fires when a page arrived, ``totalChanged(int)`` with the number of matching
    rows, ``failed(object)`` when the journal could not be read.
    """

    loaded = Signal()
    totalChanged = Signal(int)
    failed = Signal(object)

    def __init__(
        self, journal: Journal, tasks: TaskRunner, store_name: Any = str, parent: Any = None, page: int = PAGE
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.tasks = tasks
        self.store_name = store_name
        self.page = page
        self.filters = JournalFilter()
        self.headers = (
            self.tr("Date"),
            self.tr("Store"),
            self.tr("Order"),
            self.tr("Operation"),
            self.tr("Invoice"),
            self.tr("Value"),
            self.tr("State"),
            self.tr("Receipt or error"),
            self.tr("Batch"),
        )
        self._rows: list[JournalEntry] = []
        self._shown: dict[int, tuple[str, ...]] = {}  # row -> its cells' texts, made once (views ask often)
        self._total: int | None = None
        self._fetching = False
        self._latest = Latest()

    # -- loading ----------------------------------------------------------------------------
    @property
    def total(self) -> int | None:
        """How many rows match (``None`` until the first page arrived)."""
        return self._total

    @property
    def busy(self) -> bool:
        return self._fetching

    def set_filters(self, filters: JournalFilter) -> None:
        self.filters = filters
        self.refresh()

    def refresh(self) -> None:
        """Start again from the newest row (the filters or the journal changed)."""
        token = self._latest.next()
        self.beginResetModel()
        self._rows = []
        self._shown = {}
        self._total = None
        self._fetching = True
        self.endResetModel()
        journal, filters, page = self.journal, self.filters, self.page
        self.tasks.start(
            lambda _control: (journal.query(filters, 0, page), journal.count(filters)),
            succeeded=partial(self._first, token),
            failed=partial(self._failed, token),
            name="history_page",
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._fetching or self._total is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        token, offset = self._latest.value, len(self._rows)
        journal, filters, page = self.journal, self.filters, self.page
        self.tasks.start(
            lambda _control: journal.query(filters, offset, page),
            succeeded=partial(self._more, token, offset),
            failed=partial(self._failed, token),
            name="history_page",
        )

    def _first(self, token: int, result: tuple[list[JournalEntry], int]) -> None:
        if not self._latest.is_current(token):
            return
        page, total = result
        self._total = total
        self._append(page)
        self._fetching = False  # only now: views (and model testers) may ask for more while rows go in
        self.totalChanged.emit(total)
        self.loaded.emit()

    def _more(self, token: int, offset: int, page: list[JournalEntry]) -> None:
        if not self._latest.is_current(token):
            return
        if offset == len(self._rows):
            # Rows written since the first page shift the offsets down: skip the repeats.
            last = self._rows[-1].id if self._rows else None
            self._append([entry for entry in page if last is None or entry.id < last])
            if len(page) < self.page:  # a short page: the end (the count may be older than the rows)
                self._total = len(self._rows)
        self._fetching = False
        self.loaded.emit()

    def _append(self, entries: list[JournalEntry]) -> None:
        if not entries:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self._rows.extend(entries)
        self.endInsertRows()

    def _failed(self, token: int, error: BaseException) -> None:
        if not self._latest.is_current(token):
            return
        self._fetching = False
        self._total = len(self._rows)
        self.failed.emit(error)

    def names_changed(self) -> None:
        """Store names changed (Accounts): show the rows' texts again."""
        self._shown = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.headers) - 1))

    # -- reading ----------------------------------------------------------------------------
    def entry(self, row: int) -> JournalEntry:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED:  # first: see table_model.roles
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        column = index.column()
        if role == _DISPLAY:
            texts = self._shown.get(row)
            if texts is None:
                entry = self._rows[row]
                texts = self._shown[row] = tuple(self._cell(entry, c) for c in range(len(self.headers)))
            return texts[column]
        entry = self._rows[row]
        if role == ENTRY_ROLE:
            return entry
        if role == _ALIGNMENT:
            return _RIGHT if column == 5 else None
        if role == _FOREGROUND:
            if column in (6, 7):
                if entry.state is SendState.FAILED:
                    return tone_color(QGuiApplication.palette(), Tone.ERROR)
                if entry.state is not SendState.CONFIRMED:
                    return tone_color(QGuiApplication.palette(), Tone.WARNING)
            return None
        return (result_text(entry) or None) if column == 7 else None  # the tool tip

    def _cell(self, entry: JournalEntry, column: int) -> str:
        if column == 0:
            return entry_time(entry)
        if column == 1:
            return str(self.store_name(entry.store))
        if column == 2:
            return entry.order_id
        if column == 3:
            kind = operation_text(entry.operation)
            if entry.operation is Operation.INVOICE and entry.invoice_type == "Input":
                kind = self.tr("Return invoice")
            return kind
        if column == 4:
            return entry.invoice_number or ""
        if column == 5:
            return "" if entry.value_cents is None else plain_money(entry.value_cents)
        if column == 6:
            return state_text(entry.state)
        if column == 8:
            return entry.batch or ""  # a day's batch or import: its rows together, searchable by name
        return result_text(entry)


class JournalWatch:
    """Whether the journal's file was written (by any connection) since the last call.

    SQLite's ``PRAGMA data_version`` on a connection of our own changes whenever another
    connection commits: no query of the data, no polling of file times.
    """

    def __init__(self, path: Path) -> None:
        self._conn: sqlite3.Connection | None = None
        try:
            # timeout=0: asked on the GUI thread, so a locked file answers "changed" at once (the
            # refresh then waits on a worker) instead of freezing the window for the busy timeout.
            self._conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=0)
            self._version = self._read()
        except sqlite3.Error:
            self._conn = None
            self._version = 0

    def _read(self) -> int:
        assert self._conn is not None
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        if self._conn is None:
            return True
        try:
            version = self._read()
        except sqlite3.Error:
            return True
        if version != self._version:
            self._version = version
            return True
        return False

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
