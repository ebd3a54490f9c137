"""Where the main window was: its geometry and splitter kept in ``window.ini``, a first start fitted
to the screen, and where the queue goes on a narrow window.

Window geometry is the one thing kept in ``QSettings`` (an INI file in the config folder); the
desk's settings proper are the pydantic model in ``settings.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTabWidget, QWidget

from . import keyboard
from .worklist import WorklistDock

WINDOW_STATE_FILE = "window.ini"


def _window_settings(config_dir: Path) -> QSettings:
    return QSettings(str(config_dir / WINDOW_STATE_FILE), QSettings.Format.IniFormat)


def restore(window: QMainWindow, splitter: QSplitter, config_dir: Path) -> None:
    """The size, place and splitter the window had when it last closed; on a first start, :func:`fit_screen`."""
    state = _window_settings(config_dir)
    geometry = state.value("geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        fit_screen(window)
    sizes = state.value("splitter")
    if sizes is not None:
        splitter.restoreState(sizes)
    else:
        splitter.setSizes([540, 820])


def fit_screen(window: QMainWindow, free: QRect | None = None) -> None:
    """First start: 1360x860 where it fits, else the screen's free area (``free``: the screen's
    available geometry), so a 768-pixel laptop keeps the status bar, where hints and retry notices
    live, on screen."""
    screen = window.screen()
    if free is None and screen is None:
        window.resize(1360, 860)
        return
    free = free if free is not None else screen.availableGeometry()
    frame = 40  # room for the title bar and borders the window manager adds
    width, height = min(1360, free.width()), min(860, free.height() - frame)
    window.resize(width, height)
    window.move(free.left() + (free.width() - width) // 2, free.top() + max(0, (free.height() - frame - height) // 2))


def save(window: QMainWindow, splitter: QSplitter, config_dir: Path) -> None:
    """Remember the window's geometry and splitter for the next start."""
    try:
        config_dir.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only folder: the window's size is not remembered, nothing else is lost
        return
    state = _window_settings(config_dir)
    state.setValue("geometry", window.saveGeometry())
    state.setValue("splitter", splitter.saveState())
    state.sync()


def order_free_pages(tabs: QTabWidget, order_pane: QWidget, pages: Callable[[], tuple[QWidget | None, ...]]) -> None:
    """History and Batch need no order: shown, their tables get the order pane's room, so their width
    does not count in the tabs' minimum (a 1024-pixel window holds the order beside the other tabs).
    ``pages()``: those pages as they are now (a lazy tab is None until it is made)."""

    def shown(_index: int) -> None:
        free = [page for page in pages() if page is not None]
        for page in free:
            page.setMinimumWidth(1)
        order_pane.setVisible(tabs.currentWidget() not in free)

    shown(tabs.currentIndex())
    tabs.currentChanged.connect(shown)


# -- the queue beside the order, or over it ------------------------------------------------------
#: Narrower than this, the queue does not start beside the order: the order and its forms need the
#: room (the queue's dock, the order panel and the widest tab need about 1,100-1,200 pixels).
QUEUE_BESIDE = 1360


def place_queue(window: QMainWindow, dock: WorklistDock) -> None:
    """First start: the queue docked beside the order on a wide window, hidden on a narrow one."""
    dock.setVisible(window.width() >= QUEUE_BESIDE)


def show_queue(window: QMainWindow, dock: WorklistDock, *, focus: bool = False) -> None:
    """The queue on screen (and, with ``focus``, the keyboard in it): docked when the window has room
    for it beside the order (:data:`QUEUE_BESIDE`); else over the order's side of the window
    (floating), so the window never grows past a small screen nor squeezes the order."""
    if not dock.isVisible():
        beside = window.width() >= QUEUE_BESIDE
        dock.setFloating(not beside)
        if not beside:
            central = window.centralWidget()
            top_left = window.mapToGlobal(central.geometry().topLeft())
            width = max(dock.minimumSizeHint().width(), min(480, window.width() * 9 // 20))
            dock.setGeometry(QRect(top_left, QSize(width, central.height())))
        dock.show()
    dock.raise_()
    if focus:
        if dock.isFloating():
            dock.activateWindow()  # its own window over the desk's: the keys go there
        dock.panel.focus_queue()


def toggle_queue(window: QMainWindow, dock: WorklistDock, focus_back: Callable[[], object]) -> None:
    """F6: shows the queue and goes to it; pressed in the queue, hides it and goes back to the order field."""
    if dock.isVisible() and dock.isAncestorOf(QApplication.focusWidget()):
        dock.hide()
        window.activateWindow()  # from the floating queue's window back to the desk's
        focus_back()
    else:
        show_queue(window, dock, focus=True)


def queue_keys(window: QMainWindow, dock: WorklistDock, focus_back: Callable[[], object]) -> list[QShortcut]:
    """F6 toggles the queue (:func:`toggle_queue`); Ctrl+1 goes to it."""
    return keyboard.bind(
        window,
        {"F6": lambda: toggle_queue(window, dock, focus_back), "Ctrl+1": lambda: show_queue(window, dock, focus=True)},
    )
