"""The language choice: system default, English, Portuguese (Brazil) or Spanish.

The choice is kept in the settings and applies at once: the main window switches every open
widget's texts (``ui/runtime/language.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

# (settings value, name shown in its own language); "System language" (None) comes first.
LANGUAGES: tuple[tuple[str | None, str], ...] = (
    ("en", "English"),
    ("pt_BR", "Português (Brasil)"),
    ("es", "Español"),
)


class LanguagePicker(QComboBox):
    """A combo box over the settings' ``language``; ``chosen`` carries the new value."""

    chosen = Signal(object)

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="languageCombo")
        self.setAccessibleName(self.tr("Language"))
        self.setToolTip(self.tr("The language of the desk; it changes at once"))
        self.addItem(self.tr("System language"), None)
        for code, name in LANGUAGES:
            self.addItem(name, code)
        index = self.findData(current) if current else 0
        self.setCurrentIndex(max(index, 0))
        self.activated.connect(lambda i: self.chosen.emit(self.itemData(i)))
