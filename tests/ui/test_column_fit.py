"""The item tables' columns are as wide as their texts (``widgets.tables.fit_to_texts``), read from
the models' own text caches (``column_texts``) rather than through Qt cell by cell (issue 18)."""

from __future__ import annotations

from typing import Any

from desk_helpers import SEED_IDS, load_order
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.widgets.tables import SIZE_SAMPLE_ROWS


def _cut_texts(table: QTableView, stretch: int) -> list[str]:
    """The texts of the sampled rows wider than their column (the stretching column aside)."""
    model, metrics = table.model(), table.fontMetrics()
    cut = []
    for column in range(model.columnCount()):
        if column == stretch:
            continue
        for row in range(min(model.rowCount(), SIZE_SAMPLE_ROWS)):
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or ""
            if metrics.horizontalAdvance(text) > table.columnWidth(column):
                cut.append(text)
    return cut


def test_the_order_and_invoice_item_columns_fit_their_texts(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["many_items"])
    for table in (window.order_panel.items_table, window.invoice_tab.form.items_table):
        model = table.model()
        assert model.rowCount() > 1, table.objectName()
        for column in range(model.columnCount()):  # the cache and Qt agree on every text
            assert model.column_texts(column, model.rowCount()) == [
                model.index(row, column).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
            ]
        assert _cut_texts(table, stretch=1) == [], table.objectName()
