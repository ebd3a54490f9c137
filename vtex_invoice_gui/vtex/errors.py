"""The errors the VTEX client raises, and how an HTTP answer turns into one.

The tree (every class carries the HTTP status, VTEX's error code and message when the answer had
them, and two messages for the clerk, worded in ``wording/errors.py``: what happened and what to do)::

    VtexError
    ├── AuthError                 401: the app key or token is wrong or missing
    ├── PermissionDeniedError     403: the key's role lacks a License Manager resource
    ├── NotFoundError             404: no such order (or invoice)
    ├── OrderStateError           400/409 with an OMS code: the order's status forbids the action
    ├── BadRequestError           400: VTEX rejected the body
    ├── RateLimitedError          429: too many requests; ``retry_after`` seconds when VTEX said
    ├── ServerError               5xx: VTEX failed or is unavailable
    ├── TransportError            no answer: connection refused, timed out, dropped
    │   ├── OutcomeUnknownError   a write went out but no answer came back: re-read before resending
    │   └── SlowAnswerError       a read's answer came so slowly that the desk stopped waiting
    └── InvalidResponseError      an answer that is not what the API returns (HTML, broken JSON)
        ├── ResponseTooLargeError an answer far larger than any order: reading stopped
        └── ReceiptMismatchError  a 2xx receipt for another order: not a confirmation; re-read first

No message or detail ever holds the app key or token: everything that could echo them is passed
through :func:`~.redaction.redact` first (``redaction.py``, re-exported here).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from ..messages import Message
from .redaction import RedactingFilter, redact, redact_error, remember_secrets, secret_forms  # noqa: F401 - re-exported

#: Which License Manager resource each operation needs (vtex-api.md section 1).
RESOURCE_BY_OPERATION = {
    "get_order": "View order",
    "list_orders": "List Orders",
    "start_handling": "Change order workflow status",
    "send_invoice": "Notify invoice",
    "send_return_invoice": "Notify refund",
    "update_tracking_number": "Notify invoice",
    "update_tracking_status": "Notify invoice",
}

#: How much of an answer's body an error keeps for the details.
BODY_EXCERPT = 2000


@dataclass(frozen=True)
class RequestInfo:
    """What was asked, for the error details: method and path only, never headers."""

    operation: str
    method: str
    path: str


class VtexError(Exception):
    """Base of every error the client raises.

    ``summary`` (what happened) and ``advice`` (what to do) are messages of
    ``vtex_invoice_gui/wording/errors.py``, named by each class's codes.
    """

    summary_code = "error.vtex"
    advice_code = "error.vtex_advice"
    #: True when a write may have been applied although it failed: re-read before resending.
    may_have_applied = False

    def __init__(
        self,
        message: str | None = None,
        *,
        status: int | None = None,
        code: str | None = None,
        vtex_message: str | None = None,
        request: RequestInfo | None = None,
        body: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.vtex_message = vtex_message
        self.request = request
        self.body = body[:BODY_EXCERPT] if body else body
        self.retry_after = retry_after
        super().__init__(message or self._default_message())

    @property
    def summary(self) -> Message:
        """What happened, for the clerk."""
        return Message(self.summary_code)

    @property
    def advice(self) -> Message:
        """What to do about it, for the clerk."""
        return Message(self.advice_code)

    def _default_message(self) -> str:
        if not (self.code or self.vtex_message):
            return str(self.summary)
        said = " ".join(p for p in (self.code, self.vtex_message) if p)
        said += "" if said.endswith((".", "!", "?")) else "."
        return str(Message("cli.vtex_says").format(summary=self.summary, said=said))

    @property
    def operation(self) -> str | None:
        return self.request.operation if self.request else None

    def details(self) -> str:
        """A copyable, secret-free description for support."""
        lines = [f"Error: {type(self).__name__}"]
        if self.request:
            lines.append(f"Request: {self.request.method} {self.request.path}")
        if self.status is not None:
            lines.append(f"HTTP status: {self.status}")
        if self.code:
            lines.append(f"VTEX code: {self.code}")
        if self.vtex_message:
            lines.append(f"VTEX message: {self.vtex_message}")
        if self.retry_after is not None:
            lines.append(f"Retry-After: {self.retry_after:g} s")
        if self.body:
            lines.append("Response body:")
            lines.append(self.body)
        return "\n".join(lines)


class AuthError(VtexError):
    summary_code, advice_code = "error.auth", "error.auth_advice"


class PermissionDeniedError(VtexError):
    summary_code = "error.permission"

    @property
    def missing_resource(self) -> str:
        return RESOURCE_BY_OPERATION.get(self.operation or "", "Notify invoice")

    @property
    def advice(self) -> Message:
        return Message("error.permission_advice").format(resource=self.missing_resource)


class NotFoundError(VtexError):
    summary_code, advice_code = "error.not_found", "error.not_found_advice"


class OrderStateError(VtexError):
    summary_code, advice_code = "error.order_state", "error.order_state_advice"


#: The issue and the docs speak of "conflicts"; both names refer to one class.
ConflictError = OrderStateError


class BadRequestError(VtexError):
    summary_code, advice_code = "error.bad_request", "error.bad_request_advice"


class RateLimitedError(VtexError):
    summary_code = "error.rate_limited"

    @property
    def advice(self) -> Message:
        if self.retry_after:
            return Message("error.rate_limited_wait").format(seconds=f"{self.retry_after:.0f}")
        return Message("error.rate_limited_minute")


class ServerError(VtexError):
    summary_code = "error.server"

    @property
    def advice(self) -> Message:
        return Message("error.reload_first" if self.may_have_applied else "error.server_advice")


class TransportError(VtexError):
    summary_code, advice_code = "error.transport", "error.transport_advice"


class OutcomeUnknownError(TransportError):
    may_have_applied = True
    summary_code, advice_code = "error.outcome_unknown", "error.reload_first"


class SlowAnswerError(TransportError):
    summary_code, advice_code = "error.slow_answer", "error.slow_answer_advice"


class InvalidResponseError(VtexError):
    summary_code, advice_code = "error.invalid_response", "error.invalid_response_advice"


class ResponseTooLargeError(InvalidResponseError):
    summary_code = "error.too_large"

    @property
    def advice(self) -> Message:
        return Message("error.reload_first" if self.may_have_applied else "error.too_large_advice")


class ReceiptMismatchError(InvalidResponseError):
    """VTEX answered a write with a receipt whose ``orderId`` is not the order the write was for.

    The write may or may not have landed on the order sent, so it is no confirmation: the journal
    keeps it as unknown and the order is re-read before anything is sent again.
    """

    may_have_applied = True
    advice_code = "error.reload_first"

    def __init__(self, *, expected: str, received: str, **kwargs: Any) -> None:
        self.expected_order_id = expected
        self.received_order_id = received
        found = Message("error.found_other_receipt").format(received=received, expected=expected)
        kwargs.setdefault("vtex_message", found)
        super().__init__(**kwargs)

    @property
    def summary(self) -> Message:
        return Message("error.receipt_mismatch").format(received=self.received_order_id, expected=self.expected_order_id)


class UnreadableWriteAnswerError(InvalidResponseError):
    """A write answered 2xx with something that is not data (a login page, broken JSON): VTEX may
    well have applied it, so it is settled like any ambiguous answer (re-read, then decide)."""

    may_have_applied = True
    summary_code, advice_code = "error.unreadable_write", "error.reload_first"


_ORDER_STATE_CODES = re.compile(r"^OMS\d+$")


def _field(data: dict[str, Any], name: str) -> str | None:
    """``data[name]`` in either case VTEX's services use (``code``/``Code``), as non-empty text."""
    for key in (name, name[:1].upper() + name[1:]):
        value = data.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def _from_json(data: Any) -> tuple[str | None, str | None]:
    """Code and message from a parsed JSON error body of any shape VTEX is known to send."""
    if data is None:
        return None, None
    if isinstance(data, list):  # a list of errors: the first one speaks for all
        return _from_json(data[0]) if data else (None, None)
    if not isinstance(data, dict):
        return None, str(data)[:300]
    error = data.get("error", data.get("Error"))
    if isinstance(error, dict):  # OMS: {"error": {"code", "message", "exception"}}
        return _field(error, "code"), _field(error, "message")
    if isinstance(error, str) and error.strip():
        return None, error.strip()
    errors = data.get("errors")
    if "title" in data or "detail" in data:  # RFC 9110 ProblemDetails
        pieces = [str(data[k]) for k in ("title", "detail") if data.get(k)]
        if isinstance(errors, dict):
            for field, problems in errors.items():
                text_problems = "; ".join(map(str, problems)) if isinstance(problems, list) else str(problems)
                pieces.append(f"{field}: {text_problems}")
        elif isinstance(errors, list):
            pieces += [_from_json(e)[1] or "" for e in errors]
        return None, " ".join(p for p in pieces if p) or None
    if isinstance(errors, list | dict) and errors:
        return _from_json(errors if isinstance(errors, list) else [errors])
    return _field(data, "code"), _field(data, "message")


def parse_error_body(text: str) -> tuple[str | None, str | None]:
    """Pull VTEX's code and message out of any of its error body shapes.

    Handles OMS's ``{"error": {"code", "message"}}`` (either key case, code missing, null or a
    number), RFC 9110 ProblemDetails (``title``, ``detail``, ``errors`` as a map or a list), a
    bare ``{"message": ...}`` or ``{"error": "..."}``, a JSON list or string, plain text (its
    first line), HTML (reported as a web page) and an empty body (nothing to report).
    """
    stripped = text.strip()
    if not stripped:
        return None, None
    try:
        data: Any = json.loads(stripped)
    except ValueError:
        if stripped[:1] == "<":
            return None, Message("error.found_html")
        return None, stripped.splitlines()[0][:300]
    return _from_json(data)


def error_for_status(
    status: int,
    body: str,
    request: RequestInfo,
    *,
    retry_after: float | None = None,
) -> VtexError:
    """Map a non-2xx HTTP answer to the right :class:`VtexError` subclass."""
    code, message = parse_error_body(body)
    kwargs: dict[str, Any] = {
        "status": status,
        "code": code,
        "vtex_message": message,
        "request": request,
        "body": body,
    }
    if status == 401:
        return AuthError(**kwargs)
    if status == 403:
        return PermissionDeniedError(**kwargs)
    if status == 404:
        return NotFoundError(**kwargs)
    if status == 409 or (status == 400 and code and _ORDER_STATE_CODES.match(code)):
        return OrderStateError(**kwargs)
    if status == 429:
        return RateLimitedError(retry_after=retry_after, **kwargs)
    if status >= 500:
        return ServerError(**kwargs)
    return BadRequestError(**kwargs)
