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

MSG_NO_TRACKING = Message("tracking_import.no_tracking")
MSG_NO_ORDER = Message("tracking_import.no_order")
MSG_ORDER_NOT_FOUND = Message("tracking_import.order_not_found")
MSG_MARKETPLACE_NOT_FOUND = Message("tracking_import.marketplace_not_found")
MSG_MARKETPLACE_AMBIGUOUS = Message("tracking_import.marketplace_ambiguous")
MSG_READ_FAILED = Message("tracking_import.read_failed")
MSG_NO_TRACKING_STATUS = Message("tracking_import.status_takes_no_tracking")
MSG_INVOICE_NOT_FOUND = Message("tracking_import.invoice_not_found")
MSG_NO_SALE_INVOICE = Message("tracking_import.no_sale_invoice")
MSG_WHICH_INVOICE = Message("tracking_import.which_invoice")
MSG_RETURN_INVOICE = Message("tracking_import.return_invoice")
MSG_DELIVERED_BEFORE_DISPATCH = Message("tracking_import.delivered_before_dispatch")
MSG_IN_FUTURE = Message("tracking_import.in_future")
MSG_NO_CODE_ON_INVOICE = Message("tracking_import.no_code_on_invoice")
MSG_DUPLICATE = Message("tracking_import.duplicate")
MSG_ALREADY = Message("tracking_import.already")
MSG_WOULD_PATCH = Message("tracking_import.would_patch")
MSG_WOULD_PUT = Message("tracking_import.would_put")
MSG_WOULD_DELIVER = Message("tracking_import.would_deliver")
MSG_REPLACES = Message("tracking_import.replaces")
MSG_CHECK_LINK = Message("tracking_import.check_link")
MSG_NOT_VALID = Message("tracking_import.not_valid")
MSG_SENT_PATCH = Message("tracking_import.sent_patch")
MSG_SENT_PUT = Message("tracking_import.sent_put")
MSG_SENT_DELIVER = Message("tracking_import.sent_deliver")

#: What a sent row says instead of its dry-run notes (same parameters).
SENT_NOTES = {
    MSG_WOULD_PATCH.code: MSG_SENT_PATCH, MSG_WOULD_PUT.code: MSG_SENT_PUT, MSG_WOULD_DELIVER.code: MSG_SENT_DELIVER,
}  # fmt: skip


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
    #: How many events the invoice showed when the row was checked (how the PUT is seen applied).
    events_before: int = 0
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

    def sent(self, status: Status, receipt: str = "", message: Message | str = "") -> RowResult:
        """After the send: its status and receipt; a sent row's dry-run notes say "sent", any
        other status drops them and says why first (``message``)."""
        self.status, self.receipt = status, receipt
        notes = [m for m in self.messages if m.code not in SENT_NOTES]
        if status is Status.SENT:
            notes[:0] = [SENT_NOTES[m.code].format(**m.params) for m in self.messages if m.code in SENT_NOTES]
        if message:
            notes.insert(0, message if isinstance(message, Message) else Message(text=str(message)))
        self.messages = notes
        return self
