"""Fault injection: make the sandbox misbehave like a real network and a real VTEX.

A fault matches requests by method and path and is consumed FIFO: the first queued fault
that matches a request fires, and is dropped after ``times`` matches (default 1). Kinds:

``status``          answer ``status`` (e.g. 429, 500) with the reason phrase as plain text (VTEX
                    documents no body for these), or ``body`` as JSON, and headers;
                    ``retry_after`` adds ``Retry-After`` in seconds, ``retry_after_date`` adds it
                    as an HTTP-date that many seconds ahead. The request is not processed.
``html``            answer ``status`` (default 503) with an HTML error page; with ``status=200``
                    it is the login-page variant below.
``login``           answer **200** with an HTML login page (a permission gap at VTEX's edge).
``drop_before``     close the connection without processing or answering.
``drop_after``      process the request (state changes!), then close without answering.
``delay``           wait ``seconds`` before processing normally.
``slow_body``       process normally, then send the body in ``chunk``-byte pieces, ``pause``
                    seconds apart.
``malformed_json``  answer 200 with a truncated JSON body.

``status``, ``html``, ``login`` and ``malformed_json`` take ``process=True`` to run the real
handler first (state changes) and only then answer with the fault.

Command-line syntax (``--fault SPEC``, repeatable)::

    [METHOD ]PATH:KIND[:OPTION=VALUE[,OPTION=VALUE...]]

- ``METHOD`` is optional (``*`` or omitted = any method).
- ``PATH`` is a substring of the request path (``*`` = any path); ``~REGEX`` is a regex
  searched in the path (the ``~`` prefix works in ``FaultQueue.add`` too).
- ``KIND`` is one of the kinds above, or an HTTP status number (short for ``status``).
- Options: ``times``, ``status``, ``retry_after``, ``retry_after_date``, ``seconds``,
  ``chunk``, ``pause``, ``process`` (``1``/``true``), ``body`` (no commas).

Examples::

    POST /invoice:429:retry_after=2
    GET ~/orders/[^/]+$:503:times=3
    POST /invoice:drop_after
    *:delay:seconds=1.5,times=10
    GET /api/oms/pvt/orders:login
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

KINDS = ("status", "html", "login", "drop_before", "drop_after", "delay", "slow_body", "malformed_json")
_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "*"}


@dataclass
class Fault:
    """One queued fault; see the module docstring for the kinds and options."""

    kind: str
    method: str = "*"
    path: str = ""
    regex: bool = False
    times: int = 1
    status: int | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    retry_after: float | None = None
    retry_after_date: float | None = None
    seconds: float = 0.0
    chunk: int = 16
    pause: float = 0.05
    process: bool = False
    hits: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; use one of {', '.join(KINDS)}")
        self.method = self.method.upper()
        if self.method not in _METHODS:
            raise ValueError(f"unknown method {self.method!r}")
        if self.times < 1:
            raise ValueError("times must be at least 1")
        if self.kind == "status" and self.status is None:
            raise ValueError("a 'status' fault needs a status code")
        if self.path.startswith("~"):
            self.path, self.regex = self.path[1:], True
        if self.regex:
            re.compile(self.path)

    def matches(self, method: str, path: str) -> bool:
        if self.method != "*" and self.method != method.upper():
            return False
        if self.regex:
            return re.search(self.path, path) is not None
        return self.path in ("", "*") or self.path in path


class FaultQueue:
    """Thread-safe FIFO of faults, shared between the test (or CLI) and the server threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, kind: str, method: str = "*", path: str = "", **options: Any) -> Fault:
        """Queue a fault and return it at once, e.g. ``add("status", "POST", "/invoice", status=429)``."""
        fault = Fault(kind=kind, method=method, path=path, **options)
        with self._lock:
            self._faults.append(fault)
        return fault

    def add_spec(self, spec: str) -> Fault:
        """Queue a fault written in the command-line syntax."""
        fault = parse_spec(spec)
        with self._lock:
            self._faults.append(fault)
        return fault

    # Shorthands for the common cases.
    def status(self, status: int, method: str = "*", path: str = "", **options: Any) -> Fault:
        return self.add("status", method, path, status=status, **options)

    def rate_limit(self, method: str = "*", path: str = "", retry_after: float | None = 1, **options: Any) -> Fault:
        return self.add("status", method, path, status=429, retry_after=retry_after, **options)

    def take(self, method: str, path: str) -> Fault | None:
        """The first fault matching this request, consumed by one use; None if none matches."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.hits += 1
                    if fault.hits >= fault.times:
                        self._faults.remove(fault)
                    return fault
        return None

    def pending(self) -> list[Fault]:
        """Faults not yet used up, oldest first."""
        with self._lock:
            return list(self._faults)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)


_INT_OPTIONS = {"times", "status", "chunk"}
_FLOAT_OPTIONS = {"retry_after", "retry_after_date", "seconds", "pause"}


def parse_spec(spec: str) -> Fault:
    """Parse ``[METHOD ]PATH:KIND[:OPTIONS]`` (see the module docstring)."""
    parts = spec.strip().split(":", 2)
    if len(parts) < 2 or not parts[1]:
        raise ValueError(f"fault spec {spec!r} must look like '[METHOD ]PATH:KIND[:OPTIONS]'")
    target, kind = parts[0].strip(), parts[1].strip().lower()
    method, _, path = target.partition(" ")
    if method.upper() not in _METHODS:
        method, path = "*", target
    path = path.strip()
    options: dict[str, Any] = {}
    if kind.isdigit():
        options["status"] = int(kind)
        kind = "status"
    if len(parts) == 3 and parts[2].strip():
        for item in parts[2].split(","):
            name, sep, value = item.partition("=")
            name = name.strip()
            if not sep:
                raise ValueError(f"fault option {item!r} must be NAME=VALUE")
            if name in _INT_OPTIONS:
                options[name] = int(value)
            elif name in _FLOAT_OPTIONS:
                options[name] = float(value)
            elif name == "process":
                options[name] = value.strip().lower() in ("1", "true", "yes")
            elif name == "body":
                options[name] = value
            else:
                raise ValueError(f"unknown fault option {name!r}")
    return Fault(kind=kind, method=method, path=path, **options)


_HTML_ERROR = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{status} {phrase}</title></head>
<body><h1>{status} {phrase}</h1><p>The server is temporarily unable to service your request.
Please try again later.</p><hr><address>VTEX sandbox edge</address></body></html>
"""

_HTML_LOGIN = """<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>VTEX ID - Login</title></head>
<body><div id="vtexIdContainer"><h1>Entrar na sua conta</h1>
<form action="/api/vtexid/pub/authentication/start" method="post">
<input type="email" name="login" placeholder="E-mail"><button type="submit">Continuar</button>
</form></div></body></html>
"""

_JSON = "application/json; charset=utf-8"
_HTML = "text/html; charset=utf-8"
_TEXT = "text/plain; charset=utf-8"


def render(
    fault: Fault, phrase_for: Callable[[int], str], http_date: Callable[[float], str]
) -> tuple[int, dict[str, str], bytes]:
    """The answer a response-replacing fault sends: status, headers, body bytes.

    ``phrase_for(status)`` gives the reason phrase; ``http_date(seconds_ahead)`` formats an
    HTTP-date (both injected to keep this module free of I/O).
    """
    headers: dict[str, str] = {}
    if fault.kind == "status":
        status = int(fault.status or 500)
        if fault.body is None:  # VTEX documents no body for these: the plainest one
            body = phrase_for(status).encode()
            headers["Content-Type"] = _TEXT
        else:
            body = fault.body.encode() if isinstance(fault.body, str) else bytes(fault.body)
            headers["Content-Type"] = _JSON
    elif fault.kind == "html" and fault.status != 200:
        status = int(fault.status or 503)
        body = (fault.body or _HTML_ERROR.format(status=status, phrase=phrase_for(status))).encode()
        headers["Content-Type"] = _HTML
    elif fault.kind in ("login", "html"):
        status = int(fault.status or 200)
        body = (fault.body or _HTML_LOGIN).encode()
        headers["Content-Type"] = _HTML
    elif fault.kind == "malformed_json":
        status = int(fault.status or 200)
        body = (fault.body or '{"date": "2026-11-21T10:00:00.0000000+00:00", "orderId": "13684').encode()
        headers["Content-Type"] = _JSON
    else:
        raise ValueError(f"fault kind {fault.kind!r} does not replace the answer")
    if fault.retry_after is not None:
        seconds = fault.retry_after
        headers["Retry-After"] = str(int(seconds)) if float(seconds).is_integer() else str(seconds)
    if fault.retry_after_date is not None:
        headers["Retry-After"] = http_date(fault.retry_after_date)
    headers.update(fault.headers)
    return status, headers, body
