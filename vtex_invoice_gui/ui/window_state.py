"""Where the main window was: its geometry and splitter kept in ``window.ini``, a first start fitted to the screen.

Window geometry is the one thing kept in ``QSettings`` (an INI file in the config folder); the
desk's settings proper are the pydantic model in ``settings.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

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


def fit_screen(window: QMainWindow) -> None:
    """First start: 1360x860 where it fits, else the screen's free area (a 768-pixel laptop keeps
    the status bar, where hints and retry notices live, on screen)."""
    screen = window.screen()
    if screen is None:
        window.resize(1360, 860)
        return
    free = screen.availableGeometry()
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
