"""Invoice, tracking-number and tracking-event rules of the sandbox, over plain HTTP."""

from __future__ import annotations

import re
from typing import Any

import pytest

from vtex_invoice_gui.sandbox import SEED_IDS

ORDERS = "/api/oms/pvt/orders"
HANDLING = SEED_IDS["handling"]
RECEIPT_RE = re.compile(r"^[0-9a-f]{32}$")
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$")


def invoice_body(order: dict[str, Any], number: str = "NF-0001", value: int | None = None,
                 lines: list[int] | None = None, kind: str = "Output", **extra: Any) -> dict[str, Any]:
    """A valid invoice: one line per SKU (unit price), for ``lines`` (default: every line)."""
    chosen = [order["items"][i] for i in (lines if lines is not None else range(len(order["items"])))]
    per_sku: dict[str, dict[str, Any]] = {}
    for item in chosen:
        entry = per_sku.setdefault(item["id"], {"id": item["id"], "price": item["sellingPrice"], "quantity": 0})
        entry["quantity"] += item["quantity"]
    if value is None:
        value = order["value"] if lines is None else sum(i["priceDefinition"]["total"] for i in chosen)
    body = {"type": kind, "issuanceDate": "2026-11-21T10:15:00-03:00", "invoiceNumber": number,
            "invoiceValue": str(value), "items": list(per_sku.values())}
    body.update(extra)
    return body


def post_invoice(http, order_id: str, body: dict[str, Any]):
    return http.post(f"{ORDERS}/{order_id}/invoice", json=body)


def packages(sandbox, order_id: str) -> list[dict[str, Any]]:
    return sandbox.order(order_id)["packageAttachment"]["packages"]


# --- Output invoices --------------------------------------------------------------------------


def test_a_full_invoice_answers_a_receipt_and_invoices_the_order(sandbox, sandbox_http):
    order = sandbox.order(HANDLING)
    response = post_invoice(sandbox_http, HANDLING, invoice_body(order, invoiceKey="3526" + "1" * 40))
    assert response.status_code == 200
    receipt = response.json()
    assert set(receipt) == {"date", "orderId", "receipt"}
    assert receipt["orderId"] == HANDLING
    assert RECEIPT_RE.match(receipt["receipt"])
    assert ISO_WITH_OFFSET.match(receipt["date"])
    after = sandbox.order(HANDLING)
    assert after["status"] == "invoiced"
    assert after["statusDescription"] == "Faturado"
    assert after["invoicedDate"]
    [package] = after["packageAttachment"]["packages"]
    assert package["invoiceValue"] == order["value"]  # an integer in the package
    assert package["type"] == "Output"
    assert package["invoiceKey"] == "3526" + "1" * 40
    assert package["courierStatus"] is None
    assert [(i["itemIndex"], i["quantity"]) for i in package["items"]] == [(0, 1), (1, 1)]


def test_partial_then_rest_goes_handling_then_invoiced(sandbox, sandbox_http):
    ready = SEED_IDS["ready"]
    order = sandbox.order(ready)
    first = invoice_body(order, "NF-A", lines=[0])
    assert post_invoice(sandbox_http, ready, first).status_code == 200
    middle = sandbox.order(ready)
    assert middle["status"] == "handling"
    assert middle["invoicedDate"] is None
    rest = order["value"] - int(first["invoiceValue"])
    assert post_invoice(sandbox_http, ready, invoice_body(order, "NF-B", value=rest, lines=[1])).status_code == 200
    final = sandbox.order(ready)
    assert final["status"] == "invoiced"
    assert sum(p["invoiceValue"] for p in final["packageAttachment"]["packages"]) == order["value"]


def test_an_invoice_above_the_remaining_amount_is_rejected(sandbox, sandbox_http):
    partial = SEED_IDS["handling_partial"]
    order = sandbox.order(partial)
    remaining = order["value"] - sum(p["invoiceValue"] for p in order["packageAttachment"]["packages"])
    too_much = post_invoice(sandbox_http, partial, invoice_body(order, "NF-X", value=remaining + 1, lines=[0]))
    assert too_much.status_code == 400
    assert str(remaining) in too_much.text
    exact = post_invoice(sandbox_http, partial, invoice_body(order, "NF-Y", value=remaining, lines=[0]))
    assert exact.status_code == 200
    assert sandbox.order(partial)["status"] == "invoiced"


@pytest.mark.parametrize(
    ("name", "allowed"),
    [("ready", True), ("handling", True), ("ready_for_invoicing", True), ("payment_approved_partial", True),
     ("payment_pending", False), ("window_to_cancel", False), ("canceled", False),
     ("invoiced_no_tracking", False)],
)
def test_output_invoices_are_gated_by_status(sandbox, sandbox_http, name, allowed):
    order_id = SEED_IDS[name]
    order = sandbox.order(order_id)
    last = len(order["items"]) - 1  # a line with units left on every seed order
    response = post_invoice(sandbox_http, order_id, invoice_body(order, "NF-G", value=1, lines=[last]))
    if allowed:
        assert response.status_code == 200
    else:
        assert response.status_code == 409
        assert response.headers["content-type"].startswith("text/plain")  # no invented code
        assert packages(sandbox, order_id) == order["packageAttachment"]["packages"]


def test_payment_approved_without_earlier_invoices_is_blocked(sandbox, sandbox_http):
    order = sandbox.order(SEED_IDS["ready"])
    order.update(orderId="1368451299999-01", sequence="599999", status="payment-approved")
    sandbox.add_order(order)
    response = post_invoice(sandbox_http, "1368451299999-01", invoice_body(order, value=100, lines=[0]))
    assert response.status_code == 409
    assert "payment-approved" in response.text


def test_reposting_an_invoice_number_only_renews_the_receipt(sandbox, sandbox_http):
    order = sandbox.order(HANDLING)
    first = post_invoice(sandbox_http, HANDLING, invoice_body(order, "NF-R", value=1000, lines=[1]))
    before = sandbox.order(HANDLING)
    second = post_invoice(sandbox_http, HANDLING, invoice_body(order, "NF-R", value=2000, lines=[1]))
    assert first.status_code == second.status_code == 200
    assert first.json()["receipt"] != second.json()["receipt"]
    assert sandbox.order(HANDLING) == before


def test_the_same_sku_on_two_lines_fills_both_item_indexes(sandbox, sandbox_http):
    twice = SEED_IDS["same_sku_twice"]
    order = sandbox.order(twice)
    assert order["items"][0]["id"] == order["items"][1]["id"]
    assert post_invoice(sandbox_http, twice, invoice_body(order)).status_code == 200
    [package] = packages(sandbox, twice)
    assert [(i["itemIndex"], i["quantity"]) for i in package["items"]] == [(0, 1), (1, 2), (2, 1)]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"type": None}, "type"),
        ({"type": "output"}, "type"),
        ({"issuanceDate": None}, "issuanceDate"),
        ({"issuanceDate": "21/11/2026"}, "issuanceDate"),
        ({"invoiceNumber": None}, "invoiceNumber"),
        ({"invoiceNumber": "NF 123"}, "invoiceNumber"),
        ({"invoiceNumber": "NF/123"}, "invoiceNumber"),
        ({"invoiceNumber": "NF#123"}, "invoiceNumber"),
        ({"invoiceValue": None}, "invoiceValue"),
        ({"invoiceValue": "24.99"}, "invoiceValue"),
        ({"invoiceValue": "24,99"}, "invoiceValue"),
        ({"invoiceValue": 24.99}, "invoiceValue"),
        ({"invoiceValue": "0"}, "invoiceValue"),
        ({"invoiceValue": -5}, "invoiceValue"),
        ({"invoiceValue": True}, "invoiceValue"),
        ({"items": []}, "items"),
        ({"items": None}, "items"),
        ({"items": [{"price": 100, "quantity": 1}]}, "items[0].id"),
        ({"items": [{"id": "3010", "price": "100", "quantity": 1}]}, "items[0].price"),
        ({"items": [{"id": "3010", "price": 10.5, "quantity": 1}]}, "items[0].price"),
        ({"items": [{"id": "3010", "price": 100, "quantity": 0}]}, "items[0].quantity"),
        ({"dispatchedDate": "yesterday"}, "dispatchedDate"),
        ({"invoiceKey": 123}, "invoiceKey"),
    ],
)
def test_invalid_invoice_bodies_are_400_naming_the_field(sandbox, sandbox_http, change, field):
    body = invoice_body(sandbox.order(HANDLING))
    body.update(change)
    response = post_invoice(sandbox_http, HANDLING, body)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")  # VTEX documents no body here
    assert f"'{field}'" in response.text
    assert packages(sandbox, HANDLING) == []


def test_missing_fields_and_non_object_bodies_are_400(sandbox, sandbox_http):
    body = invoice_body(sandbox.order(HANDLING))
    del body["issuanceDate"]
    assert "'issuanceDate' is required" in post_invoice(sandbox_http, HANDLING, body).text
    assert sandbox_http.post(f"{ORDERS}/{HANDLING}/invoice", json=[1, 2]).status_code == 400
    assert sandbox_http.post(f"{ORDERS}/{HANDLING}/invoice").status_code == 400


@pytest.mark.parametrize("value", [37698, "37698"])
def test_invoice_value_as_integer_or_digit_string(sandbox, sandbox_http, value):
    order = sandbox.order(HANDLING)
    body = invoice_body(order)
    body["invoiceValue"] = str(order["value"]) if isinstance(value, str) else order["value"]
    assert post_invoice(sandbox_http, HANDLING, body).status_code == 200
    assert packages(sandbox, HANDLING)[0]["invoiceValue"] == order["value"]


def test_date_only_issuance_is_accepted(sandbox, sandbox_http):
    body = invoice_body(sandbox.order(HANDLING), issuanceDate="2026-11-21")
    assert post_invoice(sandbox_http, HANDLING, body).status_code == 200
    assert packages(sandbox, HANDLING)[0]["issuanceDate"].startswith("2026-11-21T00:00:00")


def test_the_embedded_xml_is_kept(sandbox, sandbox_http):
    xml = '<?xml version="1.0"?><nfeProc><NFe>…</NFe></nfeProc>'
    body = invoice_body(sandbox.order(HANDLING), embeddedInvoice=xml)
    post_invoice(sandbox_http, HANDLING, body)
    assert packages(sandbox, HANDLING)[0]["embeddedInvoice"] == xml


def test_invoices_apply_after_the_delay(sandbox, sandbox_http):
    sandbox.apply_delay = 3600
    order = sandbox.order(HANDLING)
    response = post_invoice(sandbox_http, HANDLING, invoice_body(order))
    assert response.status_code == 200
    seen = sandbox_http.get(f"{ORDERS}/{HANDLING}").json()
    assert seen["packageAttachment"]["packages"] == []
    assert seen["status"] == "handling" and seen["invoicedDate"] is None
    # a second invoice for the same amount is refused although the first is not visible yet
    assert post_invoice(sandbox_http, HANDLING, invoice_body(order, "NF-0002")).status_code == 400
    assert sandbox.apply_pending() == 2  # the package, then the settlement
    assert sandbox_http.get(f"{ORDERS}/{HANDLING}").json()["status"] == "invoiced"


# --- Input (return) invoices ------------------------------------------------------------------


def test_a_return_adds_an_input_package_with_a_refund(sandbox, sandbox_http):
    invoiced = SEED_IDS["invoiced_no_tracking"]
    order = sandbox.order(invoiced)
    body = invoice_body(order, "DEV-1", lines=[1], kind="Input")
    assert post_invoice(sandbox_http, invoiced, body).status_code == 200
    after = sandbox.order(invoiced)
    assert after["status"] == "invoiced"
    returned = after["packageAttachment"]["packages"][-1]
    assert returned["type"] == "Input"
    assert returned["restitutions"]["Refund"]["value"] == int(body["invoiceValue"])
    assert returned["restitutions"]["Refund"]["items"][0]["id"] == order["items"][1]["id"]


def test_returns_cannot_exceed_what_was_invoiced_minus_earlier_returns(sandbox, sandbox_http):
    with_return = SEED_IDS["invoiced_with_return"]
    order = sandbox.order(with_return)
    outputs = sum(p["invoiceValue"] for p in order["packageAttachment"]["packages"] if p["type"] == "Output")
    inputs = sum(p["invoiceValue"] for p in order["packageAttachment"]["packages"] if p["type"] == "Input")
    available = outputs - inputs
    too_much = post_invoice(sandbox_http, with_return,
                            invoice_body(order, "DEV-2", value=available + 1, lines=[0], kind="Input"))
    assert too_much.status_code == 400
    assert too_much.text == f"Unable to using the restitution Refund more than {available}"
    ok = post_invoice(sandbox_http, with_return, invoice_body(order, "DEV-2", value=available, lines=[0], kind="Input"))
    assert ok.status_code == 200


# --- PATCH tracking number --------------------------------------------------------------------


def test_patch_sets_the_tracking_fields_and_opens_courier_status(sandbox, sandbox_http):
    invoiced = SEED_IDS["invoiced_no_tracking"]
    number = packages(sandbox, invoiced)[0]["invoiceNumber"]
    body = {"trackingNumber": "QB000111222BR", "trackingUrl": "https://rastreio.example/QB000111222BR",
            "courier": "Correios SEDEX", "dispatchedDate": "2026-11-21T09:00:00-03:00"}
    response = sandbox_http.patch(f"{ORDERS}/{invoiced}/invoice/{number}", json=body)
    assert response.status_code == 200
    assert set(response.json()) == {"date", "orderId", "receipt"}
    [package] = packages(sandbox, invoiced)
    assert package["trackingNumber"] == "QB000111222BR"
    assert package["trackingUrl"] == "https://rastreio.example/QB000111222BR"
    assert package["courier"] == "Correios SEDEX"
    assert package["courierStatus"] == {"status": "ok", "finished": False, "deliveredDate": None, "data": []}


def test_patch_keeps_existing_fields_sent_as_null(sandbox, sandbox_http):
    transit = SEED_IDS["invoiced_in_transit"]
    before = packages(sandbox, transit)[0]
    body = {"trackingNumber": "QB555BR", "trackingUrl": None, "courier": None, "dispatchedDate": None}
    assert sandbox_http.patch(f"{ORDERS}/{transit}/invoice/{before['invoiceNumber']}", json=body).status_code == 200
    after = packages(sandbox, transit)[0]
    assert after["trackingNumber"] == "QB555BR"
    assert after["courier"] == before["courier"] and after["trackingUrl"] == before["trackingUrl"]
    assert after["courierStatus"]["data"] == before["courierStatus"]["data"]


@pytest.mark.parametrize("body", [{}, {"trackingNumber": None}, {"trackingNumber": ""}, {"trackingNumber": 42}])
def test_patch_needs_a_tracking_number(sandbox, sandbox_http, body):
    invoiced = SEED_IDS["invoiced_no_tracking"]
    number = packages(sandbox, invoiced)[0]["invoiceNumber"]
    response = sandbox_http.patch(f"{ORDERS}/{invoiced}/invoice/{number}", json=body)
    assert response.status_code == 400
    assert "'trackingNumber'" in response.text


def test_patch_on_an_unknown_invoice_is_404(sandbox_http):
    response = sandbox_http.patch(f"{ORDERS}/{SEED_IDS['invoiced_no_tracking']}/invoice/NOPE",
                                  json={"trackingNumber": "X"})
    assert response.status_code == 404
    assert response.text == "Invoice Not Found"
    unknown_order = sandbox_http.patch(f"{ORDERS}/9999999999999-01/invoice/NOPE", json={"trackingNumber": "X"})
    assert unknown_order.json()["error"]["code"] == "OMS007"


# --- PUT tracking events ----------------------------------------------------------------------


def tracking(events=1, delivered=False, delivered_date=None) -> dict[str, Any]:
    return {
        "isDelivered": delivered,
        "deliveredDate": delivered_date,
        "events": [{"city": "Curitiba", "state": "PR", "description": f"Evento {i}", "date": f"2026-11-2{i}"}
                   for i in range(events)],
    }


def test_put_appends_events_and_marks_delivery(sandbox, sandbox_http):
    transit = SEED_IDS["invoiced_in_transit"]
    package = packages(sandbox, transit)[0]
    url = f"{ORDERS}/{transit}/invoice/{package['invoiceNumber']}/tracking"
    assert sandbox_http.put(url, json=tracking(events=2)).status_code == 200
    middle = packages(sandbox, transit)[0]["courierStatus"]
    assert len(middle["data"]) == len(package["courierStatus"]["data"]) + 2
    assert middle["finished"] is False
    added = middle["data"][-1]
    assert (added["city"], added["state"], added["description"]) == ("Curitiba", "PR", "Evento 1")
    assert added["createDate"].startswith("2026-11-21T00:00:00")
    assert ISO_WITH_OFFSET.match(added["lastChange"])
    response = sandbox_http.put(url, json=tracking(events=0, delivered=True, delivered_date="2026-11-23 14:30"))
    assert response.status_code == 200
    final = packages(sandbox, transit)[0]["courierStatus"]
    assert final["finished"] is True
    assert final["deliveredDate"].startswith("2026-11-23T14:30:00")
    assert sandbox.order(transit)["status"] == "invoiced"


def test_put_needs_a_tracking_number_first(sandbox, sandbox_http):
    invoiced = SEED_IDS["invoiced_no_tracking"]
    number = packages(sandbox, invoiced)[0]["invoiceNumber"]
    response = sandbox_http.put(f"{ORDERS}/{invoiced}/invoice/{number}/tracking", json=tracking())
    assert response.status_code == 400
    assert "no tracking number" in response.text
    sandbox_http.patch(f"{ORDERS}/{invoiced}/invoice/{number}", json={"trackingNumber": "T1"})
    assert sandbox_http.put(f"{ORDERS}/{invoiced}/invoice/{number}/tracking", json=tracking()).status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (tracking(delivered=True), "deliveredDate"),
        (tracking(delivered=True, delivered_date="2026-11-23T14:30:00"), "deliveredDate"),
        (tracking(delivered=True, delivered_date="23/11/2026 14:30"), "deliveredDate"),
        ({"isDelivered": False, "events": []}, "deliveredDate"),
        ({"deliveredDate": None, "events": []}, "isDelivered"),
        ({"isDelivered": "no", "deliveredDate": None, "events": []}, "isDelivered"),
        ({"isDelivered": False, "deliveredDate": None}, "events"),
        ({"isDelivered": False, "deliveredDate": None, "events": [{"city": "X", "state": "SP", "date": "2026-11-21"}]},
         "events[0].description"),
        ({"isDelivered": False, "deliveredDate": None,
          "events": [{"city": "X", "state": "SP", "description": "d", "date": "ontem"}]}, "events[0].date"),
    ],
)
def test_put_rejects_malformed_bodies(sandbox, sandbox_http, body, field):
    transit = SEED_IDS["invoiced_in_transit"]
    before = packages(sandbox, transit)[0]
    response = sandbox_http.put(f"{ORDERS}/{transit}/invoice/{before['invoiceNumber']}/tracking", json=body)
    assert response.status_code == 400
    assert f"'{field}'" in response.text
    assert packages(sandbox, transit)[0] == before


def test_put_on_an_unknown_invoice_is_404(sandbox_http):
    response = sandbox_http.put(f"{ORDERS}/{SEED_IDS['invoiced_in_transit']}/invoice/NOPE/tracking", json=tracking())
    assert response.status_code == 404
    assert response.text == "Invoice Not Found"
