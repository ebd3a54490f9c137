"""The Batch tab's "Map items…": the selected row's NF-e lines that matched no order item, mapped by
hand (the Invoice tab's own mapping rows), then the preview becomes
:func:`~vtex_invoice_gui.batch.preview.with_mapping` (the row's checks and invoice lines recomputed).
Only before the send; Cancel changes nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ...batch.preview import BatchRow, with_mapping
from ...fill import fill
from ...nfe.mapping import ItemMapping, MatchedBy
from ..invoice.nfe_panel import NfeMappingRows
from .host import BatchHost


def to_map(row: BatchRow) -> bool:
    """The row has an NF-e, its order, and lines the clerk may map (matched nothing, or by hand)."""
    if row.doc is None or row.mapping is None or row.match is None or row.match.order is None:
        return False
    return any(line.matched_by in (None, MatchedBy.MANUAL) for line in row.mapping.lines)


class BatchMapping(QObject):
    """The "Map items…" button and its dialog; ``mapped(row index)`` once the preview has the mapping."""

    mapped = Signal(int)

    def __init__(self, view: BatchHost, selected: Callable[[], int | None], parent: QWidget) -> None:
        super().__init__(parent)
        self.view, self.selected, self.parent_widget = view, selected, parent
        self.button = QPushButton(self.tr("&Map items…"), objectName="batchMapItems")
        self.button.setToolTip(self.tr("Say which order item each unmatched NF-e line of the selected file is"))
        self.button.clicked.connect(self.ask)
        self.dialog: QDialog | None = None
        self.rows_widget: NfeMappingRows | None = None
        self.mapping: ItemMapping | None = None

    def can_map(self, index: int | None) -> bool:
        model = self.view.model
        if index is None or self.view.busy or model.frozen or not 0 <= index < model.rowCount():
            return False
        row = model.rows[index]
        return not row.excluded and not row.source.skipped and to_map(row)

    def update(self, index: int | None) -> None:
        self.button.setEnabled(self.can_map(index))

    def ask(self) -> None:
        index = self.selected()
        if not self.can_map(index):
            return
        rows = self.view.model.rows
        row = rows[index]
        assert row.mapping is not None and row.match is not None and row.match.order is not None
        self.mapping = row.mapping
        dialog = QDialog(self.parent_widget, objectName="batchMappingDialog")
        dialog.setMinimumWidth(560)
        dialog.setWindowTitle(fill(self.tr("Map the items of {file}"), file=self.view.model.index(index, 1).data()))
        lines = NfeMappingRows(dialog)
        lines.assigned.connect(self._assign)
        lines.set_rows(row.mapping, row.match.order)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(fill(self.tr("Order {order}"), order=row.order_id)))
        layout.addWidget(lines)
        layout.addWidget(buttons)
        dialog.accepted.connect(lambda: self._apply(rows, index))
        self.dialog, self.rows_widget = dialog, lines
        dialog.open()

    def _assign(self, position: int, order_index: object) -> None:
        if self.mapping is not None:
            self.mapping = self.mapping.assign(position, order_index if isinstance(order_index, int) else None)

    def _apply(self, rows: list[BatchRow], index: int) -> None:
        view = self.view
        if self.mapping is None or rows != view.model.rows or not self.can_map(index):
            return
        view.model.set_rows(with_mapping(rows, index, self.mapping), view.paths)
        view.table.selectRow(index)
        view.say(fill(self.tr("{file}: its items were mapped by hand and its checks were run again."),
                      file=view.model.index(index, 1).data()), None)  # fmt: skip
        view.update_state()
        self.mapped.emit(index)
