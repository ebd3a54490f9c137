"""Helpers for the UI tests: drive the window as a clerk does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from vtex_invoice_gui.sandbox import SEED_IDS, Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow

WAIT = 15_000  # ms: hang guards, not timing assertions
__all__ = ["SEED_IDS", "WAIT", "click", "idle", "load_order", "paste_xml", "posts"]


def idle(window: MainWindow) -> bool:
    return window.ctx.tasks.in_flight == 0


def load_order(qtbot: Any, window: MainWindow, order_id: str) -> None:
    """Type the order id and click Load, as a clerk does; wait until it is shown."""
    edit = window.order_panel.order_id_edit
    edit.clear()
    qtbot.keyClicks(edit, order_id)
    qtbot.mouseClick(window.order_panel.load_button, _left())
    qtbot.waitUntil(
        lambda: window.session.order is not None and window.session.order.order_id == order_id and idle(window),
        timeout=WAIT,
    )


def _left() -> Qt.MouseButton:
    return Qt.MouseButton.LeftButton


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, _left())


def paste_xml(qtbot: Any, window: MainWindow, text: str) -> None:
    """Paste an NF-e XML by hand: "Paste XML…" (or "View XML…"), replace the editor's text, OK."""
    field = window.invoice_tab.form.xml_field
    click(qtbot, field.edit_button)
    dialog = field.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.editor.selectAll()
    dialog.editor.insertPlainText(text)  # what a paste does
    dialog.accept()


def posts(sandbox: Sandbox, suffix: str = "/invoice", method: str = "POST") -> list[Any]:
    return [r for r in sandbox.requests if r.method == method and r.path.endswith(suffix)]


def answer_resend(send: bool = True) -> list[str]:
    """Answer the "Send it again?" confirmation when it opens (Send again, or Do not send).

    Returns a list that receives the dialog's text once it has been answered.
    """
    seen: list[str] = []
    tries = [0]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "confirmResendBox":
            tries[0] += 1
            if tries[0] < 1000:
                QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        box.findChild(QPushButton, "confirmResendButton" if send else "cancelResendButton").click()

    QTimer.singleShot(0, answer)
    return seen


def answer_file_dialog(path: Path, seen: list[QFileDialog] | None = None) -> None:
    """Pick ``path`` in the desk's own (non-native) file dialog once it opens."""
    tries = [0]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QFileDialog):
            tries[0] += 1
            if tries[0] < 1000:
                QTimer.singleShot(10, answer)
            return
        if seen is not None:
            seen.append(box)
        box.selectFile(str(path))
        box.accept()

    QTimer.singleShot(0, answer)
