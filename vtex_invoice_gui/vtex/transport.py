"""How the desk's HTTP clients are made, and how an answer is read within limits.

Proxies: a clerk behind a corporate proxy sets ``HTTPS_PROXY`` and the desk honours it for VTEX's
https hosts. A proxy never sees a request to a loopback address (the built-in sandbox): the key and
token travel there over plain HTTP, and a proxy would get them in clear. :func:`http_client` makes
clients that skip proxies for loopback hosts whatever the environment says, and
:func:`loopback_http_client` one that ignores proxy settings entirely.

Limits: :func:`read_answer` streams an answer and stops when it grows past ``max_bytes`` (after
decompression: a small gzip bomb cannot fill the memory) or when the whole request takes longer
than its deadline, however slowly the server dribbles its bytes. In the clients made here every
network read and write waits at most until that deadline (:class:`DeadlineBackend`), so a server
that dribbles even its headers a byte at a time is cut off on time.
"""

from __future__ import annotations

import contextlib
import ssl
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx

from ..messages import Message
from .account import is_loopback_host

#: The largest answer read. VTEX's largest orders are about 1 MB; an order list, less.
MAX_RESPONSE_BYTES = 32 * 1024 * 1024
#: The longest one request may take in all, from sending it to the last byte of the answer.
TOTAL_TIMEOUT_S = 90.0

#: Loopback hosts a proxy must never see (``NO_PROXY``-style mounts: None means "no proxy").
_LOOPBACK_PATTERNS = ("all://localhost", "all://127.0.0.1", "all://[::1]")


class AnswerTooLarge(Exception):
    """The answer grew past ``limit`` bytes; reading stopped."""

    def __init__(self, limit: int) -> None:
        super().__init__(Message("error.found_too_large").format(limit_mb=limit / (1024 * 1024)))
        self.limit = limit


class AnswerTooSlow(Exception):
    """The request took longer than ``seconds`` in all; reading stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(Message("error.found_too_slow").format(seconds=seconds))
        self.seconds = seconds


_deadline = threading.local()


@contextlib.contextmanager
def _deadline_at(when: float) -> Iterator[None]:
    """Network I/O on this thread waits at most until ``when`` (``time.monotonic``) meanwhile."""
    before = getattr(_deadline, "when", None)
    _deadline.when = when
    try:
        yield
    finally:
        _deadline.when = before


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    when = getattr(_deadline, "when", None)
    if when is None:
        return timeout
    left = when - time.monotonic()
    if left <= 0:
        raise error("the request's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, with every wait cut short at the current request's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _with_deadlines(client: httpx.Client) -> httpx.Client:
    """``client`` with :class:`DeadlineBackend` under each of its connection pools."""
    for transport in (client._transport, *client._mounts.values()):  # noqa: SLF001 - see DeadlineBackend
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is not None and not isinstance(backend, DeadlineBackend):
            pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
    return client


class _NoProxyForLoopback(httpx.Client):
    """Every loopback address (all of 127.0.0.0/8, ``::1``, ``localhost``) goes direct, whatever
    proxy the environment names. The ``mounts`` made by :func:`http_client` do the same for the
    usual loopback names through httpx's public interface, should this hook ever stop being called."""

    def _transport_for_url(self, url: httpx.URL) -> httpx.BaseTransport:
        if is_loopback_host(url.host):
            return self._transport
        return super()._transport_for_url(url)


def http_client(**options: Any) -> httpx.Client:
    """An :class:`httpx.Client` that honours proxy settings for remote hosts, never for loopback."""
    mounts = dict.fromkeys(_LOOPBACK_PATTERNS, None)
    mounts.update(options.pop("mounts", None) or {})
    return _with_deadlines(_NoProxyForLoopback(mounts=mounts, **options))


def loopback_http_client(**options: Any) -> httpx.Client:
    """A client for loopback stores (the sandbox): no proxy whatever the environment says, and
    for ``http://`` no CA bundle loaded (its TLS context trusts no certificate at all)."""
    options.setdefault("verify", ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
    return _with_deadlines(httpx.Client(trust_env=False, **options))


def client_for(loopback: bool, **options: Any) -> httpx.Client:
    """The client for a loopback store (:func:`loopback_http_client`) or a VTEX one (:func:`http_client`)."""
    return loopback_http_client(**options) if loopback else http_client(**options)


def read_answer(
    http: httpx.Client,
    request: httpx.Request,
    *,
    max_bytes: int = MAX_RESPONSE_BYTES,
    total_timeout: float = TOTAL_TIMEOUT_S,
) -> httpx.Response:
    """Send ``request`` and read its answer (never following a redirect), within the limits.

    Returns a response whose body is read. Raises :class:`AnswerTooLarge`, :class:`AnswerTooSlow`
    or httpx's own errors. The deadline is checked after every piece of the body; with a client
    made here each network wait also ends at the deadline (else it may last one read timeout more).
    """
    deadline = time.monotonic() + total_timeout
    chunks: list[bytes] = []
    try:
        with _deadline_at(deadline):
            response = http.send(request, stream=True, follow_redirects=False)
            try:
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise AnswerTooLarge(max_bytes)
                    chunks.append(chunk)
                    if time.monotonic() > deadline:
                        raise AnswerTooSlow(total_timeout)
            finally:
                response.close()
    except httpx.TimeoutException:
        if time.monotonic() >= deadline:
            raise AnswerTooSlow(total_timeout) from None
        raise
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
