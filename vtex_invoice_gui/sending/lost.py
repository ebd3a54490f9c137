"""A send whose answer was lost: when may the clerk send again? Plain state, no Qt, no timers.

After a failure that may have been applied (no answer to a POST, a 5xx on a write) sending is
blocked until the order has been read again by a read that *started* after the failure
(``generation``); that read's adapter then reconciles the write's unsettled journal rows
(:func:`check_rows`, on a worker): ``CONFIRMED`` (it landed), ``NOT_FOUND`` (after the settle
window: the next send replaces it, ``resend_of`` / ``force``), ``PENDING`` (VTEX may still apply it:
wait ``retry_in`` s and check again), or an error (check again on the next reload).

:func:`find_duplicate` is the pure "was this invoice number sent to this order already?" the tab
asks before it shows the confirmation; the journal's own guard still refuses at send time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..journal import Journal, JournalEntry, JournalError, JournalFilter, Operation, ReconcileOutcome, SendState, Verdict
from ..journal.models import UNSETTLED
from ..journal.reconcile import reconcile_entry
from ..vtex import Order, Receipt
from ..vtex.api import OrdersApi

Key = tuple[str, str, str]  # store id, order id, invoice number ("" when none)


def check_rows(api: OrdersApi, journal: Journal, key: Key, operation: Operation, window: float) -> list[ReconcileOutcome]:
    """Re-read the order once for each unsettled journal row of this write (a worker job)."""
    store_id, order_id, number = key
    rows = [
        row for row in journal.pending_rows(store_id)
        if row.order_id == order_id and row.operation is operation and (row.invoice_number or "") == number
    ]
    return [reconcile_entry(api, journal, row, timeout=window, wait=0) for row in rows]


@dataclass(frozen=True)
class Duplicate:
    """Why this invoice number may not go to this order: ``kind`` is ``on-order`` (VTEX shows it),
    ``sent-now`` (sent this session: ``receipt``), ``confirmed`` / ``in-flight`` / ``unsettled``
    (a journal ``entry``; an unsettled one is checked before it may be sent again)."""

    kind: str
    entry: JournalEntry | None = None
    receipt: Receipt | None = None


@dataclass
class LostSend:
    """One tab's (one operation's) send state: in flight, lost and waiting for a check, or free."""

    operation: Operation
    in_flight: bool = False
    blocked_at: int | None = None  # the read generation when an ambiguous failure happened
    pending: Key | None = None  # the lost write not settled yet
    running: Key | None = None  # a check of it runs now
    waiting_for: ReconcileOutcome | None = None  # the last PENDING verdict, while it holds
    cleared: dict[Key, set[int]] = field(default_factory=dict)  # rows found absent: the next send replaces them
    sent_now: dict[tuple[str, str], Receipt] = field(default_factory=dict)  # (order, number) -> receipt

    # -- what the tab may do ------------------------------------------------------------------
    @property
    def needs_reload(self) -> bool:
        return self.blocked_at is not None

    @property
    def checking(self) -> bool:
        """A check runs, or its last verdict was PENDING and it runs again after a pause."""
        return self.running is not None or self.waiting_for is not None

    def waiting(self, store_id: str | None, order_id: str) -> bool:
        """A lost send to this order is not settled yet (checking, or the check could not run)."""
        return self.pending is not None and store_id is not None and self.pending[:2] == (store_id, order_id)

    def blocked(self, store_id: str | None, order_id: str) -> str | None:
        """Why no send may go out: ``in-flight``, ``reload``, ``pending`` (see :attr:`waiting_for`),
        ``checking``, ``check-failed``; None when free."""
        if self.in_flight:
            return "in-flight"
        if self.needs_reload:
            return "reload"
        if not self.waiting(store_id, order_id):
            return None
        if self.waiting_for is not None:
            return "pending"
        return "checking" if self.checking else "check-failed"

    # -- events ---------------------------------------------------------------------------------
    def begin(self) -> bool:
        if self.in_flight or self.needs_reload:
            return False
        self.in_flight = True
        return True

    def end(self, *, lost: Key | None = None, generation: int = 0) -> None:
        """The send finished; ``lost``: its answer was lost (may have been applied) at ``generation``."""
        self.in_flight = False
        if lost is not None:
            self.blocked_at = generation
            self.pending = lost

    def order_read(self, store_id: str | None, order_id: str | None, loaded_generation: int) -> bool:
        """A read of the order came in; True when the lost send's check should start now."""
        if self.blocked_at is not None and loaded_generation > self.blocked_at:
            self.blocked_at = None
        if order_id is None or self.pending is None or self.running is not None or self.needs_reload:
            return False
        return self.waiting(store_id, order_id)

    def start_check(self) -> Key | None:
        if self.pending is None or self.running is not None:
            return None
        self.running = self.pending
        return self.running

    def check_done(self, key: Key, outcomes: list[ReconcileOutcome]) -> ReconcileOutcome | None:
        """What the check found: the newest row of the strongest verdict (CONFIRMED, PENDING,
        NOT_FOUND), else the last outcome (could not check: ask again on each reload)."""
        self.running = None
        by_verdict = {outcome.verdict: outcome for outcome in outcomes}
        self.cleared.setdefault(key, set()).update(o.entry.id for o in outcomes if o.verdict is Verdict.NOT_FOUND)
        self.waiting_for = None
        final, settled = None, True
        if Verdict.CONFIRMED in by_verdict:
            final = by_verdict[Verdict.CONFIRMED]
        elif Verdict.PENDING in by_verdict:
            final = self.waiting_for = by_verdict[Verdict.PENDING]
            settled = False
        elif Verdict.NOT_FOUND in by_verdict:
            final = by_verdict[Verdict.NOT_FOUND]
        elif outcomes:
            final, settled = outcomes[-1], False
        if settled and self.pending == key:
            self.pending = None
        return final

    def check_failed(self) -> None:
        self.running = None

    def sent(self, key: Key, receipt: Receipt) -> None:
        """A send of this write succeeded: nothing is pending for it any more."""
        self.cleared.pop(key, None)
        self.waiting_for = None
        self.sent_now[key[1:]] = receipt
        if self.pending == key:
            self.pending = None

    def replaces(self, journal: Journal, key: Key) -> int | None:
        """The unsettled row the next send of this write replaces (``resend_of``), if any.

        Invoices: only a row that reconciliation found absent (any other unsettled row makes the
        journal refuse the send until it is checked). Tracking: the newest unsettled row, since
        the clerk's new send supersedes it either way.
        """
        try:
            if self.operation is Operation.INVOICE:
                absent = [row for row in sorted(self.cleared.get(key, ())) if journal.get(row).state in UNSETTLED]
                return absent[-1] if absent and not journal.is_in_flight(absent[-1]) else None
            rows = [
                r for r in journal.pending_rows(key[0])
                if r.order_id == key[1] and r.operation is self.operation and (r.invoice_number or "") == key[2]
            ]
        except JournalError:
            return None
        return rows[-1].id if rows else None

    def find_duplicate(self, journal: Journal, order: Order | None, key: Key) -> Duplicate | None:
        """As :func:`find_duplicate`, with what this state knows (sent this session, found absent)."""
        sent = self.sent_now.get(key[1:]) if order is not None else None
        return find_duplicate(journal, order, key, sent=sent, cleared=self.cleared.get(key, set()))

def find_duplicate(
    journal: Journal, order: Order | None, key: Key, *, sent: Receipt | None = None,
    cleared: set[int] | frozenset[int] = frozenset(),
) -> Duplicate | None:
    """Whether invoice ``key[2]`` may not go to this order: on it already (``order``; None: ask the
    journal only), sent this session (``sent``), or a journal row (confirmed; in flight; unsettled
    and not found absent: ``cleared``)."""
    store_id, order_id, number = key
    if order is not None and order.package(number) is not None:
        return Duplicate("on-order")
    if sent is not None:
        return Duplicate("sent-now", receipt=sent)
    try:
        rows = journal.query(
            JournalFilter(store=store_id, order_id=order_id, invoice_number=number, operation=Operation.INVOICE), limit=20
        )
    except JournalError:
        return None
    for entry in rows:
        if entry.state is SendState.CONFIRMED:
            return Duplicate("confirmed", entry)
        if entry.state in UNSETTLED and entry.id not in cleared:
            return Duplicate("in-flight" if journal.is_in_flight(entry.id) else "unsettled", entry)
    return None
