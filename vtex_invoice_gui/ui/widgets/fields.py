"""Form pieces the tabs share: a field with its problem line underneath, a date-time edit."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..text.formatting import datetime_format
from .banner import Tone, set_tone

def problem_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    set_tone(label, Tone.ERROR)
    label.hide()
    return label


def with_problem(widget: QWidget, problem: QLabel, *extra: QWidget) -> QWidget:
    """The field (and any buttons after it) with its problem line underneath."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    row = QHBoxLayout()
    row.addWidget(widget, 1)
    for other in extra:
        row.addWidget(other)
    layout.addLayout(row)
    layout.addWidget(problem)
    return box


def datetime_edit(name: str, accessible: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.currentDateTime(), objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(datetime_format())
    edit.setAccessibleName(accessible)
    return edit
