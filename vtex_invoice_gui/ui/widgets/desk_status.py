"""The window's status bar: passing messages, how many requests are in flight, the current store,
and VTEX's "wait" (a 429 or no answer) as a calm countdown. Texts keep the ``MainWindow``
translation context they were written in (the window says the plural "requests in progress")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from ...fill import fill
from ...vtex import RateLimitedError, RetryNotice


class DeskStatus(QObject):
    """Fills ``bar`` (the window's status bar) with its permanent labels."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.store_label = QLabel(objectName="storeLabel")
        self.busy_label = QLabel(objectName="busyLabel")
        self.busy_bar = QProgressBar(objectName="busyIndicator")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(90)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.busy_bar)
        bar.addPermanentWidget(self.store_label)

    def show(self, text: str, msecs: int = 8000) -> None:
        """``text`` for ``msecs`` milliseconds; an empty text clears the message."""
        if text:
            self.bar.showMessage(text, msecs)
        else:
            self.bar.clearMessage()

    def busy(self, count: int, text: str) -> None:
        """``count`` requests in flight (0: idle), said as ``text``."""
        self.busy_bar.setVisible(count > 0)
        self.busy_label.setText(text)

    def retrying(self, notice: RetryNotice) -> None:
        seconds = max(1, round(notice.delay))
        if isinstance(notice.error, RateLimitedError):
            text = fill(QCoreApplication.translate("MainWindow", "VTEX is limiting requests, retrying in {seconds} s"),
                        seconds=seconds)
        else:
            text = fill(
                QCoreApplication.translate(
                    "MainWindow", "VTEX did not answer properly; retrying in {seconds} s (attempt {attempt})"
                ),
                seconds=seconds,
                attempt=notice.attempt + 1,
            )
        self.bar.showMessage(text, int(notice.delay * 1000) + 3000)
