"""The VTEX Orders API: accounts, payload models, the client and its errors. No Qt here.

Each name loads its module when first asked for (``from vtex_invoice_gui.vtex import Order`` works as
ever): the account checks that start-up needs do not bring pydantic (~60 ms of imports) or httpx
(~40 ms) with them, and the window is painted before any order is read.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .account import Account, AccountError, Environment

if TYPE_CHECKING:
    from .client import OmsClient
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
    from .retry import RetryNotice, RetryPolicy, parse_retry_after

#: Where each name lives (module of this package).
_HOMES = {
    "client": ("OmsClient",),
    "retry": ("RetryNotice", "RetryPolicy", "parse_retry_after"),
    "errors": (
        "AuthError", "BadRequestError", "ConflictError", "InvalidResponseError", "NotFoundError",
        "OrderStateError", "OutcomeUnknownError", "PermissionDeniedError", "RateLimitedError",
        "ReceiptMismatchError", "ResponseTooLargeError", "ServerError", "SlowAnswerError", "TransportError",
        "UnreadableWriteAnswerError", "VtexError",
    ),
    "order": ("Gate", "InvoiceGate", "Order", "OrderItem", "OrderList", "OrderSummary", "Package"),
    "payloads": (
        "InvoiceItem", "InvoiceNotification", "Receipt", "TrackingEvent", "TrackingInfo", "TrackingStatus",
        "check_invoice_number", "field_problems",
    ),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # asked once
    return value


__all__ = ["Account", "AccountError", "Environment", *_HOME_OF]
