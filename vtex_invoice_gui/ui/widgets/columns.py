"""Two columns of fields side by side where they fit, one above the other where they do not.

A 1024-pixel window has about 600 pixels for the tabs beside the order: the Invoice tab's two
columns of fields need more than that in Portuguese or Spanish. :class:`Columns` asks only for the
wider column's width, and stacks the columns when it is given less than both need.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QVBoxLayout, QWidget

_SIDE = QBoxLayout.Direction.LeftToRight
_STACKED = QBoxLayout.Direction.TopToBottom


class Columns(QWidget):
    def __init__(self, *columns: QLayout, spacing: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self.box = QBoxLayout(_SIDE, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        for layout in columns:
            column = QVBoxLayout()  # each column keeps its rows at the top when the other is taller
            column.addLayout(layout)
            column.addStretch(1)
            self.box.addLayout(column, 1)
        self._fit()

    def side_by_side_width(self) -> int:
        """Side by side only with room for each column's fields at their natural width (a field
        squeezed to its minimum cuts what it shows)."""
        spacing = self.box.spacing() * (len(self._columns) - 1)
        return sum(layout.sizeHint().width() for layout in self._columns) + spacing

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        widest = max(layout.minimumSize().width() for layout in self._columns)
        return QSize(widest, super().minimumSizeHint().height())

    def _fit(self) -> None:
        self.setMinimumWidth(self.minimumSizeHint().width())  # not the layout's side-by-side minimum
        direction = _SIDE if self.width() >= self.side_by_side_width() else _STACKED
        if direction != self.box.direction():
            self.box.setDirection(direction)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._fit()  # other words, other widths
