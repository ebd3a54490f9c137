"""The return wizard's items: one row per SKU, what was sold and returned, and how many go back now."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...returns import ReturnLine
from ..text.formatting import money_text

Index = QModelIndex | QPersistentModelIndex
RETURN_COLUMN = 6


class ReturnItemsModel(QAbstractTableModel):
    """Rows of :class:`ReturnLine`; the last column (units returned now) is editable, 0..returnable."""

    quantitiesChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[ReturnLine] = []
        self._quantities: dict[str, int] = {}
        self.currency = "BRL"
        self.headers = [
            self.tr("SKU"), self.tr("Item"), self.tr("Invoiced"), self.tr("Returned"), self.tr("Returnable"),
            self.tr("Unit price"), self.tr("Return now"),
        ]

    def set_lines(self, lines: list[ReturnLine], currency: str) -> None:
        self.beginResetModel()
        self._lines, self.currency = list(lines), currency
        self._quantities = {line.sku: 0 for line in lines}
        self.endResetModel()
        self.quantitiesChanged.emit()

    def lines(self) -> list[ReturnLine]:
        return list(self._lines)

    def quantities(self) -> dict[str, int]:
        return {sku: qty for sku, qty in self._quantities.items() if qty > 0}

    def set_quantity(self, sku: str, quantity: int) -> bool:
        row = next((i for i, line in enumerate(self._lines) if line.sku == sku), None)
        if row is None:
            return False
        return self.setData(self.index(row, RETURN_COLUMN), quantity)

    def return_all(self) -> None:
        for row, line in enumerate(self._lines):
            self._quantities[line.sku] = line.returnable
        if self._lines:
            self.dataChanged.emit(self.index(0, RETURN_COLUMN), self.index(len(self._lines) - 1, RETURN_COLUMN))
        self.quantitiesChanged.emit()

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == RETURN_COLUMN and self._lines[index.row()].returnable > 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == RETURN_COLUMN:
            return self._quantities.get(line.sku, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = [
            line.sku, line.name, line.sold, line.returned, line.returnable,
            money_text(line.unit_price, self.currency), self._quantities.get(line.sku, 0),
        ]
        return values[column]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != RETURN_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        line = self._lines[index.row()]
        try:
            quantity = int(value)
        except (TypeError, ValueError):
            return False
        self._quantities[line.sku] = max(0, min(quantity, line.returnable))
        self.dataChanged.emit(index, index)
        self.quantitiesChanged.emit()
        return True
