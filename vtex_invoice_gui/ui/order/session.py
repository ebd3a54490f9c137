"""The order the clerk is working on, shared by the order panel and every tab."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from ...fill import fill
from ...vtex import Order
from ...vtex.api import OrdersApi
from ..runtime.context import DeskContext
from ..text.core_text import translate
from ..runtime.workers import Latest


#: How long an order replaced on screen is kept before it is freed: past the new one's paint.
RETIRE_MS = 200


class OrderSession(QObject):
    """Loads orders on a worker and tells everyone which order is current.

    ``orderChanged(order)`` carries the latest read (or None); ``aboutToChange()`` comes just before
    it, while the tabs still show the previous read (drafts save pending edits then). Answers to
    loads that are not the latest are dropped. ``generation`` counts fresh reads, so a tab can ask "has the order been
    read again since my send failed?".
    """

    orderChanged = Signal(object)
    aboutToChange = Signal()
    loadingChanged = Signal(bool)
    failed = Signal(object, str)  # error, what was being done
    busyChanged = Signal(bool)  # start handling in flight
    targetChanged = Signal()  # the order field's text changed: sending may be blocked or allowed now

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order: Order | None = None
        self.generation = 0  # bumped on each load that *starts*
        self.loaded_generation = 0  # the generation of the read now shown
        self.requested_id = ""
        # What the order field shows (None: no field, as in tests that build a tab alone).
        self.typed_id: str | None = None
        self._loaded_as = ""  # the id the shown order was loaded by (``seq12345`` finds another id)
        self._latest = Latest()
        self._loading = False
        # The orders replaced on screen, freed in a turn of their own (see _show).
        self._retired: list[Order] = []
        self._free_timer = QTimer(self, singleShot=True, interval=RETIRE_MS)
        self._free_timer.timeout.connect(self._retired.clear)

    @property
    def loading(self) -> bool:
        return self._loading

    def load(self, order_id: str) -> None:
        order_id = order_id.strip()
        self.requested_id = order_id
        token = self._latest.next()
        self.generation += 1
        generation = self.generation
        self._set_loading(True)
        self.targetChanged.emit()  # the gates say "Loading order…", not "the field shows another order"
        self.ctx.call(
            lambda api: api.get_order(order_id),
            succeeded=partial(self._loaded, token, generation, order_id),
            failed=partial(self._failed, token, order_id),
            name="get_order",
        )

    def reload(self) -> None:
        order_id = self.order.order_id if self.order else self.requested_id
        if order_id:
            self.load(order_id)

    def set_order(self, order: Order | None) -> None:
        """A fresh read made elsewhere (after a send): it becomes current, older loads go stale."""
        if order is None or self.order is None or order.order_id != self.order.order_id:
            self._loaded_as = order.order_id if order is not None else ""
        self._latest.invalidate()
        self.generation += 1
        self.loaded_generation = self.generation
        self._set_loading(False)
        self._show(order)

    def refresh(self, order: Order, since: int) -> bool:
        """Show a read made after a send that started at generation ``since``, unless the clerk
        loaded something else (or switched store) meanwhile: never yank them back to an old order."""
        if self.generation != since:
            return False
        self.set_order(order)
        return True

    def clear(self) -> None:
        """Forget the order (the store changed)."""
        self.requested_id = ""
        self.set_order(None)

    # -- what a send goes to ------------------------------------------------------------------
    def set_typed(self, text: str) -> None:
        """The order field now shows ``text`` (the order panel tells on every change)."""
        text = text.strip()
        if text != self.typed_id:
            self.typed_id = text
            self.targetChanged.emit()

    def other_order_typed(self) -> str | None:
        """The order field's text when it names another order than the one shown (a send would go
        to the shown one, not to what the field says), else None."""
        order, typed = self.order, self.typed_id
        if order is None or typed is None or typed in (order.order_id, self._loaded_as):
            return None
        return typed

    def send_blocked(self) -> str | None:
        """Why no write may go out now, from any tab: no journal this session, or the order field
        and the order shown differ. The same check runs again when a send starts."""
        problem = self.ctx.sending_blocked
        if problem:
            return translate(problem)
        typed = self.other_order_typed()
        if typed is None:
            return None
        if self._loading and typed == self.requested_id:
            # Short, and of one line: the form does not jump while the order it will be for loads.
            return fill(self.tr("Loading order {order}…"), order=typed)
        shown = self.order.order_id if self.order is not None else ""
        if not typed:
            text = self.tr(
                "The order field is empty but the form is for order {shown}: type {shown} back before sending."
            )
        else:
            text = self.tr(
                "The order field shows {typed} but the form is for order {shown}: load {typed}, or type {shown} "
                "back, before sending."
            )
        return fill(text, typed=typed, shown=shown)

    def start_handling(self) -> None:
        if self.order is None or self.send_blocked() is not None:
            return
        order_id = self.order.order_id

        def job(api: OrdersApi) -> Order:
            api.start_handling(order_id)
            return api.get_order(order_id)

        self.busyChanged.emit(True)
        self.ctx.call(
            job, succeeded=self._handled, failed=partial(self._handling_failed, order_id), name="start_handling"
        )

    # -- answers ----------------------------------------------------------------------------
    def _set_loading(self, on: bool) -> None:
        if on != self._loading:
            self._loading = on
            self.loadingChanged.emit(on)

    def _loaded(self, token: int, generation: int, requested: str, order: Order) -> None:
        if not self._latest.is_current(token):
            return
        self._set_loading(False)
        self.loaded_generation = generation
        self._loaded_as = requested
        self._show(order)

    def _show(self, order: Order | None) -> None:
        self.aboutToChange.emit()
        previous, self.order = self.order, order
        self.orderChanged.emit(order)
        if previous is not None and previous is not order:
            # Held a moment longer: the tabs dropped their references to it while showing the new
            # one, and the last one to go would have freed it there, in the show's own turn (a
            # 1 MB order's objects take ~2 ms to free). Freed in a turn of its own instead.
            self._retired.append(previous)
            if not self._free_timer.isActive():  # restarted, it would never fire while orders keep coming
                self._free_timer.start()

    def _failed(self, token: int, order_id: str, error: BaseException) -> None:
        if not self._latest.is_current(token):
            return
        self._set_loading(False)
        self.targetChanged.emit()  # the field shows another order than the form's again
        context = fill(self.tr("Loading order {order}"), order=order_id)
        self.failed.emit(error, context)

    def _handled(self, order: Order) -> None:  # the journal keeps the write (History)
        self.busyChanged.emit(False)
        self.set_order(order)

    def _handling_failed(self, order_id: str, error: BaseException) -> None:
        self.busyChanged.emit(False)
        self.failed.emit(error, fill(self.tr("Starting handling of order {order}"), order=order_id))
