"""Column widths for the desk's item tables that stay cheap on orders with hundreds of lines.

``QHeaderView.ResizeToContents`` measures rows of every column on every layout, through the item
delegate (Qt's default precision is 1,000 rows): a 330-item order asked the model for ~16,000
cells each time it was shown, and a sample of 30 rows still cost several milliseconds per layout.
Here the columns are ``Interactive`` (the clerk can widen them) and :class:`ColumnFitter` sets
their widths once per change of the model, from the header and the texts of the first
:data:`SIZE_SAMPLE_ROWS` rows; one column stretches to take the rest.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from .table_model import TableModel

#: Rows a column's width is taken from: enough for the look, never the whole order.
SIZE_SAMPLE_ROWS = 50
#: Of those, how many of the longest texts (by characters) are measured in pixels.
_MEASURED = 3
_MAX_WIDTH = 420
#: The stretching column (product names) never gets narrower than this: the table scrolls sideways.
MIN_STRETCH_WIDTH = 160


class ColumnFitter(QObject):
    """Fits ``table``'s columns to their contents when its model is reset or edited."""

    def __init__(
        self, table: QTableView, stretch: int, sample: int = SIZE_SAMPLE_ROWS, min_stretch: int = MIN_STRETCH_WIDTH
    ) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.sample = sample
        self.min_stretch = min_stretch
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        table.viewport().installEventFilter(self)  # the stretch column takes the rest on each resize
        model = table.model()
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self.fit)
        model.dataChanged.connect(self._edited)
        self.fit()

    def fit(self, *_args: object) -> None:
        """Set each column's width from its header and the longest texts of the sampled rows."""
        fit_to_texts(self.table, sample=self.sample, skip={self.stretch})
        self.fill()

    def _edited(self, top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        """Rows edited (a quantity typed, a queue row after a send): only they are measured, and a
        column only widens, so one row's change costs one row's texts, not the sample's."""
        rows = range(top.row(), min(bottom.row() + 1, self.sample))
        if rows:
            fit_to_texts(self.table, sample=self.sample, skip={self.stretch}, rows=rows)
            self.fill()

    def fill(self) -> None:
        """The stretching column takes the width left, but at least ``min_stretch`` pixels."""
        header = self.table.horizontalHeader()
        if self.stretch >= header.count():
            return
        others = sum(
            header.sectionSize(c) for c in range(header.count()) if c != self.stretch and not header.isSectionHidden(c)
        )
        header.resizeSection(self.stretch, max(self.min_stretch, self.table.viewport().width() - others))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fill()
        return False


def fit_to_texts(
    table: QTableView,
    *,
    sample: int = SIZE_SAMPLE_ROWS,
    skip: Collection[int] = (),
    widest: Mapping[int, int] | None = None,
    rows: range | None = None,
) -> None:
    """Each column's width (but those in ``skip``) from its header and the longest texts of the first
    ``sample`` rows, at most ``widest[column]`` (else :data:`_MAX_WIDTH`) pixels. With ``rows``, only
    those rows are measured and a column only widens (to fit an edited row).

    What ``resizeColumnsToContents`` does, for a fraction of its cost: it asks the model for every
    role of every sampled cell through the delegate (500 files of a batch: 8 ms for 40 rows)."""
    model = table.model()
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    padding = 2 * margin + 4  # the delegate's text margins, the grid line, a little air
    span = range(min(model.rowCount(), sample)) if rows is None else rows
    root = QModelIndex()
    for column in range(model.columnCount()):
        if column in skip or header.isSectionHidden(column):
            continue
        if isinstance(model, TableModel):  # its own texts: no trip through Qt per cell
            texts = model.column_texts(column, span)
        else:
            texts = [model.data(model.index(row, column, root), Qt.ItemDataRole.DisplayRole) for row in span]
        longest = sorted((str(t) for t in texts if t), key=len)[-_MEASURED:]
        width = max([header.sectionSizeHint(column)] + [metrics.horizontalAdvance(t) + padding for t in longest])
        width = min(width, (widest or {}).get(column, _MAX_WIDTH))
        if rows is not None:
            width = max(width, header.sectionSize(column))
        header.resizeSection(column, width)


def fit_columns(table: QTableView, stretch: int) -> ColumnFitter:
    """Keep ``table``'s columns fitted to their contents; column ``stretch`` takes the rest."""
    return ColumnFitter(table, stretch)
