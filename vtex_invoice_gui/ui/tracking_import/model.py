"""The import's rows as a table: row, order, invoice, tracking number, carrier, status, message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)  # fmt: skip
from PySide6.QtGui import QGuiApplication

from ...tracking_import.results import RowResult, Status
from ..text.core_text import translate
from ..widgets.banner import Tone, tone_color

_CONTEXT = "TrackingImportModel"
_Index = QModelIndex | QPersistentModelIndex

TONES = {
    Status.SENT: Tone.SUCCESS, Status.ALREADY: Tone.SUCCESS, Status.WOULD_SEND: None, Status.PENDING: Tone.WARNING,
    Status.FAILED: Tone.ERROR, Status.UNMATCHED: Tone.ERROR, Status.SKIPPED: Tone.MUTED,
}  # fmt: skip


#: The status in the clerk's language (the report keeps the English words).
STATUS_WORDS = {
    Status.SENT: QT_TRANSLATE_NOOP("TrackingImportModel", "Sent"),
    Status.ALREADY: QT_TRANSLATE_NOOP("TrackingImportModel", "Already on the order"),
    Status.WOULD_SEND: QT_TRANSLATE_NOOP("TrackingImportModel", "Ready to send"),
    Status.PENDING: QT_TRANSLATE_NOOP("TrackingImportModel", "Pending"),
    Status.FAILED: QT_TRANSLATE_NOOP("TrackingImportModel", "Failed"),
    Status.UNMATCHED: QT_TRANSLATE_NOOP("TrackingImportModel", "Not found"),
    Status.SKIPPED: QT_TRANSLATE_NOOP("TrackingImportModel", "Skipped"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("TrackingImportModel", "Row"),
    QT_TRANSLATE_NOOP("TrackingImportModel", "Order"),
    QT_TRANSLATE_NOOP("TrackingImportModel", "Invoice"),
    QT_TRANSLATE_NOOP("TrackingImportModel", "Tracking number"),
    QT_TRANSLATE_NOOP("TrackingImportModel", "Carrier"),
    QT_TRANSLATE_NOOP("TrackingImportModel", "Status"),
    QT_TRANSLATE_NOOP("TrackingImportModel", "Message"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_text(status: Status) -> str:
    return _tr(STATUS_WORDS[status])


class RowsModel(QAbstractTableModel):
    ROW, ORDER, INVOICE, CODE, CARRIER, STATUS, MESSAGE = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.results: list[RowResult] = []

    def headers(self) -> list[str]:
        return [_tr(text) for text in HEADERS]

    def set_results(self, results: list[RowResult]) -> None:
        self.beginResetModel()
        self.results = results
        self.endResetModel()

    def row_changed(self, index: int) -> None:
        self.dataChanged.emit(self.index(index, 0), self.index(index, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.results):
            return None
        result, column = self.results[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(result, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            tone = TONES.get(result.status)
            return tone_color(QGuiApplication.palette(), tone) if tone else None
        return None

    def text(self, result: RowResult, column: int, tooltip: bool = False) -> str | None:
        if column == self.ROW:
            return str(result.row.line)
        if column == self.ORDER:
            return result.order_id or result.row.marketplace_order_id
        if column == self.INVOICE:
            return result.invoice_number
        if column == self.CODE:
            return result.tracking_number
        if column == self.CARRIER:
            return (result.tracking.courier if result.tracking is not None else None) or result.row.courier
        if column == self.STATUS:
            return status_text(result.status)
        if column == self.MESSAGE:
            return self.message(result)
        return None

    @staticmethod
    def message(result: RowResult) -> str:
        return " ".join(translate(m) for m in result.messages)
