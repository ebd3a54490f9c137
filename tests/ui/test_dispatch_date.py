"""Issue 17, point 9 in the desk: the package's dispatch date, as VTEX returns it, reaches the events
timeline and the delivered-before-dispatch check."""

from __future__ import annotations

from typing import Any

from desk_helpers import SEED_IDS, click, load_order, posts
from PySide6.QtCore import QDate, QDateTime, QTime

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.widgets.timeline import KIND_ROLE, WHEN_ROLE


def test_finding_9_the_dispatched_row_has_a_date_and_delivery_before_it_is_refused(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    load_order(qtbot, window, SEED_IDS["invoiced_in_transit"])
    window.tabs.setCurrentWidget(window.events_tab)
    tab = window.events_tab
    first = tab.timeline.model_.index(0)
    assert first.data(KIND_ROLE) == "dispatched"
    assert first.data(WHEN_ROLE)  # a date, from the package's dispatchedDate
    tab.delivered_check.setChecked(True)
    tab.delivered_edit.setDateTime(QDateTime(QDate(2026, 11, 1), QTime(10, 0)))  # before the dispatch
    click(qtbot, tab.send_button)
    assert "before the dispatch date" in tab.form_problem.text()
    assert posts(sandbox, "/tracking", "PUT") == []
