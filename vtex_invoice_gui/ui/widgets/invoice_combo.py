"""A combo box listing the order's sale invoices, keeping the choice when the order is read again.

Only sale (Output) invoices: tracking is never offered for a return (Input) invoice, which VTEX
would show the shopper as a parcel "delivering" (KI 415482, queue-and-batch.md section 4)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ...fill import fill
from ...vtex import Order, Package
from ..text.formatting import money_text


class InvoiceCombo(QComboBox):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(self.tr("Invoice"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(30)

    def set_order(self, order: Order | None) -> None:
        """List the order's sale invoices; keep the current one when it is still there."""
        keep = self.current_number()
        blocked = self.blockSignals(True)
        self.clear()
        packages = order.output_packages if order else []
        for package in packages:
            self.addItem(self.describe(package, order.currency_code if order else "BRL"), package.invoice_number)
        index = self.findData(keep) if keep else -1
        self.setCurrentIndex(index if index >= 0 else (0 if self.count() else -1))
        self.blockSignals(blocked)
        self.currentIndexChanged.emit(self.currentIndex())

    def describe(self, package: Package, currency: str) -> str:
        text = f"{package.invoice_number} · {self.tr('sale')} · {money_text(package.invoice_value, currency)}"
        if package.tracking_number:
            text += " · " + fill(self.tr("tracking {number}"), number=package.tracking_number)
        return text

    def current_number(self) -> str | None:
        data = self.currentData()
        return str(data) if data is not None else None

    def select(self, number: str) -> bool:
        index = self.findData(number)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0
