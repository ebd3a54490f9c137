"""History: every send in the journal, with filters, search, the receipt or error, and CSV export.

The table is a :class:`~.history_model.HistoryModel` (paged, loaded on a worker), so a journal of
100,000 rows opens at once and scrolls smoothly. The tab reloads it when the journal was written
since it was last shown (another tab sent something). Double-click a row, or "Open order", to load
that order in the order panel; "Export CSV…" writes the filtered rows for the accountant.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...fill import fill
from ...journal import Journal, JournalEntry, JournalFilter, Operation, SendState
from ...journal.models import UNSETTLED
from ..runtime.context import DeskContext
from ..runtime.language import on_language_change
from ..text.core_text import entry_note_text, translate
from ..text.formatting import date_format
from .model import HistoryModel, JournalWatch, describe_entry, entry_time, operation_text, result_text
from .model import state_text as state_label
from ..runtime.workers import FILES

SEARCH_DELAY_MS = 300
WATCH_MS = 2000


class HistoryTab(QWidget):
    """Filters on top, the journal table, and the selected row's details underneath.

    ``openOrder(store_id, order_id, operation)`` asks the window to load a row's order;
    ``exported(rows, path)`` / ``exportFailed(message)`` report a CSV export.
    """

    openOrder = Signal(str, str, str)
    exported = Signal(int, str)
    exportFailed = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTab")
        self.ctx = ctx
        self.reader = Journal(ctx.journal.path)  # its own connection: reads never wait on writes
        self.watch = JournalWatch(ctx.journal.path)
        ctx.closers.append(self.close_journal)
        self.model = HistoryModel(self.reader, ctx.tasks, ctx.store_name, self)
        self._build_filters()
        self._build_table()
        self._build_layout()
        self._stale = True
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._watch_timer = QTimer(self, interval=WATCH_MS)
        self._watch_timer.timeout.connect(self._check_journal)
        for edit in (self.search, self.order_edit):
            edit.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (self.store_combo, self.operation_combo, self.state_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for box in (self.from_check, self.to_check):
            box.toggled.connect(lambda _on: self.apply_filters())
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.model.totalChanged.connect(lambda _n: self._show_count())
        self.model.rowsInserted.connect(lambda *_a: self._show_count())
        self.model.failed.connect(self._read_failed)
        self.model.modelReset.connect(self._selection_changed)

    # -- building ---------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.search = QLineEdit(objectName="historySearchEdit")
        self.search.setPlaceholderText(self.tr("Order, invoice number, receipt or error text…"))
        self.search.setAccessibleName(self.tr("Search history"))
        self.search.setClearButtonEnabled(True)
        self.order_edit = QLineEdit(objectName="historyOrderEdit", placeholderText=self.tr("Any order"))
        self.order_edit.setAccessibleName(self.tr("Order id filter"))
        self.order_edit.setClearButtonEnabled(True)
        self.store_combo = QComboBox(objectName="historyStoreCombo")
        self.store_combo.setAccessibleName(self.tr("Store filter"))
        self.refresh_stores()
        self.operation_combo = QComboBox(objectName="historyOperationCombo")
        self.operation_combo.setAccessibleName(self.tr("Operation filter"))
        self.operation_combo.addItem(self.tr("All operations"), None)
        for operation in Operation:
            self.operation_combo.addItem(operation_text(operation), operation.value)
        self.state_combo = QComboBox(objectName="historyStateCombo")
        self.state_combo.setAccessibleName(self.tr("State filter"))
        self.state_combo.addItem(self.tr("Any state"), None)
        self.state_combo.addItem(state_label(SendState.CONFIRMED), SendState.CONFIRMED.value)
        self.state_combo.addItem(state_label(SendState.FAILED), SendState.FAILED.value)
        self.state_combo.addItem(self.tr("Not settled (no answer yet)"), "unsettled")
        today = QDate.currentDate()
        self.from_check = QCheckBox(self.tr("&From"), objectName="historyFromCheck")
        self.from_edit = self._date_edit("historyFromEdit", self.tr("From date"), today.addDays(-30))
        self.to_check = QCheckBox(self.tr("&To"), objectName="historyToCheck")
        self.to_edit = self._date_edit("historyToEdit", self.tr("To date"), today)
        self.from_check.toggled.connect(self.from_edit.setEnabled)
        self.to_check.toggled.connect(self.to_edit.setEnabled)

    def _date_edit(self, name: str, accessible: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setAccessibleName(accessible)
        edit.setEnabled(False)
        return edit

    def _build_table(self) -> None:
        self.table = QTableView(objectName="historyTable")
        self.table.setAccessibleName(self.tr("Journal of sends"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never measures every row
        header.setStretchLastSection(True)
        for column, width in enumerate((118, 80, 128, 110, 86, 72, 96, 220)):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.details = QPlainTextEdit(objectName="historyDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the selected send"))
        self.details.setPlaceholderText(self.tr("Select a row to see its receipt or error."))
        self.count_label = QLabel(objectName="historyCountLabel")
        on_language_change(self.count_label, lambda: (self.model.names_changed(), self._show_count()))  # cells, count
        self.open_button = QPushButton(self.tr("&Open order"), objectName="historyOpenButton")
        self.open_button.setToolTip(self.tr("Load the selected row's order (or double-click the row)"))
        self.open_button.clicked.connect(self.open_selected)
        self.copy_button = QPushButton(self.tr("Copy selected"), objectName="copyHistoryButton")
        self.copy_button.clicked.connect(self.copy_selected)
        self.export_button = QPushButton(self.tr("Export CSV…"), objectName="historyExportButton")
        self.export_button.setToolTip(self.tr("Save the rows shown by the filters as a CSV file (for the accountant)"))
        self.export_button.clicked.connect(self.choose_export)
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="historyRefreshButton")
        self.refresh_button.clicked.connect(self.model.refresh)

    def _build_layout(self) -> None:
        grid = QGridLayout()
        labelled = (
            (self.tr("&Search:"), self.search, 0, 0, 3),
            (self.tr("O&rder:"), self.order_edit, 0, 4, 1),
            (self.tr("Sto&re:"), self.store_combo, 1, 0, 1),
            (self.tr("O&peration:"), self.operation_combo, 1, 2, 1),
            (self.tr("St&ate:"), self.state_combo, 1, 4, 1),
        )
        for text, widget, row, column, span in labelled:
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1, 1, span)
        dates = QHBoxLayout()
        for box, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            dates.addWidget(box)
            dates.addWidget(edit)
        dates.addStretch(1)
        dates.addWidget(self.refresh_button)
        dates.addWidget(self.export_button)
        grid.addLayout(dates, 2, 0, 1, 6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        under = QWidget()
        under_layout = QVBoxLayout(under)
        under_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        under_layout.addLayout(buttons)
        under_layout.addWidget(self.details)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(under)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(split, 1)
        self._selection_changed()

    def refresh_stores(self) -> None:
        """List the configured stores in the store filter (keeps the choice when still there)."""
        keep = self.store_combo.currentData()
        blocked = self.store_combo.blockSignals(True)
        self.store_combo.clear()
        self.store_combo.addItem(self.tr("All stores"), None)
        for profile in self.ctx.settings.stores:
            self.store_combo.addItem(profile.account, profile.id)
        index = self.store_combo.findData(keep) if keep is not None else 0
        self.store_combo.setCurrentIndex(max(index, 0))
        self.store_combo.blockSignals(blocked)
        self.model.names_changed()  # the Store column shows account names

    # -- filtering --------------------------------------------------------------------------
    def filters(self) -> JournalFilter:
        """The filters as the clerk set them."""
        state = self.state_combo.currentData()
        states: tuple[SendState, ...] | str | None = UNSETTLED if state == "unsettled" else state
        return JournalFilter(
            store=self.store_combo.currentData(),
            order_id=self.order_edit.text().strip() or None,
            operation=self.operation_combo.currentData(),
            state=states,
            date_from=_day(self.from_edit.date()) if self.from_check.isChecked() else None,
            date_to=_day(self.to_edit.date()) if self.to_check.isChecked() else None,
            text=self.search.text().strip() or None,
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self._stale = False
        self.watch.changed()
        self.model.set_filters(self.filters())

    def refresh(self) -> None:
        """Read the journal again with the current filters."""
        self.apply_filters()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watch_timer.start()
        if self._stale or self.watch.changed():
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self._watch_timer.stop()
        super().hideEvent(event)

    def _check_journal(self) -> None:
        if self.isVisible() and not self.model.busy and self.watch.changed():
            self.refresh()

    def _show_count(self) -> None:
        total = self.model.total
        if total is None:
            self.count_label.setText(self.tr("Reading the journal…"))
            return
        locale = QLocale()
        shown, total_text = locale.toString(self.model.rowCount()), locale.toString(total)
        if total == 0:
            self.count_label.setText(self.tr("No sends match."))
        else:
            self.count_label.setText(
                fill(self.tr("{shown} of {total} sends loaded (newest first)"), shown=shown, total=total_text)
            )

    def _read_failed(self, error: BaseException) -> None:
        self.count_label.setText(fill(self.tr("Could not read the journal: {reason}"), reason=translate(error)))

    # -- rows -------------------------------------------------------------------------------
    def selected_entries(self) -> list[JournalEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.entry(row) for row in rows if row < self.model.rowCount()]

    def _selection_changed(self) -> None:
        entries = self.selected_entries()
        self.open_button.setEnabled(len(entries) == 1)
        self.copy_button.setEnabled(bool(entries))
        self.details.setPlainText(self.details_text(entries[0]) if len(entries) == 1 else "")

    def details_text(self, entry: JournalEntry) -> str:
        """Everything about one row, as plain text (shown under the table, copied by Copy)."""
        lines = [
            describe_entry(entry),
            fill(self.tr("Store: {store}"), store=self.ctx.store_name(entry.store)),
            fill(
                self.tr("Journal #{entry}, {time}, state: {state}"),
                entry=entry.id,
                time=entry_time(entry),
                state=state_label(entry.state),
            ),
        ]
        if entry.state is SendState.CONFIRMED:
            lines.append(result_text(entry))
            if entry.receipt_date:
                lines.append(fill(self.tr("Receipt date: {date}"), date=entry.receipt_date))
        else:
            if entry.error_message or entry.error_code or entry.http_status:
                lines.append(fill(self.tr("Error: {error}"), error=result_text(entry)))
            elif entry.note:
                lines.append(entry_note_text(entry))
        if entry.attempts > 1 or entry.resent_from is not None:
            lines.append(fill(self.tr("Attempt {attempt}"), attempt=entry.attempts))
        if entry.resent_from is not None:
            lines.append(fill(self.tr("Sends again journal #{entry}"), entry=entry.resent_from))
        return "\n".join(lines)

    def copy_selected(self) -> None:
        texts = [self.details_text(entry) for entry in self.selected_entries()]
        if texts:
            QGuiApplication.clipboard().setText("\n\n".join(texts))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open(self.model.entry(index.row()))

    def open_selected(self) -> None:
        entries = self.selected_entries()
        if len(entries) == 1:
            self._open(entries[0])

    def _open(self, entry: JournalEntry) -> None:
        self.openOrder.emit(entry.store, entry.order_id, entry.operation.value)

    # -- export -----------------------------------------------------------------------------
    def csv_delimiter(self) -> str:
        """``;`` where the decimal point is a comma (spreadsheets there split columns on ``;``)."""
        return ";" if QLocale().decimalPoint() == "," else ","

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the history as CSV"), "historico.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the rows matching the current filters to ``path`` (on a worker)."""
        filters, delimiter, journal = self.filters(), self.csv_delimiter(), self.reader
        self.export_button.setEnabled(False)
        self.count_label.setText(self.tr("Exporting…"))
        self.ctx.tasks.start(
            lambda _control: journal.export_csv(filters, path, delimiter=delimiter),
            succeeded=lambda rows: self._exported(rows, path),
            failed=self._export_failed,
            name="history_export",
            lane=FILES,  # a folder on a stalled share never delays a request
        )

    def _exported(self, rows: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.count_label.setText(fill(self.tr("Exported {rows} rows to {path}"), rows=rows, path=path))
        self.exported.emit(rows, str(path))

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        message = fill(self.tr("Could not export: {reason}"), reason=reason)
        self.count_label.setText(message)
        self.exportFailed.emit(message)

    def close_journal(self) -> None:
        self._watch_timer.stop()
        self.watch.close()
        self.reader.close()


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())
