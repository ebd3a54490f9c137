"""The NF-e panel on the Invoice tab: what the XML filled, its warnings, the manual item mapping.

Inline and non-modal (not a dialog window): warnings never block, the form stays usable. The
core's findings (``nfe.mapping.Finding``) carry a message whose wording lives once, in
``wording/findings.py``; :func:`finding_text` translates it like every other core sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...fill import fill
from ...vtex import Order
from ..text.core_text import quantity_text, translate
from ..widgets.banner import Role, Tone, banner_colors, set_tone

if TYPE_CHECKING:  # the NF-e package loads with the first file, not at start-up
    from ...nfe.mapping import Finding, ItemMapping, LineMatch

#: Unmatched NF-e lines offered for manual mapping; past this, the NF-e is likely another order's.
MAX_MAPPING_ROWS = 20
#: Rows made per turn of the event loop (each a label and a combo of the order's items, ~1-4 ms):
#: twenty at once kept the window from painting for 20 ms.
ROWS_PER_TURN = 4
#: Warnings listed in the panel; the rest are counted.
MAX_WARNINGS = 12


def finding_text(finding: Finding) -> str:
    """A finding in the UI language: its message translated (``wording/findings.py``, ``CoreText``)."""
    return translate(finding.message)


def order_item_text(order: Order, index: int) -> str:
    item = order.items[index]
    parts = [item.id, item.name or ""]
    if item.ref_id:
        parts.append(f"ref {item.ref_id}")
    if item.ean:
        parts.append(f"EAN {item.ean}")
    return " · ".join(p for p in parts if p)


class NfeMappingRows(QWidget):
    """One combo of the order's items per NF-e line that matched nothing (or was mapped by hand).

    Twenty rows of a label and a combo take ~8 ms to build and show: :meth:`set_rows` builds them
    on the next turn of the event loop, after the form the NF-e filled has been painted
    (``pending`` until then), so neither step freezes the window for more than a frame.
    """

    assigned = Signal(int, object)  # NF-e line position, order index or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nfeMappingPanel")
        self.combos: dict[int, QComboBox] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 4, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self._wanted: tuple[ItemMapping | None, Order | None] = (None, None)
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._build)
        self._more_rows = QTimer(self, singleShot=True, interval=0)
        self._more_rows.timeout.connect(self._add_rows)
        self._left: list[LineMatch] = []  # rows still to add, on the next turns
        self._order: Order | None = None
        self._hidden_lines = 0
        self.hide()

    @property
    def pending(self) -> bool:
        """Rows asked for are not all built yet (they will be over the next turns of the event loop)."""
        return self._later.isActive() or self._more_rows.isActive()

    def set_rows(self, mapping: ItemMapping | None, order: Order | None) -> None:
        """Show the lines of ``mapping`` left for the clerk to map (soon); None clears them now."""
        self._wanted = (mapping, order)
        if mapping is None or order is None:
            self._later.stop()
            self._more_rows.stop()
            self._build()
        else:
            self._later.start()

    def _build(self) -> None:
        mapping, order = self._wanted
        self._more_rows.stop()
        self.hide()  # rows are added while hidden: one layout and polish when shown, not one per widget
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.combos = {}
        lines = []
        if mapping is not None and order is not None:
            from ...nfe.mapping import MatchedBy  # loaded by then: the NF-e was read and mapped

            lines = [line for line in mapping.lines if line.matched_by in (None, MatchedBy.MANUAL)]
        if lines:
            heading = QLabel(self.tr("Which order item is each of these NF-e lines?"), objectName="nfeMappingHeading")
            self._grid.addWidget(heading, 0, 0, 1, 2)
        self._left, self._order = lines[:MAX_MAPPING_ROWS], order
        self._hidden_lines = max(0, len(lines) - MAX_MAPPING_ROWS)
        self._add_rows()

    def _add_rows(self) -> None:
        """:data:`ROWS_PER_TURN` more rows; the panel shows once all are there."""
        order, left = self._order, self._left
        for _ in range(min(ROWS_PER_TURN, len(left))):
            assert order is not None
            self._add_row(len(self.combos) + 1, left.pop(0), order)
        if left:
            self._more_rows.start()
            return
        if self._hidden_lines:
            more = QLabel(objectName="nfeMappingMoreLabel")
            more.setWordWrap(True)
            more.setText(
                fill(
                    self.tr("{count} more NF-e lines match nothing on this order: is this the NF-e of this order?"),
                    count=self._hidden_lines,
                )
            )
            self._grid.addWidget(more, MAX_MAPPING_ROWS + 1, 0, 1, 2)
        self.setVisible(bool(self.combos))

    def _add_row(self, row: int, line: LineMatch, order: Order) -> None:
        item = line.item
        quantity = f"{quantity_text(item.quantity)} {item.unit or ''}".strip()
        label = QLabel(
            fill(
                self.tr("Line {line}: {code} {description} ({quantity})"),
                line=item.number,
                code=item.code,
                description=item.description,
                quantity=quantity,
            )
        )
        label.setWordWrap(True)
        combo = QComboBox(objectName=f"nfeMapCombo{line.position}")
        # sized from a typical length, not by measuring every item of the order (one per order line)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        combo.setAccessibleName(fill(self.tr("Order item for NF-e line {line}"), line=item.number))
        combo.addItem(self.tr("— leave it off the invoice —"), None)
        first = [i for i in line.candidates if 0 <= i < len(order.items)]
        for index in [*first, *(i for i in range(len(order.items)) if i not in first)]:
            if order.items[index].id:
                combo.addItem(order_item_text(order, index), index)
        combo.setCurrentIndex(max(combo.findData(line.order_index), 0) if line.order_index is not None else 0)
        combo.currentIndexChanged.connect(lambda _i, p=line.position, c=combo: self.assigned.emit(p, c.currentData()))
        label.setBuddy(combo)
        self._grid.addWidget(label, row, 0)
        self._grid.addWidget(combo, row, 1)
        self.combos[line.position] = combo


class NfePanel(QFrame):
    """Above the invoice form: busy, a refusal with its reason, or the fill with its warnings."""

    undoRequested = Signal()
    dismissRequested = Signal()
    danfeRequested = Signal()
    assigned = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nfePanel")
        self.setAccessibleName(self.tr("NF-e import"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.is_error = False
        self.title = QLabel(objectName="nfePanelTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel(objectName="nfePanelNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QLabel(objectName="nfeWarningsLabel")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tone(self.warnings, Tone.WARNING)
        self.mapping = NfeMappingRows()
        self.mapping.assigned.connect(self.assigned)
        self.undo_button = QPushButton(self.tr("Undo XML fill"), objectName="undoNfeButton")
        self.undo_button.setToolTip(self.tr("Put the form back as it was before the XML filled it"))
        self.undo_button.clicked.connect(self.undoRequested)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), objectName="dismissNfeButton")
        self.dismiss_button.clicked.connect(self.dismissRequested)
        self.danfe_button = QPushButton(self.tr("DANFE…"), objectName="nfeDanfeButton")
        self.danfe_button.setToolTip(self.tr("Preview, print or save the DANFE or the label of this NF-e"))
        self.danfe_button.clicked.connect(self.danfeRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.danfe_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        for widget in (self.title, self.note, self.warnings, self.mapping):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        colors = banner_colors(self.palette(), Role.ERROR if self.is_error else Role.INFO)
        painter = QPainter(self)
        rect = self.rect()
        painter.fillRect(rect, colors.background)
        painter.setPen(colors.border)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        bar = colors.accent if self.is_error else colors.border
        painter.fillRect(QRect(rect.left(), rect.top(), 4 if self.is_error else 1, rect.height()), bar)
        painter.end()

    def _show(self, error: bool, title: str, note: str = "") -> None:
        self.is_error = error
        self.update()  # the colours follow is_error (paintEvent)
        self.title.setText(title)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.show()

    def show_busy(self, title: str) -> None:
        self._show(False, title)
        self.set_warnings([])
        self.mapping.set_rows(None, None)
        self.undo_button.hide()
        self.dismiss_button.hide()
        self.danfe_button.hide()

    def show_problem(self, title: str, detail: str = "") -> None:
        """A file that was not used, or an action refused; the form was not touched."""
        self.show_busy(title)
        self._show(True, title, detail)
        self.dismiss_button.show()

    def show_filled(self, title: str, note: str, warnings: list[str], mapping: ItemMapping, order: Order) -> None:
        self._show(False, title, note)
        self.set_warnings(warnings)
        self.mapping.set_rows(mapping, order)
        self.undo_button.show()
        self.dismiss_button.show()
        self.danfe_button.show()

    def set_warnings(self, warnings: list[str]) -> None:
        shown = [f"⚠ {w}" for w in warnings[:MAX_WARNINGS]]
        if len(warnings) > MAX_WARNINGS:
            shown.append(fill(self.tr("… and {count} more"), count=len(warnings) - MAX_WARNINGS))
        self.warnings.setText("\n".join(shown))
        self.warnings.setVisible(bool(shown))

    def clear(self) -> None:
        self.mapping.set_rows(None, None)
        self.is_error = False
        self.hide()
