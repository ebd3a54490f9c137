"""Import tracking (issue 15): a carrier's spreadsheet to tracking numbers, in a window of its own.

The main window reaches it by one menu action (:class:`ImportLauncher`), Ctrl+Shift+I.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ..runtime.context import DeskContext

if TYPE_CHECKING:
    from .view import TrackingImportWindow

__all__ = ["SHORTCUT", "ImportLauncher", "TrackingImportWindow"]

SHORTCUT = "Ctrl+Shift+I"


def __getattr__(name: str) -> Any:  # the window and the spreadsheet core load when first opened
    if name == "TrackingImportWindow":
        from .view import TrackingImportWindow

        return TrackingImportWindow
    raise AttributeError(name)


class ImportLauncher(QObject):
    """"Tools > Import tracking…" on ``window``: opens one import window, kept, so a second press
    brings it back as it was (non-modal: the desk stays usable)."""

    def __init__(self, window: QMainWindow, ctx: DeskContext) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.view: TrackingImportWindow | None = None
        self.menu = window.menuBar().addMenu(self.tr("&Tools"))
        self.menu.menuAction().setObjectName("toolsMenu")
        self.action = QAction(self.tr("Import &tracking…"), window)
        self.action.setObjectName("importTrackingAction")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(self.show)
        self.menu.addAction(self.action)
        window.addAction(self.action)  # the shortcut works wherever the focus is in the window

    def show(self) -> TrackingImportWindow:
        if self.view is None:
            from .view import TrackingImportWindow

            self.view = TrackingImportWindow(self.ctx, self.window)
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        return self.view
