"""A preview row's verdict: the statuses ``batch tracking`` reports, and the sentences behind them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..messages import Message
from ..vtex.payloads import TrackingInfo, TrackingStatus
from .rows import ImportRow


class Status(StrEnum):
    """As ``batch invoices`` reports them (issue 15: same statuses and exit codes)."""

    SENT = "sent"
    ALREADY = "already-on-order"
    WOULD_SEND = "would-send"
    PENDING = "pending"
    FAILED = "failed"
    UNMATCHED = "unmatched"
    SKIPPED = "skipped"


#: Statuses after which a run counts as a success (exit status 0).
GOOD = frozenset({Status.SENT, Status.ALREADY, Status.WOULD_SEND})

MSG_NO_TRACKING = Message("The row has no tracking number and no event: nothing to send.", "tracking_import.no_tracking")
MSG_NO_ORDER = Message("The row names no order.", "tracking_import.no_order")
MSG_ORDER_NOT_FOUND = Message("VTEX has no order {order}.", "tracking_import.order_not_found")
MSG_MARKETPLACE_NOT_FOUND = Message(
    "No order has the marketplace order id {order}.", "tracking_import.marketplace_not_found"
)
MSG_MARKETPLACE_AMBIGUOUS = Message(
    "{count} orders have the marketplace order id {order}: use the VTEX order id.",
    "tracking_import.marketplace_ambiguous",
)
MSG_READ_FAILED = Message("The order {order} could not be read: {reason}", "tracking_import.read_failed")
MSG_NO_TRACKING_STATUS = Message(
    "The order {order} is {status}: it takes no tracking.", "tracking_import.status_takes_no_tracking"
)
MSG_INVOICE_NOT_FOUND = Message("The order {order} has no invoice {invoice}.", "tracking_import.invoice_not_found")
MSG_NO_SALE_INVOICE = Message(
    "The order {order} has no sale invoice yet: invoice it first.", "tracking_import.no_sale_invoice"
)
MSG_WHICH_INVOICE = Message(
    "The order {order} has {count} sale invoices ({invoices}): the row needs the invoice number.",
    "tracking_import.which_invoice",
)
MSG_RETURN_INVOICE = Message(
    "Invoice {invoice} is a return (Input) invoice: returns take no tracking (the shopper would see the "
    "return as a delivery).",
    "tracking_import.return_invoice",
)
MSG_DELIVERED_BEFORE_DISPATCH = Message(
    "The delivery date {delivered} is before the dispatch date {dispatched}: marketplaces reject it.",
    "tracking_import.delivered_before_dispatch",
)
MSG_IN_FUTURE = Message("The {what} {when} is in the future.", "tracking_import.in_future")
MSG_NO_CODE_ON_INVOICE = Message(
    "Invoice {invoice} has no tracking number yet and the row gives none: events need one.",
    "tracking_import.no_code_on_invoice",
)
MSG_DUPLICATE = Message(
    "Row {line} already gives invoice {invoice} of order {order} the tracking number {code}.",
    "tracking_import.duplicate",
)
MSG_ALREADY = Message(
    "Invoice {invoice} already has the tracking number {code}.", "tracking_import.already"
)
MSG_WOULD_PATCH = Message(
    "Would send the tracking number {code} to invoice {invoice}.", "tracking_import.would_patch"
)
MSG_WOULD_PUT = Message("Would send {events} event(s) to invoice {invoice}.", "tracking_import.would_put")
MSG_WOULD_DELIVER = Message(
    "Would send {events} event(s) and the delivery to invoice {invoice}.", "tracking_import.would_deliver"
)
MSG_REPLACES = Message(
    "It replaces the tracking number {old} on the invoice.", "tracking_import.replaces"
)
MSG_CHECK_LINK = Message(
    "The tracking link comes from the {carrier} template, which nobody has checked yet: open one to see "
    "that it works.",
    "tracking_import.check_link",
)
MSG_NOT_VALID = Message("The row cannot be sent as it is: {problem}", "tracking_import.not_valid")


@dataclass
class RowResult:
    """What the preview decided about one row, and the bodies a send would carry."""

    row: ImportRow
    status: Status = Status.WOULD_SEND
    order_id: str = ""
    invoice_number: str = ""
    #: Why it is not sent, or notes for the clerk.
    messages: list[Message] = field(default_factory=list)
    tracking: TrackingInfo | None = None  # the PATCH body
    events: TrackingStatus | None = None  # the PUT body
    receipt: str = ""

    @property
    def tracking_number(self) -> str:
        return self.row.tracking_number

    @property
    def message(self) -> str:
        return " ".join(self.messages)

    def stop(self, status: Status, message: Message) -> RowResult:
        self.status = status
        self.messages.insert(0, message)
        return self
