"""Shows VTEX's receipt for a write (date, order id, protocol code), copyable.

Receipts come from VTEX's answer right after a send (:meth:`ReceiptView.show_receipt`) or, when an
order is opened, from the journal (:meth:`ReceiptView.show_entry`), so they survive restarts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...fill import fill
from ...journal import JournalEntry, JournalError, JournalFilter, Operation
from ...vtex import Receipt
from ..runtime.language import on_language_change, relive
from ..text.formatting import local_datetime_text, vtex_datetime_text


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
        self._said: list[tuple[Any, ...]] = []  # what built the text: done again in another language
        on_language_change(self, self._relabel)

    def show_receipt(self, receipt: Receipt, what: str) -> None:
        self._said = [("receipt", receipt, what)]
        self._put_receipt(receipt, what)

    def show_entry(self, entry: JournalEntry, what: str) -> None:
        """A confirmed journal row: its receipt, or that it was confirmed by re-reading the order."""
        self._said = [("entry", entry, what)]
        self._put_entry(entry, what)

    def _put_receipt(self, receipt: Receipt, what: str) -> None:
        self.receipt = receipt
        self.title.setText(what)
        self.text.setPlainText(
            "\n".join(
                (
                    fill(self.tr("Receipt: {receipt}"), receipt=receipt.receipt),
                    fill(self.tr("Order: {order}"), order=receipt.order_id),
                    fill(self.tr("Date: {date}"), date=vtex_datetime_text(receipt.date)),
                )
            )
        )
        self.copy_button.setEnabled(True)

    def _put_entry(self, entry: JournalEntry, what: str) -> None:
        sent = local_datetime_text(entry.last_sent)
        if entry.receipt:
            self._put_receipt(
                Receipt(date=entry.receipt_date or "", orderId=entry.order_id, receipt=entry.receipt), what
            )
        else:
            self.receipt = None
            self.title.setText(what)
            self.text.setPlainText(
                self.tr("Confirmed by re-reading the order (VTEX's answer to the send was lost).")
                + "\n"
                + fill(self.tr("Order: {order}"), order=entry.order_id)
            )
            self.copy_button.setEnabled(True)
        self.text.appendPlainText(fill(self.tr("Sent {when} (journal #{entry})"), when=sent, entry=entry.id))

    def _relabel(self) -> None:
        """The language changed: the receipt and its notes again, in the new words and formats."""
        said, self._said = self._said, []
        for kind, *args in said:
            if kind == "receipt":
                self.show_receipt(args[0], relive(args[1]))
            elif kind == "entry":
                self.show_entry(args[0], relive(args[1]))
            else:
                self.add_note(args[0])

    def show_latest(self, ctx: Any, key: tuple[str, str | None] | None, operation: Operation, what: str) -> bool:
        """The journal's last receipt for ``key`` (order id, invoice number; any invoice when the
        number is None) and ``operation`` in the current store; cleared when there is none. ``what``
        may hold ``{invoice}``, filled with the receipt's invoice number."""
        store = ctx.store
        entry = None
        if key is not None and store is not None:
            order_id, number = key
            try:
                if number is None:
                    found = ctx.journal.query(
                        JournalFilter(store=store.id, order_id=order_id, operation=operation, state="confirmed"),
                        limit=1,
                    )
                    entry = found[0] if found else None
                else:
                    entry = ctx.journal.latest_receipt(store.id, order_id, operation, number)
            except JournalError:
                entry = None
        if entry is None:
            self.clear()
            return False
        self.show_entry(entry, fill(what, invoice=entry.invoice_number or ""))
        return True

    def clear(self) -> None:
        self._said = []
        self.receipt = None
        self.title.setText(self.tr("Receipt"))
        self.text.clear()
        self.copy_button.setEnabled(False)

    def add_note(self, note: str | Callable[[], str]) -> None:
        """A line under the receipt; a function makes it again when the language changes."""
        self._said.append(("note", note))
        self.text.appendPlainText(note() if callable(note) else relive(note))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
