"""A 100,000-row journal: the History tab opens a page, fetches more as it scrolls, stays usable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, load_order
from journal_helpers import bulk_rows, history_shown
from PySide6.QtCore import QModelIndex

from vtex_invoice_gui.journal import Journal, JournalFilter
from vtex_invoice_gui.ui.history.model import PAGE, HistoryModel
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.runtime.workers import TaskRunner

ROWS = 100_000


@pytest.fixture
def big_window(desk_home: Path, make_window: Callable[..., MainWindow]) -> MainWindow:
    bulk_rows(desk_home, ROWS)
    return make_window()


def test_a_large_journal_opens_one_page_and_scrolls_on_demand(
    qtbot: Any, big_window: MainWindow, qtmodeltester: Any
) -> None:
    window = big_window
    tab = window.history_tab
    model = tab.model
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: history_shown(window), timeout=WAIT)
    assert model.total == ROWS
    assert model.rowCount() == PAGE  # a page, not the journal
    assert model.entry(0).invoice_number == f"B{ROWS - 1:08d}"  # newest first
    assert model.canFetchMore(QModelIndex())
    assert f"{PAGE} of 100.000 sends" in tab.count_label.text()

    for pages in (2, 3, 4):  # scrolled to the end, the view asks for one more page each time
        tab.table.scrollToBottom()
        qtbot.waitUntil(lambda p=pages: model.rowCount() == p * PAGE and history_shown(window), timeout=WAIT)
    numbers = [model.entry(row).invoice_number for row in range(model.rowCount())]
    assert numbers == [f"B{ROWS - 1 - i:08d}" for i in range(4 * PAGE)]  # no gap, no repeat
    qtmodeltester.check(model, force_py=True)  # fetches once more itself, and checks the rows arriving
    qtbot.waitUntil(lambda: history_shown(window), timeout=WAIT)
    assert model.rowCount() == 5 * PAGE and model.total == ROWS

    # The search runs in the journal, not over the loaded rows.
    tab.search.setText("B00000042")
    tab.apply_filters()
    qtbot.waitUntil(lambda: history_shown(window), timeout=WAIT)
    assert [model.entry(r).invoice_number for r in range(model.rowCount())] == ["B00000042"]

    # The window is usable meanwhile: an order loads.
    load_order(qtbot, window, SEED_IDS["ready"])
    assert window.session.order is not None


def test_rows_written_while_scrolling_are_neither_lost_nor_repeated(
    qtbot: Any, desk_home: Path, qtmodeltester: Any
) -> None:
    bulk_rows(desk_home, 450, store="shop")
    journal = Journal(desk_home / "data" / "journal.sqlite3")
    runner = TaskRunner()
    model = HistoryModel(journal, runner, page=100)
    try:
        with qtbot.waitSignal(model.loaded, timeout=WAIT):
            model.set_filters(JournalFilter(store="shop"))
        assert model.rowCount() == 100 and model.total == 450
        for i in range(3):  # newer rows arrive between pages (another tab sends)
            journal.begin("shop", f"9{i}-01", "invoice", invoice_number=f"NEW{i}")
        while model.canFetchMore(QModelIndex()):
            with qtbot.waitSignal(model.loaded, timeout=WAIT):
                model.fetchMore(QModelIndex())
        ids = [model.entry(row).id for row in range(model.rowCount())]
        assert len(ids) == 450 and ids == sorted(set(ids), reverse=True)
        qtmodeltester.check(model, force_py=True)
    finally:
        runner.wait()
        journal.close()
