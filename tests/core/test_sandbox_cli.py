"""The standalone sandbox (``python -m vtex_invoice_gui.sandbox``) and its loopback-only rule."""

from __future__ import annotations

import queue
import signal
import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest

from vtex_invoice_gui.sandbox import Sandbox, check_loopback

ORDERS = "/api/oms/pvt/orders"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def read_lines(proc: subprocess.Popen, count: int, timeout: float = 15) -> list[str]:
    """Read ``count`` stdout lines without hanging forever if the server never prints them."""
    found: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [found.put(proc.stdout.readline()) for _ in range(count)],
                     daemon=True).start()
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while len(lines) < count:
        try:
            line = found.get(timeout=max(deadline - time.monotonic(), 0.01))
        except queue.Empty:
            raise AssertionError(f"the sandbox printed only {lines!r}") from None
        if not line:
            raise AssertionError(f"the sandbox exited early after {lines!r}")
        lines.append(line.rstrip("\n"))
    return lines


@pytest.fixture
def start_cli():
    procs: list[subprocess.Popen] = []

    def start(*args: str) -> tuple[subprocess.Popen, dict[str, str]]:
        proc = subprocess.Popen(
            [sys.executable, "-m", "vtex_invoice_gui.sandbox", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        procs.append(proc)
        lines = read_lines(proc, 3)
        return proc, dict(line.split("=", 1) for line in lines)

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        proc.stdout.close()
        proc.stderr.close()


def test_the_cli_prints_its_address_and_keys_then_serves_until_sigterm(start_cli):
    port = free_port()
    proc, info = start_cli("--host", "127.0.0.1", "--port", str(port))
    assert list(info) == ["base_url", "app_key", "app_token"]
    assert info["base_url"] == f"http://127.0.0.1:{port}"
    assert info["app_key"] == Sandbox.app_key and info["app_token"] == Sandbox.app_token
    headers = {"X-VTEX-API-AppKey": info["app_key"], "X-VTEX-API-AppToken": info["app_token"]}
    response = httpx.get(f"{info['base_url']}{ORDERS}/seq502334", headers=headers, timeout=10)
    assert response.status_code == 200 and response.json()["orderId"] == "1368451234567-01"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0
    assert info["app_token"] not in proc.stderr.read()  # the token is only on stdout, once


def test_the_cli_takes_faults_latency_and_apply_delay(start_cli):
    proc, info = start_cli("--port", "0", "--latency", "0.01", "--apply-delay", "600",
                           "--fault", "GET /orders:503:times=2")
    headers = {"X-VTEX-API-AppKey": info["app_key"], "X-VTEX-API-AppToken": info["app_token"]}
    with httpx.Client(base_url=info["base_url"], headers=headers, timeout=10) as client:
        assert [client.get(ORDERS).status_code for _ in range(3)] == [503, 503, 200]
        order = client.get(f"{ORDERS}/1368451240633-01").json()
        body = {"type": "Output", "issuanceDate": "2026-11-21", "invoiceNumber": "NF-CLI",
                "invoiceValue": order["value"],
                "items": [{"id": i["id"], "price": i["sellingPrice"], "quantity": i["quantity"]}
                          for i in order["items"]]}
        assert client.post(f"{ORDERS}/1368451240633-01/invoice", json=body).status_code == 200
        assert client.get(f"{ORDERS}/1368451240633-01").json()["packageAttachment"]["packages"] == []
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=10) == 0


@pytest.mark.parametrize("args", [["--host", "0.0.0.0"], ["--host", "192.168.0.10"], ["--host", "example.com"],
                                  ["--fault", "GET /orders:teapot"]])
def test_the_cli_refuses_non_loopback_hosts_and_bad_faults(args):
    result = subprocess.run([sys.executable, "-m", "vtex_invoice_gui.sandbox", *args],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "error:" in result.stderr


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "10.0.0.1", "192.168.1.20", "sandbox.example.com", ""])
def test_the_sandbox_refuses_non_loopback_hosts(host):
    with pytest.raises(ValueError, match="loopback"):
        Sandbox(host=host)


@pytest.mark.parametrize(("host", "bound"), [("127.0.0.1", "127.0.0.1"), ("localhost", "127.0.0.1"),
                                             ("127.0.0.2", "127.0.0.2"), ("::1", "::1")])
def test_loopback_hosts_are_accepted(host, bound):
    assert check_loopback(host) == bound


def test_start_and_stop_without_a_context_manager():
    sb = Sandbox().start()
    try:
        assert sb.running and sb.base_url.startswith("http://127.0.0.1:")
        port = sb.port
    finally:
        sb.stop()
    sb.stop()  # twice is fine
    assert not sb.running
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1)


def test_finding_3_start_handling_400_oms003_is_reachable_from_the_cli(start_cli):
    proc, info = start_cli("--port", "0", "--start-handling-conflict", "400")
    headers = {"X-VTEX-API-AppKey": info["app_key"], "X-VTEX-API-AppToken": info["app_token"]}
    with httpx.Client(base_url=info["base_url"], headers=headers, timeout=10) as client:
        canceled = "1368451251754-01"  # seed order 17, canceled
        response = client.post(f"{ORDERS}/{canceled}/start-handling")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "OMS003"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0


def test_finding_4_the_cli_help_states_the_default_apply_delay_and_the_new_switches():
    result = subprocess.run([sys.executable, "-m", "vtex_invoice_gui.sandbox", "--help"],
                            capture_output=True, text=True, timeout=30)
    text = " ".join(result.stdout.split())
    assert result.returncode == 0
    assert "default 3 s" in text
    for switch in ("--start-handling-conflict", "--partial-settlement", "--list-lag"):
        assert switch in text
