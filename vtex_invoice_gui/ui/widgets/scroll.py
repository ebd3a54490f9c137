"""Tabs whose content scrolls instead of forcing a tall window (small laptop screens)."""

from __future__ import annotations

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
    """Keep ``owner`` (a tab filled by :func:`scroll_into`) at least as wide as its content, so its
    scroll area never hides buttons to the right (it still scrolls down on short screens)."""
    scroll = owner.findChild(QScrollArea)
    if scroll is None or scroll.widget() is None:
        return
    bar = owner.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, owner)
    owner.setMinimumWidth(scroll.widget().minimumSizeHint().width() + bar + 2)
