"""How the desk's HTTP clients are made, and how an answer is read within limits.

Proxies: a clerk behind a corporate proxy sets ``HTTPS_PROXY`` and the desk honours it for VTEX's
https hosts. A proxy never sees a request to a loopback address (the built-in sandbox): the key and
token travel there over plain HTTP, and a proxy would get them in clear. :func:`http_client` makes
clients that skip proxies for loopback hosts whatever the environment says, and
:func:`loopback_http_client` one that ignores proxy settings entirely.

Limits: :func:`read_answer` streams an answer and stops when it grows past ``max_bytes`` (after
decompression: a small gzip bomb cannot fill the memory) or when the whole request takes longer
than its deadline, however slowly the server dribbles its bytes.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from typing import Any

import httpx

#: The largest answer read. VTEX's largest orders are about 1 MB; an order list, less.
MAX_RESPONSE_BYTES = 32 * 1024 * 1024
#: The longest one request may take in all, from sending it to the last byte of the answer.
TOTAL_TIMEOUT_S = 90.0

#: Loopback hosts a proxy must never see (``NO_PROXY``-style mounts: None means "no proxy").
_LOOPBACK_PATTERNS = ("all://localhost", "all://127.0.0.1", "all://[::1]")


class AnswerTooLarge(Exception):
    """The answer grew past ``limit`` bytes; reading stopped."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the answer is larger than {limit / (1024 * 1024):g} MB; stopped reading it")
        self.limit = limit


class AnswerTooSlow(Exception):
    """The request took longer than ``seconds`` in all; reading stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the answer took more than {seconds:g} s in all; stopped waiting for it")
        self.seconds = seconds


def http_client(**options: Any) -> httpx.Client:
    """An :class:`httpx.Client` that honours proxy settings for remote hosts, never for loopback."""
    mounts = dict.fromkeys(_LOOPBACK_PATTERNS, None)
    mounts.update(options.pop("mounts", None) or {})
    return httpx.Client(mounts=mounts, **options)


def loopback_http_client(**options: Any) -> httpx.Client:
    """A client for loopback stores (the sandbox): no proxy whatever the environment says, and
    for ``http://`` no CA bundle loaded (its TLS context trusts no certificate at all)."""
    options.setdefault("verify", ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
    return httpx.Client(trust_env=False, **options)


def read_answer(
    http: httpx.Client,
    request: httpx.Request,
    *,
    max_bytes: int = MAX_RESPONSE_BYTES,
    total_timeout: float = TOTAL_TIMEOUT_S,
    clock: Callable[[], float] = time.monotonic,
) -> httpx.Response:
    """Send ``request`` and read its answer (never following a redirect), within the limits.

    Returns a response whose body is read. Raises :class:`AnswerTooLarge`, :class:`AnswerTooSlow`
    or httpx's own errors. Each network read waits at most the client's read timeout, and the
    deadline is checked after every piece, so a server that answers one byte at a time is cut off
    at the deadline plus at most one read timeout.
    """
    deadline = clock() + total_timeout
    response = http.send(request, stream=True, follow_redirects=False)
    try:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise AnswerTooLarge(max_bytes)
            chunks.append(chunk)
            if clock() > deadline:
                raise AnswerTooSlow(total_timeout)
        if clock() > deadline:
            raise AnswerTooSlow(total_timeout)
    finally:
        response.close()
    headers = httpx.Headers(response.headers)
    for name in ("content-encoding", "content-length", "transfer-encoding"):
        headers.pop(name, None)  # the body below is already decoded
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=b"".join(chunks),
        request=request,
        extensions={"http_version": response.extensions.get("http_version", b"HTTP/1.1")},
    )
