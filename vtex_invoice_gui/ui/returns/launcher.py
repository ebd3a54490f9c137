"""Returns in the window: the one return wizard, marks for return, and "one return at a time".

:class:`ReturnsDesk` is held by the main window. It opens the wizard for the order shown (from the
Invoice tab's Return… button or the Returns queue), refuses a second return while one is in flight
(VTEX can lose refunds sent together: KI 1154224), keeps the marks (``returns/marks.py``, in the
journal's file) and clears an order's mark once its return is sent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...returns import ReturnMarks, fully_invoiced, return_lines
from ...vtex import Order
from ..order.session import OrderSession
from ..runtime.context import DeskContext
from .wizard import ReturnWizard


class ReturnsDesk(QObject):
    marksChanged = Signal()

    def __init__(self, ctx: DeskContext, session: OrderSession, window: QWidget,
                 status: Callable[[str], None]) -> None:
        super().__init__(window)
        self.ctx, self.session, self.window, self.status = ctx, session, window, status
        self.wizard: ReturnWizard | None = None
        self._marks: ReturnMarks | None = None
        # Set by the window: whether the Invoice tab is sending a return (Input) right now.
        self.invoice_tab_returning: Callable[[], bool] = lambda: False

    # -- marks --------------------------------------------------------------------------------
    @property
    def marks(self) -> ReturnMarks:
        if self._marks is None:
            self._marks = ReturnMarks(self.ctx.journal.path)
            self.ctx.closers.append(self._marks.close)
        return self._marks

    def _store(self) -> str:
        store = self.ctx.store
        return store.id if store is not None else ""

    def marked_ids(self) -> list[str]:
        store = self._store()
        return self.marks.marked(store) if store else []

    def is_marked(self, order_id: str) -> bool:
        store = self._store()
        return bool(store) and self.marks.is_marked(store, order_id)

    def can_mark(self, order: Order | None) -> bool:
        """Only a fully invoiced order with something left to return can be marked."""
        return order is not None and fully_invoiced(order) and any(line.returnable for line in return_lines(order))

    def toggle_mark(self, order: Order) -> bool:
        """Mark (or unmark) ``order``; True when it is marked now."""
        store = self._store()
        if not store:
            return False
        if self.marks.is_marked(store, order.order_id):
            self.marks.clear(store, order.order_id)
            marked = False
        elif self.can_mark(order):
            self.marks.mark(store, order.order_id)
            marked = True
        else:
            return False
        self.marksChanged.emit()
        return marked

    def return_sent(self, order_id: str) -> None:
        """A return of ``order_id`` went out: its mark is done."""
        store = self._store()
        if store and self.marks.clear(store, order_id):
            self.marksChanged.emit()

    # -- the wizard ---------------------------------------------------------------------------
    def in_flight(self) -> bool:
        wizard = self.wizard
        return wizard is not None and wizard.sender.in_flight

    def other_return_in_flight(self, asking: object) -> bool:
        """For the wizard: is a return going out from elsewhere (the Invoice tab)?"""
        return self.invoice_tab_returning()

    def open_wizard(self) -> bool:
        """The wizard for the order shown; refused (status line) while another return is in flight."""
        order = self.session.order
        if order is None:
            self.status(self.tr("Load an order first."))
            return False
        if not return_lines(order):
            self.status(self.tr("Nothing was invoiced on this order: there is nothing to return."))
            return False
        wizard = self.wizard
        if wizard is not None:
            if wizard.sender.in_flight and wizard.order_id != order.order_id:
                self.status(self.tr(
                    "A return is being sent. Returns go one at a time (VTEX can lose refunds sent together): "
                    "wait for it to finish."))
                wizard.raise_()
                return False
        else:
            wizard = ReturnWizard(self.ctx, self.session, self, self.window)
            self.wizard = wizard
        if wizard.order_id != order.order_id or wizard.sent_number is not None or not wizard.isVisible():
            wizard.start(order)
        wizard.show()
        wizard.raise_()
        wizard.activateWindow()
        return True
