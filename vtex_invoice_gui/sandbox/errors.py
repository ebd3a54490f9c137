"""The errors the sandbox answers with, in OMS's ``{"error": {...}}`` shape.

Codes ``1``, ``OMS003`` and ``OMS007`` are the ones VTEX documents or is known to send
(vtex-api.md section 6.1). The other ``OMS0xx`` codes below are the sandbox's own picks:
VTEX documents no error body for those cases, so the sandbox chose a code and a message
that says what is wrong.
"""

from __future__ import annotations

from typing import Any

UNAUTHORIZED = "1"  # VTEX: 401 "Unauthorized access"
VALIDATION = "1"  # generic OMS code; the message names the field
WRONG_STATUS_START_HANDLING = "OMS003"  # VTEX, documented
ORDER_NOT_FOUND = "OMS007"  # VTEX, seen in the wild
FORBIDDEN = "403"  # sandbox pick; VTEX documents no body for 403
INVOICE_NOT_FOUND = "OMS020"  # sandbox pick; message "Invoice Not Found" as in the KIs
INVOICE_WRONG_STATUS = "OMS021"  # sandbox pick
INVOICE_VALUE_EXCEEDED = "OMS022"  # sandbox pick
REFUND_EXCEEDED = "OMS023"  # sandbox pick; message is the one VTEX sends
NO_TRACKING_NUMBER = "OMS024"  # sandbox pick
ROUTE_NOT_FOUND = "404"
METHOD_NOT_ALLOWED = "405"


class ApiError(Exception):
    """An error answer: HTTP status plus OMS error code and message."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        """The JSON body, e.g. ``{"error": {"code": "OMS007", "message": ..., "exception": None}}``."""
        return error_body(self.code, self.message)


def error_body(code: str, message: str) -> dict[str, Any]:
    """OMS's error envelope."""
    return {"error": {"code": code, "message": message, "exception": None}}


def bad_request(message: str) -> ApiError:
    """400 with the generic OMS code and a message naming the field."""
    return ApiError(400, VALIDATION, message)


def order_not_found() -> ApiError:
    """404 as OMS answers for an unknown order id."""
    return ApiError(404, ORDER_NOT_FOUND, "Order Not Found")


def invoice_not_found() -> ApiError:
    """404 for an invoice number the order does not have."""
    return ApiError(404, INVOICE_NOT_FOUND, "Invoice Not Found")
