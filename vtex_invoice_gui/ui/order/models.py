"""The order panel's tables: the order's lines and the invoices (packages) already on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ...vtex import Order, OrderItem, Package
from ..text.formatting import local_datetime_text, money_text
from ..widgets.table_model import DISPLAY, CachedRowsModel, Index, TableModel, roles


class OrderItemsModel(CachedRowsModel):
    """The order's lines: SKU, name, quantity, still to invoice, unit price."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("SKU"), self.tr("Name"), self.tr("Qty"), self.tr("To invoice"), self.tr("Unit price"))
        self.numeric = frozenset({2, 3, 4})
        self._rows: list[OrderItem] = []
        self._remaining: dict[int, int] = {}
        self._currency = "BRL"

    def set_order(self, order: Order | None) -> None:
        self.beginResetModel()
        self._rows = list(order.items) if order else []
        self._remaining = order.remaining_quantities() if order else {}
        self._currency = order.currency_code if order else "BRL"
        self._shown = {}
        self.endResetModel()

    def _make_texts(self, row: int) -> tuple[str, ...]:
        item = self._rows[row]
        return (
            item.id,
            item.name or "",
            str(item.quantity),
            str(self._remaining.get(row, 0)),
            money_text(item.unit_price_cents, self._currency),
        )

    answered = roles(DISPLAY, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in self.answered or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == DISPLAY:
            return self._texts(row)[col]
        item = self._rows[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align(col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(
                p for p in (item.name, item.ref_id and f"ref {item.ref_id}", item.ean and f"EAN {item.ean}") if p
            )
        return None


class PackagesModel(TableModel):
    """Invoices already on the order, with their tracking."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("Invoice"),
            self.tr("Type"),
            self.tr("Value"),
            self.tr("Issued"),
            self.tr("Tracking"),
            self.tr("Delivery"),
        )
        self.numeric = frozenset({2})
        self._packages: list[Package] = []
        self._currency = "BRL"

    def set_order(self, order: Order | None) -> None:
        self.beginResetModel()
        self._packages = list(order.packages) if order else []
        self._currency = order.currency_code if order else "BRL"
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._packages)

    def package(self, row: int) -> Package:
        return self._packages[row]

    answered = roles(DISPLAY, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in self.answered or not index.isValid():
            return None
        package, col = self._packages[index.row()], index.column()
        if role == DISPLAY:
            if col == 0:
                return package.invoice_number or ""
            if col == 1:
                return self.tr("Sale") if package.is_output else self.tr("Return")
            if col == 2:
                return money_text(package.invoice_value, self._currency)
            if col == 3:
                return local_datetime_text(package.issuance_date)
            if col == 4:
                return package.tracking_number or "—"
            if package.delivered:
                return self.tr("Delivered")
            return self.tr("%n event(s)", "", len(package.events)) if package.events else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align(col)
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return " · ".join(p for p in (package.courier, package.tracking_url) if p) or None
        return None
