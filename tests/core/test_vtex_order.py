"""The order model: tolerant parsing and the numbers a clerk invoices from."""

import copy
from datetime import UTC, datetime

import pytest

from vtex_invoice_gui.vtex import Gate, Order

# The consistent order-group example from VTEX's spec (vtex-api.md section 9), trimmed.
BASE = {
    "orderId": "v71425090str-01",
    "sequence": "71425090",
    "status": "handling",
    "value": 5458,
    "totals": [
        {"id": "Items", "name": "Total Items", "value": 6999},
        {"id": "Discounts", "name": "Total Discounts", "value": -1750},
        {"id": "Shipping", "name": "Total Freight", "value": 209},
        {"id": "Tax", "name": "Total Tax", "value": 0},
    ],
    "items": [
        {
            "uniqueId": "E1CA",
            "id": "5830010",
            "refId": "11167127",
            "name": "white cotton shirt M",
            "quantity": 1,
            "price": 6999,
            "sellingPrice": 5249,
            "priceDefinition": {
                "sellingPrices": [{"value": 5249, "quantity": 1}],
                "calculatedSellingPrice": 5249,
                "total": 5249,
                "reason": None,
            },
            "someNewVtexField": {"kept": True},
        }
    ],
    "shippingData": {
        "address": {"city": "Rio de Janeiro", "state": "RJ", "street": "Couto", "number": "29"},
        "logisticsInfo": [{"itemIndex": 0, "deliveryCompany": "ASAPLAG_CR", "selectedDeliveryChannel": "delivery"}],
    },
    "invoiceData": None,
    "packageAttachment": {"packages": []},
    "clientProfileData": {"firstName": "Camila", "lastName": "Smith", "document": "15586841755"},
    "storePreferencesData": {"currencyCode": "BRL", "currencySymbol": "R$"},
}


def order(**changes):
    data = copy.deepcopy(BASE)
    data.update(changes)
    return Order.model_validate(data)


def package(number, value, type_="Output", items=None, **extra):
    return {"type": type_, "invoiceNumber": number, "invoiceValue": value, "items": items or [], **extra}


def test_fresh_order_figures():
    o = order()
    assert (o.value, o.invoiced_cents, o.remaining_cents, o.totals_cents, o.shipping_cents) == (5458, 0, 5458, 5458, 209)
    assert o.invoice_gate().gate is Gate.READY and o.invoice_gate().can_invoice


def test_unknown_fields_are_kept():
    o = order(brandNewTopLevel=1)
    assert o.model_extra["brandNewTopLevel"] == 1
    assert o.items[0].model_extra["someNewVtexField"] == {"kept": True}
    assert o.to_json_dict()["items"][0]["someNewVtexField"] == {"kept": True}


def test_plural_price_definitions_from_the_schema_is_read_too():
    data = copy.deepcopy(BASE)
    data["items"][0]["priceDefinitions"] = data["items"][0].pop("priceDefinition")
    data["items"][0]["priceDefinitions"]["calculatedSellingPrice"] = 5000
    assert Order.model_validate(data).items[0].unit_price_cents == 5000


def test_partial_invoices_and_returns_are_kept_apart():
    o = order(
        packageAttachment={
            "packages": [
                package("1", 3000, items=[{"itemIndex": 0, "quantity": 1, "price": 3000}]),
                package("R1", 1000, "Input"),
            ]
        }
    )
    assert (o.invoiced_cents, o.returned_cents, o.remaining_cents, o.returnable_cents) == (3000, 1000, 2458, 2000)
    assert o.remaining_quantities() == {0: 0}
    assert o.suggested_invoice_items("Output") == []
    assert [(i.id, i.quantity) for i in o.suggested_invoice_items("Input")] == [("5830010", 1)]


def test_suggested_items_merge_one_sku_on_two_lines():
    data = copy.deepcopy(BASE)
    second = copy.deepcopy(data["items"][0])
    second["uniqueId"] = "F2"
    second["quantity"] = 2
    second["priceDefinition"] = {"calculatedSellingPrice": 4000, "total": 8000, "sellingPrices": []}
    data["items"].append(second)
    items = Order.model_validate(data).suggested_invoice_items()
    assert len(items) == 1
    assert items[0].quantity == 3
    assert items[0].price == round((5249 + 8000) / 3)


@pytest.mark.parametrize(
    ("status", "packages", "gate", "can_invoice"),
    [
        ("handling", [], Gate.READY, True),
        ("ready-for-handling", [], Gate.READY_NOT_HANDLED, True),
        ("payment-approved", [], Gate.WAITING, False),
        ("payment-approved", [package("1", 100)], Gate.PARTIAL, True),
        ("payment-pending", [], Gate.NOT_PAID, False),
        ("window-to-cancel", [], Gate.WAITING, False),
        ("invoice", [], Gate.VERIFYING, False),
        ("invoiced", [package("1", 5458)], Gate.INVOICED, False),
        ("canceled", [], Gate.CANCELED, False),
        ("", [], Gate.INCOMPLETE, False),
        (None, [], Gate.INCOMPLETE, False),
        ("some-new-status", [], Gate.UNKNOWN, False),
    ],
)
def test_invoice_gate(status, packages, gate, can_invoice):
    result = order(status=status, packageAttachment={"packages": packages}).invoice_gate()
    assert result.gate is gate
    assert result.can_invoice is can_invoice
    assert result.can_return is (gate is Gate.INVOICED)


def test_invoicing_address_prefers_invoice_data():
    assert order().invoicing_address.city == "Rio de Janeiro"
    o = order(invoiceData={"address": {"city": "Curitiba", "state": "PR"}})
    assert o.invoicing_address.city == "Curitiba"


def test_default_courier_and_pickup():
    o = order()
    assert o.default_courier == "ASAPLAG_CR"
    assert not o.is_pickup
    data = copy.deepcopy(BASE)
    data["shippingData"]["logisticsInfo"][0]["selectedDeliveryChannel"] = "pickup-in-point"
    assert Order.model_validate(data).is_pickup


def test_package_lookup_and_events():
    o = order(
        status="invoiced",
        packageAttachment={
            "packages": [
                package(
                    "7",
                    5458,
                    trackingNumber="BR1",
                    courierStatus={"status": "ok", "finished": True, "data": [{"city": "Rio", "description": "ok"}]},
                )
            ]
        },
    )
    assert o.package("7").delivered
    assert o.package("7").events[0].city == "Rio"
    assert o.package("8") is None


def test_money_from_vtex_that_is_a_whole_float_is_read_as_cents():
    assert order(value=5458.0).value == 5458


def test_money_that_is_not_cents_is_rejected():
    with pytest.raises(ValueError):
        order(value="54,58")


def test_a_negative_price_from_vtex_does_not_break_the_suggestion():
    data = copy.deepcopy(BASE)
    data["items"][0]["priceDefinition"] = {"calculatedSellingPrice": -4, "total": -4, "sellingPrices": []}
    items = Order.model_validate(data).suggested_invoice_items()
    assert [(i.id, i.price, i.quantity) for i in items] == [("5830010", 0, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-03T10:00:00.1234567+00:00", datetime(2026, 11, 3, 10, 0, 0, 123456, tzinfo=UTC)),
        ("2026-11-03T10:00:00.1234567Z", datetime(2026, 11, 3, 10, 0, 0, 123456, tzinfo=UTC)),
        ("2026-11-03T07:00:00-03:00", datetime(2026, 11, 3, 10, 0, tzinfo=UTC)),
        (" 2026-11-03T10:00:00Z ", datetime(2026, 11, 3, 10, 0, tzinfo=UTC)),
        ("2026-11-03 10:00", datetime(2026, 11, 3, 10, 0)),  # no offset: kept naive (shown as UTC)
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_vtex_dates_are_datetimes_and_an_odd_one_never_makes_the_order_unreadable(text, expected):
    order = Order.model_validate({
        "orderId": "1-01", "creationDate": text,
        "packageAttachment": {"packages": [{"invoiceNumber": "A", "issuanceDate": text, "courierStatus": {
            "deliveredDate": text, "data": [{"description": "Postado", "createDate": text}]}}]},
    })
    package = order.packages[0]
    assert order.order_id == "1-01" and package.invoice_number == "A"
    for value in (order.creation_date, package.issuance_date, package.courier_status.delivered_date,
                  package.events[0].create_date):
        assert value == expected
        assert expected is None or (value.tzinfo is None) == (expected.tzinfo is None)


def test_a_receipt_date_kept_as_text_reads_like_the_models_dates():
    from vtex_invoice_gui.vtex.dates import read_vtex_datetime

    moment = datetime(2026, 11, 3, 10, 0, 0, 123456, tzinfo=UTC)
    assert read_vtex_datetime("2026-11-03T10:00:00.1234567+00:00") == moment
    assert read_vtex_datetime("received") is None and read_vtex_datetime(None) is None
