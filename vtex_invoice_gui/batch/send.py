"""Sending a batch: every ``would-send`` row as one job of the send queue (:mod:`~vtex_invoice_gui.sending.queue`).

The queue does the careful part (bounded, one send per order at a time, refunds one at a time, a
429 pausing all, journaled, settled, resumable); this module turns preview rows into its jobs, and
lets a batch run again find its orders through the journal (:func:`sent_before`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from ..journal import Journal, JournaledClient, JournalFilter, Operation, SendState
from ..sending.flow import APPLY_TIMEOUT, invoice_request
from ..sending.queue import DEFAULT_CONCURRENCY, SEND_RATE, Job, Listener, SendQueue, SendResult, SendStatus
from ..worklist.rate import TokenBucket
from .preview import BatchRow, RowStatus

__all__ = ["DEFAULT_CONCURRENCY", "SEND_RATE", "BatchSender", "SendResult", "SendStatus", "job_for", "sent_before"]


def sent_before(journal: Journal, store: str) -> Callable[[str, int], str | None]:
    """For :class:`~.matching.OrderBook`: the order the journal sent invoice ``number`` of ``value``
    to (any row not known failed), so a batch run again finds orders that are invoiced now."""

    def lookup(number: str, value_cents: int) -> str | None:
        rows = journal.query(JournalFilter(store=store, invoice_number=number, operation=Operation.INVOICE), limit=50)
        orders = {r.order_id for r in rows if r.state is not SendState.FAILED and r.value_cents == value_cents}
        return orders.pop() if len(orders) == 1 else None

    return lookup


def job_for(row: BatchRow) -> Job | None:
    """The send of a ``would-send`` row (None for any other row: nothing is sent that the preview
    did not show as ready)."""
    if row.status is not RowStatus.WOULD_SEND or row.invoice is None:
        return None
    return Job(row.order_id, (invoice_request(row.order_id, row.invoice),), refund=row.kind == "return")


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
        self.queue = SendQueue(
            api, window=window, concurrency=concurrency, bucket=bucket, settle_timeout=settle_timeout,
            cancel=cancel, on_start=on_start, on_result=on_result,
        )  # fmt: skip
        self.cancel = self.queue.cancel

    def run(self, rows: Sequence[BatchRow]) -> dict[int, SendResult]:
        return self.queue.run([job_for(row) for row in rows])
