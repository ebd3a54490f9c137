"""The Batch tab (issue 14): a day's NF-e files (XMLs, folders, ZIPs) checked, then sent.

The clerk adds files (buttons or a drop), runs the check (the dry run: read, match, check, on a
worker; the store is only read), looks at the preview, may exclude rows, then sends. The send is
exactly the preview on screen, after a confirmation that names how many invoices and their value;
rows change to sending, sent, already on the order, pending or failed as the results come, and
Cancel stops before the next row (what is in flight finishes). Adding files or ticking a row after
the check changes what is on screen, so a send always follows the preview the clerk saw.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...batch.preview import BatchRow, RowStatus
from ...batch.send import SendResult, SendStatus
from ...fill import fill
from ...sending.queue import batch_name
from ..invoice.nfe_drop import local_files
from ..runtime.context import DeskContext
from ..runtime.language import on_language_change
from ..widgets.banner import Tone, set_tone
from ..widgets.tables import fit_to_texts
from .fixes import BatchFixes
from .jobs import BatchSignals, SendSettings, check_job, retry_seconds, send_job
from .model import FILE, MESSAGE, BatchModel
from .outputs import BatchOutputs
from .summary import confirm_box, preview_totals, sent_totals


#: Rows the column widths are measured on when a check ends.
FIT_ROWS = 40


class BatchView(QWidget):
    """The Batch tab. ``failed(error, doing)`` goes to the desk's error view."""

    failed = Signal(object, str)
    checked = Signal(int)  # rows in the preview just built
    sent = Signal(object)  # {row index: SendResult} once the send is over
    reportSaved = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchView")
        self.setAcceptDrops(True)
        self.setProperty("ownFileDrops", True)  # the window's NF-e drop leaves this view's drops alone
        self.ctx = ctx
        self.paths: list[Path] = []
        self.settings = SendSettings(ctx.apply_window)
        self.cancel_event = threading.Event()
        self._busy = ""  # "", "checking" or "sending"
        self._preview_current = False  # the table is the preview of self.paths
        self._done = 0
        self._to_send = 0
        self._started_at = 0.0
        self.signals = BatchSignals(self)
        self.signals.progress.connect(self._check_progress)
        self.signals.started.connect(self._row_started)
        self.signals.result.connect(self._row_result)
        self.signals.retrying.connect(self._retrying)
        ctx.flushers.append(lambda: self.cancel_event.set())  # the desk closing: stop after what is in flight

        self.add_files_button = QPushButton(self.tr("Add &files…"), objectName="batchAddFiles")
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button = QPushButton(self.tr("&Add folder…"), objectName="batchAddFolder")
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.clear_button = QPushButton(self.tr("Clear"), objectName="batchClear")
        self.clear_button.clicked.connect(self.clear)
        self.sources_label = QLabel(objectName="batchSources")
        self.sources_label.setWordWrap(True)

        self.model = BatchModel(self)
        self.model.excludedChanged.connect(self.update_state)
        self.table = QTableView(objectName="batchTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Files of the batch"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.totals_label = QLabel(objectName="batchTotals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.progress = QProgressBar(objectName="batchProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("")  # nothing read or sent yet
        self.progress.setAccessibleName(self.tr("Batch progress"))
        self.status_label = QLabel(objectName="batchStatus")
        self.status_label.setWordWrap(True)

        self.check_button = QPushButton(self.tr("&Check (dry run)"), objectName="batchCheck")
        self.check_button.setToolTip(
            self.tr("Read every file and check it against the store's orders: nothing is sent"))
        self.check_button.clicked.connect(self.check)
        self.send_button = QPushButton(objectName="batchSend")
        self.send_button.clicked.connect(self.confirm_send)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="batchCancel")
        self.cancel_button.setToolTip(self.tr("Stop after the invoices already on their way"))
        self.cancel_button.clicked.connect(self.cancel)
        self.outputs = BatchOutputs(ctx, self.model, self.say, self)
        self.outputs.reportSaved.connect(self.reportSaved)
        self.report_button, self.danfe_button = self.outputs.report_button, self.outputs.danfe_button
        self.confirm_box: QMessageBox | None = None
        self.fixes = BatchFixes(self, self)  # "Set order…" and "Send failed again…"

        top = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.clear_button):
            top.addWidget(button)
        top.addWidget(self.sources_label, 1)
        actions = QHBoxLayout()
        for button in (self.check_button, self.send_button, self.cancel_button):
            actions.addWidget(button)
        fixes = QHBoxLayout()  # the selected row's fixes, and the failed rows' second send
        for button in (self.fixes.order_button, self.fixes.mapping.button, self.fixes.resend_button):
            fixes.addWidget(button)
        fixes.addStretch(1)
        actions.addStretch(1)
        actions.addWidget(self.danfe_button)
        actions.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(fixes)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addLayout(actions)
        self.update_state()
        on_language_change(self, self.update_state)  # the counts on the buttons, the files named

    # -- files ------------------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add NF-e files"), "", self.tr("NF-e XML or ZIP files (*.xml *.zip);;All files (*)")
        )
        if files:
            self.add_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of NF-e files"))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> None:
        """Files, folders or ZIPs join the batch; the preview must be checked again."""
        if self._busy:
            return
        new = [p for p in paths if p not in self.paths]
        if not new:
            return
        self.paths.extend(new)
        self.model.set_rows([])
        self._preview_current = False
        self.status_label.setText(self.tr("Press Check to see what would be sent."))
        set_tone(self.status_label, None)
        self.update_state()

    def clear(self) -> None:
        if self._busy:
            return
        self.paths = []
        self.model.set_rows([])
        self._preview_current = False
        self.status_label.setText("")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.update_state()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if not self._busy and local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        files = local_files(event.mimeData())
        if files and not self._busy:
            event.acceptProposedAction()
            self.add_paths(files)

    # -- the check (dry run) ----------------------------------------------------------------
    def check(self) -> None:
        store = self.ctx.store
        if self._busy or not self.paths:
            return
        if store is None:
            self.say(self.tr("No store: open Accounts to add one"), Tone.WARNING)
            return
        self._busy = "checking"
        self.model.set_rows([])
        self.progress.setRange(0, 0)
        self.say(self.tr("Reading the files and the store's orders…"), None)
        self.update_state()
        job = check_job(list(self.paths), self.ctx.journal, store.id, self.signals)
        self.ctx.call(job, succeeded=self._checked, failed=self._check_failed, name="batch_check")

    def _check_progress(self, done: int, total: int, name: str) -> None:
        if self._busy == "checking" and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(fill(self.tr("{done} of {total} files"), done=done, total=total))

    def _checked(self, rows: list[BatchRow]) -> None:
        self._busy = ""
        self.model.set_rows(rows, self.paths)
        self._preview_current = True
        self.progress.setRange(0, max(1, len(rows)))
        self.progress.setValue(len(rows))
        self.progress.setFormat(fill(self.tr("{done} of {total} files"), done=len(rows), total=len(rows)))
        self.say(self.tr("Checked: nothing was sent. Look at the rows, exclude what should not go, then send."), None)
        # The first rows' texts only: measuring all of a 500-file day froze the window ~0.2 s.
        fit_to_texts(self.table, sample=FIT_ROWS, widest={FILE: 320, MESSAGE: 600})
        self.update_state()
        self.checked.emit(len(rows))

    def _check_failed(self, error: BaseException) -> None:
        self._busy = ""
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.say(self.tr("The batch could not be checked: the store could not be read."), Tone.ERROR)
        self.update_state()
        self.failed.emit(error, self.tr("Checking the batch"))

    # -- sending ----------------------------------------------------------------------------
    def sendable(self) -> list[int]:
        rows = self.model.rows
        return [i for i, row in enumerate(rows) if row.status is RowStatus.WOULD_SEND]

    def confirm_send(self) -> None:
        """Ask before sending: how many invoices, their value, to which store."""
        if not self._can_send():
            return
        store = self.ctx.store.account if self.ctx.store is not None else ""
        box, send = confirm_box(self, self.model.rows, store)
        rows = self.model.rows  # what the clerk saw when asked: exactly this is sent
        box.buttonClicked.connect(lambda button: self._send(rows) if button is send else None)
        self.confirm_box = box
        box.open()

    def submit(self) -> None:
        """Ctrl+Return, as on the other tabs: the confirmation (which then needs its own Send)."""
        self.confirm_send()

    def _can_send(self) -> bool:
        return (
            not self._busy and self._preview_current and not self.model.frozen and bool(self.sendable())
            and self.ctx.store is not None and self.ctx.sending_blocked is None
        )  # fmt: skip

    def _send(self, rows: list[BatchRow]) -> None:
        if not self._can_send() or not self.model.shows(rows):
            return  # the preview changed while the question was open: nothing unseen is sent
        self._busy = "sending"
        self.cancel_event = threading.Event()
        waiting = self.sendable()
        self._done, self._to_send, self._started_at = 0, len(waiting), time.monotonic()
        # The bar first: a QProgressBar repaints at once when its value changes, and that repaint
        # paints whatever else is due in the window (the table's rows once start_sending marks them).
        self.progress.setRange(0, max(1, self._to_send))
        self.progress.setValue(0)
        self._show_send_progress()
        self.model.start_sending(waiting)
        self.say(self.tr("Sending…"), None)
        self.update_state()
        name = batch_name(self.paths[0].name if self.paths else self.tr("batch"))
        job = send_job(rows, self.settings, self.cancel_event, self.signals, self.ctx.api, self.ctx.store, name)
        self.ctx.call(job, succeeded=self._send_over, failed=self._send_failed, name="batch_send")

    def cancel(self) -> None:
        if self._busy == "sending" and not self.cancel_event.is_set():
            self.cancel_event.set()
            self.say(self.tr("Cancelling: the invoices already on their way finish, no other is sent."), Tone.NOTICE)
            self.update_state()

    def _row_started(self, index: int) -> None:
        if self._busy == "sending":
            self.model.set_sending(index)

    def _row_result(self, index: int, result: SendResult) -> None:
        if self._busy != "sending":
            return
        self.model.set_result(index, result)
        self._done += 1
        self.progress.setValue(self._done)
        self._show_send_progress()
        self._update_totals()

    def _show_send_progress(self) -> None:
        done, total = self._done, self._to_send
        text = fill(self.tr("{done} of {total} invoices"), done=done, total=total)
        if 0 < done < total:
            left = round((time.monotonic() - self._started_at) / done * (total - done))
            text = fill(self.tr("{done} of {total} invoices, about {seconds} s left"), done=done, total=total,
                        seconds=max(1, left))  # fmt: skip
        self.progress.setFormat(text)

    def _retrying(self, notice: object) -> None:
        if self._busy == "sending":
            seconds = retry_seconds(notice)  # type: ignore[arg-type]
            self.say(fill(self.tr("VTEX asked to wait: every send pauses for {seconds} s."), seconds=seconds),
                      Tone.NOTICE)  # fmt: skip

    def _send_over(self, results: dict[int, SendResult]) -> None:
        self._busy = ""
        self.model.set_results(results)
        self._done = len(results)
        self.progress.setValue(self._done)
        self._show_send_progress()
        failed = sum(1 for r in results.values() if r.status in (SendStatus.FAILED, SendStatus.PENDING))
        if self.cancel_event.is_set():
            self.say(self.tr("Cancelled. Check again and send to go on with the rest: nothing is sent twice."),
                      Tone.WARNING)  # fmt: skip
        elif failed:
            self.say(self.tr("Sent, but some rows are pending or failed: see their messages. Fix what they "
                              "name, then Send failed again… (later, for pending rows)."), Tone.WARNING)  # fmt: skip
        else:
            self.say(self.tr("The batch was sent."), Tone.SUCCESS)
        self.update_state()
        self.sent.emit(results)

    def _send_failed(self, error: BaseException) -> None:
        self._busy = ""
        self.say(self.tr("The batch stopped. Check again: what was sent is in the journal and is never sent twice."),
                  Tone.ERROR)  # fmt: skip
        self.update_state()
        self.failed.emit(error, self.tr("Sending the batch"))

    # -- state ------------------------------------------------------------------------------
    def say(self, text: str, tone: Tone | None) -> None:
        """The status line under the table, in ``tone`` (None: plain)."""
        self.status_label.setText(text)
        set_tone(self.status_label, tone)

    def set_busy(self, state: str) -> None:
        """What the tab is doing ("" when idle: the buttons follow)."""
        self._busy = state
        self.update_state()

    def update_state(self) -> None:
        idle = not self._busy
        for button in (self.add_files_button, self.add_folder_button, self.clear_button):
            button.setEnabled(idle)
        self.check_button.setEnabled(idle and bool(self.paths))
        self.check_button.setText(self.tr("&Check again") if self.model.frozen else self.tr("&Check (dry run)"))
        count = len(self.sendable()) if not self.model.frozen else 0
        if count == 1:
            self.send_button.setText(self.tr("Sen&d 1 invoice…"))
        else:
            self.send_button.setText(fill(self.tr("Sen&d {count} invoices…"), count=count) if count else self.tr("Sen&d…"))
        self.send_button.setEnabled(self._can_send())
        self.cancel_button.setEnabled(self._busy == "sending" and not self.cancel_event.is_set())
        self.outputs.update(idle)
        self.fixes.update()
        self._update_totals()
        if not self.paths:
            self.sources_label.setText(self.tr("Add or drop the day's NF-e: XML files, folders or ZIP files."))
        else:
            names = ", ".join(p.name or str(p) for p in self.paths[:4]) + (", …" if len(self.paths) > 4 else "")
            self.sources_label.setText(fill(self.tr("In the batch: {names}"), names=names))

    def _update_totals(self) -> None:
        rows = self.model.rows
        if self.model.frozen:
            self.totals_label.setText(sent_totals([self.model.status_of(i) for i in range(len(rows))]))
        else:
            self.totals_label.setText(preview_totals(rows))

    @property
    def busy(self) -> bool:
        return bool(self._busy)
