"""The start-up notice: what went wrong with the desk's own files, and what to do, at the top of the window.

A damaged settings file or journal was set aside, or no journal could be opened (then sending is
blocked: that note stays until the desk is restarted, the others can be dismissed). The status bar
also shows each note for a while; this banner stays until the clerk has read it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..runtime.language import say
from .banner import Banner, Role


class StartupNotice(Banner):
    def __init__(
        self, notes: Sequence[str | Callable[[], str]], lasting: bool = False, parent: QWidget | None = None
    ) -> None:
        """``notes``: the sentences in the clerk's language (a function says one again when the
        language changes); ``lasting``: no Dismiss (one of them blocks sending for the whole session)."""
        super().__init__(Role.ERROR, "startupNotice", parent)
        self.setAccessibleName(self.tr("Start-up problems"))
        self.labels: list[QLabel] = []
        texts = QVBoxLayout()
        for note in notes:
            label = QLabel(objectName="startupNoteLabel")
            label.setTextFormat(Qt.TextFormat.PlainText)
            say(label, lambda note=note: f"⚠ {note() if callable(note) else note}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # paths can be copied
            texts.addWidget(label)
            self.labels.append(label)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), objectName="dismissStartupNoticeButton")
        self.dismiss_button.clicked.connect(self.hide)
        self.dismiss_button.setVisible(not lasting)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(bool(notes))

    def text(self) -> str:
        return "\n".join(label.text() for label in self.labels)
