"""The VTEX Orders (OMS) client: the six calls an invoicing desk makes, over one httpx.Client.

Reads (GET) are retried on 429, 502, 503, 504 and network failures, waiting as ``Retry-After``
says or backing off exponentially with jitter, within a bounded time. Writes are never re-sent
blindly: a write is retried only when it certainly did not reach VTEX (connection refused, or a
429 that rejected it); a write that may have landed (timeout, dropped connection, 5xx) raises an
error with ``may_have_applied`` set, so the caller re-reads the order before anything else.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from .. import __version__
from ..messages import Message, message_of
from .account import Account
from .answers import M, parse_answer
from .credentials import clean_app_key, clean_app_token
from .errors import (
    BODY_EXCERPT,
    InvalidResponseError,
    OutcomeUnknownError,
    RateLimitedError,
    ReceiptMismatchError,
    RequestInfo,
    ResponseTooLargeError,
    SlowAnswerError,
    TransportError,
    VtexError,
    error_for_status,
    redact,
    redact_error,
    remember_secrets,
)
from .order import Order, OrderList
from .payloads import InvoiceNotification, Receipt, TrackingInfo, TrackingStatus, check_invoice_number, check_order_id
from .retry import RetryNotice, RetryPolicy, parse_retry_after
from .timeouts import CONNECT_TIMEOUT_S, POOL_TIMEOUT_S, READ_TIMEOUT_S, WRITE_TIMEOUT_S
from .transport import MAX_RESPONSE_BYTES, TOTAL_TIMEOUT_S, AnswerTooLarge, AnswerTooSlow, client_for, read_answer

log = logging.getLogger(__name__)

ORDERS_PATH = "/api/oms/pvt/orders"
DEFAULT_TIMEOUT = httpx.Timeout(
    connect=CONNECT_TIMEOUT_S, read=READ_TIMEOUT_S, write=WRITE_TIMEOUT_S, pool=POOL_TIMEOUT_S
)
#: Answers up to this size are parsed and validated in one call (``model_validate_json``: about
#: twice as quick, and it holds the GIL for < 3 ms); larger ones in two steps (see ``_parse_body``).
RETRYABLE_READ_STATUSES = frozenset({429, 502, 503, 504})
# Transport failures after which the request certainly never reached the server.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)

# What the desk found wrong with an answer (VTEX's message slot of the error; wording/errors.py).
MSG_REDIRECTED = Message("error.found_redirect")
MSG_REDIRECTED_NOWHERE = Message("error.found_redirect_nowhere")


__all__ = [
    "DEFAULT_TIMEOUT", "ORDERS_PATH", "RETRYABLE_READ_STATUSES", "OmsClient", "RetryNotice", "RetryPolicy",
    "parse_retry_after",
]


def _segment(value: str) -> str:
    return quote(value, safe="")


class OmsClient:
    """Talks to one store's Orders API with one app key and token.

    ``http`` may be any configured :class:`httpx.Client` (tests inject one with a
    ``MockTransport``); without one the client makes and owns its own (never via a proxy for
    loopback). Key and token are stripped, and refused (``CredentialError``) with characters VTEX
    keys never have. Answers over ``max_response_bytes`` or ``total_timeout`` s are cut off.
    """

    def __init__(
        self,
        account: Account,
        app_key: str,
        app_token: str,
        http: httpx.Client | None = None,
        *,
        retry: RetryPolicy | None = None,
        on_retry: Callable[[RetryNotice], None] | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        total_timeout: float = TOTAL_TIMEOUT_S,
    ) -> None:
        app_key, app_token = clean_app_key(app_key), clean_app_token(app_token)
        if not app_key or not app_token:
            raise ValueError(Message("secrets.both_needed"))
        remember_secrets(app_key, app_token)  # the log handlers hide them (RedactingFilter)
        self.account = account
        self._app_key = app_key
        self._app_token = app_token
        self._owns_http = http is None
        self._http = http if http is not None else client_for(account.is_sandbox, timeout=timeout)
        self._timeout = timeout
        self.max_response_bytes = max_response_bytes
        self.total_timeout = total_timeout
        self.retry = retry or RetryPolicy()
        self.on_retry = on_retry
        self._sleep = sleep
        self._rng = rng

    def __repr__(self) -> str:
        return f"OmsClient({self.account!s})"

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> OmsClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the six calls ----------------------------------------------------------------------
    def get_order(self, order_id: str) -> Order:
        """Get Order, by order id or ``seq`` + sequence."""
        order_id = check_order_id(order_id)
        response = self._request("get_order", "GET", f"{ORDERS_PATH}/{_segment(order_id)}")
        return self._parse(response, Order, "get_order")

    def list_orders(
        self,
        status: str | None = None,
        page: int = 1,
        per_page: int = 15,
        *,
        query: str | None = None,
        order_by: str | None = None,
        filters: Mapping[str, str] | None = None,
    ) -> OrderList:
        """List Orders (an index that lags VTEX by minutes: re-read the detail before acting).

        ``filters``: more documented parameters as VTEX spells them (``f_creationDate``,
        ``f_shippingEstimate``, ``f_hasInputInvoice``...); ``status``, ``query`` and ``order_by``
        win over the same keys there."""
        if not 1 <= page <= 30:
            raise ValueError("VTEX lists at most 30 pages (page must be 1 to 30).")
        if not 1 <= per_page <= 100:
            raise ValueError("VTEX lists 1 to 100 orders per page.")
        params: dict[str, Any] = {k: v for k, v in (filters or {}).items() if k not in ("page", "per_page")}
        params.update(page=page, per_page=per_page)
        if status:
            params["f_status"] = status
        if query:
            params["q"] = query
        if order_by:
            params["orderBy"] = order_by
        response = self._request("list_orders", "GET", ORDERS_PATH, params=params)
        return self._parse(response, OrderList, "list_orders")

    def start_handling(self, order_id: str) -> None:
        """Move a ``ready-for-handling`` order to ``handling`` (VTEX answers 204)."""
        order_id = check_order_id(order_id)
        self._request("start_handling", "POST", f"{ORDERS_PATH}/{_segment(order_id)}/start-handling", write=True)

    def send_invoice(self, order_id: str, invoice: InvoiceNotification) -> Receipt:
        """Order invoice notification (POST /invoice): a sale (Output) or a return (Input)."""
        order_id = check_order_id(order_id)
        operation = "send_return_invoice" if invoice.type == "Input" else "send_invoice"
        response = self._request(
            operation, "POST", f"{ORDERS_PATH}/{_segment(order_id)}/invoice", body=invoice.to_wire(), write=True
        )
        return self._receipt_for(order_id, response, operation)

    def update_tracking_number(self, order_id: str, invoice_number: str, info: TrackingInfo) -> Receipt:
        """Send the tracking number, URL, carrier and dispatch date of an invoice (PATCH)."""
        path = f"{ORDERS_PATH}/{_segment(check_order_id(order_id))}/invoice/{_segment(check_invoice_number(invoice_number))}"
        response = self._request("update_tracking_number", "PATCH", path, body=info.to_wire(), write=True)
        return self._receipt_for(order_id, response, "update_tracking_number")

    def update_tracking_status(self, order_id: str, invoice_number: str, status: TrackingStatus) -> Receipt:
        """Add tracking events, and mark delivered, on an invoice that has a tracking number (PUT)."""
        path = (
            f"{ORDERS_PATH}/{_segment(check_order_id(order_id))}/invoice/"
            f"{_segment(check_invoice_number(invoice_number))}/tracking"
        )
        response = self._request("update_tracking_status", "PUT", path, body=status.to_wire(), write=True)
        return self._receipt_for(order_id, response, "update_tracking_status")

    # -- helpers built on the calls ---------------------------------------------------------
    def wait_for(
        self,
        order_id: str,
        predicate: Callable[[Order], bool],
        *,
        timeout: float = 30.0,
        first_delay: float = 0.5,
        max_delay: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> tuple[Order, bool]:
        """Re-read an order until ``predicate`` holds (VTEX applies invoices asynchronously).

        Returns the last order read and whether the predicate held before ``timeout``.
        """
        deadline = clock() + timeout
        delay = first_delay
        while True:
            order = self.get_order(order_id)
            if predicate(order):
                return order, True
            remaining = deadline - clock()
            if remaining <= 0:
                return order, False
            self._sleep(min(delay, remaining))
            delay = min(delay * 2, max_delay)

    # -- plumbing ---------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        return {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": f"vtex-invoice-desk/{__version__}",
            "X-VTEX-API-AppKey": self._app_key,
            "X-VTEX-API-AppToken": self._app_token,
        }

    def _request(
        self,
        operation: str,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        write: bool = False,
    ) -> httpx.Response:
        url = httpx.URL(self.account.base_url + path)
        if url.host != self.account.host:  # defence in depth: keys go to the store's host only
            raise ValueError("Refusing to send credentials to another host.")
        info = RequestInfo(operation, method, path)
        content = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            error = self._attempt(info, url, params, content, write)
            if isinstance(error, httpx.Response):
                return error
            error = redact_error(error, self._secrets)  # a server or httpx may echo a secret anywhere
            delay = self._retry_delay(error, attempt, write)
            if delay is None or time.monotonic() - started + delay > self.retry.budget:
                raise error
            log.info("%s %s: %s; retrying in %.1f s", method, path, type(error).__name__, delay)
            if self.on_retry is not None:
                self.on_retry(RetryNotice(operation, attempt, delay, error))
            self._sleep(delay)

    def _attempt(
        self, info: RequestInfo, url: httpx.URL, params: dict[str, Any] | None, content: bytes | None, write: bool
    ) -> httpx.Response | VtexError:
        """One try: the 2xx response, or the error it amounts to (returned, not raised)."""
        try:
            request = self._http.build_request(
                info.method, url, params=params, content=content, headers=self._headers(), timeout=self._timeout
            )
            # never carry the key to wherever a redirect points (read_answer does not follow one)
            response = read_answer(
                self._http, request, max_bytes=self.max_response_bytes, total_timeout=self.total_timeout
            )
        except httpx.TransportError as exc:
            reason = redact(str(exc) or type(exc).__name__, self._secrets)
            if write and not isinstance(exc, _NEVER_SENT):
                return OutcomeUnknownError(request=info, vtex_message=reason)
            return TransportError(request=info, vtex_message=reason)
        except AnswerTooSlow as exc:
            if write:
                return OutcomeUnknownError(request=info, vtex_message=message_of(exc))
            return SlowAnswerError(request=info, vtex_message=message_of(exc))
        except AnswerTooLarge as exc:
            too_large = ResponseTooLargeError(request=info, vtex_message=message_of(exc))
            too_large.may_have_applied = write  # an answer cut short: the write may have landed
            return too_large
        except httpx.DecodingError as exc:
            undecoded = InvalidResponseError(request=info, vtex_message=redact(str(exc), self._secrets))
            undecoded.may_have_applied = write  # an answer that cannot be read: the write may have landed
            return undecoded
        log.info("%s %s -> %s", info.method, info.path, response.status_code)
        if 200 <= response.status_code < 300:
            return response
        body = redact(response.text, self._secrets)  # an error answer: small, parsed whole
        if 300 <= response.status_code < 400:
            return InvalidResponseError(
                status=response.status_code,
                vtex_message=_redirected(response.headers.get("location")),
                request=info,
                body=body,
            )
        error = error_for_status(
            response.status_code,
            body,
            info,
            retry_after=parse_retry_after(response.headers.get("retry-after")),
        )
        error.may_have_applied = write and response.status_code >= 500
        return error

    def _retry_delay(self, error: VtexError, attempt: int, write: bool) -> float | None:
        """How long to wait before trying again, or None when this error is final."""
        if attempt >= self.retry.attempts:
            return None
        if isinstance(error, OutcomeUnknownError | SlowAnswerError):
            return None  # never re-send a write that may have landed, nor wait twice as long
        if isinstance(error, RateLimitedError):
            pass  # rejected before processing: safe to repeat, reads and writes alike
        elif isinstance(error, TransportError):
            pass  # for writes only never-sent failures get here
        elif write or error.status not in RETRYABLE_READ_STATUSES:
            return None
        if error.retry_after is not None:
            return min(error.retry_after, self.retry.budget)
        return self.retry.backoff(attempt, self._rng)

    @property
    def _secrets(self) -> tuple[str, str]:
        return (self._app_key, self._app_token)

    def _excerpt(self, response: httpx.Response) -> str:
        """The start of the answer for the error details, redacted (a secret cut at the window's end
        is beyond what the error keeps: it keeps half as much)."""
        return redact(response.text[: 2 * BODY_EXCERPT], self._secrets)

    def _receipt_for(self, order_id: str, response: httpx.Response, operation: str) -> Receipt:
        """The write's receipt, refused as a confirmation when it names another order."""
        receipt = self._parse(response, Receipt, operation)
        sent = order_id.strip()
        if not sent.startswith("seq") and receipt.order_id.strip() != sent:
            raise ReceiptMismatchError(
                expected=sent, received=receipt.order_id, status=response.status_code,
                request=RequestInfo(operation, response.request.method, response.request.url.path),
                body=self._excerpt(response),
            )
        return receipt

    def _parse(self, response: httpx.Response, model: type[M], operation: str) -> M:
        try:
            return parse_answer(response, model, operation, self._excerpt)
        except VtexError as error:  # a content type or a validation message may echo the answer
            raise redact_error(error, self._secrets) from None


def _redirected(location: str | None) -> Message:
    return MSG_REDIRECTED.format(location=location) if location else MSG_REDIRECTED_NOWHERE
