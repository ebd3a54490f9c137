"""Fault injection: every kind over real HTTP, FIFO consumption, and the spec syntax."""

from __future__ import annotations

import email.utils
import json
import socket

import httpx
import pytest

from vtex_invoice_gui.sandbox import SEED_IDS, Fault, parse_spec

ORDERS = "/api/oms/pvt/orders"
HANDLING = SEED_IDS["handling"]
ORDER_URL = f"{ORDERS}/{HANDLING}"


def full_invoice(order, number="NF-DROP"):
    return {"type": "Output", "issuanceDate": "2026-11-21T10:15:00-03:00", "invoiceNumber": number,
            "invoiceValue": str(order["value"]),
            "items": [{"id": i["id"], "price": i["sellingPrice"], "quantity": i["quantity"]} for i in order["items"]]}


def test_status_fault_with_retry_after_seconds_then_normal_service(sandbox, sandbox_http):
    sandbox.faults.add("status", "GET", "/orders/", status=429, retry_after=2)
    limited = sandbox_http.get(ORDER_URL)
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "2"
    assert limited.text == "Too Many Requests"
    assert sandbox_http.get(ORDER_URL).status_code == 200  # consumed after one use
    assert [r.fault for r in sandbox.requests] == ["status", None]
    assert [r.status for r in sandbox.requests] == [429, 200]


def test_retry_after_as_http_date(sandbox, sandbox_http):
    sandbox.faults.rate_limit(retry_after=None, retry_after_date=30)
    header = sandbox_http.get(ORDER_URL).headers["Retry-After"]
    assert email.utils.parsedate_to_datetime(header).tzinfo is not None


def test_a_rejected_write_changes_nothing(sandbox, sandbox_http):
    sandbox.faults.status(503, "POST", "/invoice")
    response = sandbox_http.post(f"{ORDER_URL}/invoice", json=full_invoice(sandbox.order(HANDLING)))
    assert response.status_code == 503
    assert sandbox.order(HANDLING)["packageAttachment"]["packages"] == []


def test_faults_match_method_and_path_and_are_used_in_order(sandbox, sandbox_http):
    sandbox.faults.status(500, "POST", "/invoice")
    sandbox.faults.status(502, "GET", "~/orders/[^/]+$")
    sandbox.faults.status(503, "GET", "/orders/")
    assert sandbox_http.get(ORDERS).status_code == 200  # neither GET fault matches the list path
    assert sandbox_http.get(ORDER_URL).status_code == 502
    assert sandbox_http.get(ORDER_URL).status_code == 503
    assert sandbox_http.get(ORDER_URL).status_code == 200
    assert [f.status for f in sandbox.faults.pending()] == [500]


def test_times_repeats_a_fault(sandbox, sandbox_http):
    fault = sandbox.faults.status(504, times=3)
    assert [sandbox_http.get(ORDER_URL).status_code for _ in range(4)] == [504, 504, 504, 200]
    assert fault.hits == 3


@pytest.mark.parametrize("status", [500, 502, 503])
def test_html_error_pages(sandbox, sandbox_http, status):
    sandbox.faults.add("html", status=status)
    response = sandbox_http.get(ORDER_URL)
    assert response.status_code == status
    assert response.headers["Content-Type"].startswith("text/html")
    assert response.text.lstrip().startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("options", [{"kind": "login"}, {"kind": "html", "status": 200}])
def test_login_page_with_200(sandbox, sandbox_http, options):
    sandbox.faults.add(method="GET", **options)
    response = sandbox_http.get(ORDER_URL)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert "login" in response.text.lower()


def test_malformed_json(sandbox, sandbox_http):
    sandbox.faults.add("malformed_json")
    response = sandbox_http.get(ORDER_URL)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_process_then_answer_with_a_fault(sandbox, sandbox_http):
    sandbox.faults.add("status", "POST", "/invoice", status=500, process=True)
    response = sandbox_http.post(f"{ORDER_URL}/invoice", json=full_invoice(sandbox.order(HANDLING)))
    assert response.status_code == 500
    assert sandbox.order(HANDLING)["status"] == "invoiced"  # it landed although the answer was 500


def test_drop_before_closes_without_processing(sandbox, sandbox_http):
    sandbox.faults.add("drop_before", "POST", "/invoice")
    with pytest.raises(httpx.RemoteProtocolError):
        sandbox_http.post(f"{ORDER_URL}/invoice", json=full_invoice(sandbox.order(HANDLING)))
    assert sandbox.order(HANDLING)["packageAttachment"]["packages"] == []
    assert sandbox.requests[-1].dropped and sandbox.requests[-1].status is None


def test_drop_after_processes_then_closes(sandbox, sandbox_http):
    sandbox.faults.add("drop_after", "POST", "/invoice")
    with pytest.raises(httpx.RemoteProtocolError):
        sandbox_http.post(f"{ORDER_URL}/invoice", json=full_invoice(sandbox.order(HANDLING)))
    order = sandbox_http.get(ORDER_URL).json()  # the same client reconnects
    assert order["status"] == "invoiced"
    assert [p["invoiceNumber"] for p in order["packageAttachment"]["packages"]] == ["NF-DROP"]
    dropped = sandbox.requests[-2]
    assert dropped.dropped and dropped.status == 200 and dropped.fault == "drop_after"


def test_delay_and_latency_still_answer_normally(sandbox, sandbox_http):
    sandbox.faults.add("delay", seconds=0.05)
    sandbox.set_latency(0.01)
    assert sandbox_http.get(ORDER_URL).status_code == 200
    assert sandbox.requests[-1].fault == "delay"


def test_a_delay_longer_than_the_client_timeout_times_out(sandbox):
    sandbox.faults.add("delay", seconds=0.5)
    headers = {"X-VTEX-API-AppKey": sandbox.app_key, "X-VTEX-API-AppToken": sandbox.app_token}
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(sandbox.base_url + ORDER_URL, headers=headers, timeout=0.1)


def test_slow_body_arrives_in_pieces_but_whole(sandbox):
    headers = {"X-VTEX-API-AppKey": sandbox.app_key, "X-VTEX-API-AppToken": sandbox.app_token}
    size = len(httpx.get(sandbox.base_url + ORDER_URL, headers=headers).content)
    # Two pieces 0.3 s apart: a reader on a busy machine (CI runs two test workers on two cores)
    # still gets the first before the second is written; 1 ms apart it could get both in one read.
    sandbox.faults.add("slow_body", chunk=size // 2 + 1, pause=0.3)
    with httpx.stream("GET", sandbox.base_url + ORDER_URL, headers=headers) as response:
        pieces = [len(p) for p in response.iter_raw()]
    assert sum(pieces) == int(response.headers["Content-Length"])
    assert len(pieces) > 1
    assert json.loads(httpx.get(sandbox.base_url + ORDER_URL, headers=headers).content)["orderId"] == HANDLING


def test_stop_closes_idle_keep_alive_connections(sandbox):
    host, port = sandbox.host, sandbox.port
    conn = socket.create_connection((host, port))
    conn.sendall(b"GET /api/oms/pvt/orders HTTP/1.1\r\nHost: x\r\n\r\n")
    assert conn.recv(100).startswith(b"HTTP/1.1 401")
    sandbox.stop()
    conn.settimeout(5)
    rest = b"".join(iter(lambda: conn.recv(65536), b""))  # EOF instead of hanging
    conn.close()
    assert b"HTTP/1.1" not in rest[100:]
    with pytest.raises(OSError):
        socket.create_connection((host, port), timeout=1)


# --- spec syntax ------------------------------------------------------------------------------


def test_parse_spec_examples():
    fault = parse_spec("POST /invoice:429:retry_after=2")
    assert (fault.kind, fault.method, fault.path, fault.status, fault.retry_after) == (
        "status", "POST", "/invoice", 429, 2.0)
    regex = parse_spec("GET ~/orders/[^/]+$:503:times=3")
    assert regex.regex and regex.matches("GET", "/api/oms/pvt/orders/1-01")
    assert not regex.matches("GET", "/api/oms/pvt/orders/1-01/invoice") and regex.times == 3
    anything = parse_spec("*:delay:seconds=1.5,times=10")
    assert (anything.kind, anything.method, anything.seconds, anything.times) == ("delay", "*", 1.5, 10)
    assert anything.matches("PATCH", "/whatever")
    assert parse_spec("/invoice:drop_after").method == "*"
    assert parse_spec("POST /invoice:html:status=502,process=true").process is True
    assert parse_spec("GET /orders:500:body=oops").body == "oops"


@pytest.mark.parametrize(
    "spec",
    ["POST /invoice", "POST /invoice:teapot", "POST /invoice:429:retry_after", "POST /invoice:429:colour=red",
     "POST /invoice:status", "*:429:times=0"],
)
def test_bad_specs_are_refused(spec):
    with pytest.raises(ValueError):
        parse_spec(spec)


def test_faults_from_the_constructor(sandbox_http):
    from vtex_invoice_gui.sandbox import Sandbox

    with Sandbox(faults=["GET /orders:503"]) as sb:
        headers = {"X-VTEX-API-AppKey": sb.app_key, "X-VTEX-API-AppToken": sb.app_token}
        assert httpx.get(sb.base_url + ORDERS, headers=headers).status_code == 503
        assert httpx.get(sb.base_url + ORDERS, headers=headers).status_code == 200
    assert isinstance(parse_spec("GET /orders:503"), Fault)
