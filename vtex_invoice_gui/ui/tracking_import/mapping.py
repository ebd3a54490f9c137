"""Which column holds which field: a combo per field, filled with the file's header."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QWidget

from ...tracking_import.fields import FIELDS
from ..runtime.language import ITEMS_ARE_DATA, on_language_change, say


class MappingForm(QGroupBox):
    """One combo per import field; item data is the column index (-1: no column)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMappingForm")
        self.setTitle(self.tr("Columns"))
        names = self.field_names()
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout(self)
        for number, field in enumerate(FIELDS):
            combo = QComboBox(objectName=f"importColumn_{field}")
            combo.setAccessibleName(names[field])
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.setProperty(ITEMS_ARE_DATA, True)  # the file's column titles: never "translated"
            combo.currentIndexChanged.connect(self._chosen)
            label = QLabel()
            say(label, lambda field=field: self.field_names()[field] + ":")  # again in another language
            label.setBuddy(combo)
            row, column = number % 6, (number // 6) * 2
            grid.addWidget(label, row, column)
            grid.addWidget(combo, row, column + 1)
            self.combos[field] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._filling = False
        on_language_change(self, self._relabel)

    def _relabel(self) -> None:
        """The one item that is the desk's word, in the new language (the others are the file's)."""
        for combo in self.combos.values():
            if combo.count() and combo.itemData(0) == -1:
                combo.setItemText(0, self.tr("(no column)"))

    def field_names(self) -> dict[str, str]:
        return {
            "order_id": self.tr("Order"),
            "marketplace_order_id": self.tr("Marketplace order"),
            "invoice_number": self.tr("Invoice number"),
            "tracking_number": self.tr("Tracking number"),
            "courier": self.tr("Carrier"),
            "tracking_url": self.tr("Tracking URL"),
            "dispatched_date": self.tr("Dispatch date"),
            "event_date": self.tr("Event date"),
            "event_city": self.tr("Event city"),
            "event_state": self.tr("Event state"),
            "event_description": self.tr("Event description"),
            "delivered": self.tr("Delivered"),
        }

    def set_header(self, headers: list[str], mapping: dict[int, str]) -> None:
        """Offer the file's columns; select the guessed (or saved) one of each field."""
        self._filling = True
        try:
            chosen = {field: index for index, field in mapping.items()}
            for field, combo in self.combos.items():
                combo.clear()
                combo.addItem(self.tr("(no column)"), -1)
                for index, header in enumerate(headers):
                    shown = header.strip() or f"#{index + 1}"
                    combo.addItem(shown, index)
                combo.setCurrentIndex(combo.findData(chosen.get(field, -1)))
        finally:
            self._filling = False

    def mapping(self) -> dict[int, str]:
        """``{column index: field}``; a column chosen for two fields goes to the first."""
        found: dict[int, str] = {}
        for field, combo in self.combos.items():
            index = combo.currentData()
            if isinstance(index, int) and index >= 0 and index not in found:
                found[index] = field
        return found

    def select(self, field: str, header: str) -> bool:
        combo = self.combos[field]
        at = combo.findText(header)
        if at >= 0:
            combo.setCurrentIndex(at)
        return at >= 0

    def _chosen(self) -> None:
        if not self._filling:
            self.changed.emit()
