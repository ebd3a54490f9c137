"""Every successful sandbox answer validates against VTEX's response schemas (orders-api.json)."""

from __future__ import annotations

import json

import pytest
from openapi_core.validation.response.exceptions import InvalidData
from spec_helpers import check_response, has_response_schema, load_response_spec, load_spec

from vtex_invoice_gui.sandbox import SEED_IDS, make_large_order

ORDERS = "/api/oms/pvt/orders"


def validate(response) -> None:
    path = response.request.url.path
    method = response.request.method
    assert has_response_schema(method, path, response.status_code)
    check_response(method, path, response.status_code, response.content,
                   content_type=response.headers["Content-Type"], query=dict(response.request.url.params))


def test_every_seed_order_validates(sandbox, sandbox_http):
    for order_id in sandbox.orders:
        validate(sandbox_http.get(f"{ORDERS}/{order_id}"))


def test_a_large_order_validates(sandbox, sandbox_http):
    order_id = sandbox.add_order(make_large_order(40))
    validate(sandbox_http.get(f"{ORDERS}/{order_id}"))


@pytest.mark.parametrize("params", [{}, {"per_page": 100}, {"f_status": "handling,invoiced"}, {"q": "nobody"}])
def test_list_answers_validate(sandbox_http, params):
    validate(sandbox_http.get(ORDERS, params=params))


def test_receipts_and_the_orders_they_change_validate(sandbox, sandbox_http):
    order_id = SEED_IDS["ready"]
    order = sandbox.order(order_id)
    body = {"type": "Output", "issuanceDate": "2026-11-21T10:15:00-03:00", "invoiceNumber": "NF-9",
            "invoiceValue": str(order["value"]), "embeddedInvoice": "<NFe/>",
            "items": [{"id": i["id"], "price": i["sellingPrice"], "quantity": i["quantity"]} for i in order["items"]]}
    validate(sandbox_http.post(f"{ORDERS}/{order_id}/invoice", json=body))
    patch = {"trackingNumber": "T1", "trackingUrl": None, "courier": None, "dispatchedDate": None}
    validate(sandbox_http.patch(f"{ORDERS}/{order_id}/invoice/NF-9", json=patch))
    events = [{"city": "São Paulo", "state": "SP", "description": "Postado", "date": "2026-11-21"}]
    validate(sandbox_http.put(f"{ORDERS}/{order_id}/invoice/NF-9/tracking",
                              json={"isDelivered": True, "deliveredDate": "2026-11-22 10:00", "events": events}))
    returned = dict(body, type="Input", invoiceNumber="DEV-9", invoiceValue="100", items=body["items"][:1])
    validate(sandbox_http.post(f"{ORDERS}/{order_id}/invoice", json=returned))
    validate(sandbox_http.get(f"{ORDERS}/{order_id}"))


def test_documented_error_bodies_validate(sandbox_http):
    sandbox_http.post(f"{ORDERS}/{SEED_IDS['ready']}/start-handling")
    conflict = sandbox_http.post(f"{ORDERS}/{SEED_IDS['ready']}/start-handling")
    assert has_response_schema("POST", conflict.request.url.path, 409)
    check_response("POST", conflict.request.url.path, 409, conflict.content)
    sandbox_http.headers["X-VTEX-API-AppToken"] = "wrong"
    unauthorized = sandbox_http.post(f"{ORDERS}/{SEED_IDS['ready']}/start-handling")
    check_response("POST", unauthorized.request.url.path, 401, unauthorized.content)


def test_the_relaxations_are_needed(sandbox):
    """The published spec rejects a real-looking order that the relaxed one accepts."""
    from openapi_core.testing import MockRequest, MockResponse

    order_id = SEED_IDS["invoiced_in_transit"]
    request = MockRequest("https://sandbox.vtexcommercestable.com.br", "get", f"{ORDERS}/{order_id}",
                          headers={"Accept": "application/json", "Content-Type": "application/json"})
    response = MockResponse(json.dumps(sandbox.order(order_id)).encode())
    load_response_spec().validate_response(request, response)
    with pytest.raises(InvalidData):
        load_spec().validate_response(request, response)
