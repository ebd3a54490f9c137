"""The Qt side of one tab's sends: the core's flow (:mod:`vtex_invoice_gui.sending`) on workers.

Each sending tab (Invoice, Tracking number, Tracking events) *holds* one :class:`SendController`
(``tab.sender``). The controller runs :func:`~vtex_invoice_gui.sending.flow.post` and
:func:`~vtex_invoice_gui.sending.flow.settle` on the worker pool, keeps the lost-send state
(:class:`~vtex_invoice_gui.sending.lost.LostSend`: blocked until a reload, then the journal
check, again after a pause while VTEX may still apply it), is the only listener of the session's
``orderChanged`` for sending (it updates that state first, then tells the tab: ``orderRead``),
and turns outcomes into the error view, the receipt box and the status line. The tab supplies
only what differs (:class:`SendTab`): the request, and its wording.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ...fill import fill
from ...journal import Operation, ReconcileOutcome, Verdict
from ...sending.flow import (
    APPLY_TIMEOUT, Accepted, Failed, NotYetShown, Outcome, Refused, SendRequest, Settled, Shown, failure, post, settle,
)
from ...sending.lost import Key, LostSend, check_rows
from ...vtex import Order, Receipt
from ...vtex.api import OrdersApi
from ..history.model import entry_time
from ..order.session import OrderSession
from ..runtime.context import DeskContext
from ..text.core_text import translate
from ..text.error_text import ErrorText
from ..widgets.error_view import ErrorView
from ..widgets.receipt_view import ReceiptView
from .resend_confirm import confirm_resend


class SendTab(Protocol):
    """What a sending tab tells its controller: its wording, and what it does beyond the common."""

    def sending_text(self, number: str) -> str: ...  # the status line while it goes out
    def received_text(self, number: str) -> str: ...  # the receipt box's title
    def failure_context(self, number: str, order_id: str) -> str: ...
    def checked_subject(self, number: str) -> str: ...  # "Invoice NF1", for the check's notes
    def reread_context(self, order_id: str) -> str: ...
    def resend_what(self, request: SendRequest) -> str: ...  # for the "Send it again?" question
    def on_sent(self, request: SendRequest, receipt: Receipt) -> None: ...  # clear the form, notes
    def on_settled(self, request: SendRequest, shown: bool) -> None: ...  # notes, status
    def on_reread_failed(self, request: SendRequest) -> None: ...
    def on_failed(self, request: SendRequest, duplicate: str | None) -> None: ...
    def on_confirmed(self) -> None: ...  # the lost send did land (refill the form on the next read)
    def on_unjournaled(self, request: SendRequest, order: Order) -> None: ...  # lost, nothing journaled


class SendController(QObject):
    """One tab's sends (see the module docstring). ``changed``: the send gate may differ now;
    ``orderRead(order)``: the session's new read, after the send state took it in."""

    changed = Signal()
    orderRead = Signal(object)

    def __init__(
        self, ctx: DeskContext, session: OrderSession, tab: SendTab, widget: QWidget, errors: ErrorView,
        receipt: ReceiptView, status: Callable[[str], None] | None, operation: Operation,
    ) -> None:
        super().__init__(widget)
        self.ctx, self.session, self.tab, self.widget = ctx, session, tab, widget
        self.errors, self.receipt = errors, receipt
        self.status = status or (lambda _text: None)
        self.state = LostSend(operation)
        self.apply_timeout = APPLY_TIMEOUT
        self._lost: SendRequest | None = None  # the send whose answer was lost, until checked
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_check)
        self._text = ErrorText(self)
        session.orderChanged.connect(self._order_read)
        session.targetChanged.connect(self.changed)

    # -- the gate ---------------------------------------------------------------------------
    @property
    def in_flight(self) -> bool:
        return self.state.in_flight

    @property
    def needs_reload(self) -> bool:
        return self.state.needs_reload

    @property
    def checking(self) -> bool:
        return self.state.checking

    @property
    def can_send(self) -> bool:
        return not self.in_flight and not self.needs_reload and self.target_blocked() is None

    def target_blocked(self) -> str | None:
        """Why no send may go out now, whatever the tab: no journal, or the order field names another order."""
        return self.session.send_blocked()

    def blocked_reason(self, order_id: str) -> str | None:
        """Why this tab may not send to this order now (after :meth:`target_blocked`)."""
        store = self.ctx.store
        reason = self.state.blocked(store.id if store is not None else None, order_id)
        if reason == "in-flight":
            return self.tr("Sending…")
        if reason == "reload":
            return self.tr("The last send may have reached VTEX. Reload the order before sending again.")
        if reason == "pending" and self.state.waiting_for is not None:
            return translate(self.state.waiting_for.message)
        if reason == "checking":
            return self.tr("Checking whether the last send reached VTEX…")
        if reason == "check-failed":
            return self.tr("Could not check whether the last send reached VTEX. Reload the order to check again.")
        return None

    def _key(self, order_id: str, number: str | None) -> Key | None:
        store = self.ctx.store
        return (store.id, order_id, number or "") if store is not None else None

    # -- sending ----------------------------------------------------------------------------
    def begin(self) -> bool:
        """Claim the right to send; False when a send is in flight, a reload is due or the target is wrong."""
        if not self.can_send or not self.state.begin():
            return False
        self.changed.emit()
        return True

    def cancel(self) -> None:
        self.state.end()
        self.changed.emit()

    def send(self, request: SendRequest) -> None:
        """After :meth:`begin`: post ``request`` on a worker, then settle it on another."""
        key = self._key(request.order_id, request.invoice_number)
        replaces = self.state.replaces(self.ctx.journal, key) if key is not None else None
        if replaces is not None and request.asks_before_resend and not confirm_resend(
            self.widget, self.tab.resend_what(request)
        ):
            self.cancel()
            return
        self.status(self.tab.sending_text(request.invoice_number))
        window = self.ctx.apply_window

        def job(api: OrdersApi) -> Outcome:
            return post(api, request, replaces=replaces, window=window)

        name = {Operation.INVOICE: "send_invoice", Operation.TRACKING_NUMBER: "update_tracking_number"}
        self.ctx.call(
            job, succeeded=partial(self._posted, request, self.session.generation),
            failed=lambda error: self._posted(request, 0, failure(error)),
            name=name.get(request.operation, "update_tracking_status"),
        )

    def _posted(self, request: SendRequest, since: int, outcome: Outcome) -> None:
        number, order_id = request.invoice_number, request.order_id
        key = self._key(order_id, number)
        if isinstance(outcome, Accepted):
            self.state.end()
            if key is not None:
                self.state.sent(key, outcome.receipt)
            self.changed.emit()
            self.errors.clear()
            self.receipt.show_receipt(outcome.receipt, self.tab.received_text(number))
            self.tab.on_sent(request, outcome.receipt)
            timeout, receipt = self.apply_timeout, outcome.receipt
            self.ctx.call(
                lambda api: settle(api, request, receipt, timeout=timeout),
                succeeded=partial(self._settled, request, since),
                failed=lambda error: self._settled(request, since, NotYetShown(receipt, None, error)), name="wait_for",
            )
            return
        if isinstance(outcome, Settled):  # the re-read before resending found it after all
            self.cancel()
            self._checked(number, outcome.verdict)
            return
        lost = isinstance(outcome, Failed) and outcome.may_have_applied
        self.state.end(lost=key if lost else None, generation=self.session.generation)
        if lost:
            self._lost = request
        assert isinstance(outcome, (Failed, Refused))
        self.status("")
        self.errors.show_error(outcome.error, self.tab.failure_context(number, order_id))
        why = None
        if isinstance(outcome, Refused):  # the journal's guard: say why, and the way out
            why = self.refuse_duplicate(order_id, number) or translate(outcome.error)
        self.changed.emit()
        self.tab.on_failed(request, why)

    def _settled(self, request: SendRequest, since: int, result: Shown | NotYetShown) -> None:
        if result.order is None:
            self.tab.on_reread_failed(request)
            if result.error is not None:
                self.errors.show_error(result.error, self.tab.reread_context(request.order_id))
            return
        self.tab.on_settled(request, isinstance(result, Shown))
        self.session.refresh(result.order, since)

    # -- the duplicate guard, in words --------------------------------------------------------
    def refuse_duplicate(self, order_id: str, number: str, order: Order | None = None) -> str | None:
        """Why this invoice number may not go to this order, in plain words (None: it may), from
        ``order`` as read (when given) and the journal. An unsettled journal row of it (not known
        absent) is checked now: re-reading the order."""
        key = self._key(order_id, number)
        found = self.state.find_duplicate(self.ctx.journal, order, key) if key is not None else None
        if found is None:
            return None
        if found.kind == "on-order":
            text = self.tr(
                "Invoice {invoice} is already on this order. Use a new number; to add tracking to it, use the "
                "Tracking number tab."
            )
            return fill(text, invoice=number)
        if found.kind == "sent-now" and found.receipt is not None:
            text = self.tr(
                "Invoice {invoice} was sent to this order a moment ago (receipt {receipt}); VTEX may still be "
                "applying it. Reload the order instead of sending it again."
            )
            return fill(text, invoice=number, receipt=found.receipt.receipt)
        if found.kind == "in-flight":
            return fill(self.tr("Invoice {invoice} is being sent right now."), invoice=number)
        entry = found.entry
        assert entry is not None
        if found.kind == "confirmed":
            text = self.tr(
                "Invoice {invoice} was already sent to this order on {when} and VTEX confirmed it (journal #{entry}), so it "
                "is not sent twice. VTEX may still be showing it: reload the order. To replace an invoice, "
                "send a return (Input) and a new invoice with another number."
            )
        else:
            self.state.pending = key
            self.changed.emit()
            self.run_check()
            text = self.tr(
                "Invoice {invoice} was sent to this order on {when} (journal #{entry}), but VTEX's answer never arrived. "
                "The desk is re-reading the order to see whether it landed; if it did not, you can send "
                "it again."
            )
        return fill(text, invoice=number, when=entry_time(entry), entry=entry.id)

    # -- the lost send's check ----------------------------------------------------------------
    def _order_read(self, order: Order | None) -> None:
        store = self.ctx.store
        was = self.state.needs_reload
        due = self.state.order_read(
            store.id if store is not None else None, order.order_id if order else None, self.session.loaded_generation
        )
        if was != self.state.needs_reload:
            self.changed.emit()
        if due:
            self.run_check()
        self.orderRead.emit(order)

    def run_check(self) -> None:
        """Reconcile the lost write's unsettled journal rows now (on a worker)."""
        key = self.state.start_check()
        if key is None:
            return
        journal, operation, window = self.ctx.journal, self.state.operation, self.ctx.apply_window
        self.changed.emit()
        self.ctx.call(
            lambda api: check_rows(api, journal, key, operation, window),
            succeeded=partial(self._check_done, key), failed=self._check_failed, name="reconcile",
            store=self.ctx.profile(key[0]),
        )

    def _check_done(self, key: Key, outcomes: list[ReconcileOutcome]) -> None:
        final = self.state.check_done(key, outcomes)
        waiting = self.state.waiting_for
        if waiting is not None:  # VTEX may still apply it: check again after the pause
            self._timer.start(int(1000 * (waiting.retry_in or 0)))
        self.changed.emit()  # the gate line shows a PENDING verdict ("VTEX has not shown ... yet")
        if waiting is None:
            self._checked(key[2], final)

    def _check_failed(self, error: BaseException) -> None:
        self.state.check_failed()
        self.changed.emit()
        self.errors.show_error(error, self.tr("Checking the last send"))

    def _checked(self, number: str, outcome: ReconcileOutcome | None) -> None:
        request, self._lost = self._lost, None
        if outcome is None:  # nothing journaled for it: judge from the order just read
            order = self.session.order
            if request is not None and request.invoice_number == number and order is not None:
                self.tab.on_unjournaled(request, order)
            return
        note = self.note(self.tab.checked_subject(number), outcome)
        if outcome.verdict is Verdict.CONFIRMED:
            self.errors.clear()  # the red banner was about this send: it landed, nothing is wrong now
            self.tab.on_confirmed()
        if note:
            self.receipt.add_note(note)
            self.status(note)
        self.changed.emit()

    def note(self, what: str, outcome: ReconcileOutcome) -> str:
        """What the check found, for the receipt box (``what``: "Invoice NF1"...)."""
        if outcome.verdict is Verdict.PENDING:
            return translate(outcome.message)
        if outcome.verdict is Verdict.CONFIRMED:
            text = self.tr("{send} is on the order: the send did reach VTEX. Nothing more to do.")
        elif outcome.verdict is Verdict.NOT_FOUND:
            text = self.tr("{send} is not on the order: VTEX did not apply it. You can send it again.")
        else:
            reason = self._text.describe(outcome.error).headline if outcome.error else translate(outcome.message)
            text = self.tr("Could not check whether {send} reached VTEX ({reason}). Reload the order to check again.")
            return fill(text, send=what, reason=reason)
        return fill(text, send=what)
