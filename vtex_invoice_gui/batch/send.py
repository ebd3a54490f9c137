"""Sending a batch: every ``would-send`` row as one job of the send queue (:mod:`~vtex_invoice_gui.sending.queue`).

The queue does the careful part (bounded, one send per order at a time, refunds one at a time, a
429 pausing all, journaled, settled, resumable); this module turns preview rows into its jobs, and
lets a batch run again find its orders through the journal (:func:`sent_before`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..journal import Journal, JournaledClient, JournalFilter, Operation, SendState
from ..sending.flow import invoice_request
from ..sending.queue import DEFAULT_CONCURRENCY, SEND_RATE, Job, SendQueue, SendResult, SendStatus
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
    """Sends a preview's ``would-send`` rows; :meth:`run` returns each one's result by row index.
    ``options`` are the send queue's (``window``, ``concurrency``, ``bucket``, ``cancel``, ...)."""

    def __init__(self, api: JournaledClient, **options: Any) -> None:
        self.queue = SendQueue(api, **options)
        self.cancel = self.queue.cancel

    def run(self, rows: Sequence[BatchRow]) -> dict[int, SendResult]:
        return self.queue.run([job_for(row) for row in rows])
