"""The tracking events typed by the clerk and not sent yet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex

from ...vtex import TrackingEvent
from ..text.formatting import date_text
from ..widgets.table_model import DISPLAY, Index


class PendingEventsModel(QAbstractListModel):
    """Tracking events typed by the clerk, waiting to be sent."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[TrackingEvent] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        if role == DISPLAY:
            return f"{date_text(event.date)} · {event.city}/{event.state} · {event.description}"
        return None

    def events(self) -> list[TrackingEvent]:
        return list(self._events)

    def append(self, event: TrackingEvent) -> None:
        row = len(self._events)
        self.beginInsertRows(QModelIndex(), row, row)
        self._events.append(event)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._events):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._events[row]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._events.clear()
        self.endResetModel()
