"""The seed store: deterministic, realistic, and money-consistent."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone

import pytest

from vtex_invoice_gui.sandbox import SEED_IDS, make_large_order, seed_orders
from vtex_invoice_gui.sandbox.dates import vtex_iso
from vtex_invoice_gui.sandbox.store import Store

ORDERS = seed_orders()
ITEM_FIELDS = {"id", "uniqueId", "productId", "refId", "ean", "sellerSku", "name", "quantity", "price",
               "listPrice", "sellingPrice", "tax", "priceDefinition", "unitMultiplier", "measurementUnit",
               "imageUrl", "priceTags"}


def test_the_seed_is_deterministic():
    assert json.dumps(seed_orders(), sort_keys=True) == json.dumps(ORDERS, sort_keys=True)


def test_at_least_20_orders_across_the_statuses_a_clerk_meets():
    statuses = Counter(o["status"] for o in ORDERS.values())
    assert len(ORDERS) >= 20
    for status in ("ready-for-handling", "handling", "payment-approved", "invoiced", "canceled",
                   "payment-pending", "window-to-cancel"):
        assert statuses[status] >= 2, status


def test_ids_sequences_and_names():
    first = ORDERS[SEED_IDS["ready"]]
    assert first["orderId"] == "1368451234567-01" and first["sequence"] == "502334"
    assert set(SEED_IDS.values()) == set(ORDERS)
    assert len({o["sequence"] for o in ORDERS.values()}) == len(ORDERS)
    assert all(o["statusDescription"] and o["statusDescription"] != o["status"] for o in ORDERS.values())


@pytest.mark.parametrize("order_id", sorted(ORDERS))
def test_money_adds_up(order_id):
    order = ORDERS[order_id]
    totals = {t["id"]: t["value"] for t in order["totals"]}
    assert order["value"] == sum(totals.values())
    assert totals["Items"] == sum(i["price"] * i["quantity"] for i in order["items"])
    assert totals["Items"] + totals["Discounts"] == sum(i["priceDefinition"]["total"] for i in order["items"])
    assert totals["Shipping"] == sum(li["sellingPrice"] for li in order["shippingData"]["logisticsInfo"])
    for item in order["items"]:
        definition = item["priceDefinition"]
        assert definition["total"] == sum(p["value"] * p["quantity"] for p in definition["sellingPrices"])
        assert sum(p["quantity"] for p in definition["sellingPrices"]) == item["quantity"]
        discount = item["price"] * item["quantity"] - definition["total"]
        assert discount == -sum(t["value"] for t in item["priceTags"])
        assert set(item) >= ITEM_FIELDS
    assert len(order["shippingData"]["logisticsInfo"]) == len(order["items"])
    assert all(li["deliveryCompany"] for li in order["shippingData"]["logisticsInfo"])
    outputs = sum(p["invoiceValue"] for p in order["packageAttachment"]["packages"] if p["type"] == "Output")
    if order["status"] == "invoiced":
        assert outputs == order["value"] and order["invoicedDate"]
    else:
        assert outputs < order["value"] and order["invoicedDate"] is None


def test_store_preferences_and_client_profile():
    order = ORDERS[SEED_IDS["ready"]]
    prefs = order["storePreferencesData"]
    assert (prefs["countryCode"], prefs["currencyCode"], prefs["currencySymbol"]) == ("BRA", "BRL", "R$")
    assert prefs["currencyFormatInfo"]["CurrencyDecimalDigits"] == 2 and prefs["timeZone"]
    client = order["clientProfileData"]
    assert client["documentType"] == "cpf" and len(client["document"]) == 11 and client["isCorporate"] is False


def test_discounts_are_negative_and_tagged():
    order = ORDERS[SEED_IDS["ready"]]
    assert {t["id"]: t["value"] for t in order["totals"]}["Discounts"] < 0
    assert order["items"][0]["priceTags"][0]["value"] < 0


def test_an_uneven_discount_splits_selling_prices():
    balas = ORDERS[SEED_IDS["uneven_discount"]]["items"][0]
    assert balas["priceDefinition"]["sellingPrices"] == [{"value": 16, "quantity": 3}, {"value": 17, "quantity": 1}]
    assert balas["priceDefinition"]["total"] == 65


def test_special_shapes():
    twice = ORDERS[SEED_IDS["same_sku_twice"]]["items"]
    assert twice[0]["id"] == twice[1]["id"] and twice[0]["sellingPrice"] != twice[1]["sellingPrice"]

    b2b = ORDERS[SEED_IDS["b2b"]]
    assert b2b["clientProfileData"]["isCorporate"] is True
    assert len(b2b["clientProfileData"]["corporateDocument"]) == 14
    assert b2b["invoiceData"]["address"]["street"] != b2b["shippingData"]["address"]["street"]

    pickup = ORDERS[SEED_IDS["pickup"]]
    assert pickup["shippingData"]["address"]["addressType"] == "pickup"
    assert {li["selectedDeliveryChannel"] for li in pickup["shippingData"]["logisticsInfo"]} == {"pickup-in-point"}

    partial = ORDERS[SEED_IDS["payment_approved_partial"]]
    assert partial["status"] == "payment-approved"
    assert [p["type"] for p in partial["packageAttachment"]["packages"]] == ["Output"]

    transit = ORDERS[SEED_IDS["invoiced_in_transit"]]["packageAttachment"]["packages"][0]
    assert transit["trackingNumber"] and transit["courierStatus"]["data"] and not transit["courierStatus"]["finished"]
    delivered = ORDERS[SEED_IDS["invoiced_delivered"]]["packageAttachment"]["packages"][0]
    assert delivered["courierStatus"]["finished"] and delivered["courierStatus"]["deliveredDate"]


def test_a_large_order_for_benchmarks():
    order = make_large_order(330)
    size = len(json.dumps(order).encode())
    assert 800_000 < size < 1_500_000
    assert len(order["items"]) == 330
    assert order["value"] == sum(t["value"] for t in order["totals"])
    with pytest.raises(ValueError):
        make_large_order(0)


def test_a_large_order_can_be_added_and_read(sandbox, sandbox_http):
    order = make_large_order(50)
    assert sandbox.add_order(order) == order["orderId"]
    assert sandbox_http.get(f"/api/oms/pvt/orders/{order['orderId']}").json() == order


def test_large_orders_never_sell_a_line_below_zero():
    from vtex_invoice_gui.sandbox import make_large_order

    order = make_large_order(330)
    assert all(item["sellingPrice"] >= 0 for item in order["items"])
    assert order["value"] == sum(total["value"] for total in order["totals"])


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (datetime(2024, 2, 9, 10, 10, 20, 532268, tzinfo=UTC), "2024-02-09T10:10:20.5322680+00:00"),
        (datetime(2024, 2, 9, 7, 10, 20, tzinfo=timezone(timedelta(hours=-3))), "2024-02-09T07:10:20.0000000-03:00"),
        (datetime(2026, 12, 31, 23, 59, 59, 1), "2026-12-31T23:59:59.0000010+00:00"),  # naive means UTC
    ],
)
def test_dates_are_written_as_oms_writes_them(moment, text):
    """Seven fractional digits (zero microseconds too) and a colon in the offset."""
    assert vtex_iso(moment) == text


def test_the_store_owns_the_orders_it_is_given():
    """The sandbox builds its orders fresh for the store: nothing else holds them."""
    orders = seed_orders()
    store = Store(orders)
    store.reset(seed_orders())
    first = next(iter(orders))
    assert store.get_order(first) == orders[first]
    assert store.get_order(first) is not store.get_order(first)  # readers get copies
