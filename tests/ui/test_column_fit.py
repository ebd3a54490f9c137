"""The item tables' columns are as wide as their texts (``widgets.tables.fit_to_texts``), read from
the models' own text caches (``column_texts``) rather than through Qt cell by cell (issue 18)."""

from __future__ import annotations

from typing import Any

from desk_helpers import SEED_IDS, load_order
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.widgets.table_model import TableModel
from vtex_invoice_gui.ui.widgets.tables import SIZE_SAMPLE_ROWS, fit_columns


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
            assert model.column_texts(column, range(model.rowCount())) == [
                model.index(row, column).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
            ]
        assert _cut_texts(table, stretch=1) == [], table.objectName()


class _Rows(TableModel):
    headers = ("Order", "Customer", "Value")

    def __init__(self, rows: list[list[str]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = None) -> int:  # noqa: N802 - Qt's name
        return len(self.rows)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

    def edit(self, row: int, column: int, text: str) -> None:
        self.rows[row][column] = text
        self.dataChanged.emit(self.index(row, 0), self.index(row, 2))


def test_an_edited_row_widens_its_column_and_never_narrows_it(qtbot: Any) -> None:
    """A queue row replaced after a send (or a typed quantity) is measured alone: its column grows
    to fit a longer text, and a shorter one leaves the widths the other rows need."""
    model = _Rows([[f"100{i}-01", "Ana", "R$ 1,00"] for i in range(5)])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(600, 300)
    fit_columns(table, stretch=1)
    narrow = table.columnWidth(0)
    model.edit(3, 0, "1368451247710-01 (returned in part)")
    assert table.columnWidth(0) > narrow
    assert _cut_texts(table, stretch=1) == []
    wide = table.columnWidth(0)
    model.edit(3, 0, "1003-01")
    assert table.columnWidth(0) == wide  # no jump while the clerk reads the queue
    model.rows[4][2] = "R$ 1.000.000,00"  # measured by the next reset, not by row 3's edit
    model.edit(3, 2, "R$ 2,00")
    assert table.columnWidth(2) < table.fontMetrics().horizontalAdvance("R$ 1.000.000,00")
