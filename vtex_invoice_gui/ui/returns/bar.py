"""The Invoice tab's returns row ("Return…", "Mark for return"), and the window's returns wiring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...returns import return_lines
from ...vtex import Order
from .launcher import ReturnsDesk

__all__ = ["ReturnsBar", "ReturnsDesk", "wire_returns"]

if TYPE_CHECKING:
    from ..invoice.tab import InvoiceTab
    from ..worklist.panel import WorklistPanel


class ReturnsBar(QWidget):
    def __init__(self, desk: ReturnsDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnsBar")
        self.desk = desk
        self.return_button = QPushButton(self.tr("Return…"), objectName="returnButton")
        self.return_button.setToolTip(self.tr("Send a return (Input) invoice: pick the items, see the refund rules"))
        self.return_button.clicked.connect(desk.open_wizard)
        self.mark_button = QPushButton(self.tr("Mark for return"), objectName="markReturnButton")
        self.mark_button.setToolTip(self.tr("Keep this order in the Returns queue until its return is sent"))
        self.mark_button.clicked.connect(self._toggle)
        self.mark_label = QLabel(objectName="returnMarkLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mark_label, 1)
        layout.addWidget(self.mark_button)
        layout.addWidget(self.return_button)
        desk.session.orderChanged.connect(self.show_order)
        desk.marksChanged.connect(lambda: self.show_order(desk.session.order))
        self.show_order(desk.session.order)

    def show_order(self, order: Order | None) -> None:
        returnable = order is not None and any(line.returnable for line in return_lines(order))
        self.return_button.setEnabled(returnable)
        marked = order is not None and self.desk.is_marked(order.order_id)
        self.mark_button.setText(self.tr("Unmark for return") if marked else self.tr("Mark for return"))
        self.mark_button.setEnabled(marked or self.desk.can_mark(order))
        self.mark_label.setText(self.tr("Marked for return: it stays in the Returns queue until its return is sent.")
                                if marked else "")

    def _toggle(self) -> None:
        order = self.desk.session.order
        if order is not None:
            self.desk.toggle_mark(order)


def wire_returns(desk: ReturnsDesk, tab: InvoiceTab, panel: WorklistPanel) -> ReturnsBar:
    """Put the returns row on the Invoice tab, keep one return at a time between the tab and the
    wizard, show marked orders in the Returns queue, and open the wizard from it."""
    bar = ReturnsBar(desk, tab)
    tab.add_bar(bar)
    tab.returns_busy = desk.in_flight
    desk.invoice_tab_returning = lambda: tab.sender.in_flight and tab.form.invoice_type == "Input"
    tab.sent.connect(lambda request: desk.return_sent(request.order_id)
                     if getattr(request.payload, "type", None) == "Input" else None)
    panel.marked = desk.marked_ids
    desk.marksChanged.connect(panel.marks_changed)
    waiting: list[str] = []  # an order opened from the Returns queue, whose wizard opens once it is read

    def open_return(order_id: str) -> None:
        order = desk.session.order
        if order is not None and order.order_id == order_id:
            desk.open_wizard()
            return
        waiting[:] = [order_id]
        panel.openOrder.emit(order_id)  # the window opens it, as from the queue

    def order_read(order: object) -> None:
        if waiting and getattr(order, "order_id", None) == waiting[0]:
            waiting.clear()
            desk.open_wizard()

    panel.openReturn.connect(open_return)
    desk.session.orderChanged.connect(order_read)
    return bar
