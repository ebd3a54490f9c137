"""A parcel's journey drawn as a vertical timeline: dispatch, each tracking event, delivery."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...fill import fill
from ...vtex import Package
from ..text.formatting import local_datetime_text

Index = QModelIndex | QPersistentModelIndex
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
WHEN_ROLE = Qt.ItemDataRole.UserRole + 2
PLACE_ROLE = Qt.ItemDataRole.UserRole + 3

_COLORS = {"dispatched": "#7f8c8d", "event": "#2e86c1", "delivered": "#1e8449"}


class TimelineEntry(BaseModel):
    kind: str  # dispatched | event | delivered
    title: str
    when: datetime | None = None
    place: str = ""


class TimelineModel(QAbstractListModel):
    """The entries of one invoice's timeline, oldest first, delivery last."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []

    def set_package(self, package: Package | None) -> None:
        self.beginResetModel()
        self._entries = self.entries_for(package) if package else []
        self.endResetModel()

    def entries(self) -> list[TimelineEntry]:
        return list(self._entries)

    def entries_for(self, package: Package) -> list[TimelineEntry]:
        entries: list[TimelineEntry] = []
        if package.tracking_number:
            title = fill(self.tr("Dispatched, tracking {number}"), number=package.tracking_number)
            if package.courier:
                title += fill(self.tr(" ({courier})"), courier=package.courier)
            entries.append(
                TimelineEntry(kind="dispatched", title=title, when=package.dispatched_date)
            )
        events = [
            TimelineEntry(
                kind="event",
                title=event.description or self.tr("(no description)"),
                when=event.create_date,
                place="/".join(p for p in (event.city, event.state) if p),
            )
            for event in package.events
        ]
        events.sort(key=lambda e: (e.when is None, e.when.timestamp() if e.when else 0))
        entries += events
        if package.delivered:
            when = package.courier_status.delivered_date if package.courier_status else None
            entries.append(TimelineEntry(kind="delivered", title=self.tr("Delivered"), when=when))
        return entries

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == KIND_ROLE:
            return entry.kind
        if role == WHEN_ROLE:
            return local_datetime_text(entry.when)
        if role == PLACE_ROLE:
            return entry.place
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " · ".join(p for p in (local_datetime_text(entry.when), entry.place, entry.title) if p)
        return None


class TimelineDelegate(QStyledItemDelegate):
    """Paints a dot on a vertical line, the title in bold, date and place underneath."""

    GUTTER = 30
    DOT = 10

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect: QRect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.color(QPalette.ColorRole.Highlight).lighter(170))
        kind = index.data(KIND_ROLE)
        color = QColor(_COLORS.get(kind, "#2e86c1"))
        x = rect.left() + self.GUTTER // 2
        first, last = index.row() == 0, index.row() == index.model().rowCount() - 1
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#b3b6b7"), 2))
        cy = rect.top() + 8 + self.DOT // 2
        if not first:
            painter.drawLine(x, rect.top(), x, cy)
        if not last:
            painter.drawLine(x, cy, x, rect.bottom() + 1)
        painter.setPen(QPen(color, 2))
        painter.setBrush(color if kind != "dispatched" else QColor("white"))
        painter.drawEllipse(x - self.DOT // 2, cy - self.DOT // 2, self.DOT, self.DOT)

        text_left = rect.left() + self.GUTTER
        width = rect.width() - self.GUTTER - 6
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text) if kind != "delivered" else color)
        line = option.fontMetrics.lineSpacing()
        title = option.fontMetrics.elidedText(index.data(), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(text_left, rect.top() + 4, width, line), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        meta = " · ".join(p for p in (index.data(WHEN_ROLE), index.data(PLACE_ROLE)) if p)
        painter.drawText(QRect(text_left, rect.top() + 4 + line, width, line), Qt.AlignmentFlag.AlignLeft, meta)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, option.fontMetrics.lineSpacing() * 2 + 14)


class TimelineView(QListView):
    """The list view that shows a :class:`TimelineModel` with a :class:`TimelineDelegate`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setAccessibleName(self.tr("Tracking timeline"))
        self.model_ = TimelineModel(self)
        self.setModel(self.model_)
        self.setItemDelegate(TimelineDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.empty_text = self.tr("No tracking events yet.")

    def set_package(self, package: Package | None) -> None:
        self.model_.set_package(package)

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self.model_.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
