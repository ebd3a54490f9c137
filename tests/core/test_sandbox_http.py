"""The sandbox's HTTP face: auth, content types, routing, Get Order, List Orders, start-handling."""

from __future__ import annotations

import httpx
import pytest

from vtex_invoice_gui.sandbox import SEED_IDS, Sandbox

ORDERS = "/api/oms/pvt/orders"
READY = SEED_IDS["ready"]
UNAUTHORIZED = {"error": {"code": "1", "message": "Unauthorized access", "exception": None}}


def client_for(sb: Sandbox, key: str | None, token: str | None) -> httpx.Client:
    headers = {"Accept": "application/json", "Content-Type": "application/json"}
    if key is not None:
        headers["X-VTEX-API-AppKey"] = key
    if token is not None:
        headers["X-VTEX-API-AppToken"] = token
    return httpx.Client(base_url=sb.base_url, headers=headers, timeout=10)


# --- authentication ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "token"),
    [(None, None), ("vtexappkey-sandbox-DEMO", None), ("vtexappkey-sandbox-DEMO", "wrong"), ("other", "x")],
)
def test_missing_or_wrong_credentials_get_401_with_the_oms_body(sandbox, key, token):
    with client_for(sandbox, key, token) as client:
        response = client.get(f"{ORDERS}/{READY}")
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED


def test_header_names_are_case_insensitive(sandbox):
    headers = {"x-vtex-api-appkey": sandbox.app_key, "X-VTEX-API-APPTOKEN": sandbox.app_token}
    response = httpx.get(f"{sandbox.base_url}{ORDERS}/{READY}", headers=headers)
    assert response.status_code == 200
    assert response.json()["orderId"] == READY


def test_the_limited_key_reads_but_cannot_write(sandbox):
    with client_for(sandbox, sandbox.limited_app_key, sandbox.limited_app_token) as client:
        assert client.get(f"{ORDERS}/{READY}").status_code == 200
        assert client.get(ORDERS).status_code == 200
        answers = [
            client.post(f"{ORDERS}/{READY}/start-handling"),
            client.post(f"{ORDERS}/{READY}/invoice", json={}),
            client.patch(f"{ORDERS}/{READY}/invoice/NF1", json={"trackingNumber": "X"}),
            client.put(f"{ORDERS}/{READY}/invoice/NF1/tracking", json={}),
        ]
    for response in answers:
        assert response.status_code == 403
        assert response.text == "The credentials are not enabled to access the service."
    assert sandbox.order(READY)["status"] == "ready-for-handling"


def test_the_app_token_is_never_recorded(sandbox, sandbox_http):
    sandbox_http.get(f"{ORDERS}/{READY}")
    recorded = sandbox.requests[-1]
    assert recorded.headers["x-vtex-api-apptoken"] == "***"
    assert recorded.headers["X-VTEX-API-AppKey"] == sandbox.app_key
    assert sandbox.app_token not in repr(sandbox.requests)


# --- routing and content types -----------------------------------------------------------------


def test_unknown_routes_are_404_and_wrong_methods_405(sandbox_http):
    assert sandbox_http.get("/api/oms/pvt/nothing-here").status_code == 404
    assert sandbox_http.get(f"{ORDERS}/{READY}/invoice").status_code == 405
    response = sandbox_http.delete(f"{ORDERS}/{READY}")
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET"


def test_json_answers_declare_utf8_json(sandbox_http):
    for response in (sandbox_http.get(f"{ORDERS}/{READY}"), sandbox_http.get(ORDERS),
                     sandbox_http.get(f"{ORDERS}/nope-01")):
        assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    assert "Camiseta Algodão" in sandbox_http.get(f"{ORDERS}/{READY}").text  # real UTF-8, not \\u escapes


def test_a_body_that_is_not_declared_json_is_rejected(sandbox, sandbox_http):
    response = sandbox_http.post(
        f"{ORDERS}/{READY}/invoice", content=b'{"type": "Output"}', headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 400
    assert "application/json" in response.text
    broken = sandbox_http.post(f"{ORDERS}/{READY}/invoice", content=b'{"type": ')
    assert broken.status_code == 400
    assert "not valid JSON" in broken.text
    assert sandbox.order(READY)["packageAttachment"]["packages"] == []


# --- Get Order --------------------------------------------------------------------------------


def test_get_order_by_id_and_by_sequence(sandbox, sandbox_http):
    by_id = sandbox_http.get(f"{ORDERS}/{READY}").json()
    by_seq = sandbox_http.get(f"{ORDERS}/seq{by_id['sequence']}").json()
    assert by_id["sequence"] == "502334"
    assert by_seq == by_id == sandbox.order(READY)


def test_unknown_order_is_oms007(sandbox_http):
    for ref in ("9999999999999-01", "seq999999"):
        response = sandbox_http.get(f"{ORDERS}/{ref}")
        assert response.status_code == 404
        assert response.json() == {"error": {"code": "OMS007", "message": "Order Not Found", "exception": None}}


def test_sb_orders_is_a_copy(sandbox):
    orders = sandbox.orders
    orders[READY]["status"] = "canceled"
    assert sandbox.order(READY)["status"] == "ready-for-handling"


# --- List Orders ------------------------------------------------------------------------------


def test_list_rows_have_the_list_shape(sandbox, sandbox_http):
    answer = sandbox_http.get(ORDERS, params={"per_page": 100}).json()
    assert set(answer) == {"list", "facets", "paging", "stats"}
    assert answer["paging"] == {"total": len(sandbox.orders), "pages": 1, "currentPage": 1, "perPage": 100}
    row = next(r for r in answer["list"] if r["orderId"] == READY)
    order = sandbox.order(READY)
    assert row["items"] is None
    assert row["totalValue"] == order["value"]
    assert row["statusDescription"] == "Pronto para o manuseio"
    assert row["clientName"] == "Ana Souza"
    assert row["totalItems"] == 3
    assert row["currencyCode"] == "BRL"
    assert row["marketPlaceOrderId"] is None and "ShippingEstimatedDate" in row
    marketplace = next(r for r in answer["list"] if r["orderId"] == SEED_IDS["marketplace"])
    assert marketplace["marketPlaceOrderId"] == "MLB-2000004521873"


def test_list_defaults_to_15_newest_first_and_pages(sandbox_http):
    first = sandbox_http.get(ORDERS).json()
    second = sandbox_http.get(ORDERS, params={"page": 2}).json()
    assert first["paging"]["perPage"] == 15 and first["paging"]["pages"] == 2
    assert len(first["list"]) == 15
    dates = [r["creationDate"] for r in first["list"] + second["list"]]
    assert dates == sorted(dates, reverse=True)
    assert len(second["list"]) == first["paging"]["total"] - 15


def test_list_filters_by_one_or_several_statuses(sandbox, sandbox_http):
    handling = sandbox_http.get(ORDERS, params={"f_status": "handling"}).json()
    both = sandbox_http.get(ORDERS, params={"f_status": "handling,invoiced", "per_page": 100}).json()
    statuses = [o["status"] for o in sandbox.orders.values()]
    assert {r["status"] for r in handling["list"]} == {"handling"}
    assert handling["paging"]["total"] == statuses.count("handling")
    assert both["paging"]["total"] == statuses.count("handling") + statuses.count("invoiced")


def test_list_text_search_and_sorting(sandbox_http):
    by_email = sandbox_http.get(ORDERS, params={"q": "ana.souza@example.com.br"}).json()
    assert READY in [r["orderId"] for r in by_email["list"]]
    assert all(r["clientName"] == "Ana Souza" for r in by_email["list"])
    by_id = sandbox_http.get(ORDERS, params={"q": READY}).json()
    assert [r["orderId"] for r in by_id["list"]] == [READY]
    cheap_first = sandbox_http.get(ORDERS, params={"orderBy": "totalValue,asc", "per_page": 100}).json()
    values = [r["totalValue"] for r in cheap_first["list"]]
    assert values == sorted(values)


@pytest.mark.parametrize(
    "params",
    [{"page": 31}, {"page": 0}, {"per_page": 101}, {"per_page": "ten"}, {"q": "a+b"},
     {"f_creationDate": "yesterday"}, {"f_shippingEstimate": "soon"}],
)
def test_list_rejects_out_of_range_parameters(sandbox_http, params):
    response = sandbox_http.get(ORDERS, params=params)
    assert response.status_code == 400
    assert response.text


# --- start-handling ---------------------------------------------------------------------------


def test_start_handling_moves_ready_for_handling_to_handling(sandbox, sandbox_http):
    response = sandbox_http.post(f"{ORDERS}/{READY}/start-handling")
    assert response.status_code == 204
    assert response.content == b""
    assert sandbox.order(READY)["status"] == "handling"
    assert sandbox.order(READY)["statusDescription"] == "Preparando Entrega"


def test_start_handling_in_another_status_is_oms003(sandbox, sandbox_http):
    sandbox_http.post(f"{ORDERS}/{READY}/start-handling")
    again = sandbox_http.post(f"{ORDERS}/{READY}/start-handling")
    assert again.status_code == 409
    assert again.json()["error"] == {
        "code": "OMS003",
        "message": "Order status should be ready-for-handling to perform this action",
        "exception": None,
    }
    sandbox.start_handling_conflict_status = 400  # what FIELD observed
    assert sandbox_http.post(f"{ORDERS}/{SEED_IDS['canceled']}/start-handling").status_code == 400
    assert sandbox.order(SEED_IDS["canceled"])["status"] == "canceled"


def test_reset_restores_the_seed(sandbox, sandbox_http):
    sandbox_http.post(f"{ORDERS}/{READY}/start-handling")
    sandbox.faults.status(500)
    sandbox.reset()
    assert sandbox.order(READY)["status"] == "ready-for-handling"
    assert sandbox.requests == []
    assert len(sandbox.faults) == 0


def test_requests_record_bodies_as_json_or_text(sandbox, sandbox_http):
    sandbox_http.post(f"{ORDERS}/{READY}/invoice", json={"type": "Output"})
    sandbox_http.post(f"{ORDERS}/{READY}/invoice", content=b"not json", headers={"Content-Type": "text/plain"})
    sandbox_http.get(ORDERS, params={"f_status": "handling", "page": "2"})
    json_body, text_body, listing = sandbox.requests
    assert (json_body.method, json_body.path, json_body.body, json_body.status) == (
        "POST", f"{ORDERS}/{READY}/invoice", {"type": "Output"}, 400)
    assert text_body.body == "not json"
    assert listing.query == {"f_status": "handling", "page": "2"} and listing.body is None


def test_descriptions_are_kept_on_partials_and_replaced_by_names_on_a_full_invoice(sandbox, sandbox_http):
    """KI: when invoiceValue covers the order total, Get Order shows product names instead."""
    order = sandbox.order(READY)
    item = order["items"][1]
    partial = {"type": "Output", "issuanceDate": "2026-11-21T10:00:00-03:00", "invoiceNumber": "NF-P",
               "invoiceValue": item["priceDefinition"]["total"],
               "items": [{"id": item["id"], "price": item["sellingPrice"], "quantity": 1, "description": "calça"}]}
    assert sandbox_http.post(f"{ORDERS}/{READY}/invoice", json=partial).status_code == 200
    rest = dict(partial, invoiceNumber="NF-Q", invoiceValue=order["value"] - item["priceDefinition"]["total"])
    rest["items"] = [{"id": order["items"][0]["id"], "price": 1, "quantity": 2, "description": "camisetas"}]
    assert sandbox_http.post(f"{ORDERS}/{READY}/invoice", json=rest).status_code == 200
    first, second = sandbox.order(READY)["packageAttachment"]["packages"]
    assert first["items"][0]["description"] == "calça"
    assert second["items"][0]["description"] == "camisetas"  # the rest is below the order total too
    whole = sandbox.order(SEED_IDS["handling"])
    body = dict(partial, invoiceNumber="NF-W", invoiceValue=whole["value"],
                items=[{"id": i["id"], "price": i["sellingPrice"], "quantity": 1, "description": "x"}
                       for i in whole["items"]])
    assert sandbox_http.post(f"{ORDERS}/{SEED_IDS['handling']}/invoice", json=body).status_code == 200
    [package] = sandbox.order(SEED_IDS["handling"])["packageAttachment"]["packages"]
    assert [i["description"] for i in package["items"]] == [i["name"] for i in whole["items"]]


def test_a_partial_invoice_on_payment_approved_moves_it_to_handling(sandbox, sandbox_http):
    approved = SEED_IDS["payment_approved_partial"]
    order = sandbox.order(approved)
    item = order["items"][1]
    body = {"type": "Output", "issuanceDate": "2026-11-21T10:00:00-03:00", "invoiceNumber": "NF-PA2",
            "invoiceValue": item["priceDefinition"]["total"],
            "items": [{"id": item["id"], "price": item["sellingPrice"], "quantity": item["quantity"]}]}
    assert sandbox_http.post(f"{ORDERS}/{approved}/invoice", json=body).status_code == 200
    assert sandbox.order(approved)["status"] == "handling"
