"""Table and list models over the core's pydantic objects (orders, packages, invoice lines, events)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...money import MoneyError
from ...vtex import InvoiceItem, Order, OrderItem, Package, TrackingEvent
from ..text.formatting import date_text, local_datetime_text, money_text, parse_locale_money, plain_money

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()
    numeric: frozenset[int] = frozenset()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def _align(self, column: int) -> int | None:
        return _RIGHT if column in self.numeric else None


class OrderItemsModel(_Table):
    """The order's lines: SKU, name, quantity, still to invoice, unit price."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("SKU"), self.tr("Name"), self.tr("Qty"), self.tr("To invoice"), self.tr("Unit price"))
        self.numeric = frozenset({2, 3, 4})
        self._items: list[OrderItem] = []
        self._remaining: dict[int, int] = {}
        self._currency = "BRL"
        self._shown: dict[int, tuple[str, ...]] = {}  # row -> its texts, made once (views ask often)

    def set_order(self, order: Order | None) -> None:
        self.beginResetModel()
        self._items = list(order.items) if order else []
        self._remaining = order.remaining_quantities() if order else {}
        self._currency = order.currency_code if order else "BRL"
        self._shown = {}
        self.endResetModel()

    def _texts(self, row: int) -> tuple[str, ...]:
        texts = self._shown.get(row)
        if texts is None:
            item = self._items[row]
            texts = self._shown[row] = (
                item.id,
                item.name or "",
                str(item.quantity),
                str(self._remaining.get(row, 0)),
                money_text(item.unit_price_cents, self._currency),
            )
        return texts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == _DISPLAY:
            return self._texts(row)[col]
        item = self._items[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align(col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(
                p for p in (item.name, item.ref_id and f"ref {item.ref_id}", item.ean and f"EAN {item.ean}") if p
            )
        return None


class PackagesModel(_Table):
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

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        package, col = self._packages[index.row()], index.column()
        if role == _DISPLAY:
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


class DraftItem(BaseModel):
    """One editable invoice line: SKU, name, quantity and unit price in cents."""

    model_config = ConfigDict(validate_assignment=True)

    id: str
    description: str | None = None
    quantity: int = Field(default=0, ge=0)
    price: int = Field(default=0, ge=0)

    @property
    def total(self) -> int:
        return self.quantity * self.price

    def to_invoice_item(self) -> InvoiceItem:
        return InvoiceItem(id=self.id, price=self.price, quantity=self.quantity, description=self.description)


class InvoiceItemsModel(_Table):
    """The invoice's lines; quantity and unit price are editable. Lines at quantity 0 are left out."""

    QUANTITY, PRICE = 2, 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("SKU"),
            self.tr("Name"),
            self.tr("Quantity"),
            self.tr("Unit price"),
            self.tr("Line total"),
        )
        self.numeric = frozenset({2, 3, 4})
        self._items: list[DraftItem] = []
        self.currency = "BRL"
        self._shown: dict[int, tuple[str, ...]] = {}  # row -> its texts, made once (views ask often)

    def set_items(self, items: list[InvoiceItem], currency: str = "BRL") -> None:
        self.beginResetModel()
        self._items = [DraftItem(id=i.id, description=i.description, quantity=i.quantity, price=i.price) for i in items]
        self.currency = currency
        self._shown = {}
        self.endResetModel()

    def _texts(self, row: int) -> tuple[str, ...]:
        texts = self._shown.get(row)
        if texts is None:
            item = self._items[row]
            texts = self._shown[row] = (
                item.id,
                item.description or "",
                str(item.quantity),
                money_text(item.price, self.currency),
                money_text(item.total, self.currency),
            )
        return texts

    def items(self) -> list[DraftItem]:
        return list(self._items)

    def invoice_items(self) -> list[InvoiceItem]:
        return [item.to_invoice_item() for item in self._items if item.quantity > 0]

    @property
    def total_cents(self) -> int:
        return sum(item.total for item in self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (self.QUANTITY, self.PRICE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == _DISPLAY:
            return self._texts(row)[col]
        item = self._items[row]
        if role == Qt.ItemDataRole.EditRole:
            if col == self.QUANTITY:
                return item.quantity
            if col == self.PRICE:
                return plain_money(item.price)
            return self.data(index, _DISPLAY)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align(col)
        if role == Qt.ItemDataRole.ForegroundRole and item.quantity == 0:
            return Qt.GlobalColor.gray
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._items[index.row()]
        try:
            if index.column() == self.QUANTITY:
                item.quantity = int(value)
            elif index.column() == self.PRICE:
                item.price = parse_locale_money(str(value)) if not isinstance(value, int) else value
            else:
                return False
        except (ValueError, MoneyError):
            return False
        self._shown.pop(index.row(), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True


class PendingEventsModel(QAbstractListModel):
    """Tracking events typed by the clerk, waiting to be sent."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[TrackingEvent] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        if role == _DISPLAY:
            return f"{date_text(event.date)} · {event.city}/{event.state} · {event.description}"
        return None

    def events(self) -> list[TrackingEvent]:
        return list(self._events)

    def append(self, event: TrackingEvent) -> None:
        row = len(self._events)
        self.beginInsertRows(QModelIndex(), row, row)
        self._events.append(event)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._events):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._events[row]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._events.clear()
        self.endResetModel()
