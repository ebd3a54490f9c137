"""The errors the VTEX client raises, and how an HTTP answer turns into one.

The tree (every class carries the HTTP status, VTEX's error code and message when the answer had
them, and two plain sentences for the clerk: what happened and what to do)::

    VtexError
    ├── AuthError                 401: the app key or token is wrong or missing
    ├── PermissionDeniedError     403: the key's role lacks a License Manager resource
    ├── NotFoundError             404: no such order (or invoice)
    ├── OrderStateError           400/409 with an OMS code: the order's status forbids the action
    ├── BadRequestError           400: VTEX rejected the body
    ├── RateLimitedError          429: too many requests; ``retry_after`` seconds when VTEX said
    ├── ServerError               5xx: VTEX failed or is unavailable
    ├── TransportError            no answer: connection refused, timed out, dropped
    │   └── OutcomeUnknownError   a write went out but no answer came back: re-read before resending
    └── InvalidResponseError      an answer that is not what the API returns (HTML, broken JSON)

No message or detail ever holds the app key or token: everything that could echo them is passed
through :func:`redact` first.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

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

_BODY_EXCERPT = 2000


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """Replace every secret that occurs in ``text`` with ``***``."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text


@dataclass(frozen=True)
class RequestInfo:
    """What was asked, for the error details: method and path only, never headers."""

    operation: str
    method: str
    path: str


class VtexError(Exception):
    """Base of every error the client raises."""

    summary = "VTEX could not complete the request."
    advice = "Try again. If it keeps happening, copy the details for support."
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
        self.body = body[:_BODY_EXCERPT] if body else body
        self.retry_after = retry_after
        super().__init__(message or self._default_message())

    def _default_message(self) -> str:
        parts = [self.summary]
        if self.code or self.vtex_message:
            parts.append(f"VTEX says: {' '.join(p for p in (self.code, self.vtex_message) if p)}.")
        return " ".join(parts)

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
    summary = "VTEX did not accept the app key and token."
    advice = (
        "Check the app key and app token in the store settings (copy them again from the VTEX "
        "Admin, Account settings > Apps/API keys) and that the account name is right."
    )


class PermissionDeniedError(VtexError):
    summary = "The app key is valid, but its role may not do this."

    @property
    def missing_resource(self) -> str:
        return RESOURCE_BY_OPERATION.get(self.operation or "", "Notify invoice")

    @property
    def advice(self) -> str:  # type: ignore[override]
        return (
            f"In the VTEX Admin (Account settings > Roles), give the key's role the "
            f"'{self.missing_resource}' resource, for example with the predefined role "
            f"'OMS - Full access'."
        )


class NotFoundError(VtexError):
    summary = "VTEX did not find that order or invoice."
    advice = (
        "Check the order id (for example 1234567890123-01, or seq followed by the sequence "
        "number) and that it belongs to this store. VTEX only keeps orders of the last two years."
    )


class OrderStateError(VtexError):
    summary = "The order's status does not allow this action now."
    advice = "Reload the order to see its current status, then try the action that status allows."


#: The issue and the docs speak of "conflicts"; both names refer to one class.
ConflictError = OrderStateError


class BadRequestError(VtexError):
    summary = "VTEX rejected what was sent."
    advice = "Correct the field VTEX names below and send again."


class RateLimitedError(VtexError):
    summary = "VTEX is limiting requests from this store right now."

    @property
    def advice(self) -> str:  # type: ignore[override]
        if self.retry_after:
            return f"Wait {self.retry_after:.0f} seconds and send again; nothing was lost."
        return "Wait a minute and send again; nothing was lost."


class ServerError(VtexError):
    summary = "VTEX had a problem answering (a server error on their side)."

    @property
    def advice(self) -> str:  # type: ignore[override]
        if self.may_have_applied:
            return (
                "VTEX may still have applied it. Reload the order first and send again only if "
                "it is not there. status.vtex.com shows whether VTEX has an incident."
            )
        return "Wait a moment and try again. status.vtex.com shows whether VTEX has an incident."


class TransportError(VtexError):
    summary = "Could not reach VTEX."
    advice = "Check the internet connection and try again; nothing was lost."


class OutcomeUnknownError(TransportError):
    may_have_applied = True
    summary = "The request was sent, but no answer came back: VTEX may or may not have applied it."
    advice = (
        "Do not send it again yet. Reload the order to see whether it landed; send again only "
        "if it is not there."
    )


class InvalidResponseError(VtexError):
    summary = "VTEX answered with something that is not the data the API returns."
    advice = (
        "Check the account name and environment. A web page instead of data usually means the "
        "key lacks permission or the address is not a VTEX store."
    )


class UnreadableWriteAnswerError(InvalidResponseError):
    """A write answered 2xx with something that is not data (a login page, broken JSON): VTEX may
    well have applied it, so it is settled like any ambiguous answer (re-read, then decide)."""

    may_have_applied = True
    summary = (
        "VTEX answered the send with something that is not data (a web page or broken data): "
        "it may or may not have applied it."
    )
    advice = (
        "Do not send it again yet. Reload the order to see whether it landed; send again only "
        "if it is not there."
    )


_ORDER_STATE_CODES = re.compile(r"^OMS\d+$")


def parse_error_body(text: str) -> tuple[str | None, str | None]:
    """Pull VTEX's code and message out of any of its error body shapes.

    Handles ``{"error": {"code", "message"}}``, RFC 9110 ProblemDetails (``title``, ``detail``,
    ``errors``), a bare ``{"message": ...}``, plain text and HTML (reported as a web page).
    """
    stripped = text.strip()
    if not stripped:
        return None, None
    try:
        data: Any = json.loads(stripped)
    except ValueError:
        if stripped[:1] == "<":
            return None, "an HTML page instead of data"
        return None, stripped.splitlines()[0][:300]
    if not isinstance(data, dict):
        return None, str(data)[:300]
    error = data.get("error")
    if isinstance(error, dict):
        code = error.get("code")
        message = error.get("message")
        return (str(code) if code is not None else None, str(message) if message else None)
    if isinstance(error, str):
        return None, error
    if "title" in data or "errors" in data:
        pieces = [str(data[k]) for k in ("title", "detail") if data.get(k)]
        errors = data.get("errors")
        if isinstance(errors, dict):
            for field, problems in errors.items():
                text_problems = "; ".join(map(str, problems)) if isinstance(problems, list) else str(problems)
                pieces.append(f"{field}: {text_problems}")
        return None, " ".join(pieces) or None
    for key in ("message", "Message"):
        if isinstance(data.get(key), str):
            return None, data[key]
    return None, None


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
