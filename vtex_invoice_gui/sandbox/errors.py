"""The errors the sandbox answers with: VTEX's documented bodies, else the plainest shape.

Where VTEX documents (or is known to send) a body, the sandbox sends exactly that, in OMS's
``{"error": {"code", "message", "exception"}}`` envelope (vtex-api.md section 6.1):

- 401: code ``1``, "Unauthorized access" (OAS start-handling example);
- start-handling on a wrong status: code ``OMS003`` (409 in the spec, 400 as seen in the field);
- an unknown order: 404 with code ``OMS007`` "Order Not Found" (FS, a public fixture).

Everything else (a rejected field, a status that forbids an invoice, an unknown invoice number,
a read-only key on a write, an unknown route) has no documented body, so the sandbox invents no
code for it: the answer is **plain text** (``text/plain``), one sentence, as OMS sometimes answers
(FS: "No authorized"). The KIs' own wording is kept where there is one ("Invoice Not Found",
"An error has occurred", "Unable to using the restitution Refund more than ...").
"""

from __future__ import annotations

from typing import Any

UNAUTHORIZED = "1"  # VTEX: 401 "Unauthorized access"
WRONG_STATUS_START_HANDLING = "OMS003"  # VTEX, documented
ORDER_NOT_FOUND = "OMS007"  # VTEX, seen in the wild
TEXT_TYPE = "text/plain; charset=utf-8"


class ApiError(Exception):
    """An error answer: HTTP status, message, and VTEX's code when VTEX documents one.

    ``code=None`` means VTEX documents no body for this case: the answer is the message as plain
    text.
    """

    def __init__(
        self, status: int, code: str | None, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(f"{status} {code or '-'}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any] | bytes:
        """OMS's JSON envelope for a documented code, else the message as UTF-8 text."""
        if self.code is None:
            return self.message.encode("utf-8")
        return error_body(self.code, self.message)

    def reply_headers(self) -> dict[str, str]:
        headers = dict(self.headers)
        if self.code is None:
            headers.setdefault("Content-Type", TEXT_TYPE)
        return headers


def error_body(code: str, message: str) -> dict[str, Any]:
    """OMS's error envelope."""
    return {"error": {"code": code, "message": message, "exception": None}}


def plain(status: int, message: str, headers: dict[str, str] | None = None) -> ApiError:
    """An answer VTEX documents no body for: the status and one plain-text sentence."""
    return ApiError(status, None, message, headers)


def bad_request(message: str) -> ApiError:
    """400 with a plain-text message naming the field or the rule."""
    return plain(400, message)


def order_not_found() -> ApiError:
    """404 as OMS answers for an unknown order id."""
    return ApiError(404, ORDER_NOT_FOUND, "Order Not Found")


def invoice_not_found() -> ApiError:
    """404 for an invoice number the order does not have (the KIs' wording, no code)."""
    return plain(404, "Invoice Not Found")
