"""What a batch leaves behind: its report (CSV) and the DANFEs or labels of its invoices, to print
for the parcels (``batch/printing.py`` picks the rows: on their orders after the run)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from ...batch.printing import printable
from ...batch.report import write_report
from ...fill import fill
from ..danfe.dialog import DanfeDialog
from ..runtime.context import DeskContext
from ..runtime.workers import FILES
from ..widgets.banner import Tone
from .model import BatchModel

Say = Callable[[str, Tone | None], None]


class BatchOutputs(QObject):
    """The Batch view's "Save report…" and "DANFEs…" buttons, and what they do."""

    reportSaved = Signal(str)

    def __init__(self, ctx: DeskContext, model: BatchModel, say: Say, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.model, self.say, self.parent_widget = ctx, model, say, parent
        self.report_button = QPushButton(self.tr("Save &report…"), objectName="batchReport")
        self.report_button.clicked.connect(self.choose_report)
        self.danfe_button = QPushButton(self.tr("DANFEs and &labels…"), objectName="batchDanfe")
        self.danfe_button.setToolTip(
            self.tr("Preview, print or save the DANFEs (or 55 mm labels) of the invoices on their orders")
        )
        self.danfe_button.clicked.connect(self.show_danfes)
        self.danfe_dialog: DanfeDialog | None = None

    def update(self, idle: bool) -> None:
        self.report_button.setEnabled(idle and self.model.rowCount() > 0)
        self.danfe_button.setEnabled(idle and bool(self.printable_xmls()))

    # -- DANFEs -------------------------------------------------------------------------------
    def printable_xmls(self) -> list[bytes]:
        results = self.model.results if self.model.frozen else None
        return [row.source.data for row in printable(self.model.rows, results) if row.source.data is not None]

    def show_danfes(self) -> None:
        """The DANFEs of the rows now on their orders (sent, or there already), in the batch's order."""
        xmls = self.printable_xmls()
        if not xmls:
            return
        name = fill(self.tr("batch of {count} invoices"), count=len(xmls))
        self.danfe_dialog = DanfeDialog(self.ctx.tasks, xmls, name, self.parent_widget)
        self.danfe_dialog.show()

    # -- report -------------------------------------------------------------------------------
    def choose_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Save the batch report"), "lote.csv",
                                              self.tr("CSV files (*.csv)"))  # fmt: skip
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path) -> None:
        """Write the CSV (file, order, invoice, value, status, receipt, message) on a worker."""
        rows, results = self.model.rows, (self.model.results if self.model.frozen else None)
        self.ctx.tasks.start(
            lambda _control: write_report(path, rows, results),
            succeeded=lambda _none: self._report_saved(path), failed=self._report_failed,
            name="batch_report", lane=FILES,
        )  # fmt: skip

    def _report_saved(self, path: Path) -> None:
        self.say(fill(self.tr("Report saved to {path}"), path=path), None)
        self.reportSaved.emit(str(path))

    def _report_failed(self, error: BaseException) -> None:
        reason = getattr(error, "strerror", None) or type(error).__name__
        self.say(fill(self.tr("The report could not be saved: {reason}"), reason=reason), Tone.ERROR)
