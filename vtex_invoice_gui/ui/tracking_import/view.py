"""Import tracking (issue 15): a carrier's spreadsheet, its columns, a dry run, then the send.

Choose a CSV or XLSX file; the header found and a combo per field (the store's saved mapping, else
the guesses) show how it is read. *Check (dry run)* checks every row against its order on a worker;
*Send N…* asks, then sends the rows that are ready through the desk's send queue (journaled, one
send per order at a time, a 429 pausing every send), each row's status shown as it ends. The rows
the check flagged are never sent; *Edit row…* (or a row activated) corrects one, checks it again
and a later *Send N…* sends it (:mod:`.editing`). *Save report…* writes the rows as ``batch tracking`` does.
"""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QProgressBar,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)  # fmt: skip

from ...fill import fill
from ...sending.queue import batch_name
from ...sending.queue import SendResult
from ...settings import StoreProfile
from ...tracking_import.cli import report_csv
from ...tracking_import.files import CarrierFile, MappingFile, write_atomically
from ...tracking_import.results import RowResult
from ...tracking_import.send import STATUS_OF
from ..runtime.context import DeskContext
from ..runtime.language import on_language_change, say
from ..runtime.workers import FILES
from ..text.core_text import translate
from ..widgets.banner import Tone, set_tone
from . import work
from .carrier_editor import CarrierEditor
from .editing import RowEditing
from .mapping import MappingForm
from .model import RowsModel, status_text


class TrackingImportWindow(QWidget):
    """A window of its own (non-modal): the clerk may keep working in the desk meanwhile."""

    #: From the send queue's threads: (row index, SendResult); delivered in the GUI thread.
    rowSent = Signal(int, object)
    #: From the dry run's worker: (rows checked, rows).
    checked = Signal(int, int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("trackingImportWindow")
        self.setWindowTitle(self.tr("Import tracking"))
        self.ctx = ctx
        self.mappings, self.carriers = MappingFile(ctx.config_dir), CarrierFile(ctx.config_dir)
        self.layout_: work.Layout | None = None
        self.results: list[RowResult] = []
        self.store: StoreProfile | None = None  # the store the rows were checked against
        self.cancel: threading.Event | None = None
        self.busy = False
        self.sent_rows: set[int] = set()  # the rows the current (or last) send has answered
        self.spent: set[int] = set()  # rows handed to a send: never sent again unless edited

        self.path_edit = QLineEdit(objectName="importPathEdit", readOnly=True)
        self.path_edit.setAccessibleName(self.tr("Spreadsheet"))
        self.path_edit.setPlaceholderText(self.tr("A CSV or Excel (.xlsx) file of tracking numbers"))
        self.choose_button = QPushButton(self.tr("&Choose file…"), objectName="importChooseButton")
        self.choose_button.clicked.connect(self.choose_file)
        self.carriers_button = QPushButton(self.tr("C&arriers…"), objectName="importCarriersButton")
        self.carriers_button.clicked.connect(self.edit_carriers)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        self.header_label = QLabel(objectName="importHeaderLabel", wordWrap=True)
        self.header_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label = QLabel(objectName="importProblemLabel", wordWrap=True)
        set_tone(self.problem_label, Tone.ERROR)
        self.problem_label.hide()
        self.mapping = MappingForm()
        self.mapping.changed.connect(self._mapping_changed)
        self.check_button = QPushButton(self.tr("Chec&k (dry run)"), objectName="importCheckButton")
        self.check_button.clicked.connect(self.check)
        self.send_button = QPushButton(self.tr("&Send…"), objectName="importSendButton")
        self.send_button.clicked.connect(self.ask_send)
        self.stop_button = QPushButton(self.tr("S&top"), objectName="importStopButton")
        self.stop_button.clicked.connect(self.stop)
        self.report_button = QPushButton(self.tr("Save &report…"), objectName="importReportButton")
        self.report_button.clicked.connect(self.choose_report)
        self.progress = QProgressBar(objectName="importProgress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.summary_label = QLabel(objectName="importSummaryLabel", wordWrap=True)
        self.model = RowsModel(self)
        self.table = QTableView(objectName="importRowsTable")
        self.table.setAccessibleName(self.tr("Rows"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.editing = RowEditing(self)

        top = QHBoxLayout()
        top.addWidget(file_label)
        top.addWidget(self.path_edit, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.carriers_button)
        buttons = QHBoxLayout()
        for button in (self.check_button, self.editing.button, self.send_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.mapping)
        layout.addLayout(buttons)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        self.rowSent.connect(self._row_sent)
        self.checked.connect(self._checked_some)
        self.resize(1000, 680)
        self._update_buttons()
        on_language_change(self, self._update_buttons)  # the count on the Send button

    # -- the file -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the tracking spreadsheet"), "",
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )  # fmt: skip
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Read ``path`` on a worker; show its header and the columns guessed."""
        self.path_edit.setText(str(path))
        store = self.ctx.store
        store_id = store.id if store is not None else ""
        self._set_results([])
        self.layout_ = None
        self.header_label.setText(self.tr("Reading the file…"))
        self._say_problem("")
        self._start_busy()
        self.ctx.tasks.start(
            lambda _control: work.read_layout(path, self.mappings, store_id),
            succeeded=self._read, failed=self._failed, name="tracking_import_read", lane=FILES,
        )  # fmt: skip

    def _read(self, layout: work.Layout) -> None:
        self._end_busy()
        self.layout_ = layout
        headers = " | ".join(h for h in layout.headers() if h.strip())
        line, rows = layout.header_index + 1, len(layout.rows) - layout.header_index - 1

        def text() -> str:  # again in another language
            if layout.admin_export:
                return fill(self.tr("VTEX Admin order export, {rows} rows under the header on line {line}: {headers}"),
                            line=line, rows=rows, headers=headers)  # fmt: skip
            return fill(self.tr("{rows} rows under the header on line {line}: {headers}"),
                        line=line, rows=rows, headers=headers)  # fmt: skip

        say(self.header_label, text)
        self.mapping.set_header(layout.headers(), layout.mapping)
        self._say_problem(translate(layout.problem) if layout.problem else "")
        self._update_buttons()

    def _mapping_changed(self) -> None:
        if self.results:
            self._set_results([])  # checked with other columns: check again before sending
        self._update_buttons()

    def edit_carriers(self) -> CarrierEditor:
        """The current store's carriers (non-modal; the next check uses what was saved)."""
        store = self.ctx.store
        editor = CarrierEditor(self.carriers, store.id if store is not None else "", self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    # -- the dry run --------------------------------------------------------------------------
    def check(self) -> None:
        layout = self.layout_
        if layout is None or self.busy:
            return
        self.store = self.ctx.store
        store_id = self.store.id if self.store is not None else ""
        try:
            rows = work.build_plan(layout, self.mapping.mapping(), self.mappings, store_id)
        except ValueError as problem:  # MappingProblem: no order or no tracking column
            self._say_problem(translate(problem))
            return
        self._say_problem("")
        self._set_results([])
        self.progress.setRange(0, max(len(rows), 1))
        self.progress.setValue(0)
        self.summary_label.setText(fill(self.tr("Checking {rows} rows against the store's orders…"), rows=len(rows)))
        self._start_busy()
        carriers, emit = self.carriers, self.checked.emit
        self.ctx.call(
            lambda api: work.check_rows(api, rows, carriers, store_id, emit),
            succeeded=self._checked, failed=self._failed, name="tracking_import_check", store=self.store,
        )  # fmt: skip

    def _checked_some(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _checked(self, results: list[RowResult]) -> None:
        self._end_busy()
        self._set_results(results)

    # -- the send -----------------------------------------------------------------------------
    def ready(self) -> int:
        return work.sendable(self.results, self.spent)

    def ask_send(self) -> None:
        count = self.ready()
        if not count or self.busy:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmImportSendBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Send tracking numbers"))
        store = self.ctx.store_name(self.store.id) if self.store is not None else ""
        box.setText(fill(self.tr("Send the tracking of {count} rows to store {store}? The other rows are not "
                                 "sent."), count=count, store=store))  # fmt: skip
        send = box.addButton(fill(self.tr("Send {count}"), count=count), QMessageBox.ButtonRole.AcceptRole)
        send.setObjectName("confirmImportSendButton")
        cancel = box.addButton(self.tr("Do not send"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelImportSendButton")
        box.setDefaultButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.send() if button is send else None)
        box.open()

    def send(self) -> None:
        """Send the ready rows (no question asked: :meth:`ask_send` asks)."""
        count = self.ready()
        blocked = self.ctx.sending_blocked
        if blocked:
            self._say_problem(translate(blocked))
            return
        if not count or self.busy:
            return
        results, window, profile = self.results, self.ctx.apply_window, self.store
        only = work.ready_rows(results, self.spent)
        name = batch_name(self.layout_.path.name if self.layout_ is not None else self.tr("import"))
        self.cancel = cancel = threading.Event()
        self.sent_rows = set()
        self.spent.update(only)
        self.progress.setRange(0, count)
        self.progress.setValue(0)
        self.summary_label.setText(fill(self.tr("Sending {count} rows…"), count=count))
        self._start_busy()
        emit = self.rowSent.emit
        self.ctx.call(
            lambda api: work.send_results(api, results, window=window, cancel=cancel, on_result=emit,
                                          factory=self.ctx.api, profile=profile, name=name, only=only),
            succeeded=self._all_sent, failed=self._failed, name="tracking_import_send", store=self.store,
        )  # fmt: skip

    def _row_sent(self, index: int, outcome: SendResult) -> None:
        if index in self.sent_rows or not 0 <= index < len(self.results):
            return
        self.sent_rows.add(index)
        self.results[index].sent(STATUS_OF[outcome.status], outcome.receipt, outcome.message)
        self.model.row_changed(index)
        self.progress.setValue(len(self.sent_rows))

    def _all_sent(self, sent: dict[int, SendResult]) -> None:
        for index, outcome in sent.items():
            self._row_sent(index, outcome)  # any answer the signals have not brought yet
        self.spent.update(range(len(self.results)))  # nothing more to send from this check (but edited rows)
        self._end_busy()
        self._summarise()

    def stop(self) -> None:
        """Stop before the next row; what is in flight finishes (and is settled)."""
        if self.cancel is not None:
            self.cancel.set()
            self.summary_label.setText(self.tr("Stopping after the rows being sent…"))

    # -- the report ---------------------------------------------------------------------------
    def choose_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), "relatorio-rastreio.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path) -> None:
        try:
            write_atomically(path, report_csv(self.results).encode("utf-8-sig"))
        except OSError as error:
            self._say_problem(fill(self.tr("The report could not be written to {path}: {reason}"), path=path,
                                   reason=error.strerror or type(error).__name__))  # fmt: skip
            return
        self.summary_label.setText(fill(self.tr("Report saved to {path}"), path=path))

    # -- state --------------------------------------------------------------------------------
    def _set_results(self, results: list[RowResult]) -> None:
        self.results, self.sent_rows, self.spent = results, set(), set()
        self.model.set_results(results)
        self._summarise()

    def _summarise(self) -> None:
        if not self.results:
            self.summary_label.setText("")
        else:
            say(self.summary_label, self._summary_text)
        self._update_buttons()

    def _summary_text(self) -> str:
        counts = Counter(r.status for r in self.results)
        parts = ", ".join(f"{n} {status_text(s).lower()}" for s, n in counts.items())
        return fill(self.tr("{rows} rows: {counts}"), rows=len(self.results), counts=parts)

    def _failed(self, error: BaseException) -> None:
        self._end_busy()
        self._say_problem(translate(error))
        if self.layout_ is None:
            self.header_label.setText("")

    def _say_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def _start_busy(self) -> None:
        self.busy = True
        self._update_buttons()

    def _end_busy(self) -> None:
        self.busy, self.cancel = False, None
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = self.ready()
        self.choose_button.setEnabled(not self.busy)
        self.mapping.setEnabled(not self.busy and self.layout_ is not None)
        self.check_button.setEnabled(not self.busy and self.layout_ is not None)
        self.send_button.setText(fill(self.tr("&Send {count}…"), count=count) if count else self.tr("&Send…"))
        self.send_button.setEnabled(not self.busy and count > 0 and not self.ctx.sending_blocked)
        self.stop_button.setEnabled(self.cancel is not None)
        self.report_button.setEnabled(not self.busy and bool(self.results))
        self.editing.update()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.stop()  # a closed window sends no further row (what is in flight is settled)
        super().closeEvent(event)


__all__ = ["TrackingImportWindow"]
