"""The queue table: rows handed over in one go, shown a screenful at a time (fetchMore); each
row's texts are made once, when it is first painted (dates and money are not formatted per paint)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...worklist import Missing, WorkRow
from ..text.formatting import local_datetime_text, money_text
from ..text.status_names import status_name
from ..widgets.table_model import roles

_ANSWERED = roles(
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole,
    Qt.ItemDataRole.TextAlignmentRole,
)
BATCH = 200  # rows shown per fetchMore: the view asks for more as the clerk scrolls
ORDER, MARKETPLACE, DATE, CLIENT, VALUE, REMAINING, STATUS, MISSING = range(8)  # WorklistModel.COLUMNS
Index = QModelIndex | QPersistentModelIndex


def missing_text(code: Missing) -> str:
    return {
        Missing.INVOICE: QCoreApplication.translate("Worklist", "Invoice"),
        Missing.REST_OF_INVOICE: QCoreApplication.translate("Worklist", "Rest of the invoice"),
        Missing.TRACKING: QCoreApplication.translate("Worklist", "Tracking number"),
        Missing.DELIVERY: QCoreApplication.translate("Worklist", "Delivery"),
        Missing.RETURN: QCoreApplication.translate("Worklist", "Return to review"),
        Missing.RETURN_MARKED: QCoreApplication.translate("Worklist", "Return to send"),
        Missing.NOTHING: "",
    }[code]


class WorklistModel(QAbstractTableModel):
    COLUMNS = ("order", "marketplace", "date", "client", "value", "remaining", "status", "missing")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[WorkRow] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # by id() of a row in _all (alive while it is there)
        self._shown = 0
        self._sort: tuple[int, Qt.SortOrder] = (DATE, Qt.SortOrder.DescendingOrder)

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("Worklist", "Order"), QCoreApplication.translate("Worklist", "Marketplace order"), QCoreApplication.translate("Worklist", "Date"),
                QCoreApplication.translate("Worklist", "Client"), QCoreApplication.translate("Worklist", "Value"), QCoreApplication.translate("Worklist", "Remaining"),
                QCoreApplication.translate("Worklist", "Status"), QCoreApplication.translate("Worklist", "Missing")]

    # -- data -------------------------------------------------------------------------------
    def set_rows(self, rows: list[WorkRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._texts = {}
        self._sort_rows()
        self._shown = min(BATCH, len(self._all))
        self.endResetModel()

    def append_rows(self, rows: list[WorkRow]) -> None:
        """Rows found while the queue is still being read: shown at the end, a screenful at a time."""
        if not rows:
            return
        self._all.extend(rows)
        if self._shown < BATCH:
            more = min(BATCH - self._shown, len(self._all) - self._shown)
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()

    @property
    def total(self) -> int:
        return len(self._all)

    def row(self, index: int) -> WorkRow:
        return self._all[index]

    def rows(self) -> list[WorkRow]:
        return list(self._all)

    def replace(self, order_id: str, row: WorkRow | None) -> None:
        """After a send: the order's new row, or None to take it out."""
        at = next((i for i, r in enumerate(self._all) if r.order_id == order_id), None)
        if at is None:
            return
        self._texts.pop(id(self._all[at]), None)
        if row is None:
            if at < self._shown:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self._all[at]
                self._shown -= 1
                self.endRemoveRows()
            else:
                del self._all[at]
            return
        self._all[at] = row
        if at < self._shown:
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.COLUMNS) - 1))

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = min(BATCH, len(self._all) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        row = self._all[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.order_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("value", "remaining"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        texts = self._texts.get(id(row))
        if texts is None:
            texts = self._texts[id(row)] = _texts(row)
        return texts[index.column()]

    def retranslate(self) -> None:
        """The language changed: the rows' texts are made again."""
        self._texts = {}
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(self.COLUMNS) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        name = self.COLUMNS[column]
        keys = {
            "order": lambda r: r.order_id, "marketplace": lambda r: r.marketplace_order_id,
            "date": lambda r: r.newest_first, "client": lambda r: r.client.casefold(),
            "value": lambda r: r.value, "remaining": lambda r: -1 if r.remaining is None else r.remaining,
            "status": lambda r: r.status, "missing": lambda r: r.missing.value,
        }
        self._all.sort(key=keys[name], reverse=order == Qt.SortOrder.DescendingOrder)


def _texts(row: WorkRow) -> tuple[str, ...]:
    """A row's cells, in :attr:`WorklistModel.COLUMNS` order."""
    return (row.order_id, row.marketplace_order_id, local_datetime_text(row.creation_date), row.client,
            money_text(row.value), "" if row.remaining is None else money_text(row.remaining),
            status_name(row.status), missing_text(row.missing))
