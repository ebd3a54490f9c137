"""The one place errors are shown: a non-modal panel inside the window, with copyable details."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...fill import fill
from ..runtime.language import on_language_change, relive
from ..text.error_text import ErrorReport, ErrorText
from ..text.vtex_words import VtexWords
from .banner import Banner, Role


class ErrorView(Banner):
    """Shows the latest error: a sentence, what to do, VTEX's code and message, HTTP status, details.

    ``show_error(exc)`` is the single entry point. ``reloadRequested`` fires from the
    "Reload order" button, offered when a write may have been applied or the order's state
    changed under the clerk.
    """

    reloadRequested = Signal()
    shown = Signal(object)  # the ErrorReport

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Role.ERROR, "errorView", parent, accent_bar=True)
        self.setAccessibleName(self.tr("Error"))
        self._text = ErrorText(self)
        self._words = VtexWords(self)
        self.report: ErrorReport | None = None
        self._shown: tuple[BaseException, str, bool | None] | None = None
        on_language_change(self, self._relabel)

        self.headline = QLabel(objectName="errorHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(objectName="errorAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(objectName="errorMeta")
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(objectName="errorDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setMaximumHeight(110)
        self.details.hide()

        self.details_button = QPushButton(self.tr("Show details"), objectName="errorDetailsButton")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("Copy details"), objectName="copyErrorButton")
        self.copy_button.clicked.connect(self.copy_details)
        self.reload_button = QPushButton(self.tr("Reload order"), objectName="reloadOrderButton")
        self.reload_button.clicked.connect(self.reloadRequested)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), objectName="dismissErrorButton")
        self.dismiss_button.clicked.connect(self.clear)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.headline)
        text.addWidget(self.advice)
        text.addWidget(self.meta)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.reload_button, self.details_button, self.copy_button, self.dismiss_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(text)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.hide()

    def show_error(self, error: BaseException, context: str = "", *, offer_reload: bool | None = None) -> ErrorReport:
        """Show ``error`` (non-modal; the forms stay as they are). Returns what was shown."""
        report = self._render(error, context, offer_reload)
        self.show()
        self.shown.emit(report)
        return report

    def _relabel(self) -> None:
        """The language changed: the error shown again in the new words (its context too)."""
        if self.report is not None and self._shown is not None:
            error, context, offer_reload = self._shown
            self._render(error, relive(context), offer_reload)

    def _render(self, error: BaseException, context: str, offer_reload: bool | None) -> ErrorReport:
        self._shown = (error, context, offer_reload)
        report = self._text.describe(error, context)
        self.report = report
        self.headline.setText(report.headline)
        self.advice.setText(report.advice)
        meta = []
        if report.status is not None:
            meta.append(fill(self.tr("HTTP status {status}"), status=report.status))
        said = self._words.said(error)  # VTEX's words, or the network's: never one for the other
        if said:
            meta.append(said)
        self.meta.setText(" · ".join(meta))
        self.meta.setVisible(bool(meta))
        self.details.setPlainText(report.details)  # the sentences are above; Copy takes everything
        wants_reload = report.may_have_applied or report.kind == "OrderStateError"
        self.reload_button.setVisible(wants_reload if offer_reload is None else offer_reload)
        return report

    def clear(self) -> None:
        self.report = None
        self.details_button.setChecked(False)
        self.hide()

    def copy_details(self) -> None:
        if self.report is not None:
            QGuiApplication.clipboard().setText(self.report.as_text())

    def _toggle_details(self, on: bool) -> None:
        self.details.setVisible(on)
        self.details_button.setText(self.tr("Hide details") if on else self.tr("Show details"))
