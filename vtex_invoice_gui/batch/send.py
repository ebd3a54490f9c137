"""Sending a batch: every ``would-send`` row through the desk's one send flow (:mod:`~vtex_invoice_gui.sending.flow`).

Bounded and careful, as the issue asks:

- at most ``concurrency`` orders in flight (default 2), and never two sends for the same order
  (an order's rows go one after the other, in file order);
- return (Input) rows one at a time across the whole batch: VTEX loses simultaneous refunds;
- one ``429`` pauses every send for its ``Retry-After`` (a shared :class:`TokenBucket`, paused by
  the client's retry hook; the client itself waits and retries the request that got it);
- every send is journaled before it leaves (the flow refuses a client without the journal), and
  settled by re-reading the order as in the single flow;
- ``cancel`` stops before the next row; what is in flight finishes.

Running the same batch again resumes it: an invoice already on its order is ``already-on-order``
in the preview; one the journal holds from an earlier run is never posted twice: a confirmed row
is re-read, an unsettled one is reconciled, and only an invoice found absent is sent again, as the
desk's guarded resend. "Absent" needs the row's settle window to have closed, and this process
starts that window when it first sees the row; so such rows are looked at once (which starts
their windows, all at about the same time), set aside while the rest of the batch is sent, and
settled at the end, waiting out what is left of their windows together.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum

from ..journal import (
    Journal, JournalEntry, JournaledClient, JournalFilter, Operation, ReconcileOutcome, SendState, Verdict,
)
from ..journal.reconcile import reconcile_entry
from ..messages import Message, message_of
from ..sending.flow import (
    APPLY_TIMEOUT,
    Failed,
    NotYetShown,
    Outcome,
    Refused,
    SendRequest,
    Settled,
    Shown,
    invoice_request,
    send,
)
from ..worklist.rate import TokenBucket
from .preview import BatchRow, RowStatus

DEFAULT_CONCURRENCY = 2
#: Orders whose earlier, unsettled sends are waited for at once at the end (they only re-read).
MAX_SETTLING = 8
#: Sends per second at most (VTEX publishes no write limit; the desk stays far below the reads').
SEND_RATE = 10.0

MSG_NOT_SHOWN_YET = Message("batch.not_shown_yet")
MSG_NO_ANSWER = Message("batch.no_answer")
MSG_CANCELLED = Message("batch.cancelled")
MSG_EARLIER_RUN = Message("batch.earlier_run")
MSG_CONFIRMED_NOT_SHOWN = Message("batch.confirmed_not_shown")
MSG_STILL_SETTLING = Message("batch.still_settling")


def sent_before(journal: Journal, store: str) -> Callable[[str, int], str | None]:
    """For :class:`~.matching.OrderBook`: the order the journal sent invoice ``number`` of ``value``
    to (any row not known failed), so a batch run again finds orders that are invoiced now."""

    def lookup(number: str, value_cents: int) -> str | None:
        rows = journal.query(JournalFilter(store=store, invoice_number=number, operation=Operation.INVOICE), limit=50)
        orders = {r.order_id for r in rows if r.state is not SendState.FAILED and r.value_cents == value_cents}
        return orders.pop() if len(orders) == 1 else None

    return lookup


class SendStatus(StrEnum):
    """A sent row's status, as the report's ``status`` column says it."""

    SENT = "sent"
    ALREADY_ON_ORDER = "already-on-order"
    PENDING = "pending"  # sent (or maybe sent), VTEX does not show it yet: run again to settle it
    FAILED = "failed"
    SKIPPED = "skipped"  # cancelled before it was sent


@dataclass(frozen=True)
class SendResult:
    status: SendStatus
    receipt: str = ""
    message: Message | str = ""


Listener = Callable[[int, SendResult], None]


@dataclass(frozen=True)
class _Later:
    """A row whose earlier send is unsettled and still in its window: settled at the end."""

    request: SendRequest
    entry: JournalEntry


class BatchSender:
    """Sends a preview's ``would-send`` rows; :meth:`run` returns each one's result by row index."""

    def __init__(
        self,
        api: JournaledClient,
        *,
        window: float,
        concurrency: int = DEFAULT_CONCURRENCY,
        bucket: TokenBucket | None = None,
        settle_timeout: float = APPLY_TIMEOUT,
        cancel: threading.Event | None = None,
        on_start: Callable[[int], None] | None = None,
        on_result: Listener | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.api, self.window, self.concurrency = api, window, concurrency
        self.bucket = bucket if bucket is not None else TokenBucket(SEND_RATE, concurrency)
        self.settle_timeout = settle_timeout
        self.cancel = cancel if cancel is not None else threading.Event()
        self._on_start, self._on_result = on_start, on_result
        self._returns = threading.Lock()  # one refund at a time, batch-wide
        self._results: dict[int, SendResult] = {}
        self._later: dict[int, _Later] = {}
        self._lock = threading.Lock()

    def run(self, rows: Sequence[BatchRow]) -> dict[int, SendResult]:
        by_order: dict[str, list[int]] = {}
        for index, row in enumerate(rows):
            if row.status is RowStatus.WOULD_SEND:
                by_order.setdefault(row.order_id, []).append(index)
        self._in_pool(self.concurrency, self._order_rows, rows, list(by_order.values()))
        later: dict[str, list[int]] = {}
        for index in sorted(self._later):
            later.setdefault(rows[index].order_id, []).append(index)
        if later:
            self._in_pool(min(MAX_SETTLING, len(later)), self._settle_rows, rows, list(later.values()))
        return dict(sorted(self._results.items()))

    def _in_pool(
        self, size: int, work: Callable[[Sequence[BatchRow], list[int]], None], rows: Sequence[BatchRow],
        groups: list[list[int]],
    ) -> None:
        with ThreadPoolExecutor(size, thread_name_prefix="batch-send") as pool:
            for future in [pool.submit(work, rows, indexes) for indexes in groups]:
                future.result()  # a bug in a worker surfaces here, not silently

    def _order_rows(self, rows: Sequence[BatchRow], indexes: list[int]) -> None:
        for index in indexes:
            if self.cancel.is_set():
                self._done(index, SendResult(SendStatus.SKIPPED, message=MSG_CANCELLED))
                continue
            self.bucket.acquire()
            if self._on_start is not None:
                self._on_start(index)
            result = self._guarded(rows[index], lambda row=rows[index]: self.send_row(row))
            if isinstance(result, _Later):
                with self._lock:
                    self._later[index] = result
            else:
                self._done(index, result)

    def _settle_rows(self, rows: Sequence[BatchRow], indexes: list[int]) -> None:
        for index in indexes:
            later = self._later[index]
            if self.cancel.is_set():
                self._done(index, SendResult(SendStatus.PENDING, message=MSG_STILL_SETTLING.format(id=later.entry.id)))
                continue
            self._done(index, self._guarded(rows[index], lambda later=later: self._settle(later)))

    def _guarded(self, row: BatchRow, work: Callable[[], SendResult | _Later]) -> SendResult | _Later:
        """``work`` for ``row``: a return holds the batch's one refund slot; a surprise fails the row only."""
        try:
            if row.kind == "return":
                with self._returns:
                    return work()
            return work()
        except Exception as error:  # noqa: BLE001 - one row's surprise must not stop the batch
            return SendResult(SendStatus.FAILED, message=message_of(error))

    def _done(self, index: int, result: SendResult) -> None:
        with self._lock:
            self._results[index] = result
        if self._on_result is not None:
            self._on_result(index, result)

    # -- one row ------------------------------------------------------------------------------
    def send_row(self, row: BatchRow) -> SendResult | _Later:
        assert row.invoice is not None  # a would-send row has its body
        request = invoice_request(row.order_id, row.invoice)
        outcome = send(self.api, request, window=self.window, timeout=self.settle_timeout)
        if isinstance(outcome, Refused):  # the journal has it from an earlier run (or another desk)
            return self._resume(request, outcome.entry)
        return self._result(outcome)

    def _result(self, outcome: Outcome) -> SendResult:
        if isinstance(outcome, Shown):
            return SendResult(SendStatus.SENT, outcome.receipt.receipt)
        if isinstance(outcome, NotYetShown):
            return SendResult(SendStatus.PENDING, outcome.receipt.receipt, MSG_NOT_SHOWN_YET)
        if isinstance(outcome, Failed):
            words = " ".join(str(message_of(outcome.error)).split())
            if outcome.may_have_applied:
                return SendResult(SendStatus.PENDING, message=MSG_NO_ANSWER.format(problem=words))
            return SendResult(SendStatus.FAILED, message=words)
        if isinstance(outcome, Settled):
            if outcome.verdict.verdict is Verdict.CONFIRMED:
                return SendResult(SendStatus.ALREADY_ON_ORDER, message=outcome.verdict.message)
            return SendResult(SendStatus.PENDING, message=outcome.verdict.message)
        assert isinstance(outcome, Refused)
        return SendResult(SendStatus.FAILED, message=message_of(outcome.error))

    def _resume(self, request: SendRequest, entry: JournalEntry | None) -> SendResult | _Later:
        if entry is None:
            return SendResult(SendStatus.FAILED, message=MSG_STILL_SETTLING.format(id="?"))
        if entry.state is SendState.CONFIRMED:
            order = self.api.get_order(request.order_id)
            if request.shown(order):
                return SendResult(SendStatus.ALREADY_ON_ORDER, entry.receipt or "", MSG_EARLIER_RUN.format(id=entry.id))
            return SendResult(SendStatus.PENDING, entry.receipt or "", MSG_CONFIRMED_NOT_SHOWN.format(id=entry.id))
        check = reconcile_entry(self.api, self.api.journal, entry, timeout=self.window, wait=0)  # starts its window
        if check.verdict is Verdict.PENDING:
            return _Later(request, entry)
        return self._after_check(request, entry, check)

    def _settle(self, later: _Later) -> SendResult:
        check = reconcile_entry(self.api, self.api.journal, later.entry, timeout=self.window)
        return self._after_check(later.request, later.entry, check)

    def _after_check(self, request: SendRequest, entry: JournalEntry, check: ReconcileOutcome) -> SendResult:
        if check.verdict is Verdict.CONFIRMED:
            return SendResult(SendStatus.ALREADY_ON_ORDER, message=MSG_EARLIER_RUN.format(id=entry.id))
        if check.verdict is Verdict.NOT_FOUND:  # absent after its window: the guarded resend
            return self._result(
                send(self.api, request, replaces=entry.id, window=self.window, timeout=self.settle_timeout)
            )
        return SendResult(SendStatus.PENDING, message=check.message or MSG_STILL_SETTLING.format(id=entry.id))
