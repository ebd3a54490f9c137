"""Issue 17, "Sandbox vs VTEX": the sandbox behaves as vtex-api.md documents, end to end over HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sandbox_helpers import ORDERS, body, clocked_sandbox, post, read

from vtex_invoice_gui.sandbox import SEED_IDS
from vtex_invoice_gui.vtex import Account, OmsClient, Order, TrackingStatus

BRT = timezone(timedelta(hours=-3))

HANDLING = SEED_IDS["handling"]


# --- 1. invoice -> invoiced, and back to payment-approved -----------------------------------------


def test_finding_1_a_full_invoice_passes_through_verifying_invoice_before_invoiced():
    with clocked_sandbox(apply_delay=3.0) as (sb, http, clock):
        assert post(http, HANDLING, body(read(http, HANDLING), "NF-V1")).status_code == 200
        before = read(http, HANDLING)
        assert before["status"] == "handling" and before["packageAttachment"]["packages"] == []
        clock.now = 3.0
        verifying = read(http, HANDLING)
        assert verifying["status"] == "invoice"
        assert verifying["statusDescription"] == "Verificando Fatura"
        assert verifying["invoicedDate"] is None
        assert [p["invoiceNumber"] for p in verifying["packageAttachment"]["packages"]] == ["NF-V1"]
        clock.now = 6.0
        done = read(http, HANDLING)
        assert done["status"] == "invoiced" and done["invoicedDate"]


def test_finding_1_an_order_being_verified_takes_no_more_output_invoices():
    with clocked_sandbox(apply_delay=3.0) as (sb, http, clock):
        order = read(http, SEED_IDS["handling_partial"])
        rest = order["value"] - sum(p["invoiceValue"] for p in order["packageAttachment"]["packages"])
        assert post(http, order["orderId"], body(order, "NF-V2", value=rest, lines=[0])).status_code == 200
        clock.now = 3.0
        assert read(http, order["orderId"])["status"] == "invoice"
        again = post(http, order["orderId"], body(order, "NF-V3", value=1, lines=[0]))
        assert again.status_code == 409 and "invoice" in again.text


def test_finding_1_with_partial_settlement_a_partly_invoiced_order_goes_back_to_payment_approved():
    with clocked_sandbox(apply_delay=3.0) as (sb, http, clock):
        sb.partial_settlement = True
        ready = SEED_IDS["ready"]
        order = read(http, ready)
        first = body(order, "NF-P1", lines=[0])
        assert post(http, ready, first).status_code == 200
        clock.now = 3.0
        assert read(http, ready)["status"] == "invoice"  # the gateway settles the part
        clock.now = 6.0
        partly = read(http, ready)
        assert partly["status"] == "payment-approved" and partly["invoicedDate"] is None
        rest = order["value"] - int(first["invoiceValue"])
        assert post(http, ready, body(order, "NF-P2", value=rest, lines=[1])).status_code == 200
        clock.now = 12.0
        assert read(http, ready)["status"] == "invoiced"


# --- 2. a return before the order is fully invoiced ---------------------------------------------


def test_finding_2_a_return_on_a_partly_invoiced_order_is_accepted_and_refunds_nothing(sandbox, sandbox_http):
    partial = SEED_IDS["handling_partial"]
    order = read(sandbox_http, partial)
    response = post(sandbox_http, partial, body(order, "DEV-17", value=3290, lines=[1], kind="Input"))
    assert response.status_code == 200
    after = read(sandbox_http, partial)
    returned = after["packageAttachment"]["packages"][-1]
    assert returned["type"] == "Input" and returned["invoiceValue"] == 3290  # what was asked for
    assert returned["restitutions"]["Refund"]["value"] == 0  # what was refunded
    assert returned["restitutions"]["Refund"]["items"] == []
    assert after["status"] == order["status"] and after["value"] == order["value"]


# --- 3. documented error bodies, else plain text -------------------------------------------------


def test_finding_3_undocumented_errors_carry_no_invented_code(sandbox, sandbox_http):
    sandbox_http.headers["X-VTEX-API-AppKey"] = sandbox.limited_app_key
    sandbox_http.headers["X-VTEX-API-AppToken"] = sandbox.limited_app_token
    forbidden = sandbox_http.post(f"{ORDERS}/{HANDLING}/start-handling")
    sandbox_http.headers["X-VTEX-API-AppKey"] = sandbox.app_key
    sandbox_http.headers["X-VTEX-API-AppToken"] = sandbox.app_token
    invoiced = SEED_IDS["invoiced_no_tracking"]
    answers = {
        403: forbidden,
        409: post(sandbox_http, invoiced, body(read(sandbox_http, invoiced), "NF-X", value=1, lines=[0])),
        400: post(sandbox_http, HANDLING, {"type": "Sale"}),
        404: sandbox_http.patch(f"{ORDERS}/{invoiced}/invoice/NOPE", json={"trackingNumber": "X"}),
        405: sandbox_http.delete(f"{ORDERS}/{HANDLING}"),
    }
    for status, answer in answers.items():
        assert answer.status_code == status
        assert answer.headers["content-type"].startswith("text/plain"), status
        assert answer.text and not answer.text.startswith("{"), status
    assert answers[404].text == "Invoice Not Found"


def test_finding_3_documented_errors_keep_vtex_bodies(sandbox, sandbox_http):
    sandbox_http.post(f"{ORDERS}/{SEED_IDS['ready']}/start-handling")
    wrong_status = sandbox_http.post(f"{ORDERS}/{SEED_IDS['ready']}/start-handling").json()["error"]
    unknown = sandbox_http.get(f"{ORDERS}/9999999999999-01").json()["error"]
    sandbox_http.headers["X-VTEX-API-AppToken"] = "wrong"
    unauthorized = sandbox_http.get(f"{ORDERS}/{HANDLING}").json()["error"]
    assert (wrong_status["code"], unknown["code"], unauthorized["code"]) == ("OMS003", "OMS007", "1")


# --- 5. the order list ---------------------------------------------------------------------------

SPEC_EXAMPLES = {  # every parameter the spec documents, with the spec's own example value
    "orderBy": "v502556llux-01,asc", "page": "1", "per_page": "15", "f_hasInputInvoice": "false",
    "q": "ana.souza@example.com.br", "f_shippingEstimate": "0.days",
    "f_invoicedDate": "invoicedDate:[2022-01-01T02:00:00.000Z TO 2022-01-02T01:59:59.999Z]",
    "f_creationDate": "creationDate:[2022-01-01T02:00:00.000Z TO 2022-01-02T01:59:59.999Z]",
    "f_authorizedDate": "creationDate:[2022-01-01T02:00:00.000Z TO 2022-01-02T01:59:59.999Z]",
    "f_UtmSource": "christmas_campaign", "f_sellerNames": "SellerName", "f_callCenterOperatorName": "Operator Name",
    "f_salesChannel": "Main", "salesChannelId": "1", "f_affiliateId": "WLM", "f_status": "ready-for-handling",
    "incompleteOrders": "true", "f_paymentNames": "Visa", "f_RnB": "Free+Shipping", "searchField": "sku_Ids",
    "sku_Ids": "25", "f_isInstore": "true", "_stats": "1", "utc": "-0200",
}


@pytest.mark.parametrize("name", sorted(SPEC_EXAMPLES))
def test_finding_5_every_documented_list_parameter_is_accepted(sandbox_http, name):
    response = sandbox_http.get(ORDERS, params={name: SPEC_EXAMPLES[name]})
    assert response.status_code == 200, response.text
    assert set(response.json()) == {"list", "facets", "paging", "stats"}


def test_finding_5_the_specs_odd_examples_do_what_an_index_would(sandbox, sandbox_http):
    newest = sandbox_http.get(ORDERS, params={"orderBy": "v502556llux-01,asc", "per_page": 100}).json()["list"]
    dates = [r["creationDate"] for r in newest]
    assert dates == sorted(dates, reverse=True)  # an unknown sort field: the default order
    november = "creationDate:[2026-11-02T00:00:00Z TO 2026-11-04T23:59:59Z]"
    by_creation = sandbox_http.get(ORDERS, params={"f_authorizedDate": november}).json()
    created = [o["creationDate"][:10] for o in sandbox.orders.values()]
    assert by_creation["paging"]["total"] == sum("2026-11-02" <= d <= "2026-11-04" for d in created) > 0
    open_ended = sandbox_http.get(ORDERS, params={"f_creationDate": "creationDate:[* TO *]", "per_page": 1}).json()
    assert open_ended["paging"]["total"] == len(created)


def test_finding_5_status_lists_text_and_other_filters(sandbox, sandbox_http):
    statuses = [o["status"] for o in sandbox.orders.values()]
    both = sandbox_http.get(ORDERS, params={"f_status": "handling,payment-approved"}).json()
    assert both["paging"]["total"] == statuses.count("handling") + statuses.count("payment-approved")
    pix = sandbox_http.get(ORDERS, params={"f_paymentNames": "Pix", "per_page": 100}).json()["list"]
    assert pix and {r["paymentNames"] for r in pix} == {"Pix"}
    mlb = sandbox_http.get(ORDERS, params={"f_affiliateId": "MLB"}).json()["list"]
    assert [r["orderId"] for r in mlb] == [SEED_IDS["marketplace"]]
    sku = sandbox_http.get(ORDERS, params={"searchField": "sku_Ids", "sku_Ids": "5001"}).json()["list"]
    assert [r["orderId"] for r in sku] == [SEED_IDS["b2b"]]
    assert sandbox_http.get(ORDERS, params={"incompleteOrders": "true"}).json()["paging"]["total"] == 0


def test_finding_5_the_list_lags_behind_get_order():
    with clocked_sandbox(apply_delay=0.0) as (sb, http, clock):
        sb.list_lag = 240
        ready = SEED_IDS["ready"]
        assert http.post(f"{ORDERS}/{ready}/start-handling").status_code == 204
        assert read(http, ready)["status"] == "handling"  # the detail at once

        def listed() -> str:
            rows = http.get(ORDERS, params={"q": ready}).json()["list"]
            return rows[0]["status"]

        assert listed() == "ready-for-handling"  # the index, 4 minutes behind
        clock.now = 239.0
        assert listed() == "ready-for-handling"
        clock.now = 240.0
        assert listed() == "handling"


def test_finding_5_list_totals_can_differ_from_the_detail(sandbox, sandbox_http):
    uneven = SEED_IDS["uneven_discount"]  # 4 x 17 - 3 = 65 on one line: the unit price rounds to 16
    [row] = sandbox_http.get(ORDERS, params={"q": uneven}).json()["list"]
    detail = read(sandbox_http, uneven)
    assert row["totalValue"] == detail["value"] - 1


# --- 6. dates without an offset --------------------------------------------------------------


def test_finding_6_a_delivered_date_without_offset_is_the_stores_local_time(sandbox, sandbox_http):
    order_id = SEED_IDS["invoiced_in_transit"]
    number = read(sandbox_http, order_id)["packageAttachment"]["packages"][0]["invoiceNumber"]
    done = {"isDelivered": True, "deliveredDate": "2026-11-23 14:30", "events": []}
    assert sandbox_http.put(f"{ORDERS}/{order_id}/invoice/{number}/tracking", json=done).status_code == 200
    status = read(sandbox_http, order_id)["packageAttachment"]["packages"][0]["courierStatus"]
    assert status["deliveredDate"] == "2026-11-23T14:30:00.0000000-03:00"  # São Paulo's 14:30, not UTC's


# --- 7. an invoice number reused ---------------------------------------------------------------


def test_finding_7_a_reused_number_gets_a_new_receipt_and_changes_nothing_else():
    with clocked_sandbox(apply_delay=3.0) as (sb, http, clock):
        order = read(http, HANDLING)
        first = post(http, HANDLING, body(order, "NF-R7", value=1000, lines=[1]))
        again = post(http, HANDLING, body(order, "NF-R7", value=2000, lines=[1], invoiceKey="1" * 44))
        assert first.status_code == again.status_code == 200
        assert first.json()["receipt"] != again.json()["receipt"]  # "overrides the previous one"
        clock.now = 3.0
        [package] = read(http, HANDLING)["packageAttachment"]["packages"]
        assert (package["invoiceValue"], package["invoiceKey"]) == (1000, None)  # nothing else changed


# --- 8. value and SKUs -----------------------------------------------------------------------------


def test_finding_8_the_order_value_becomes_what_was_settled_once_every_unit_is_invoiced(sandbox, sandbox_http):
    order = read(sandbox_http, HANDLING)
    short = order["value"] - 500  # e.g. a discount given on the NF-e
    assert post(sandbox_http, HANDLING, body(order, "NF-S8", value=short)).status_code == 200
    after = read(sandbox_http, HANDLING)
    assert after["value"] == short
    assert after["status"] == "invoiced"


def test_finding_8_a_partial_invoice_leaves_the_value_while_units_remain(sandbox, sandbox_http):
    ready = SEED_IDS["ready"]
    order = read(sandbox_http, ready)
    assert post(sandbox_http, ready, body(order, "NF-S9", value=100, lines=[0])).status_code == 200
    assert read(sandbox_http, ready)["value"] == order["value"]


def test_finding_8_an_unknown_sku_is_accepted_with_no_item_index(sandbox, sandbox_http):
    order = read(sandbox_http, HANDLING)
    payload = body(order, "NF-U8", value=100, lines=[])
    payload["items"] = [{"id": "999999", "price": 100, "quantity": 1}]
    assert post(sandbox_http, HANDLING, payload).status_code == 200
    [package] = read(sandbox_http, HANDLING)["packageAttachment"]["packages"]
    assert package["items"] == [{"itemIndex": None, "id": "999999", "quantity": 1, "price": 100,
                                 "description": None, "unitMultiplier": 1.0}]


def test_finding_8_more_units_than_ordered_are_refused(sandbox, sandbox_http):
    order = read(sandbox_http, HANDLING)
    sku = order["items"][0]["id"]  # ordered once
    payload = body(order, "NF-Q8", value=100, lines=[0])
    payload["items"] = [{"id": sku, "price": 10, "quantity": 10}]
    response = post(sandbox_http, HANDLING, payload)
    assert response.status_code == 400
    assert f"not possible to invoice the item {sku}" in response.text
    assert read(sandbox_http, HANDLING)["packageAttachment"]["packages"] == []


# --- 9. deliveryChannel and the dispatch date -------------------------------------------------------


def test_finding_9_logistics_carry_delivery_channel(sandbox):
    for order in sandbox.orders.values():
        for info in order["shippingData"]["logisticsInfo"]:
            assert info["deliveryChannel"] == info["selectedDeliveryChannel"]
    pickup = sandbox.order(SEED_IDS["pickup"])["shippingData"]["logisticsInfo"][0]
    assert pickup["deliveryChannel"] == "pickup-in-point"


def test_finding_9_the_dispatch_date_sent_comes_back_and_delivered_before_dispatch_is_caught(sandbox, sandbox_http):
    order_id = SEED_IDS["invoiced_no_tracking"]
    number = read(sandbox_http, order_id)["packageAttachment"]["packages"][0]["invoiceNumber"]
    patch = {"trackingNumber": "QB9BR", "trackingUrl": None, "courier": "Correios",
             "dispatchedDate": "2026-11-22T09:00:00-03:00"}
    assert sandbox_http.patch(f"{ORDERS}/{order_id}/invoice/{number}", json=patch).status_code == 200
    with OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token) as oms:
        package = oms.get_order(order_id).package(number)
    assert package.dispatched_date is not None  # VTEX keeps the wall-clock time sent
    assert package.dispatched_date.strftime("%Y-%m-%dT%H:%M:%S") == "2026-11-22T09:00:00"
    with pytest.raises(ValueError, match="before the dispatch date"):
        TrackingStatus(is_delivered=True, delivered_date=datetime(2026, 11, 21, 18, 0),
                       dispatched_at=package.dispatched_date.replace(tzinfo=BRT))


def test_finding_9_seeded_parcels_in_transit_have_a_dispatch_date(sandbox):
    [package] = sandbox.order(SEED_IDS["invoiced_in_transit"])["packageAttachment"]["packages"]
    first_event = min(e["createDate"] for e in package["courierStatus"]["data"])
    assert package["dispatchedDate"] and package["dispatchedDate"] <= first_event


def test_finding_9_the_order_model_reads_delivery_channel_and_a_courier_status_dispatch_date():
    order = Order.model_validate({
        "orderId": "1-01",
        "shippingData": {"logisticsInfo": [{"itemIndex": 0, "deliveryChannel": "pickup-in-point"}]},
        "packageAttachment": {"packages": [
            {"invoiceNumber": "A", "courierStatus": {"dispatchedDate": "2026-11-22T09:00:00+00:00"}},
            {"invoiceNumber": "B", "dispatchedDate": "2026-11-23T09:00:00+00:00"},
        ]},
    })
    assert order.is_pickup
    assert order.package("A").dispatched_date == datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    assert order.package("B").dispatched_date == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
