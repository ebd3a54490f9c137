"""vtex-api.md section 5 "Business rules", row by row (rows numbered 5.1 to 5.16 in table order),
each checked against the sandbox over HTTP. Rows 5.9 and 5.16 (order changes) are not modelled:
the sandbox has no Change order endpoint; see the module docstring of ``sandbox.invoicing``."""

from __future__ import annotations

from sandbox_helpers import ORDERS, body, clocked_sandbox, post, read

from vtex_invoice_gui.sandbox import SEED_IDS

HANDLING = SEED_IDS["handling"]
READY = SEED_IDS["ready"]


def test_rule_5_1_invoiced_only_when_the_invoices_reach_the_value_each_with_its_own_number(sandbox, sandbox_http):
    order = read(sandbox_http, READY)
    first = body(order, "NF-1", lines=[0])
    assert post(sandbox_http, READY, first).status_code == 200
    assert read(sandbox_http, READY)["status"] == "handling"  # a partial invoice
    rest = order["value"] - int(first["invoiceValue"])
    assert post(sandbox_http, READY, body(order, "NF-2", value=rest, lines=[1])).status_code == 200
    assert read(sandbox_http, READY)["status"] == "invoiced"


def test_rule_5_2_an_unchanged_order_takes_one_invoice_for_the_total(sandbox, sandbox_http):
    order = read(sandbox_http, HANDLING)
    assert post(sandbox_http, HANDLING, body(order, "NF-ALL")).status_code == 200
    after = read(sandbox_http, HANDLING)
    assert after["status"] == "invoiced" and len(after["packageAttachment"]["packages"]) == 1


def test_rule_5_3_the_value_is_updated_to_what_the_gateway_settles(sandbox, sandbox_http):
    order = read(sandbox_http, HANDLING)
    assert post(sandbox_http, HANDLING, body(order, "NF-SET", value=order["value"] - 990)).status_code == 200
    assert read(sandbox_http, HANDLING)["value"] == order["value"] - 990


def test_rule_5_3_partial_settlement_sends_a_partly_invoiced_order_back_to_payment_approved(sandbox, sandbox_http):
    sandbox.partial_settlement = True
    order = read(sandbox_http, READY)
    assert post(sandbox_http, READY, body(order, "NF-PS", lines=[0])).status_code == 200
    assert read(sandbox_http, READY)["status"] == "payment-approved"


def test_rule_5_4_a_partly_invoiced_order_can_no_longer_be_canceled(sandbox, sandbox_http):
    order = read(sandbox_http, READY)
    assert order["allowCancellation"] is True
    assert post(sandbox_http, READY, body(order, "NF-PC", lines=[0])).status_code == 200
    assert read(sandbox_http, READY)["allowCancellation"] is False


def test_rule_5_5_invoiced_is_final_and_a_return_needs_an_input_invoice(sandbox, sandbox_http):
    invoiced = SEED_IDS["invoiced_no_tracking"]
    order = read(sandbox_http, invoiced)
    assert order["allowCancellation"] is False
    assert post(sandbox_http, invoiced, body(order, "NF-MORE", value=1, lines=[0])).status_code == 409
    assert post(sandbox_http, invoiced, body(order, "DEV-1", lines=[0], kind="Input")).status_code == 200
    assert read(sandbox_http, invoiced)["status"] == "invoiced"


def test_rule_5_6_a_return_refunds_only_on_a_fully_invoiced_order(sandbox, sandbox_http):
    invoiced, partial = SEED_IDS["invoiced_no_tracking"], SEED_IDS["handling_partial"]
    full = read(sandbox_http, invoiced)
    post(sandbox_http, invoiced, body(full, "DEV-F", value=1000, lines=[0], kind="Input"))
    post(sandbox_http, partial, body(read(sandbox_http, partial), "DEV-P", value=1000, lines=[1], kind="Input"))
    refunded = read(sandbox_http, invoiced)["packageAttachment"]["packages"][-1]["restitutions"]["Refund"]
    nothing = read(sandbox_http, partial)["packageAttachment"]["packages"][-1]["restitutions"]["Refund"]
    assert refunded["value"] == 1000 and refunded["items"][0]["id"] == full["items"][0]["id"]
    assert nothing["value"] == 0 and nothing["items"] == []


def test_rule_5_7_the_same_number_again_renews_the_receipt_only(sandbox, sandbox_http):
    order = read(sandbox_http, HANDLING)
    first = post(sandbox_http, HANDLING, body(order, "NF-SAME", value=500, lines=[1])).json()
    state = read(sandbox_http, HANDLING)
    second = post(sandbox_http, HANDLING, body(order, "NF-SAME", value=900, lines=[1])).json()
    assert first["receipt"] != second["receipt"]
    assert read(sandbox_http, HANDLING) == state


def test_rule_5_8_items_are_always_sent(sandbox, sandbox_http):
    payload = body(read(sandbox_http, HANDLING), "NF-NOITEMS")
    del payload["items"]
    response = post(sandbox_http, HANDLING, payload)
    assert response.status_code == 400 and "'items'" in response.text


def test_rule_5_10_tracking_number_with_the_invoice_or_by_patch_then_events_many_times(sandbox, sandbox_http):
    order = read(sandbox_http, HANDLING)
    assert post(sandbox_http, HANDLING, body(order, "NF-TR", trackingNumber="QB1BR", courier="Correios")).status_code == 200
    for day in ("2026-11-22", "2026-11-23"):
        event = {"city": "Cajamar", "state": "SP", "description": f"Em trânsito {day}", "date": day}
        put = sandbox_http.put(f"{ORDERS}/{HANDLING}/invoice/NF-TR/tracking",
                               json={"isDelivered": False, "deliveredDate": None, "events": [event]})
        assert put.status_code == 200
    [package] = read(sandbox_http, HANDLING)["packageAttachment"]["packages"]
    assert len(package["courierStatus"]["data"]) == 2  # the calls accumulate


def test_rule_5_11_any_value_is_accepted_as_a_tracking_number(sandbox, sandbox_http):
    invoiced = SEED_IDS["invoiced_no_tracking"]
    number = read(sandbox_http, invoiced)["packageAttachment"]["packages"][0]["invoiceNumber"]
    patch = {"trackingNumber": "0", "trackingUrl": None, "courier": None, "dispatchedDate": None}
    assert sandbox_http.patch(f"{ORDERS}/{invoiced}/invoice/{number}", json=patch).status_code == 200


def test_rule_5_12_delivery_shows_as_finished_with_its_date(sandbox, sandbox_http):
    in_transit = SEED_IDS["invoiced_in_transit"]
    number = read(sandbox_http, in_transit)["packageAttachment"]["packages"][0]["invoiceNumber"]
    done = {"isDelivered": True, "deliveredDate": "2026-11-25 09:40", "events": []}
    assert sandbox_http.put(f"{ORDERS}/{in_transit}/invoice/{number}/tracking", json=done).status_code == 200
    status = read(sandbox_http, in_transit)["packageAttachment"]["packages"][0]["courierStatus"]
    assert status["finished"] is True and status["deliveredDate"].startswith("2026-11-25T09:40")


def test_rule_5_13_a_marketplace_order_is_invoiced_in_the_fulfillment_account(sandbox, sandbox_http):
    fulfillment = SEED_IDS["marketplace"]
    order = read(sandbox_http, fulfillment)
    assert order["origin"] == "Fulfillment" and order["marketplaceOrderId"]
    assert post(sandbox_http, fulfillment, body(order, "NF-MKT")).status_code == 200
    assert read(sandbox_http, fulfillment)["status"] == "invoiced"
    assert sandbox_http.get(f"{ORDERS}/{order['marketplaceOrderId']}").status_code == 404  # not an order here


def test_rule_5_14_invoice_numbers_vtex_cannot_route_are_refused_up_front(sandbox, sandbox_http):
    order = read(sandbox_http, HANDLING)
    for number in ("NF 1", "NF/1", "NF#1"):
        response = post(sandbox_http, HANDLING, body(order, number))
        assert response.status_code == 400 and "'invoiceNumber'" in response.text
    assert read(sandbox_http, HANDLING)["packageAttachment"]["packages"] == []


def test_rule_5_15_invoices_apply_asynchronously_and_invoiced_date_stays_empty_meanwhile():
    with clocked_sandbox(apply_delay=6.0) as (sb, http, clock):
        order = read(http, HANDLING)
        assert post(http, HANDLING, body(order, "NF-ASYNC")).status_code == 200
        clock.now = 5.9
        pending = read(http, HANDLING)
        assert pending["packageAttachment"]["packages"] == [] and pending["invoicedDate"] is None
        # re-posting because nothing shows yet would be a second invoice for the same amount: refused
        assert post(http, HANDLING, body(order, "NF-ASYNC-2")).status_code == 400
        clock.now = 6.0
        assert [p["invoiceNumber"] for p in read(http, HANDLING)["packageAttachment"]["packages"]] == ["NF-ASYNC"]
