"""The Tracking number tab's carrier help (issue 15): the tracking URL filled from the carrier's
``{code}`` template, and the carrier's warning about the code (a wrong Correios check digit).

The carriers are the current store's list (``carriers.json``, the defaults when it has none), as
the tracking import uses them. The URL is only ever filled while the clerk has not typed one: an
empty field, or the link this helper filled itself; typed text is never overwritten. The warning
never blocks a send.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit

from ...tracking_import.carriers import Carrier, clean_code, find_carrier
from ...tracking_import.files import CarrierFile
from ..text.core_text import translate
from ..widgets.banner import Tone, set_tone


def warning_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_tone(label, Tone.WARNING)
    label.hide()
    return label


class CarrierHint(QObject):
    """Watches the number and carrier fields; fills ``url`` and shows ``warning``."""

    def __init__(
        self,
        number: QLineEdit,
        courier: QLineEdit,
        url: QLineEdit,
        warning: QLabel,
        folder: Path,
        store_id: Callable[[], str],
    ) -> None:
        super().__init__(number)
        self.number, self.courier, self.url, self.warning = number, courier, url, warning
        self.file = CarrierFile(folder)
        self.store_id = store_id
        self._cache: tuple[str, int, list[Carrier]] | None = None
        #: The link this helper put in the URL field (the field still showing it is not the clerk's).
        self.filled = ""
        self.paused = False
        self.names = QStringListModel(self)  # the store's carrier names, offered as the clerk types
        self.completer = QCompleter(self.names, courier)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        courier.setCompleter(self.completer)
        number.textChanged.connect(lambda: self.update())
        courier.textChanged.connect(lambda: self.update())

    def carriers(self) -> list[Carrier]:
        """The store's list, read again when ``carriers.json`` changed (the editor, the CLI)."""
        store = self.store_id()
        try:
            stamp = self.file.path.stat().st_mtime_ns
        except OSError:
            stamp = 0
        if self._cache is None or self._cache[:2] != (store, stamp):
            carriers = self.file.load(store)
            self._cache = (store, stamp, carriers)
            self.names.setStringList([c.name for c in carriers])
        return self._cache[2]

    def carrier(self) -> Carrier | None:
        code = clean_code(self.number.text())
        return find_carrier(self.carriers(), self.courier.text(), code)

    def typed_url(self) -> bool:
        text = self.url.text().strip()
        return bool(text) and text != self.filled

    def filling(self, fill: Callable[[], None]) -> None:
        """Run ``fill`` (the fields set from the order or a draft): what the URL shows then is not
        ours to change; the warning is brought up to date."""
        self.paused, self.filled = True, ""
        try:
            fill()
        finally:
            self.paused = False
        self.update(fill_url=False)

    def update(self, *, fill_url: bool = True) -> None:
        if self.paused:
            return
        code = clean_code(self.number.text())
        carrier = self.carrier()
        problems = carrier.problems(code) if carrier is not None and code else []
        self.warning.setText("\n".join(translate(p) for p in problems))
        self.warning.setVisible(bool(problems))
        if not fill_url or self.typed_url():
            return
        link = (carrier.url_for(code) if carrier is not None and code else None) or ""
        if link != self.url.text():
            self.url.setText(link)
        self.filled = link
