"""Sending a tracking import: every ``would-send`` row as one job of the send queue
(:mod:`~vtex_invoice_gui.sending.queue`), as ``batch invoices`` does with its rows.

A row's job is the PATCH of its tracking number (when the invoice does not show it yet), then the
PUT of its events and delivery (when the row has some the invoice lacks), both built from the
bodies the preview checked. Rows the preview flagged are never sent. The queue does the careful
part: journaled, one send per order at a time, a 429 pausing every send, settled by re-reading the
order, and a run again on the same file resuming without sending anything twice.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..sending.flow import SendRequest, events_request, tracking_request
from ..sending.queue import Job, SendQueue, SendResult, SendStatus
from .results import RowResult, Status

__all__ = ["STATUS_OF", "apply_results", "job_for", "send_rows"]

#: The report's status for each send status.
STATUS_OF = {
    SendStatus.SENT: Status.SENT,
    SendStatus.ALREADY_ON_ORDER: Status.ALREADY,
    SendStatus.PENDING: Status.PENDING,
    SendStatus.FAILED: Status.FAILED,
    SendStatus.SKIPPED: Status.SKIPPED,
}


def job_for(result: RowResult) -> Job | None:
    """The send of a ``would-send`` row (None for any other row: nothing is sent that the preview
    did not show as ready)."""
    if result.status is not Status.WOULD_SEND or not result.order_id or not result.invoice_number:
        return None
    order, number = result.order_id, result.invoice_number
    requests: list[SendRequest] = []
    if result.tracking is not None:
        requests.append(tracking_request(order, number, result.tracking))
    if result.events is not None:
        requests.append(events_request(order, number, result.events, before=result.events_before))
    return Job(order, tuple(requests)) if requests else None


def apply_results(results: Sequence[RowResult], sent: dict[int, SendResult]) -> None:
    """Each sent row's status, receipt and words after the send (rows not sent keep the preview's)."""
    for index, outcome in sent.items():
        results[index].sent(STATUS_OF[outcome.status], outcome.receipt, outcome.message)


def send_rows(queue: SendQueue, results: Sequence[RowResult]) -> dict[int, SendResult]:
    """Send the rows' jobs through ``queue``; the rows are updated, and the queue's results returned by row index."""
    sent = queue.run([job_for(result) for result in results])
    apply_results(results, sent)
    return sent
