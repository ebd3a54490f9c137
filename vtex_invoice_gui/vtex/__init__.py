"""The VTEX Orders API: accounts, payload models, the client and its errors. No Qt here."""

from .account import Account, AccountError, Environment
from .client import OmsClient, RetryNotice, RetryPolicy, parse_retry_after
from .errors import (
    AuthError,
    BadRequestError,
    ConflictError,
    InvalidResponseError,
    NotFoundError,
    OrderStateError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitedError,
    ReceiptMismatchError,
    ResponseTooLargeError,
    ServerError,
    SlowAnswerError,
    TransportError,
    UnreadableWriteAnswerError,
    VtexError,
)
from .order import Gate, InvoiceGate, Order, OrderItem, OrderList, OrderSummary, Package
from .payloads import (
    InvoiceItem,
    InvoiceNotification,
    Receipt,
    TrackingEvent,
    TrackingInfo,
    TrackingStatus,
    check_invoice_number,
    field_problems,
)

__all__ = [
    "Account", "AccountError", "Environment", "OmsClient", "RetryNotice", "RetryPolicy",
    "parse_retry_after", "AuthError", "BadRequestError", "ConflictError", "InvalidResponseError",
    "NotFoundError", "OrderStateError", "OutcomeUnknownError", "PermissionDeniedError",
    "RateLimitedError", "ReceiptMismatchError", "ResponseTooLargeError", "ServerError", "SlowAnswerError",
    "TransportError", "UnreadableWriteAnswerError", "VtexError", "Gate", "InvoiceGate", "Order",
    "OrderItem", "OrderList", "OrderSummary", "Package", "InvoiceItem", "InvoiceNotification",
    "Receipt", "TrackingEvent", "TrackingInfo", "TrackingStatus", "check_invoice_number",
    "field_problems",
]
