"""Many sends, unattended: the one send flow (:mod:`.flow`) for a batch of invoices or a tracking import.

Bounded and careful, as the batch issues ask:

- at most ``concurrency`` orders in flight (default 2), and never two sends for the same order
  (an order's jobs go one after the other, in their order);
- refunds (return invoices) one at a time across the whole queue: VTEX loses simultaneous refunds;
- one ``429`` pauses every send for its ``Retry-After`` (a shared :class:`TokenBucket`, paused by
  the client's retry hook; the client itself waits and retries the request that got it);
- every send is journaled before it leaves (the flow refuses a client without the journal), and
  settled by re-reading the order as in the single flow;
- ``cancel`` stops before the next job; what is in flight finishes.

A job is one or more requests for one order, sent in turn (a tracking number, then its events);
a request that does not end ``sent`` or ``already-on-order`` stops its job.

Running the same work again resumes it: a write the journal holds from an earlier run is never
posted twice: a confirmed row is re-read, an unsettled one is reconciled, and only a write found
absent is sent again, as the desk's guarded resend. "Absent" needs the row's settle window to
have closed, and this process starts that window when it first sees the row; so such jobs are
looked at once (which starts their windows, all at about the same time), set aside while the
rest is sent, and settled at the end, waiting out what is left of their windows together.
"""

from __future__ import annotations

import threading
from datetime import datetime
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum

from ..journal import JournalEntry, JournaledClient, ReconcileOutcome, SendState, Verdict
from ..journal.reconcile import reconcile_entry
from ..messages import Message, message_of
from ..vtex.errors import VtexError
from ..worklist.rate import TokenBucket
from .flow import APPLY_TIMEOUT, Failed, NotYetShown, Outcome, Refused, SendRequest, Settled, Shown, send

DEFAULT_CONCURRENCY = 2
#: Sends per second at most (VTEX publishes no write limit; the desk stays far below the reads').
SEND_RATE = 10.0
#: Orders whose earlier, unsettled sends are waited for at once at the end (they only re-read).
MAX_SETTLING = 8

MSG_NOT_SHOWN_YET = Message("queue.not_shown_yet")
MSG_NO_ANSWER = Message("queue.no_answer")
MSG_CANCELLED = Message("queue.cancelled")
MSG_EARLIER_RUN = Message("queue.earlier_run")
MSG_CONFIRMED_NOT_SHOWN = Message("queue.confirmed_not_shown")
MSG_STILL_SETTLING = Message("queue.still_settling")
MSG_VTEX_SAYS = Message("queue.vtex_says")


class SendStatus(StrEnum):
    """A job's status, as the reports' ``status`` column says it."""

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


DONE = frozenset({SendStatus.SENT, SendStatus.ALREADY_ON_ORDER})


@dataclass(frozen=True)
class Job:
    """What to send for one row: ``requests`` to one order, in turn; ``refund``: a return invoice."""

    order_id: str
    requests: tuple[SendRequest, ...]
    refund: bool = False


@dataclass(frozen=True)
class _Later:
    """A job whose request ``step`` has an earlier send unsettled and in its window."""

    step: int
    entry: JournalEntry
    done: tuple[SendResult, ...]


Listener = Callable[[int, SendResult], None]


class SendQueue:
    """Sends jobs; :meth:`run` returns each job's result by its index (``None`` jobs are not sent)."""

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
        self._refunds = threading.Lock()  # one refund at a time, queue-wide
        self._results: dict[int, SendResult] = {}
        self._later: dict[int, _Later] = {}
        self._lock = threading.Lock()

    def run(self, jobs: Sequence[Job | None]) -> dict[int, SendResult]:
        by_order: dict[str, list[int]] = {}
        for index, job in enumerate(jobs):
            if job is not None:
                by_order.setdefault(job.order_id, []).append(index)
        self._in_pool(self.concurrency, self._first_pass, jobs, list(by_order.values()))
        later: dict[str, list[int]] = {}
        for index in sorted(self._later):
            job = jobs[index]
            assert job is not None
            later.setdefault(job.order_id, []).append(index)
        if later:
            self._in_pool(min(MAX_SETTLING, len(later)), self._settle_pass, jobs, list(later.values()))
        return dict(sorted(self._results.items()))

    def _in_pool(
        self, size: int, work: Callable[[Sequence[Job | None], list[int]], None], jobs: Sequence[Job | None],
        groups: list[list[int]],
    ) -> None:
        with ThreadPoolExecutor(size, thread_name_prefix="send-queue") as pool:
            for future in [pool.submit(work, jobs, indexes) for indexes in groups]:
                future.result()  # a bug in a worker surfaces here, not silently

    def _first_pass(self, jobs: Sequence[Job | None], indexes: list[int]) -> None:
        for index in indexes:
            job = jobs[index]
            assert job is not None
            if self.cancel.is_set():
                self._done(index, SendResult(SendStatus.SKIPPED, message=MSG_CANCELLED))
                continue
            self.bucket.acquire()
            if self._on_start is not None:
                self._on_start(index)
            result = self._guarded(job, lambda job=job: self._steps(job, 0, ()))
            if isinstance(result, _Later):
                with self._lock:
                    self._later[index] = result
            else:
                self._done(index, result)

    def _settle_pass(self, jobs: Sequence[Job | None], indexes: list[int]) -> None:
        for index in indexes:
            job, later = jobs[index], self._later[index]
            assert job is not None
            if self.cancel.is_set():
                self._done(index, SendResult(SendStatus.PENDING, message=MSG_STILL_SETTLING.format(id=later.entry.id)))
                continue
            self._done(index, self._guarded(job, lambda job=job, later=later: self._settle(job, later)))

    def _guarded(self, job: Job, work: Callable[[], SendResult | _Later]) -> SendResult | _Later:
        """``work`` for ``job``: a refund holds the queue's one refund slot; a surprise fails the job only."""
        try:
            if job.refund:
                with self._refunds:
                    return work()
            return work()
        except Exception as error:  # noqa: BLE001 - one job's surprise must not stop the queue
            return SendResult(SendStatus.FAILED, message=message_of(error))

    def _done(self, index: int, result: SendResult) -> None:
        with self._lock:
            self._results[index] = result
        if self._on_result is not None:
            self._on_result(index, result)

    # -- one job, request by request ------------------------------------------------------------
    def _steps(self, job: Job, start: int, done: tuple[SendResult, ...]) -> SendResult | _Later:
        for step in range(start, len(job.requests)):
            request = job.requests[step]
            outcome = send(self.api, request, window=self.window, timeout=self.settle_timeout)
            result = self._resume(request, outcome.entry) if isinstance(outcome, Refused) else self._result(outcome)
            if isinstance(result, _Later):
                return _Later(step, result.entry, done)
            done = (*done, result)
            if result.status not in DONE:
                break
        return _combined(done)

    def _settle(self, job: Job, later: _Later) -> SendResult | _Later:
        check = reconcile_entry(self.api, self.api.journal, later.entry, timeout=self.window)
        result = self._after_check(job.requests[later.step], later.entry, check)
        done = (*later.done, result)
        if result.status not in DONE:
            return _combined(done)
        return self._steps(job, later.step + 1, done)

    def _result(self, outcome: Outcome) -> SendResult:
        if isinstance(outcome, Shown):
            return SendResult(SendStatus.SENT, outcome.receipt.receipt)
        if isinstance(outcome, NotYetShown):
            return SendResult(SendStatus.PENDING, outcome.receipt.receipt, MSG_NOT_SHOWN_YET)
        if isinstance(outcome, Failed):
            why = _why(outcome.error)
            if outcome.may_have_applied:
                return SendResult(SendStatus.PENDING, message=MSG_NO_ANSWER.format(problem=why))
            return SendResult(SendStatus.FAILED, message=why)
        if isinstance(outcome, Settled):
            if outcome.verdict.verdict is Verdict.CONFIRMED:
                return SendResult(SendStatus.ALREADY_ON_ORDER, message=outcome.verdict.message)
            return SendResult(SendStatus.PENDING, message=outcome.verdict.message)
        assert isinstance(outcome, Refused)
        return SendResult(SendStatus.FAILED, message=message_of(outcome.error))

    def _resume(self, request: SendRequest, entry: JournalEntry | None) -> SendResult | _Later:
        """The journal refused ``request``: it has ``entry`` from an earlier run (or another desk)."""
        if entry is None:
            return SendResult(SendStatus.FAILED, message=MSG_STILL_SETTLING.format(id="?"))
        if entry.state is SendState.CONFIRMED:
            order = self.api.get_order(request.order_id)
            if request.shown(order):
                return SendResult(SendStatus.ALREADY_ON_ORDER, entry.receipt or "", MSG_EARLIER_RUN.format(id=entry.id))
            return SendResult(SendStatus.PENDING, entry.receipt or "", MSG_CONFIRMED_NOT_SHOWN.format(id=entry.id))
        check = reconcile_entry(self.api, self.api.journal, entry, timeout=self.window, wait=0)  # starts its window
        if check.verdict is Verdict.PENDING:
            return _Later(0, entry, ())
        return self._after_check(request, entry, check)

    def _after_check(self, request: SendRequest, entry: JournalEntry, check: ReconcileOutcome) -> SendResult:
        if check.verdict is Verdict.CONFIRMED:
            return SendResult(SendStatus.ALREADY_ON_ORDER, message=MSG_EARLIER_RUN.format(id=entry.id))
        if check.verdict is Verdict.NOT_FOUND:  # absent after its window: the guarded resend
            outcome = send(self.api, request, replaces=entry.id, window=self.window, timeout=self.settle_timeout)
            return self._result(outcome)
        return SendResult(SendStatus.PENDING, message=check.message or MSG_STILL_SETTLING.format(id=entry.id))


def _why(error: BaseException) -> Message | str:
    """Why a send failed, as a message the window words in the clerk's language: VTEX's own code
    and words are passed through untouched."""
    if isinstance(error, VtexError):
        said = " ".join(p for p in (error.code, error.vtex_message) if p)
        return MSG_VTEX_SAYS.format(summary=error.summary, said=said) if said else error.summary
    return message_of(error)


def batch_name(first: str, now: datetime | None = None) -> str:
    """The name a batch's journal rows carry (History shows it): its first file and the local time
    it started, e.g. ``day.zip · 2026-12-05 14:30``."""
    moment = (now or datetime.now().astimezone()).strftime("%Y-%m-%d %H:%M")
    return f"{first} · {moment}"


def _combined(done: tuple[SendResult, ...]) -> SendResult:
    """One result for a job's requests: the first that did not succeed, else sent (or already)."""
    for result in done:
        if result.status not in DONE:
            return result
    receipts = [r.receipt for r in done if r.receipt]
    status = SendStatus.SENT if any(r.status is SendStatus.SENT for r in done) else SendStatus.ALREADY_ON_ORDER
    message = next((r.message for r in done if r.message), "")
    return SendResult(status, receipts[-1] if receipts else "", message)
