"""Tabs whose content scrolls instead of forcing a tall window (small laptop screens)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QVBoxLayout, QWidget


def scroll_into(owner: QWidget) -> QVBoxLayout:
    """Give ``owner`` a frameless, resizable scroll area and return the layout to fill inside it."""
    inner = QWidget()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(inner)


def scrolls_only_down(owner: QWidget) -> None:
    """Keep ``owner`` (a tab filled by :func:`scroll_into`, or a scroll area) at least as wide as its
    content, so its scroll area never hides buttons to the right (it still scrolls down on short
    screens); again whenever the content's layout changes (an order shown, another language)."""
    scroll = owner if isinstance(owner, QScrollArea) else owner.findChild(QScrollArea)
    if scroll is None or scroll.widget() is None:
        return
    scroll.widget().installEventFilter(_FitWidth(owner, scroll.widget()))


class _FitWidth(QObject):
    def __init__(self, owner: QWidget, content: QWidget) -> None:
        super().__init__(owner)
        self.owner, self.content = owner, content
        self.fit()

    def fit(self) -> None:
        bar = self.owner.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.owner)
        width = self.content.minimumSizeHint().width() + bar + 2
        if width != self.owner.minimumWidth():
            self.owner.setMinimumWidth(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False
