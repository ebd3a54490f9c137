"""The Qt binding itself must not corrupt the interpreter.

PySide6 6.12.0 drops one reference to ``None`` on every call of a Qt method that returns nothing.
On Python 3.11, where ``None`` is a normal refcounted object, that aborts the process with
``Fatal Python error: none_dealloc`` after tens of thousands of calls: a clerk's ordinary session.
pyproject.toml pins around it; this test fails if an installed binding brings it back.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setEnabled(True)
    lost = before - sys.getrefcount(None)
    # Other threads may move the count a little either way; a leak moves it by ~4000.
    assert lost < 200
