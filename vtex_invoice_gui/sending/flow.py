"""One send, start to end: build -> guard -> send -> settle -> outcome. No Qt.

A tab, the batch run or the command line builds a :class:`SendRequest` (what to write, and what
"shown on the order" means), then either calls :func:`send` (every step on the caller's thread),
or, like the desk's Qt adapter, :func:`post` and :func:`settle` on a worker each, showing the
receipt in between. The journal (:class:`~vtex_invoice_gui.journal.JournaledClient`) is the one
hard duplicate guard: a send never goes out without it. Every other "may I send" is a pure
function of the order, the journal rows and the lost-send state (:mod:`.lost`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..journal import DuplicateSendError, JournalEntry, JournaledClient, Operation, ReconcileOutcome, Verdict
from ..journal.reconcile import reconcile_entry
from ..vtex import InvoiceNotification, Order, Receipt, TrackingInfo, TrackingStatus, VtexError
from ..vtex.api import OrdersApi

#: How long to re-read the order after a send until the change shows (VTEX is asynchronous).
APPLY_TIMEOUT = 30.0

Payload = InvoiceNotification | TrackingInfo | TrackingStatus


@dataclass(frozen=True)
class SendRequest:
    """One write to one order, and what shows it landed (``shown(order)``)."""

    operation: Operation
    order_id: str
    invoice_number: str
    payload: Payload
    shown: Callable[[Order], bool]

    @property
    def asks_before_resend(self) -> bool:
        """Replacing a lost invoice re-reads the order first (and the clerk is asked): posting an
        invoice twice loses information at VTEX. A tracking write simply supersedes the lost one."""
        return self.operation is Operation.INVOICE


def invoice_request(order_id: str, invoice: InvoiceNotification) -> SendRequest:
    number = invoice.invoice_number
    return SendRequest(Operation.INVOICE, order_id, number, invoice, lambda o: o.package(number) is not None)


def tracking_request(order_id: str, number: str, info: TrackingInfo) -> SendRequest:
    def shown(order: Order) -> bool:
        package = order.package(number)
        return package is not None and package.tracking_number == info.tracking_number

    return SendRequest(Operation.TRACKING_NUMBER, order_id, number, info, shown)


def events_request(order_id: str, number: str, status: TrackingStatus, before: int) -> SendRequest:
    """``before``: how many events the invoice showed when the clerk sent these."""
    expected = before + len(status.events)

    def shown(order: Order) -> bool:
        package = order.package(number)
        return (
            package is not None and len(package.events) >= expected and (package.delivered or not status.is_delivered)
        )

    return SendRequest(Operation.TRACKING_EVENTS, order_id, number, status, shown)


# -- outcomes -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Accepted:
    """VTEX took the write (its receipt); whether the order shows it is :func:`settle`'s."""

    receipt: Receipt


@dataclass(frozen=True)
class Shown:
    """Sent, and the order shows it."""

    receipt: Receipt
    order: Order


@dataclass(frozen=True)
class NotYetShown:
    """Sent, but the order does not show it yet (``order`` None and ``error`` set: the re-read failed)."""

    receipt: Receipt
    order: Order | None
    error: BaseException | None = None


@dataclass(frozen=True)
class Refused:
    """Not sent: the journal has this write already (``reason`` ``"duplicate"``, its row in ``entry``)."""

    reason: str
    entry: JournalEntry | None
    error: BaseException


@dataclass(frozen=True)
class Failed:
    """Not sent, or no answer: ``may_have_applied`` when VTEX may have it all the same."""

    error: BaseException
    may_have_applied: bool


@dataclass(frozen=True)
class Settled:
    """Not sent again: the re-read before replacing a lost write found it (or it is still in its window)."""

    verdict: ReconcileOutcome


Outcome = Accepted | Shown | NotYetShown | Refused | Failed | Settled


def failure(error: BaseException) -> Failed:
    """The outcome of a send that raised ``error`` (VTEX may have it when the error says so)."""
    return Failed(error, isinstance(error, VtexError) and error.may_have_applied)


def post(api: OrdersApi, request: SendRequest, *, replaces: int | None = None, window: float) -> Outcome:
    """Guard and send: re-check a lost row this send replaces (``replaces``), then write through
    the journal. Returns :class:`Accepted`, :class:`Settled`, :class:`Refused` or :class:`Failed`."""
    if not isinstance(api, JournaledClient):
        raise TypeError("a send goes through the journal (JournaledClient)")
    if replaces is not None and request.asks_before_resend:
        check = reconcile_entry(api, api.journal, api.journal.get(replaces), timeout=window, wait=0)
        if check.verdict is not Verdict.NOT_FOUND:
            return Settled(check)
    try:
        receipt = _write(api, request, replaces)
    except DuplicateSendError as error:
        return Refused("duplicate", error.existing, error)
    except Exception as error:  # noqa: BLE001 - every failure is an outcome the caller shows
        return failure(error)
    return Accepted(receipt)


def _write(api: JournaledClient, request: SendRequest, replaces: int | None) -> Receipt:
    payload, order_id, number = request.payload, request.order_id, request.invoice_number
    if isinstance(payload, InvoiceNotification):
        return api.send_invoice(order_id, payload, force=replaces is not None, resend_of=replaces)
    if isinstance(payload, TrackingInfo):
        return api.update_tracking_number(order_id, number, payload, resend_of=replaces)
    return api.update_tracking_status(order_id, number, payload, resend_of=replaces)


def settle(api: OrdersApi, request: SendRequest, receipt: Receipt, *, timeout: float = APPLY_TIMEOUT) -> Shown | NotYetShown:
    """Re-read the order until it shows the write, within ``timeout`` seconds."""
    try:
        order, shown = api.wait_for(request.order_id, request.shown, timeout=timeout)
    except Exception as error:  # noqa: BLE001 - sent all the same: say the re-read failed
        return NotYetShown(receipt, None, error)
    return Shown(receipt, order) if shown else NotYetShown(receipt, order)


def send(
    api: OrdersApi, request: SendRequest, *, replaces: int | None = None, window: float,
    timeout: float = APPLY_TIMEOUT,
) -> Outcome:
    """Every step on this thread (the command line, batch): post, then settle what VTEX accepted."""
    outcome = post(api, request, replaces=replaces, window=window)
    if isinstance(outcome, Accepted):
        return settle(api, request, outcome.receipt, timeout=timeout)
    return outcome
