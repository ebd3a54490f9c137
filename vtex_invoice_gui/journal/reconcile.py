"""Settle sends whose outcome is unknown by re-reading the order, never by posting again blindly.

A row is unsettled when it is ``pending`` or ``sent`` (the app stopped around the request) or
``unknown`` (timeout, dropped connection, 5xx). :func:`reconcile_entry` re-reads the order and
decides: the write is visible -> ``confirmed`` (no receipt; note "confirmed by re-reading the
order"); it is not -> the row stays (or becomes) ``unknown`` and the verdict is ``NOT_FOUND``, so
the clerk can be offered :func:`resend`, which re-posts the stored body as a new row.

VTEX applies invoices asynchronously (seconds), so "not on the order" is only concluded after the
apply window (``timeout``, counted from when the row's request went out) has passed: a row sent
long ago gets one read, a row sent a moment ago is re-read until the window closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from ..vtex.errors import NotFoundError, VtexError
from ..vtex.order import Order
from ..vtex.payloads import InvoiceNotification, TrackingInfo, TrackingStatus
from .client import JournaledClient, OmsLike
from .errors import JournalStateError
from .models import DEFAULT_APPLY_WINDOW_S, UNSETTLED, JournalEntry, Operation, utc_now
from .store import Journal

CONFIRMED_NOTE = "confirmed by re-reading the order"
_HANDLED_STATUSES = frozenset({"handling", "ready-for-invoicing", "invoice", "invoiced"})


class Verdict(StrEnum):
    CONFIRMED = "confirmed"  # the write is on the order: the row is confirmed, nothing re-sent
    NOT_FOUND = "not-found"  # not on the order after the apply window: the clerk may send again
    RESENT = "resent"  # resend(): posted again as a new row (``ReconcileOutcome.new_entry``)
    ERROR = "error"  # the order could not be read; the row is unchanged, try again later
    SKIPPED = "skipped"  # no client for its store, or its request is still in flight here


@dataclass(frozen=True)
class ReconcileOutcome:
    """What reconciliation decided for one row, with a sentence for the clerk."""

    entry: JournalEntry
    verdict: Verdict
    message: str
    new_entry: JournalEntry | None = None
    error: BaseException | None = None


def is_applied(entry: JournalEntry, order: Order) -> bool:
    """Whether ``order`` shows the write that ``entry`` journaled."""
    body = entry.body or {}
    if entry.operation is Operation.START_HANDLING:
        return (order.status or "") in _HANDLED_STATUSES
    package = order.package(entry.invoice_number or "")
    if package is None:
        return False
    if entry.operation is Operation.INVOICE:
        return True
    if entry.operation is Operation.TRACKING_NUMBER:
        return package.tracking_number == body.get("trackingNumber")
    # Tracking events: every sent event is there (same description, same day), and delivery if sent.
    on_order = [((event.description or "").strip(), (event.create_date or "")[:10]) for event in package.events]
    for event in body.get("events") or []:
        description = str(event.get("description", "")).strip()
        day = str(event.get("date", ""))[:10]
        if not any(seen == description and (not when or when == day) for seen, when in on_order):
            return False
    return not body.get("isDelivered") or package.delivered


def _wait_left(entry: JournalEntry, window: float) -> float:
    """How much of the apply window is left since the request went out (0 when passed).

    A ``pending`` row never reached the network (the "sent" mark is committed first), but it is
    given the same window from its creation, to be safe.
    """
    try:
        touched = datetime.fromisoformat(entry.sent_at or entry.created_at)
    except ValueError:
        return window
    elapsed = (datetime.now(UTC) - touched).total_seconds()
    return min(max(window - elapsed, 0.0), window)


def reconcile_entry(
    client: OmsLike, journal: Journal, entry: JournalEntry, *, timeout: float = DEFAULT_APPLY_WINDOW_S
) -> ReconcileOutcome:
    """Re-read the order of one unsettled row and settle the row as far as the order tells."""
    entry = journal.get(entry.id)  # fresh state, and the body (lists are read without it)
    if entry.settled:
        return ReconcileOutcome(entry, Verdict.SKIPPED, f"#{entry.id} is already {entry.state}.")
    if journal.is_in_flight(entry.id):
        return ReconcileOutcome(entry, Verdict.SKIPPED, f"#{entry.id} is still being sent.")
    what = _describe(entry)
    try:
        _, applied = client.wait_for(
            entry.order_id, lambda order: is_applied(entry, order), timeout=_wait_left(entry, timeout)
        )
    except NotFoundError as error:
        return ReconcileOutcome(
            entry, Verdict.ERROR, f"Could not check {what}: VTEX does not find order {entry.order_id}.", error=error
        )
    except VtexError as error:
        return ReconcileOutcome(
            entry, Verdict.ERROR, f"Could not check {what}: {error} {error.advice}", error=error
        )
    try:
        if applied:
            updated = journal.mark_confirmed(entry.id, note=CONFIRMED_NOTE)
            return ReconcileOutcome(updated, Verdict.CONFIRMED, f"{_upper_first(what)} is on the order: confirmed.")
        note = f"not on the order when re-read at {utc_now()[:19]} UTC; may be sent again"
        updated = journal.mark_unknown(entry.id, note=note)
    except JournalStateError:  # settled meanwhile by another thread
        current = journal.get(entry.id)
        return ReconcileOutcome(current, Verdict.SKIPPED, f"#{entry.id} was settled meanwhile ({current.state}).")
    return ReconcileOutcome(
        updated,
        Verdict.NOT_FOUND,
        f"{_upper_first(what)} is not on the order: VTEX did not apply it. It can be sent again.",
    )


def reconcile_all(
    client_factory: Callable[[str], OmsLike | None],
    journal: Journal,
    *,
    timeout: float = DEFAULT_APPLY_WINDOW_S,
    store: str | None = None,
    on_outcome: Callable[[ReconcileOutcome], None] | None = None,
) -> list[ReconcileOutcome]:
    """Reconcile every unsettled row (of ``store``, or all), oldest first; for start-up.

    ``client_factory(store)`` gives a client able to read that store's orders (an ``OmsClient``
    or a :class:`JournaledClient`), or ``None`` when the store is no longer configured; it is
    called once per store and the caller keeps ownership of the clients. ``on_outcome`` is told
    each outcome as it is decided (for a progress display). Nothing is re-sent here.
    """
    clients: dict[str, OmsLike | BaseException | None] = {}
    outcomes: list[ReconcileOutcome] = []
    for entry in journal.pending_rows(store):
        if entry.store not in clients:
            try:
                clients[entry.store] = client_factory(entry.store)
            except Exception as error:  # a broken keyring etc.: report it per row, go on
                clients[entry.store] = error
        client = clients[entry.store]
        if client is None or isinstance(client, BaseException):
            outcome = ReconcileOutcome(
                entry,
                Verdict.SKIPPED,
                f"Cannot check {_describe(entry)}: store '{entry.store}' is not set up"
                + (f" ({client})." if client is not None else "."),
                error=client,
            )
        else:
            try:
                outcome = reconcile_entry(client, journal, entry, timeout=timeout)
            except Exception as error:  # one bad row must not stop the start-up check of the others
                outcome = ReconcileOutcome(entry, Verdict.ERROR, f"Could not check {_describe(entry)}: {error}",
                                           error=error)
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return outcomes


def resend(client: JournaledClient, row_id: int, *, timeout: float = DEFAULT_APPLY_WINDOW_S) -> ReconcileOutcome:
    """Send an unsettled row again, after checking once more that the order does not have it.

    The stored body is re-posted through ``client`` as a new row linked to the old one; the old
    row becomes ``failed`` with the note "not applied; sent again as #N". If the re-check finds the
    write applied after all, nothing is posted and the verdict is ``CONFIRMED``. Errors of the new
    send propagate (the new row is journaled ``failed`` or ``unknown``).
    """
    journal = client.journal
    entry = journal.get(row_id)
    if entry.state not in UNSETTLED:
        raise JournalStateError(f"Journal row #{row_id} is {entry.state}; only an unsettled send is sent again.")
    check = reconcile_entry(client, journal, entry, timeout=timeout)
    if check.verdict is not Verdict.NOT_FOUND:
        return check
    _post_again(client, check.entry)
    old = journal.get(row_id)
    new = journal.successor(row_id)
    number = f"#{new.id}" if new else "a new row"
    return ReconcileOutcome(old, Verdict.RESENT, f"{_upper_first(_describe(entry))} was sent again as {number}.", new)


def _post_again(client: JournaledClient, entry: JournalEntry) -> Any:
    body = entry.body or {}
    number = entry.invoice_number or ""
    if entry.operation is Operation.INVOICE:
        invoice = InvoiceNotification.model_validate(body)
        return client.send_invoice(entry.order_id, invoice, force=True, resend_of=entry.id)
    if entry.operation is Operation.TRACKING_NUMBER:
        info = TrackingInfo.model_validate(body)
        return client.update_tracking_number(entry.order_id, number, info, resend_of=entry.id)
    if entry.operation is Operation.TRACKING_EVENTS:
        status = TrackingStatus.model_validate(body)
        return client.update_tracking_status(entry.order_id, number, status, resend_of=entry.id)
    return client.start_handling(entry.order_id, resend_of=entry.id)


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _describe(entry: JournalEntry) -> str:
    number = entry.invoice_number
    if entry.operation is Operation.INVOICE:
        return f"invoice {number} of order {entry.order_id} (#{entry.id})"
    if entry.operation is Operation.TRACKING_NUMBER:
        return f"the tracking number of invoice {number}, order {entry.order_id} (#{entry.id})"
    if entry.operation is Operation.TRACKING_EVENTS:
        return f"the tracking events of invoice {number}, order {entry.order_id} (#{entry.id})"
    return f"start handling of order {entry.order_id} (#{entry.id})"


__all__ = [
    "CONFIRMED_NOTE", "DEFAULT_APPLY_WINDOW_S", "ReconcileOutcome", "Verdict", "is_applied",
    "reconcile_all", "reconcile_entry", "resend",
]
