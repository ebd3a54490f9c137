"""The base of the desk's table models: fixed headers, right-aligned numeric columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def roles(*answered: Qt.ItemDataRole | int) -> frozenset[int]:
    """The roles a model's ``data`` answers. A view asks seven roles of every cell it paints (font,
    decoration, check state...); a model whose ``data`` first returns None for the others spends
    ~3x less time in it per repaint (issue 18: the History table, ~1,300 calls a repaint)."""
    return frozenset(int(role) for role in answered)


class TableModel(QAbstractTableModel):
    """A table over a list of rows; subclasses set ``headers`` and the ``numeric`` columns."""

    headers: tuple[str, ...] = ()
    numeric: frozenset[int] = frozenset()
    answered: frozenset[int] = roles(DISPLAY)  # what :meth:`data` answers (see :func:`roles`)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def _align(self, column: int) -> int | None:
        return RIGHT if column in self.numeric else None

    def column_texts(self, column: int, rows: range) -> list[Any]:
        """The display texts of ``column`` in ``rows`` (to size the column by)."""
        return [self.data(self.index(row, column), DISPLAY) for row in rows]


class CachedRowsModel(TableModel):
    """A table whose rows' display texts are made once per row (views ask for them often).

    Subclasses keep their rows in ``_rows``, say how a row reads in :meth:`_make_texts` and empty
    ``_shown`` when the rows change (or pop one row's texts when that row is edited).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._shown: dict[int, tuple[str, ...]] = {}  # row -> its texts

    def _make_texts(self, row: int) -> tuple[str, ...]:
        raise NotImplementedError

    def _texts(self, row: int) -> tuple[str, ...]:
        texts = self._shown.get(row)
        if texts is None:
            texts = self._shown[row] = self._make_texts(row)
        return texts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def column_texts(self, column: int, rows: range) -> list[Any]:
        return [self._texts(row)[column] for row in rows]


