"""The errors the sandbox answers with, in OMS's ``{"error": {...}}`` shape.

Codes ``1``, ``OMS003`` and ``OMS007`` are the ones VTEX documents or is known to send
(vtex-api.md section 6.1). VTEX documents no error body for the other cases, so the sandbox
picked these:

- every 400 (a field is wrong, an amount is too high, no tracking number yet) uses OMS's
  generic code ``1`` with a message that names the field or the rule;
- a write the order's status does not allow answers 409 with ``OMS021``;
- an unknown invoice number answers 404 with ``OMS020`` "Invoice Not Found" (the KIs' wording);
- a read-only key on a write answers 403 with code ``403`` and OAS's description text.

So a client can treat "400 + code ``OMS...``" as a status conflict (as FIELD saw for OMS003),
and any other 400 as a bad request.
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
