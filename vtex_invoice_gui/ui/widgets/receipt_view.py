"""Shows VTEX's receipt for a write (date, order id, protocol code), copyable."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...vtex import Receipt


class ReceiptView(QWidget):
    """A read-only box with the last receipt of one tab, and a Copy button."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.receipt: Receipt | None = None
        self.title = QLabel(self.tr("Receipt"))
        self.text = QPlainTextEdit(objectName=name)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("VTEX receipt"))
        self.text.setPlaceholderText(self.tr("VTEX's receipt appears here after sending."))
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.copy_button = QPushButton(self.tr("Copy"), objectName=f"{name}CopyButton")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.text)

    def show_receipt(self, receipt: Receipt, what: str) -> None:
        self.receipt = receipt
        self.title.setText(what)
        self.text.setPlainText(
            "\n".join(
                (
                    self.tr("Receipt: %1").replace("%1", receipt.receipt),
                    self.tr("Order: %1").replace("%1", receipt.order_id),
                    self.tr("Date: %1").replace("%1", receipt.date),
                )
            )
        )
        self.copy_button.setEnabled(True)

    def add_note(self, note: str) -> None:
        self.text.appendPlainText(note)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
