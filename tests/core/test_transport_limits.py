"""Issue 11 findings 6 and 10 (transport): no proxy for loopback, no core dumps, bounded answers.

Against the real sandbox over loopback HTTP, with a real tiny proxy listener.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from vtex_invoice_gui.sandbox import SEED_IDS, Sandbox
from vtex_invoice_gui.sending.clients import plain_http_client
from vtex_invoice_gui.vtex import (
    Account,
    InvoiceItem,
    InvoiceNotification,
    OmsClient,
    OutcomeUnknownError,
    ResponseTooLargeError,
    RetryPolicy,
    SlowAnswerError,
    TransportError,
)
from vtex_invoice_gui.vtex.transport import http_client

ONCE = RetryPolicy(attempts=1)


class ProxyListener:
    """A loopback 'proxy' that records the first line of every request and answers 502."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.seen: list[str] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    piece = conn.recv(4096)
                    if not piece:
                        break
                    data += piece
                self.seen.append(data.split(b"\r\n", 1)[0].decode("latin-1"))
                conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[ProxyListener]:
    listener = ProxyListener()
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, listener.url)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    yield listener
    listener.close()


def test_finding_6_loopback_requests_never_go_through_a_proxy(proxy: ProxyListener, sandbox: Sandbox) -> None:
    account = Account.sandbox(sandbox.base_url)
    with OmsClient(account, sandbox.app_key, sandbox.app_token, retry=ONCE) as own:  # the client's own
        assert own.get_order(SEED_IDS["ready"]).order_id == SEED_IDS["ready"]
    for make in (plain_http_client, http_client):  # the desk's two clients (ApiFactory)
        with make() as http:
            oms = OmsClient(account, sandbox.app_key, sandbox.app_token, http=http, retry=ONCE)
            assert oms.get_order(SEED_IDS["ready"]).order_id == SEED_IDS["ready"]
    localhost = Account.sandbox(sandbox.base_url.replace("127.0.0.1", "localhost"))
    with http_client() as http:
        OmsClient(localhost, sandbox.app_key, sandbox.app_token, http=http, retry=ONCE).get_order(SEED_IDS["ready"])
    assert proxy.seen == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="all of 127.0.0.0/8 is loopback on Linux")
def test_finding_6_any_loopback_address_skips_the_proxy(proxy: ProxyListener) -> None:
    with Sandbox(host="127.0.0.2") as other, http_client() as http:
        oms = OmsClient(Account.sandbox(other.base_url), other.app_key, other.app_token, http=http, retry=ONCE)
        assert oms.get_order(SEED_IDS["ready"]).order_id == SEED_IDS["ready"]
    assert proxy.seen == []


def test_finding_6_a_proxy_still_carries_requests_to_vtex(proxy: ProxyListener) -> None:
    with http_client(timeout=5) as http:
        oms = OmsClient(Account("mystore"), "vtexappkey-mystore-ABC", "TOKEN0123", http=http, retry=ONCE)
        with pytest.raises(TransportError):
            oms.get_order("1-01")
    assert proxy.seen == ["CONNECT mystore.vtexcommercestable.com.br:443 HTTP/1.1"]


CORE_CHILD = """
import ctypes, resource
resource.setrlimit(resource.RLIMIT_CORE, (1 << 20, resource.getrlimit(resource.RLIMIT_CORE)[1]))
assert resource.getrlimit(resource.RLIMIT_CORE)[0] == 1 << 20
from vtex_invoice_gui.app import main
try:
    main(["--version"])
except SystemExit:
    pass
print(resource.getrlimit(resource.RLIMIT_CORE), ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="core limits and prctl are checked on Linux")
def test_finding_6_no_core_dump_after_start_up() -> None:
    result = subprocess.run([sys.executable, "-c", CORE_CHILD], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "(0, 0) 0"  # core size 0, not dumpable


def invoice_for(sandbox: Sandbox, order_id: str, number: str) -> InvoiceNotification:
    """An invoice of the order's first item, as the sandbox accepts it."""
    with OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token) as oms:
        item = oms.get_order(order_id).items[0]
    return InvoiceNotification(
        issuance_date=datetime(2026, 11, 21, 10, tzinfo=UTC),
        invoice_number=number,
        invoice_value=item.price * item.quantity,
        items=[InvoiceItem(id=item.id, price=item.price, quantity=item.quantity)],
    )


def test_finding_10_an_oversized_answer_is_cut_off(sandbox: Sandbox) -> None:
    account = Account.sandbox(sandbox.base_url)
    with OmsClient(account, sandbox.app_key, sandbox.app_token, retry=ONCE, max_response_bytes=500) as oms:
        with pytest.raises(ResponseTooLargeError) as caught:
            oms.get_order(SEED_IDS["ready"])
    assert not caught.value.may_have_applied
    assert "larger than" in caught.value.details()
    assert caught.value.vtex_message.code == "error.found_too_large"  # type: ignore[union-attr]
    assert "far larger than any order" in caught.value.summary


def test_finding_10_an_oversized_answer_to_a_write_may_have_applied(sandbox: Sandbox) -> None:
    account = Account.sandbox(sandbox.base_url)
    order_id = SEED_IDS["ready"]
    note = invoice_for(sandbox, order_id, "NFBIG1")
    with OmsClient(account, sandbox.app_key, sandbox.app_token, retry=ONCE, max_response_bytes=20) as oms:
        with pytest.raises(ResponseTooLargeError) as caught:
            oms.send_invoice(order_id, note)
    assert caught.value.may_have_applied
    assert "Reload the order before sending again" in caught.value.advice  # the UI's sentence (issue 12: one source)
    posts = [r for r in sandbox.requests if r.method == "POST"]
    assert len(posts) == 1  # never re-sent
    with OmsClient(account, sandbox.app_key, sandbox.app_token) as oms:
        assert oms.get_order(order_id).package("NFBIG1") is not None  # it did land


def test_finding_10_a_dribbling_answer_is_cut_off_at_the_deadline(sandbox: Sandbox) -> None:
    account = Account.sandbox(sandbox.base_url)
    sandbox.faults.add("slow_body", "GET", "/orders/", chunk=1, pause=0.02, times=1)
    patient = RetryPolicy(attempts=3)
    with OmsClient(account, sandbox.app_key, sandbox.app_token, total_timeout=0.3, retry=patient) as oms:
        with pytest.raises(SlowAnswerError) as caught:
            oms.get_order(SEED_IDS["ready"])
    assert "stopped waiting" in caught.value.details()
    assert caught.value.vtex_message.code == "error.found_too_slow"  # type: ignore[union-attr]
    assert len([r for r in sandbox.requests if r.method == "GET"]) == 1  # not waited for twice


def test_finding_10_a_dribbling_answer_to_a_write_may_have_applied(sandbox: Sandbox) -> None:
    account = Account.sandbox(sandbox.base_url)
    order_id = SEED_IDS["ready"]
    note = invoice_for(sandbox, order_id, "NFSLOW1")
    sandbox.faults.add("slow_body", "POST", "/invoice", chunk=1, pause=0.05)
    with OmsClient(account, sandbox.app_key, sandbox.app_token, total_timeout=0.3, retry=ONCE) as oms:
        with pytest.raises(OutcomeUnknownError) as caught:
            oms.send_invoice(order_id, note)
    assert caught.value.may_have_applied
    assert "stopped waiting" in caught.value.details()


class DribblingServer:
    """A loopback server that answers a complete, valid order, one byte every ``pause`` seconds,
    headers included (so only a deadline over the whole request stops a client early)."""

    BODY = b'{"orderId": "1-01", "status": "handling", "value": 100, "items": []}'
    HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(BODY)

    def __init__(self, pause: float = 0.02) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.base_url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.pause = pause
        self.sent = 0
        self.stopped = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        with conn:
            conn.recv(65536)
            try:
                for byte in self.HEAD + self.BODY:
                    conn.sendall(bytes([byte]))
                    self.sent += 1
                    threading.Event().wait(self.pause)
            except OSError:  # the client gave up and closed the connection
                pass
        self.stopped.set()

    def close(self) -> None:
        self.sock.close()


def test_finding_10_headers_dribbled_a_byte_at_a_time_are_cut_off_at_the_deadline() -> None:
    server = DribblingServer(pause=0.05)  # the headers alone would take about 4 s
    try:
        account = Account.sandbox(server.base_url)
        with OmsClient(account, "vtexappkey-x-ABC", "TOKEN0123", total_timeout=0.5, retry=ONCE) as oms:
            with pytest.raises(SlowAnswerError) as caught:
                oms.get_order("1-01")
        assert "stopped waiting" in caught.value.details()
        assert server.stopped.wait(30)
        assert server.sent < len(DribblingServer.HEAD)  # given up while the headers were still dribbling
    finally:
        server.close()
