"""Contract tests: every request OmsClient builds validates against VTEX's official OpenAPI spec.

The requests are captured in-process (httpx.MockTransport) and checked with openapi-core against
``shared/vtex/orders-api.json``: path, method, required headers, security and body schema.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import httpx
import pytest
from openapi_core.testing import MockRequest
from spec_helpers import load_spec

from vtex_invoice_gui.vtex import (
    Account,
    InvoiceItem,
    InvoiceNotification,
    OmsClient,
    TrackingEvent,
    TrackingInfo,
    TrackingStatus,
)

BRT = timezone(timedelta(hours=-3))
RECEIPT = {"date": "2026-11-21T10:00:00-03:00", "orderId": "1172452900788-01", "receipt": "abc"}
ORDER = {"orderId": "1172452900788-01", "status": "handling", "value": 100}
LIST = {"list": [], "paging": {"total": 0, "pages": 0, "currentPage": 1, "perPage": 15}}


def capture(environment="vtexcommercestable"):
    """A client whose requests are recorded and answered with a plausible body."""
    captured: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        if request.method == "GET":
            return httpx.Response(200, json=LIST if request.url.path.endswith("/orders") else ORDER)
        if request.url.path.endswith("start-handling"):
            return httpx.Response(204)
        return httpx.Response(200, json=RECEIPT)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return OmsClient(Account("apiexamples", environment), "key", "token", http=http), captured


def validate(request: httpx.Request) -> None:
    """Raise if the spec does not accept the request exactly as it would go on the wire."""
    # The spec's server enum only lists vtexcommercestable; the beta host serves the same API.
    host = request.url.host.replace("vtexcommercebeta", "vtexcommercestable")
    load_spec().validate_request(
        MockRequest(
            host_url=f"{request.url.scheme}://{host}",
            method=request.method.lower(),
            path=request.url.path,
            args=dict(request.url.params),
            headers=dict(request.headers),
            data=request.content or None,
            content_type=request.headers.get("content-type", "application/json"),
        )
    )


FULL_INVOICE = InvoiceNotification(
    type="Output",
    issuance_date=datetime(2026, 11, 20, 14, 30, tzinfo=BRT),
    invoice_number="NF-000123",
    invoice_value=5458,
    invoice_key="35261117921427000125550010000001231000001231",
    invoice_url="https://store.example/nf/123.pdf",
    embedded_invoice="<?xml version='1.0'?><nfeProc/>",
    courier="Correios",
    tracking_number="BR123",
    tracking_url="https://rastreio.example/BR123",
    dispatched_date=datetime(2026, 11, 20, 18, 0, tzinfo=BRT),
    items=[
        InvoiceItem(id="5830010", price=5249, quantity=1, description="Camisa"),
        InvoiceItem(id="77", price=0, quantity=2),
    ],
)
MINIMAL_INVOICE = InvoiceNotification(
    issuance_date=datetime(2026, 11, 20, 14, 30, tzinfo=BRT),
    invoice_number="1",
    invoice_value=1,
    items=[InvoiceItem(id="1", price=1, quantity=1)],
)


def calls():
    event = TrackingEvent(city="Curitiba", state="PR", description="Em trânsito", date=date(2026, 11, 21))
    return {
        "get_order": lambda c: c.get_order("1172452900788-01"),
        "get_order_by_sequence": lambda c: c.get_order("seq501456"),
        "list_orders_default": lambda c: c.list_orders(),
        "list_orders_filtered": lambda c: c.list_orders(
            status="ready-for-handling", page=3, per_page=100, query="cliente@example.com", order_by="creationDate,desc"
        ),
        "start_handling": lambda c: c.start_handling("1172452900788-01"),
        "invoice_output_full": lambda c: c.send_invoice("1172452900788-01", FULL_INVOICE),
        "invoice_output_minimal": lambda c: c.send_invoice("1172452900788-01", MINIMAL_INVOICE),
        "invoice_input": lambda c: c.send_invoice(
            "1172452900788-01", MINIMAL_INVOICE.model_copy(update={"type": "Input"})
        ),
        "tracking_number_full": lambda c: c.update_tracking_number(
            "1172452900788-01",
            "NF-000123",
            TrackingInfo(
                tracking_number="BR123",
                tracking_url="https://rastreio.example/BR123",
                courier="Correios",
                dispatched_date=datetime(2026, 11, 20, 18, 0, tzinfo=BRT),
            ),
        ),
        "tracking_number_only": lambda c: c.update_tracking_number(
            "1172452900788-01", "NF-000123", TrackingInfo(tracking_number="BR123")
        ),
        "tracking_events": lambda c: c.update_tracking_status(
            "1172452900788-01", "NF-000123", TrackingStatus(events=[event, event])
        ),
        "tracking_delivered": lambda c: c.update_tracking_status(
            "1172452900788-01",
            "NF-000123",
            TrackingStatus(is_delivered=True, delivered_date=datetime(2026, 11, 23, 9, 5), events=[event]),
        ),
        "tracking_delivered_no_events": lambda c: c.update_tracking_status(
            "1172452900788-01",
            "NF-000123",
            TrackingStatus(is_delivered=True, delivered_date=datetime(2026, 11, 23, 9, 5)),
        ),
    }


@pytest.mark.parametrize("environment", ["vtexcommercestable", "vtexcommercebeta"])
@pytest.mark.parametrize("name", sorted(calls()))
def test_request_validates_against_the_official_spec(name, environment):
    client, captured = capture(environment)
    calls()[name](client)
    assert len(captured) == 1
    validate(captured[0])


def test_all_six_operations_are_covered():
    client, captured = capture()
    for call in calls().values():
        call(client)
    operations = set()
    for request in captured:
        path = request.url.path
        if request.method == "GET":
            operations.add("ListOrders" if path.endswith("/orders") else "GetOrder")
        elif path.endswith("/start-handling"):
            operations.add("StartHandling")
        elif request.method == "POST":
            operations.add("InvoiceNotification")
        elif request.method == "PATCH":
            operations.add("SendTrackingNumber")
        elif request.method == "PUT":
            operations.add("UpdateTrackingStatus")
    assert operations == {
        "GetOrder", "ListOrders", "StartHandling", "InvoiceNotification", "SendTrackingNumber", "UpdateTrackingStatus",
    }


def test_the_validator_does_reject_what_vtex_does_not_declare():
    """Guard against a contract check that accepts everything."""
    client, captured = capture()
    client.send_invoice("1172452900788-01", MINIMAL_INVOICE)
    request = captured[0]
    body = json.loads(request.content)
    body["invoiceValue"] = 1  # an integer where the spec declares a string
    tampered = httpx.Request(request.method, request.url, headers=request.headers, content=json.dumps(body).encode())
    with pytest.raises(Exception, match="string"):
        validate(tampered)
    no_auth = httpx.Request("GET", request.url.copy_with(path="/api/oms/pvt/orders/1"), headers={"Accept": "application/json", "Content-Type": "application/json"})
    with pytest.raises(Exception, match="[Ss]ecurity"):
        validate(no_auth)


def test_the_vendored_spec_is_the_shared_one():
    from spec_helpers import SHARED_SPEC, VENDORED_SPEC

    if SHARED_SPEC.is_file():
        assert VENDORED_SPEC.read_bytes() == SHARED_SPEC.read_bytes(), "refresh tests/fixtures/vtex"
    assert json.loads(VENDORED_SPEC.read_text(encoding="utf-8"))["openapi"].startswith("3.")
