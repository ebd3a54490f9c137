"""After a send that may have been applied, the tab's reload also settles its journal row.

:class:`SendCheck` belongs to one tab and one operation. After a may-have-applied failure
(``lost``) and the reload the tab's :class:`SendGuard` asks for, the journal's unsettled rows of that
write are reconciled on a worker (:func:`reconcile_entry`: re-read the order, confirmed or not on
it), so the tab can say whether it landed, and the next send from the form replaces the lost one
(``resend_of``; ``force`` for invoices) instead of being refused by the duplicate guard.

While the row's settle window runs (``PENDING``: VTEX may still apply it) the send stays blocked,
the tab says "VTEX has not shown ... yet; checking again in N s", and the check runs again on its
own after that pause; only a ``NOT_FOUND`` (a re-read after the window) lets it be sent again.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ...fill import fill
from ...journal import JournalError, JournalFilter, Operation, ReconcileOutcome, SendState, Verdict, reconcile_entry
from ...journal.models import UNSETTLED
from ..runtime.context import DeskContext, OrdersApi
from ..text.core_text import translate
from ..text.error_text import ErrorText
from ..history.model import entry_time
from ..order.session import OrderSession
from .guard import SendGuard

Key = tuple[str, str, str]  # store id, order id, invoice number ("" when none)


class SendCheck(QObject):
    """One tab's send whose answer was lost, settled from the journal on the next read of its order.

    ``lost(order, number)`` after a may-have-applied failure; once the guard's reload came in, the
    unsettled journal rows of that write are reconciled on a worker and ``settled(number, outcome)``
    tells the tab (``outcome`` is ``None`` when the journal had nothing unsettled for it).
    """

    changed = Signal()
    settled = Signal(str, object)
    failed = Signal(object)

    def __init__(
        self, ctx: DeskContext, session: OrderSession, guard: SendGuard, operation: Operation,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.session, self.guard, self.operation = ctx, session, guard, operation
        self._pending: Key | None = None
        self._running: Key | None = None
        self._cleared: dict[Key, set[int]] = {}  # rows found absent: the next send replaces them
        self._waiting_for: ReconcileOutcome | None = None  # the last PENDING verdict, while it holds
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run)
        self._text = ErrorText(self)
        session.orderChanged.connect(self._order_read)  # after the guard's own slot

    def _key(self, order_id: str, number: str | None) -> Key | None:
        store = self.ctx.store
        return (store.id, order_id, number or "") if store is not None else None

    @property
    def checking(self) -> bool:
        """A check runs, or its last verdict was PENDING and it runs again after a pause."""
        return self._running is not None or self._waiting_for is not None

    def waiting(self, order_id: str) -> bool:
        """A lost send to this order is not settled yet (checking, or the check could not run)."""
        store = self.ctx.store
        pending = self._pending
        return pending is not None and store is not None and pending[:2] == (store.id, order_id)

    def blocked_reason(self, order_id: str) -> str | None:
        """Why the tab may not send to this order yet (after the guard's own reload reason)."""
        if not self.waiting(order_id) or self.guard.needs_reload:
            return None
        if self._waiting_for is not None:
            return translate(self._waiting_for.message)
        if self.checking:
            return self.tr("Checking whether the last send reached VTEX…")
        return self.tr("Could not check whether the last send reached VTEX. Reload the order to check again.")

    def note(self, what: str, outcome: ReconcileOutcome | None) -> str:
        """What the check found, for the tab's receipt box (``what``: "Invoice NF1"...)."""
        if outcome is None:
            return ""
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

    def duplicate(self, order_id: str, number: str) -> str | None:
        """Why the journal would refuse this invoice number for this order, in plain words.

        A confirmed row: it is sent (use a new number). An unsettled one not yet found absent:
        it is checked now (re-reading the order), and may be sent again if it did not land.
        """
        key = self._key(order_id, number)
        if key is None:
            return None
        try:
            rows = self.ctx.journal.query(
                JournalFilter(store=key[0], order_id=order_id, invoice_number=number, operation=Operation.INVOICE),
                limit=20,
            )
        except JournalError:
            return None
        for entry in rows:
            when = entry_time(entry)
            if entry.state is SendState.CONFIRMED:
                text = self.tr(
                    "Invoice {invoice} was already sent to this order on {when} and VTEX confirmed it (journal "
                    "#{entry}), so it is not sent twice. VTEX may still be showing it: reload the order. To replace "
                    "an invoice, send a return (Input) and a new invoice with another number."
                )
            elif entry.state in UNSETTLED and entry.id not in self._cleared.get(key, set()):
                if self.ctx.journal.is_in_flight(entry.id):
                    return fill(self.tr("Invoice {invoice} is being sent right now."), invoice=number)
                self.lost(order_id, number)
                self.run()
                text = self.tr(
                    "Invoice {invoice} was sent to this order on {when} (journal #{entry}), but VTEX's answer "
                    "never arrived. The desk is re-reading the order to see whether it landed; if it did not, you "
                    "can send it again."
                )
            else:
                continue
            return fill(text, invoice=number, when=when, entry=entry.id)
        return None

    def lost(self, order_id: str, number: str | None) -> None:
        self._pending = self._key(order_id, number)
        self.changed.emit()

    def _order_read(self, order: Any) -> None:
        if order is None or self._pending is None or self._running is not None or self.guard.needs_reload:
            return
        if self.waiting(order.order_id):
            self.run()

    def run(self) -> None:
        """Reconcile the pending write's unsettled rows now (on a worker)."""
        key = self._pending
        if key is None or self._running is not None:
            return
        store_id, order_id, number = key
        journal, operation, window = self.ctx.journal, self.operation, self.ctx.apply_window

        def job(api: OrdersApi) -> list[ReconcileOutcome]:
            rows = [
                row for row in journal.pending_rows(store_id)
                if row.order_id == order_id and row.operation is operation and (row.invoice_number or "") == number
            ]
            return [reconcile_entry(api, journal, row, timeout=window, wait=0) for row in rows]

        self._running = key
        self.changed.emit()
        self.ctx.call(
            job, succeeded=partial(self._done, key), failed=partial(self._failed, key), name="reconcile",
            store=self.ctx.profile(store_id),
        )

    def _done(self, key: Key, outcomes: list[ReconcileOutcome]) -> None:
        self._running = None
        final: ReconcileOutcome | None = None
        settled = True
        by_verdict = {outcome.verdict: outcome for outcome in outcomes}  # the newest row of each verdict
        absent = {o.entry.id for o in outcomes if o.verdict is Verdict.NOT_FOUND}
        self._cleared.setdefault(key, set()).update(absent)
        self._waiting_for = None
        if Verdict.CONFIRMED in by_verdict:
            final = by_verdict[Verdict.CONFIRMED]
        elif Verdict.PENDING in by_verdict:  # VTEX may still apply it: check again after the pause
            final = self._waiting_for = by_verdict[Verdict.PENDING]
            settled = False
            self._timer.start(int(1000 * (final.retry_in or 0)))
        elif Verdict.NOT_FOUND in by_verdict:
            final = by_verdict[Verdict.NOT_FOUND]
        elif outcomes:
            final, settled = outcomes[-1], False  # could not check: keep asking on each reload
        if settled and self._pending == key:
            self._pending = None
        self.changed.emit()  # the tab's gate line shows a PENDING verdict ("VTEX has not shown ... yet")
        if self._waiting_for is None:
            self.settled.emit(key[2], final)

    def _failed(self, key: Key, error: BaseException) -> None:
        self._running = None
        self.changed.emit()
        self.failed.emit(error)

    def replaces(self, order_id: str, number: str | None) -> int | None:
        """The unsettled row the next send of this write replaces (``resend_of``), if any.

        Invoices: only a row that reconciliation found absent (any other unsettled row makes the
        journal refuse the send until it is checked). Tracking: the newest unsettled row, since
        the clerk's new send supersedes it either way.
        """
        key = self._key(order_id, number)
        if key is None:
            return None
        try:
            if self.operation is Operation.INVOICE:
                journal = self.ctx.journal
                absent = [row for row in sorted(self._cleared.get(key, ())) if journal.get(row).state in UNSETTLED]
                return absent[-1] if absent and not journal.is_in_flight(absent[-1]) else None
            rows = [
                r for r in self.ctx.journal.pending_rows(key[0])
                if r.order_id == order_id and r.operation is self.operation and (r.invoice_number or "") == key[2]
            ]
        except JournalError:
            return None
        return rows[-1].id if rows else None

    def sent(self, order_id: str, number: str | None) -> None:
        """A send of this write succeeded: nothing is pending for it any more."""
        key = self._key(order_id, number)
        self._cleared.pop(key, None)  # type: ignore[arg-type]
        self._waiting_for = None
        if key is not None and self._pending == key:
            self._pending = None
            self.changed.emit()
