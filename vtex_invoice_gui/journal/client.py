"""An :class:`OmsClient` look-alike that journals every write before it leaves.

It is an :class:`~vtex_invoice_gui.vtex.api.OrdersApi` wrapping another (an ``OmsClient``): the
method names and signatures are the same (writes take extra keyword-only ``force`` / ``resend_of``).
Reads pass through unjournaled. Settling unknown outcomes is :mod:`.reconcile`'s (it imports this
module, never the other way round).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from ..vtex.api import OrdersApi
from ..vtex.errors import InvalidResponseError, VtexError
from ..vtex.order import Order, OrderList
from ..vtex.payloads import (
    InvoiceNotification,
    Receipt,
    TrackingInfo,
    TrackingStatus,
    check_invoice_number,
    check_order_id,
)
from .errors import JournalError
from .models import JournalEntry, Operation
from .notes import NOTE_NOT_RECORDED
from .store import Journal

log = logging.getLogger(__name__)


def may_have_applied(error: BaseException) -> bool:
    """Whether a failed write may nevertheless have been applied by VTEX.

    True for errors that say so (timeouts and dropped connections after sending, 5xx), for a 2xx
    answer that could not be read, and for anything unexpected (we cannot tell where it broke).
    """
    if isinstance(error, VtexError):
        if error.may_have_applied:
            return True
        return isinstance(error, InvalidResponseError) and error.status is not None and 200 <= error.status < 300
    return True


def error_fields(error: BaseException) -> dict[str, Any]:
    """What the journal keeps of an error: code, message, HTTP status and kind (class name)."""
    if isinstance(error, VtexError):
        message = error.vtex_message or str(error)
        return {"code": error.code, "message": message, "http_status": error.status, "kind": type(error).__name__}
    return {"message": str(error) or type(error).__name__, "kind": type(error).__name__}


class JournaledClient:
    """Wraps an ``OmsClient``-like ``client``: every write is journaled in ``journal``.

    ``store`` names the store in the journal (default: the account name); ``batch`` the batch or
    import its writes belong to (None: sent by hand). Writes follow the
    journal's life cycle (``pending`` -> ``sent`` -> ``confirmed`` / ``failed`` / ``unknown``) and
    re-raise the client's error after journaling it. Invoices are refused with
    :class:`~.errors.DuplicateSendError` when the journal already has that invoice number for the
    order (see :meth:`Journal.begin`).
    """

    def __init__(self, client: OrdersApi, journal: Journal, store: str | None = None, batch: str | None = None) -> None:
        self.client = client
        self.journal = journal
        self.store = store if store is not None else str(client.account.name)
        self.batch = batch

    def __repr__(self) -> str:
        return f"JournaledClient({self.client!r}, store={self.store!r})"

    @property
    def account(self) -> Any:
        return self.client.account

    def close(self) -> None:
        close = getattr(self.client, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> JournaledClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reads pass through -----------------------------------------------------------------
    def get_order(self, order_id: str) -> Order:
        return self.client.get_order(order_id)

    def list_orders(
        self,
        status: str | None = None,
        page: int = 1,
        per_page: int = 15,
        *,
        query: str | None = None,
        order_by: str | None = None,
        filters: Mapping[str, str] | None = None,
    ) -> OrderList:
        return self.client.list_orders(status, page, per_page, query=query, order_by=order_by, filters=filters)

    def wait_for(
        self,
        order_id: str,
        predicate: Callable[[Order], bool],
        *,
        timeout: float = 30.0,
        first_delay: float = 0.5,
        max_delay: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> tuple[Order, bool]:
        return self.client.wait_for(
            order_id, predicate, timeout=timeout, first_delay=first_delay, max_delay=max_delay, clock=clock
        )

    # -- journaled writes -------------------------------------------------------------------
    def start_handling(self, order_id: str, *, resend_of: int | None = None) -> None:
        order_id = check_order_id(order_id)
        entry = self.journal.begin(
            self.store, order_id, Operation.START_HANDLING, resend_of=resend_of, batch=self.batch
        )
        self._run(entry, lambda: self.client.start_handling(order_id))

    def send_invoice(
        self, order_id: str, invoice: InvoiceNotification, *, force: bool = False, resend_of: int | None = None
    ) -> Receipt:
        """POST the invoice, unless the journal says this number was already sent to the order.

        ``force=True`` only after a reconciliation found the invoice absent from the order.
        """
        order_id = check_order_id(order_id)
        entry = self.journal.begin(
            self.store,
            order_id,
            Operation.INVOICE,
            invoice_number=invoice.invoice_number,
            invoice_type=invoice.type,
            value_cents=invoice.invoice_value,
            body=invoice.to_wire(),
            force=force,
            resend_of=resend_of,
            batch=self.batch,
        )
        return self._run(entry, lambda: self.client.send_invoice(order_id, invoice))

    def update_tracking_number(
        self, order_id: str, invoice_number: str, info: TrackingInfo, *, resend_of: int | None = None
    ) -> Receipt:
        order_id = check_order_id(order_id)
        invoice_number = check_invoice_number(invoice_number)
        entry = self.journal.begin(
            self.store, order_id, Operation.TRACKING_NUMBER, invoice_number=invoice_number,
            body=info.to_wire(), resend_of=resend_of, batch=self.batch,
        )
        return self._run(entry, lambda: self.client.update_tracking_number(order_id, invoice_number, info))

    def update_tracking_status(
        self, order_id: str, invoice_number: str, status: TrackingStatus, *, resend_of: int | None = None
    ) -> Receipt:
        order_id = check_order_id(order_id)
        invoice_number = check_invoice_number(invoice_number)
        entry = self.journal.begin(
            self.store, order_id, Operation.TRACKING_EVENTS, invoice_number=invoice_number,
            body=status.to_wire(), resend_of=resend_of, batch=self.batch,
        )
        return self._run(entry, lambda: self.client.update_tracking_status(order_id, invoice_number, status))

    def _run(self, entry: JournalEntry, call: Callable[[], Any]) -> Any:
        try:
            self.journal.mark_sent(entry.id)
        except JournalError:  # nothing was sent: say so in the row if the journal still takes it
            self._record(entry, lambda: self.journal.mark_failed(
                entry.id, message=str(NOTE_NOT_RECORDED), kind="JournalError"))
            raise
        try:
            result = call()
        except Exception as error:
            fields = error_fields(error)
            ambiguous = may_have_applied(error)
            if ambiguous:
                self.journal.gave_up(entry.id)  # the settle window starts now (monotonic clock)
            settle = self.journal.mark_unknown if ambiguous else self.journal.mark_failed
            self._record(entry, lambda: settle(entry.id, **fields))
            raise
        except BaseException:
            # KeyboardInterrupt, SystemExit: the row stays ``sent`` and reconciliation settles it.
            self.journal.gave_up(entry.id)
            self.journal.forget_in_flight(entry.id)
            raise
        if isinstance(result, Receipt):
            self._record(entry, lambda: self.journal.mark_confirmed(
                entry.id, receipt=result.receipt, receipt_date=result.date))
        else:
            self._record(entry, lambda: self.journal.mark_confirmed(entry.id))
        return result

    def _record(self, entry: JournalEntry, update: Callable[[], Any]) -> None:
        """Journal an outcome. If the journal fails now (disk full...), VTEX's answer still wins:
        the receipt is returned (or VTEX's error raised), the row stays ``sent``, and the next
        reconciliation settles it from the order."""
        try:
            update()
        except JournalError as error:
            log.error("Could not journal the outcome of #%s: %s", entry.id, error)
            self.journal.forget_in_flight(entry.id)

