"""A line edit for money typed in the clerk's locale, read back as exact integer cents."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ...money import MoneyError
from ..text.core_text import translate
from ..text.formatting import parse_locale_money, plain_money
from .banner import Role, banner_colors


class MoneyEdit(QLineEdit):
    """``1.234,56`` in pt_BR, ``1,234.56`` in en: :meth:`cents` gives ``123456`` or raises ``MoneyError``."""

    centsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_in = self.locale()  # the locale the amount is typed in
        self.setPlaceholderText(plain_money(123456, self._shown_in))
        self.textChanged.connect(self._changed)
        self.editingFinished.connect(self.tidy)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Another language: the amount typed stays the same amount, in the new locale's format."""
        if event.type() == QEvent.Type.LocaleChange and self.locale() != self._shown_in:
            try:
                cents: int | None = parse_locale_money(self.text(), self._shown_in) if self.text().strip() else None
            except MoneyError:
                cents = None  # not understood: left as typed, and marked as before
            self._shown_in = self.locale()
            self.setPlaceholderText(plain_money(123456, self._shown_in))
            if cents is not None:  # the same amount: nothing was edited (a review stays open)
                blocked = self.blockSignals(True)
                self.set_cents(cents)
                self.blockSignals(blocked)
        super().changeEvent(event)

    def cents(self) -> int:
        return parse_locale_money(self.text(), self.locale())

    def cents_or_none(self) -> int | None:
        try:
            return self.cents()
        except MoneyError:
            return None

    def set_cents(self, cents: int | None) -> None:
        self.setText("" if cents is None else plain_money(cents, self.locale()))

    def problem(self) -> str | None:
        try:
            self.cents()
        except MoneyError as exc:
            return translate(exc)
        return None

    def _changed(self) -> None:
        invalid = bool(self.text().strip()) and self.cents_or_none() is None
        accent = banner_colors(self.palette(), Role.ERROR).accent.name()
        self.setStyleSheet(f"QLineEdit {{ border: 1px solid {accent}; }}" if invalid else "")
        self.centsChanged.emit()

    def tidy(self) -> None:
        """Show what was understood, in the locale's format (``1234,5`` -> ``1.234,50``)."""
        cents = self.cents_or_none()
        if cents is not None:
            tidy = plain_money(cents, self.locale())
            if tidy != self.text():
                self.setText(tidy)
