"""The HTTP layer: routing, authentication, content checks, faults and request recording.

Plain ``http.server`` (no dependencies). Each connection runs on its own daemon thread;
HTTP/1.1 keep-alive is supported, and :meth:`SandboxHTTPServer.close_connections` cuts idle
keep-alive connections when the sandbox stops.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from . import errors
from .errors import ApiError
from .faults import Fault, render

if TYPE_CHECKING:
    from .faults import FaultQueue
    from .store import Store

log = logging.getLogger(__name__)

JSON_TYPE = "application/json; charset=utf-8"
REDACTED = "***"
_SECRET_HEADERS = {"x-vtex-api-apptoken", "vtexidclientautcookie", "authorization", "cookie"}
_ORDER = r"/api/oms/pvt/orders/(?P<order>[^/]+)"
ROUTES: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"^/api/oms/pvt/orders/?$"), "GET", "list"),
    (re.compile(rf"^{_ORDER}$"), "GET", "get"),
    (re.compile(rf"^{_ORDER}/start-handling$"), "POST", "start_handling"),
    (re.compile(rf"^{_ORDER}/invoice$"), "POST", "invoice"),
    (re.compile(rf"^{_ORDER}/invoice/(?P<number>[^/]+)$"), "PATCH", "tracking_number"),
    (re.compile(rf"^{_ORDER}/invoice/(?P<number>[^/]+)/tracking$"), "PUT", "tracking_status"),
]
WRITES = {"start_handling", "invoice", "tracking_number", "tracking_status"}


class Headers(dict[str, str]):
    """A dict of request headers with case-insensitive lookup (keys keep the client's case)."""

    def _key(self, name: str) -> str | None:
        lowered = name.lower()
        return next((k for k in dict.keys(self) if k.lower() == lowered), None)

    def __getitem__(self, name: str) -> str:
        key = self._key(name)
        if key is None:
            raise KeyError(name)
        return dict.__getitem__(self, key)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._key(name) is not None

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        key = self._key(name)
        return default if key is None else dict.__getitem__(self, key)


@dataclass
class RecordedRequest:
    """A request as the sandbox saw it (secrets replaced by ``***``)."""

    method: str
    path: str
    query: dict[str, str]
    headers: Headers
    body: Any  # parsed JSON, raw text if not JSON, None if empty
    status: int | None = None  # what was (or would have been) answered; None if dropped before
    fault: str | None = None
    dropped: bool = False
    at: float = field(default_factory=time.time)


@dataclass
class Reply:
    status: int
    body: Any = None  # JSON-able, or bytes already encoded
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> tuple[dict[str, str], bytes]:
        headers = dict(self.headers)
        if self.status == 204 or self.body is None:
            return headers, b""
        if isinstance(self.body, bytes):
            return headers, self.body
        headers.setdefault("Content-Type", JSON_TYPE)
        return headers, json.dumps(self.body, ensure_ascii=False).encode("utf-8")


def _error(error: ApiError) -> Reply:
    return Reply(error.status, error.body(), error.reply_headers())


class Backend(Protocol):
    """What the server needs from the store it serves (:class:`~.instance.Sandbox` is one)."""

    latency: float
    faults: FaultQueue
    store: Store

    def record(self, request: RecordedRequest) -> None:
        """Keep ``request`` (answered or dropped) for :attr:`Sandbox.requests`."""

    def access(self, key: str | None, token: str | None) -> str | None:
        """``"full"``, ``"read"``, ``"nolist"``, ``"norefund"`` or None (unauthorized) for these credentials."""


class SandboxHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server that knows its sandbox and can cut open connections."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], sandbox: Backend) -> None:
        self.sandbox = sandbox
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, SandboxHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (timeouts, drop tests) is normal; anything else is logged."""
        if isinstance(sys.exc_info()[1], ConnectionError | socket.timeout):
            return
        log.exception("sandbox connection from %s failed", client_address)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class SandboxHandler(BaseHTTPRequestHandler):
    """Serves the six OMS operations for one connection."""

    protocol_version = "HTTP/1.1"
    server_version = "vtex-sandbox"
    sys_version = ""
    timeout = 30
    server: SandboxHTTPServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without this, Nagle plus delayed ACKs
        # add ~40 ms to every answer.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    # --- request handling ------------------------------------------------------------------

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _handle(self) -> None:
        sandbox = self.server.sandbox
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        raw = self._read_body()
        record = RecordedRequest(
            method=self.command, path=url.path, query=query, headers=self._recorded_headers(),
            body=_recorded_body(raw),
        )
        if sandbox.latency > 0:
            time.sleep(sandbox.latency)
        fault = sandbox.faults.take(self.command, url.path)
        record.fault = fault.kind if fault else None
        if fault and fault.kind == "drop_before":
            self._drop(record)
            return
        if fault and fault.kind == "delay":
            time.sleep(fault.seconds)
        reply: Reply | None = None
        if fault is None or fault.kind in ("delay", "slow_body", "drop_after") or fault.process:
            reply = self._dispatch(url.path, query, raw)
            record.status = reply.status
        if fault and fault.kind == "drop_after":
            self._drop(record)
            return
        if fault and fault.kind in ("status", "html", "login", "malformed_json"):
            status, headers, body = render(fault, _phrase, _http_date)
            reply = Reply(status, body, headers)
            record.status = status
        assert reply is not None
        sandbox.record(record)
        try:
            self._send(reply, fault if fault and fault.kind == "slow_body" else None)
        except ConnectionError:  # the client gave up (e.g. its timeout); nothing to answer
            self.close_connection = True

    def _recorded_headers(self) -> Headers:
        recorded = Headers()
        for name, value in self.headers.items():
            recorded[name] = REDACTED if name.lower() in _SECRET_HEADERS else value
        return recorded

    def _drop(self, record: RecordedRequest) -> None:
        record.dropped = True
        self.server.sandbox.record(record)
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, reply: Reply, slow: Fault | None) -> None:
        headers, body = reply.encoded()
        self.send_response(reply.status)
        for name, value in headers.items():
            self.send_header(name, value)
        if reply.status != 204:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command == "HEAD" or not body:
            return
        if slow is None:
            self.wfile.write(body)
            return
        self.wfile.flush()
        for start in range(0, len(body), max(slow.chunk, 1)):
            self.wfile.write(body[start:start + max(slow.chunk, 1)])
            self.wfile.flush()
            time.sleep(slow.pause)

    def _dispatch(self, path: str, query: dict[str, str], raw: bytes) -> Reply:
        try:
            return self._route(path, query, raw)
        except ApiError as error:
            return _error(error)
        except Exception:  # a sandbox bug must still produce an answer
            log.exception("sandbox failed on %s %s", self.command, path)
            return _error(errors.plain(500, "An error has occurred"))

    def _route(self, path: str, query: dict[str, str], raw: bytes) -> Reply:
        name, params = _match(self.command, path)
        access = self.server.sandbox.access(
            self.headers.get("X-VTEX-API-AppKey"), self.headers.get("X-VTEX-API-AppToken")
        )
        if access is None:
            raise ApiError(401, errors.UNAUTHORIZED, "Unauthorized access")
        if name == "list" and access == "nolist":
            raise errors.plain(403, "The credentials are not enabled to access the service.")
        if name in WRITES and access not in ("full", "nolist", "norefund"):
            raise errors.plain(403, "The credentials are not enabled to access the service.")
        body = self._json_body(raw)
        if access == "norefund" and name == "invoice" and isinstance(body, dict) and body.get("type") == "Input":
            raise errors.plain(403, "The credentials are not enabled to access the service.")  # no Notify refund
        store = self.server.sandbox.store
        order = params.get("order", "")
        number = params.get("number", "")
        if name == "list":
            return Reply(200, store.list_orders(query))
        if name == "get":
            return Reply(200, store.get_order(order))
        if name == "start_handling":
            store.start_handling(order)
            return Reply(204)
        if name == "invoice":
            return Reply(200, store.post_invoice(order, body))
        if name == "tracking_number":
            return Reply(200, store.patch_invoice(order, number, body))
        return Reply(200, store.put_tracking(order, number, body))

    def _json_body(self, raw: bytes) -> Any:
        if not raw.strip():
            return None
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type != "application/json":
            raise errors.bad_request(
                f"The request body must be sent as 'Content-Type: application/json' (got {content_type or 'none'!r})."
            )
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise errors.bad_request(f"The request body is not valid JSON: {exc}.") from None


def _match(method: str, path: str) -> tuple[str, dict[str, str]]:
    allowed = []
    for pattern, route_method, name in ROUTES:
        found = pattern.match(path)
        if found:
            if route_method == method:
                return name, {k: unquote(v) for k, v in found.groupdict().items()}
            allowed.append(route_method)
    if allowed:
        raise errors.plain(405, f"Method {method} is not allowed here.", {"Allow": ", ".join(sorted(set(allowed)))})
    raise errors.plain(404, f"No route for {path}.")


def _recorded_body(raw: bytes) -> Any:
    if not raw:
        return None
    text = raw.decode("utf-8", errors="replace")
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _http_date(seconds_ahead: float) -> str:
    return formatdate(time.time() + seconds_ahead, usegmt=True)


