"""Settle sends whose outcome is unknown by re-reading the order, never by posting again blindly.

A row is unsettled when it is ``pending`` or ``sent`` (the app stopped around the request) or
``unknown`` (timeout, dropped connection, 5xx). :func:`reconcile_entry` re-reads the order and
decides: the write is visible -> ``confirmed`` (no receipt; note "confirmed by re-reading the
order"); it is not -> the row stays (or becomes) ``unknown`` and the verdict is ``NOT_FOUND``, so
the clerk can be offered :func:`resend`, which re-posts the stored body as a new row.

VTEX applies invoices asynchronously (seconds, sometimes minutes), so "not on the order" is only
concluded by a re-read made after the row's settle window (``timeout``, see window.py) has closed:
the window starts when the client gave up, on this process's monotonic clock, or when this process
first looked at a row it did not send itself. Until then the verdict is ``PENDING`` (with when to
re-read next), or, with ``wait=None``, the re-reads go on here until the window closes.

A row that another live program on the same data folder owns (see owner.py) is left to it
(``SKIPPED``); a dead owner's row is claimed by the journal that settles it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..messages import Message, message_of
from ..vtex.errors import NotFoundError, VtexError
from ..vtex.order import Order
from ..vtex.payloads import InvoiceNotification, TrackingInfo, TrackingStatus
from ..vtex.api import OrdersApi
from .client import JournaledClient
from .errors import MSG_NOT_UNSETTLED, JournalStateError
from .models import UNSETTLED, JournalEntry, Operation, utc_now
from .notes import NOTE_CONFIRMED, NOTE_NOT_ON_ORDER
from .store import Journal
from .window import DEFAULT_SETTLE_WINDOW_S

CONFIRMED_NOTE = NOTE_CONFIRMED

# The outcome sentences (codes ``reconcile.*``). ``{what}`` is a row described by one of the
# ``WHAT_*`` messages; ``{What}`` is the same with a capital first letter (a sentence starts with it).
WHAT_INVOICE = Message("reconcile.what_invoice")
WHAT_TRACKING_NUMBER = Message("reconcile.what_tracking_number")
WHAT_TRACKING_EVENTS = Message("reconcile.what_tracking_events")
WHAT_START_HANDLING = Message("reconcile.what_start_handling")
MSG_ALREADY_SETTLED = Message("reconcile.already_settled")
MSG_IN_FLIGHT = Message("reconcile.in_flight")
MSG_OWNED_ELSEWHERE = Message("reconcile.owned_elsewhere")
MSG_PENDING = Message("reconcile.pending")
MSG_ORDER_NOT_FOUND = Message("reconcile.order_not_found")
MSG_CHECK_FAILED = Message("reconcile.check_failed")
MSG_CONFIRMED = Message("reconcile.confirmed")
MSG_SETTLED_MEANWHILE = Message("reconcile.settled_meanwhile")
MSG_NOT_FOUND = Message("reconcile.not_found")
MSG_STORE_NOT_SET_UP = Message("reconcile.store_not_set_up")
MSG_STORE_FAILED = Message("reconcile.store_failed")
MSG_ERROR = Message("reconcile.error")
MSG_RESENT = Message("reconcile.resent")
MSG_RESENT_NEW_ROW = Message("reconcile.resent_new_row")
_HANDLED_STATUSES = frozenset({"handling", "ready-for-invoicing", "invoice", "invoiced"})


class Verdict(StrEnum):
    CONFIRMED = "confirmed"  # the write is on the order: the row is confirmed, nothing re-sent
    NOT_FOUND = "not-found"  # not on the order after the settle window: the clerk may send again
    PENDING = "pending"  # not on the order yet, the window still runs: re-read in ``retry_in`` s
    RESENT = "resent"  # resend(): posted again as a new row (``ReconcileOutcome.new_entry``)
    ERROR = "error"  # the order could not be read; the row is unchanged, try again later
    SKIPPED = "skipped"  # no client for its store, in flight here, or owned by another live program


@dataclass(frozen=True)
class ReconcileOutcome:
    """What reconciliation decided for one row, with a sentence for the clerk."""

    entry: JournalEntry
    verdict: Verdict
    message: str
    new_entry: JournalEntry | None = None
    error: BaseException | None = None
    retry_in: float | None = None  # PENDING: seconds until the next re-read is due


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
    on_order = [
        ((event.description or "").strip(), event.create_date.date().isoformat() if event.create_date else "")
        for event in package.events
    ]
    for event in body.get("events") or []:
        description = str(event.get("description", "")).strip()
        day = str(event.get("date", ""))[:10]
        if not any(seen == description and (not when or when == day) for seen, when in on_order):
            return False
    return not body.get("isDelivered") or package.delivered


def reconcile_entry(
    client: OrdersApi,
    journal: Journal,
    entry: JournalEntry,
    *,
    timeout: float = DEFAULT_SETTLE_WINDOW_S,
    wait: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> ReconcileOutcome:
    """Re-read the order of one unsettled row and settle it as far as the order tells.

    ``timeout`` is the settle window's length. ``wait=None`` re-reads (with backoff) until the
    order shows the write or the window has closed; ``wait=0`` reads once and returns ``PENDING``
    while the window runs (the caller re-reads after ``retry_in``); ``wait=w`` re-reads for about
    ``w`` seconds at most. "Not applied" (``NOT_FOUND``) only comes from a read started after the
    window closed.
    """
    entry = journal.get(entry.id)  # fresh state, and the body (lists are read without it)
    if entry.settled:
        settled = MSG_ALREADY_SETTLED.format(id=entry.id, state=entry.state.value)
        return ReconcileOutcome(entry, Verdict.SKIPPED, settled)
    what = _describe(entry)
    other = journal.claim(entry.id)
    if other is not None:
        message = MSG_OWNED_ELSEWHERE.format(What=what, pid=other.pid or "?", host=other.host or "?")
        return ReconcileOutcome(entry, Verdict.SKIPPED, message)
    if journal.is_in_flight(entry.id):
        return ReconcileOutcome(entry, Verdict.SKIPPED, MSG_IN_FLIGHT.format(id=entry.id))
    windows = journal.windows
    until = None if wait is None else windows.clock() + max(wait, 0.0)
    while True:
        left = windows.left(entry.id, timeout)  # before the read: a read after the window decides
        try:
            applied = is_applied(entry, client.get_order(entry.order_id))
        except NotFoundError as error:
            message = MSG_ORDER_NOT_FOUND.format(what=what, order=entry.order_id)
            return ReconcileOutcome(entry, Verdict.ERROR, message, error=error)
        except VtexError as error:
            message = MSG_CHECK_FAILED.format(what=what, error=str(error), advice=error.advice)
            return ReconcileOutcome(entry, Verdict.ERROR, message, error=error)
        if applied or left <= 0:
            return _decide(journal, entry, what, applied)
        pause = windows.next_check(entry.id, left, timeout)
        if until is not None and windows.clock() + pause > until:
            message = MSG_PENDING.format(what=what, seconds=max(1, round(pause)))
            return ReconcileOutcome(entry, Verdict.PENDING, message, retry_in=pause)
        sleep(pause)


def _decide(journal: Journal, entry: JournalEntry, what: Message, applied: bool) -> ReconcileOutcome:
    try:
        if applied:
            updated = journal.mark_confirmed(entry.id, note=NOTE_CONFIRMED)
            return ReconcileOutcome(updated, Verdict.CONFIRMED, MSG_CONFIRMED.format(What=what))
        note = NOTE_NOT_ON_ORDER.format(time=utc_now()[:19])
        updated = journal.mark_unknown(entry.id, note=note)
    except JournalStateError:  # settled meanwhile by another thread
        current = journal.get(entry.id)
        settled = MSG_SETTLED_MEANWHILE.format(id=entry.id, state=current.state.value)
        return ReconcileOutcome(current, Verdict.SKIPPED, settled)
    return ReconcileOutcome(updated, Verdict.NOT_FOUND, MSG_NOT_FOUND.format(What=what))


def reconcile_all(
    client_factory: Callable[[str], OrdersApi | None],
    journal: Journal,
    *,
    timeout: float = DEFAULT_SETTLE_WINDOW_S,
    wait: float | None = None,
    store: str | None = None,
    on_outcome: Callable[[ReconcileOutcome], None] | None = None,
) -> list[ReconcileOutcome]:
    """Reconcile every unsettled row (of ``store``, or all), oldest first; for start-up.

    ``client_factory(store)`` gives a client able to read that store's orders (an ``OmsClient``
    or a :class:`JournaledClient`), or ``None`` when the store is no longer configured; it is
    called once per store and the caller keeps ownership of the clients. ``on_outcome`` is told
    each outcome as it is decided (for a progress display). ``wait`` as in :func:`reconcile_entry`
    (the desk passes 0 and re-reads ``PENDING`` rows later). Nothing is re-sent here.
    """
    clients: dict[str, OrdersApi | BaseException | None] = {}
    outcomes: list[ReconcileOutcome] = []
    for entry in journal.pending_rows(store):
        if entry.store not in clients:
            try:
                clients[entry.store] = client_factory(entry.store)
            except Exception as error:  # a broken keyring etc.: report it per row, go on
                clients[entry.store] = error
        client = clients[entry.store]
        if client is None or isinstance(client, BaseException):
            if client is None:
                message = MSG_STORE_NOT_SET_UP.format(what=_describe(entry), store=entry.store)
            else:
                message = MSG_STORE_FAILED.format(what=_describe(entry), store=entry.store, reason=message_of(client))
            outcome = ReconcileOutcome(entry, Verdict.SKIPPED, message, error=client)
        else:
            try:
                outcome = reconcile_entry(client, journal, entry, timeout=timeout, wait=wait)
            except Exception as error:  # one bad row must not stop the start-up check of the others
                message = MSG_ERROR.format(what=_describe(entry), error=message_of(error))
                outcome = ReconcileOutcome(entry, Verdict.ERROR, message, error=error)
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return outcomes


def resend(
    client: JournaledClient,
    row_id: int,
    *,
    timeout: float = DEFAULT_SETTLE_WINDOW_S,
    wait: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> ReconcileOutcome:
    """Send an unsettled row again, after checking once more that the order does not have it.

    Only once its settle window has closed and a re-read made after that still does not find it:
    while the window runs the verdict is ``PENDING`` (with ``wait=0``) and nothing is posted; a
    row another live program owns is ``SKIPPED``.

    The stored body is re-posted through ``client`` as a new row linked to the old one; the old
    row becomes ``failed`` with the note "not applied; sent again as #N". If the re-check finds the
    write applied after all, nothing is posted and the verdict is ``CONFIRMED``. Errors of the new
    send propagate (the new row is journaled ``failed`` or ``unknown``).
    """
    journal = client.journal
    entry = journal.get(row_id)
    if entry.state not in UNSETTLED:
        raise JournalStateError(MSG_NOT_UNSETTLED.format(id=row_id, state=entry.state.value))
    check = reconcile_entry(client, journal, entry, timeout=timeout, wait=wait, sleep=sleep)
    if check.verdict is not Verdict.NOT_FOUND:
        return check
    _post_again(client, check.entry)
    old = journal.get(row_id)
    new = journal.successor(row_id)
    what = _describe(entry)
    message = MSG_RESENT.format(What=what, id=new.id) if new else MSG_RESENT_NEW_ROW.format(What=what)
    return ReconcileOutcome(old, Verdict.RESENT, message, new)


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


def _describe(entry: JournalEntry) -> Message:
    number, order = entry.invoice_number, entry.order_id
    if entry.operation is Operation.INVOICE:
        return WHAT_INVOICE.format(invoice=number, order=order, id=entry.id)
    if entry.operation is Operation.TRACKING_NUMBER:
        return WHAT_TRACKING_NUMBER.format(invoice=number, order=order, id=entry.id)
    if entry.operation is Operation.TRACKING_EVENTS:
        return WHAT_TRACKING_EVENTS.format(invoice=number, order=order, id=entry.id)
    return WHAT_START_HANDLING.format(order=order, id=entry.id)


__all__ = [
    "CONFIRMED_NOTE", "DEFAULT_SETTLE_WINDOW_S", "ReconcileOutcome", "Verdict", "is_applied",
    "reconcile_all", "reconcile_entry", "resend",
]
