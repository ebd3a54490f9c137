"""NF-e files dropped anywhere on the window go to the Invoice tab's NF-e import (``nfe_import.py``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget


class FileOpener(Protocol):
    """What takes the dropped files (:class:`~.nfe_import.NfeImport`)."""

    def open_files(self, paths: Sequence[Path]) -> None: ...


def local_files(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class NfeDropTarget(QObject):
    """Takes file drops anywhere on ``window``: on the window itself and on every child that
    would otherwise take the drop as text (line and text edits), but not on a widget with the
    ``ownFileDrops`` property (it takes its own). Other drags pass through.

    With ``watch_children=False`` only the window is watched until :meth:`watch` is called (the
    main window does it after its first paint: nothing can be dropped on a window not yet shown,
    and visiting its ~500 widgets costs start-up ~6 ms).
    """

    def __init__(
        self,
        window: QWidget,
        importer: FileOpener,
        reveal: Callable[[], None] | None = None,
        *,
        watch_children: bool = True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.importer = importer
        self.reveal = reveal or (lambda: None)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        if watch_children:
            self.watch()

    def watch(self) -> None:
        """(Re)install on the window and its children that accept drops (call after adding some)."""
        for widget in (self.window, *self.window.findChildren(QWidget)):
            if widget.property("ownFileDrops"):  # a view taking files itself (the Batch tab)
                widget.removeEventFilter(self)
            elif widget is self.window or widget.acceptDrops():
                widget.removeEventFilter(self)
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDropEvent):
            if local_files(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            files = local_files(event.mimeData())
            if files:
                event.acceptProposedAction()
                self.reveal()
                self.importer.open_files(files)
                return True
        return super().eventFilter(watched, event)
