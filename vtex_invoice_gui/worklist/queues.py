"""The five queues of a clerk's day, and what each row says is missing.

A queue is a set of List Orders filters (one list query per entry of ``lists``) plus, for what
the list cannot filter (invoices, tracking numbers), a look at the order itself (``needs_order``)
and a rule that keeps it or not (``keep``). Facts: queue-and-batch.md section 1.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property

from ..vtex.dates import as_utc, newest_first_key
from ..vtex.order import Order, OrderSummary

TO_INVOICE_STATUSES = ("ready-for-handling", "handling")
PARTLY_INVOICED_STATUSES = ("payment-approved",)
INVOICE_HOLDERS = ("handling", "payment-approved", "invoice", "invoiced")


class Missing(StrEnum):
    """What a row still needs, as a code (the UI translates it; the CLI prints it)."""

    INVOICE = "invoice"  # no invoice yet
    REST_OF_INVOICE = "rest-of-invoice"  # partly invoiced: the remaining value
    TRACKING = "tracking-number"  # an Output invoice has no tracking number
    DELIVERY = "delivery"  # tracking sent, not delivered yet
    RETURN = "return-review"  # a return (Input) invoice: check the refund and the stock
    RETURN_MARKED = "return"  # marked for return by a clerk: the return invoice is still to send
    NOTHING = "none"


@dataclass(frozen=True)
class WorkRow:
    """One row of a queue. Money in cents; ``remaining`` is None until the order is read."""

    order_id: str
    marketplace_order_id: str
    creation_date: datetime | None
    client: str
    value: int
    remaining: int | None
    status: str
    missing: Missing
    document: str = ""
    shipping_estimate: datetime | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "orderId": self.order_id, "marketplaceOrderId": self.marketplace_order_id or None,
            "creationDate": self.creation_date.isoformat() if self.creation_date else "",
            "clientName": self.client, "value": self.value,
            "remainingValue": self.remaining, "status": self.status, "missing": self.missing.value,
        }

    @cached_property
    def newest_first(self) -> float:
        """The sort key of the creation date (rows are listed newest first); made once per row."""
        return newest_first_key(self.creation_date)

    def matches(self, text: str) -> bool:
        """Search by order id, marketplace order id, client name or document."""
        needle = text.strip().casefold()
        if not needle:
            return True
        digits = "".join(c for c in needle if c.isdigit())
        document = "".join(c for c in self.document if c.isdigit())
        return (any(needle in v.casefold() for v in (self.order_id, self.marketplace_order_id, self.client))
                or (bool(digits) and len(digits) >= 3 and digits in document))


Keep = Callable[[OrderSummary, Order | None, datetime], Missing | None]


@dataclass(frozen=True)
class Queue:
    name: str
    lists: tuple[Mapping[str, str], ...]
    needs_order: Callable[[OrderSummary], bool] = lambda _s: False
    keep: Keep = lambda _s, _o, _now: Missing.NOTHING
    extra: Mapping[str, str] = field(default_factory=dict)


def _output_without_tracking(order: Order) -> bool:
    return any(not (p.tracking_number or "").strip() for p in order.output_packages)


def _in_transit(order: Order) -> bool:
    return any((p.tracking_number or "").strip() and not p.delivered for p in order.output_packages)


def _to_invoice(summary: OrderSummary, order: Order | None, _now: datetime) -> Missing | None:
    if order is None:  # ready-for-handling: nothing is invoiced yet
        return Missing.INVOICE
    if order.remaining_cents <= 0:
        return None
    if summary.status in PARTLY_INVOICED_STATUSES and not order.output_packages:
        return None  # payment-approved without an invoice is not the clerk's yet
    return Missing.REST_OF_INVOICE if order.output_packages else Missing.INVOICE


def _late(summary: OrderSummary, order: Order | None, now: datetime) -> Missing | None:
    estimate = as_utc(summary.shipping_estimated_date)
    if estimate is None or estimate >= now:
        return None
    return _to_invoice(summary, order, now)


def _awaiting_tracking(_s: OrderSummary, order: Order | None, _now: datetime) -> Missing | None:
    return Missing.TRACKING if order is not None and _output_without_tracking(order) else None


def _transit(_s: OrderSummary, order: Order | None, _now: datetime) -> Missing | None:
    return Missing.DELIVERY if order is not None and _in_transit(order) else None


def _returns(_s: OrderSummary, order: Order | None, _now: datetime) -> Missing | None:
    """Listed by ``f_hasInputInvoice``, or read again after a send: it has a return invoice."""
    return Missing.RETURN if order is None or order.input_packages else None


def _needs_detail_to_invoice(summary: OrderSummary) -> bool:
    return summary.status != "ready-for-handling"


def _status_lists(statuses: tuple[str, ...], **more: str) -> tuple[Mapping[str, str], ...]:
    # One status per query: comma-separated f_status values are not documented (vtex-api.md 2.2).
    return tuple({"f_status": s, **more} for s in statuses)


QUEUES: dict[str, Queue] = {
    "to-invoice": Queue("to-invoice", _status_lists(TO_INVOICE_STATUSES + PARTLY_INVOICED_STATUSES),
                        _needs_detail_to_invoice, _to_invoice),
    "late": Queue("late", _status_lists(TO_INVOICE_STATUSES + PARTLY_INVOICED_STATUSES,
                                        f_shippingEstimate="-1.days"), _needs_detail_to_invoice, _late),
    "awaiting-tracking": Queue("awaiting-tracking", _status_lists(INVOICE_HOLDERS), lambda _s: True,
                               _awaiting_tracking),
    "in-transit": Queue("in-transit", _status_lists(INVOICE_HOLDERS), lambda _s: True, _transit),
    "returns": Queue("returns", ({"f_hasInputInvoice": "true"},), keep=_returns),
}
QUEUE_NAMES = tuple(QUEUES)


def custom_queue(filters: Mapping[str, str]) -> Queue:
    """A queue from a pasted VTEX Admin URL: the list's filters as they are, no order reads."""
    return Queue("custom", (dict(filters),), keep=lambda s, _o, _n: _missing_for_status(s.status))


def _missing_for_status(status: str | None) -> Missing:
    if status in TO_INVOICE_STATUSES:
        return Missing.INVOICE
    return Missing.NOTHING


def _extra(order: Order | None, key: str) -> str:
    """A Get Order field the model keeps as an extra (the payment-data view reads them there)."""
    return str(((order.model_extra or {}).get(key) if order is not None else None) or "")


def row_for(summary: OrderSummary, order: Order | None, missing: Missing) -> WorkRow:
    """The row a queue shows; the order's own figures win over the list's (which lags)."""
    client = summary.client_name or ""
    document = ""
    if order is not None and order.client_profile_data is not None:
        client = order.client_profile_data.display_name or client
        document = order.client_profile_data.fiscal_document or ""
    return WorkRow(
        order_id=summary.order_id,
        marketplace_order_id=summary.marketplace_order_id or _extra(order, "marketplaceOrderId"),
        creation_date=summary.creation_date,
        client=client,
        value=(order.value if order is not None and order.value is not None else summary.total_value) or 0,
        remaining=order.remaining_cents if order is not None else (
            (summary.total_value or 0) if missing is Missing.INVOICE else None),
        status=(order.status if order is not None else summary.status) or "",
        missing=missing,
        document=document,
        shipping_estimate=summary.shipping_estimated_date,
    )
