"""The queue panel as a dock beside the order panel."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QWidget

from ..runtime.context import DeskContext
from .panel import WorklistPanel


class WorklistDock(QDockWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklistDock")
        self.setWindowTitle(self.tr("Worklist"))
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.panel = WorklistPanel(ctx, self)
        self.setWidget(self.panel)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The window lays itself out again when the dock appears (~10 ms on a full desk): the
        queue's own first paint waits for the next event-loop turn, so the two are not one stall."""
        if not event.spontaneous():
            self.panel.setUpdatesEnabled(False)
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._paint_panel))  # after the window's layout
        super().showEvent(event)

    def _paint_panel(self) -> None:
        self.panel.setUpdatesEnabled(True)
