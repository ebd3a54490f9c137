"""The desk by keyboard: its shortcuts, Enter moving through forms, Tab leaving tables, and the
Help > Keyboard shortcuts list (one table, so what is listed is what is bound)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

_CONTEXT = "Keyboard"

#: What the Help list shows, in order: keys (Qt's portable text) and what they do.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+L", QT_TRANSLATE_NOOP("Keyboard", "Go to the order field")),
    ("Return", QT_TRANSLATE_NOOP("Keyboard", "In the order field: load the order. In a form: go to the next field")),
    ("F5", QT_TRANSLATE_NOOP("Keyboard", "Reload the order (in the queue: read the queue again)")),
    ("F6", QT_TRANSLATE_NOOP("Keyboard", "Show the day's queue and go to it (Ctrl+1 too); F6 in the queue hides it; Enter opens the order")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("Keyboard", "Open an NF-e XML file (Invoice tab)")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("Keyboard", "Add NF-e files to the batch (Batch tab: check, then send many)")),
    ("Ctrl+Shift+I", QT_TRANSLATE_NOOP("Keyboard", "Import tracking numbers from a spreadsheet (Tools menu)")),
    ("Ctrl+Return", QT_TRANSLATE_NOOP("Keyboard", "Send on the current tab (review, then confirm)")),
    ("Tab", QT_TRANSLATE_NOOP("Keyboard", "Next field or button (tables are passed through)")),
    ("Shift+Tab", QT_TRANSLATE_NOOP("Keyboard", "Previous field or button")),
    ("Ctrl+Tab", QT_TRANSLATE_NOOP("Keyboard", "Next tab (Ctrl+Shift+Tab: previous tab)")),
    ("Alt+I", QT_TRANSLATE_NOOP("Keyboard", "Go to a tab or field by its underlined letter (Alt+letter)")),
    ("F2", QT_TRANSLATE_NOOP("Keyboard", "In a table: edit the current cell (arrows move between cells)")),
    ("F1", QT_TRANSLATE_NOOP("Keyboard", "This list of keyboard shortcuts")),
)


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def bind(parent: QWidget, actions: dict[str, Callable[[], object]]) -> list[QShortcut]:
    """Window-wide shortcuts: ``{"F5": reload, ...}``."""
    return [QShortcut(QKeySequence(keys), parent, action) for keys, action in actions.items()]


def tabs_leave_tables(root: QWidget) -> None:
    """Tab moves on from every table under ``root`` (arrow keys still move between cells)."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


class EnterMovesOn(QObject):
    """Return or Enter in a field of a form moves to the next field, as Tab does.

    Ctrl+Return stays the send shortcut; a text box (several lines) keeps its own Enter.
    """

    _FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox)

    def __init__(self, forms: Iterable[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        for form in forms:
            self.watch(form)

    def watch(self, form: QWidget) -> None:
        for field in form.findChildren(QWidget):
            inner = isinstance(field.parent(), (QAbstractSpinBox, QComboBox, QAbstractItemView))
            if isinstance(field, self._FIELDS) and not inner:
                field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False  # Enter picks the item in an open list
        tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(watched, tab)
        return True


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: every key the desk answers to, in the desk's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(SHORTCUTS), 2, objectName="shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        for row, (keys, text) in enumerate(SHORTCUTS):
            self.table.setItem(row, 0, QTableWidgetItem(native(keys)))
            self.table.setItem(row, 1, QTableWidgetItem(QCoreApplication.translate(_CONTEXT, text)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 420)
