"""The VTEX Orders API: accounts, payload models, the client and its errors. No Qt here.

``OmsClient`` (and with it httpx, ~40 ms of imports) loads when first asked for: the window is
painted before any request is made.
"""

from typing import TYPE_CHECKING, Any

from .account import Account, AccountError, Environment
from .retry import RetryNotice, RetryPolicy, parse_retry_after
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

if TYPE_CHECKING:
    from .client import OmsClient


def __getattr__(name: str) -> Any:
    if name == "OmsClient":
        from .client import OmsClient

        return OmsClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
