"""The bodies VTEX receives: exact JSON, and every rule checked before sending."""

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from vtex_invoice_gui.vtex import (
    InvoiceItem,
    InvoiceNotification,
    Receipt,
    TrackingEvent,
    TrackingInfo,
    TrackingStatus,
    field_problems,
)

BRT = timezone(timedelta(hours=-3))
ISSUED = datetime(2026, 11, 20, 14, 30, 5, tzinfo=BRT)


def make_invoice(**changes):
    fields = {
        "type": "Output",
        "issuance_date": ISSUED,
        "invoice_number": "NF-000123",
        "invoice_value": 5458,
        "items": [InvoiceItem(id="5830010", price=5249, quantity=1, description="Camisa")],
    }
    fields.update(changes)
    return InvoiceNotification(**fields)


def test_invoice_serialises_to_exactly_what_vtex_expects():
    invoice = make_invoice(
        invoice_key="35261117921427000125550010000001231000001231",
        invoice_url="https://store.example/nf/123.pdf",
        embedded_invoice="<nfeProc/>",
        courier="Correios",
        dispatched_date=ISSUED + timedelta(hours=2),
    )
    assert invoice.to_wire() == {
        "type": "Output",
        "issuanceDate": "2026-11-20T14:30:05-03:00",
        "invoiceNumber": "NF-000123",
        "invoiceValue": "5458",
        "invoiceKey": "35261117921427000125550010000001231000001231",
        "invoiceUrl": "https://store.example/nf/123.pdf",
        "embeddedInvoice": "<nfeProc/>",
        "courier": "Correios",
        "dispatchedDate": "2026-11-20T16:30:05-03:00",
        "items": [{"id": "5830010", "price": 5249, "quantity": 1, "description": "Camisa"}],
    }


def test_no_float_ever_reaches_the_wire():
    text = json.dumps(make_invoice(invoice_value="2499").to_wire())
    assert '"invoiceValue": "2499"' in text
    assert "." not in json.dumps(make_invoice().to_wire()["items"])


@pytest.mark.parametrize("value", [24.99, 2499.0, "24,99", "24.99", True, 0, -5, "", None])
def test_invoice_value_must_be_positive_whole_cents(value):
    with pytest.raises(ValidationError) as info:
        make_invoice(invoice_value=value)
    assert "invoice_value" in field_problems(info.value)


@pytest.mark.parametrize("number", ["NF 123", "NF/123", "NF#123", "NF-1 23", "nº123", "", "A" * 51])
def test_invoice_numbers_that_break_vtex_routes_are_refused(number):
    with pytest.raises(ValidationError) as info:
        make_invoice(invoice_number=number)
    problem = field_problems(info.value)["invoice_number"]
    assert problem  # a message the clerk can read
    if "/" in number:
        assert "'/'" in problem


def test_invoice_number_surrounding_spaces_are_trimmed():
    assert make_invoice(invoice_number="  NF-9  ").invoice_number == "NF-9"


@pytest.fixture
def sao_paulo_clock(monkeypatch):
    """The computer's time zone is UTC-03:00 (a POSIX TZ string: no tz database needed)."""
    import time

    monkeypatch.setenv("TZ", "BRT+3")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_finding_6_a_naive_date_the_clerk_typed_is_local_time_and_goes_out_with_an_offset(sao_paulo_clock):
    typed = datetime(2026, 11, 20, 14, 30)
    wire = make_invoice(issuance_date=typed, dispatched_date=datetime(2026, 11, 20, 16, 0)).to_wire()
    assert wire["issuanceDate"] == "2026-11-20T14:30:00-03:00"  # not 14:30 UTC (11:30 in São Paulo)
    assert wire["dispatchedDate"] == "2026-11-20T16:00:00-03:00"
    patch = TrackingInfo(tracking_number="QB1BR", dispatched_date=typed).to_wire()
    assert patch["dispatchedDate"] == "2026-11-20T14:30:00-03:00"
    assert make_invoice(issuance_date=ISSUED.astimezone(timezone.utc)).to_wire()["issuanceDate"].endswith("+00:00")


def test_date_only_issuance_is_refused():
    with pytest.raises(ValidationError):
        make_invoice(issuance_date="2026-11-20")


@pytest.mark.parametrize(
    ("item", "field"),
    [
        ({"id": "", "price": 1, "quantity": 1}, "items.0.id"),
        ({"id": "  ", "price": 1, "quantity": 1}, "items.0.id"),
        ({"id": "1", "price": 1, "quantity": 0}, "items.0.quantity"),
        ({"id": "1", "price": 1, "quantity": 1.5}, "items.0.quantity"),
        ({"id": "1", "price": 9.99, "quantity": 1}, "items.0.price"),
        ({"id": "1", "price": -1, "quantity": 1}, "items.0.price"),
    ],
)
def test_item_rules(item, field):
    with pytest.raises(ValidationError) as info:
        make_invoice(items=[item])
    assert field in field_problems(info.value)


def test_items_are_required():
    with pytest.raises(ValidationError) as info:
        make_invoice(items=[])
    assert "items" in field_problems(info.value)


def test_one_line_per_sku():
    with pytest.raises(ValidationError) as info:
        make_invoice(items=[InvoiceItem(id="7", price=100, quantity=1), InvoiceItem(id="7", price=90, quantity=2)])
    assert "one line per SKU" in field_problems(info.value)[""]


def test_dispatch_before_issuance_is_refused():
    with pytest.raises(ValidationError):
        make_invoice(dispatched_date=ISSUED - timedelta(days=1))


def test_invoice_url_must_be_a_web_address():
    with pytest.raises(ValidationError) as info:
        make_invoice(invoice_url="nf.pdf")
    assert "invoice_url" in field_problems(info.value)


def test_blank_optional_text_is_left_out():
    wire = make_invoice(invoice_key="  ", courier="", embedded_invoice="\n").to_wire()
    assert not {"invoiceKey", "courier", "embeddedInvoice"} & wire.keys()


def test_input_return_invoice():
    assert make_invoice(type="Input").to_wire()["type"] == "Input"
    with pytest.raises(ValidationError):
        make_invoice(type="output")


def test_unknown_fields_are_refused_in_request_models():
    with pytest.raises(ValidationError):
        make_invoice(embededInvoice="<x/>")  # the misspelling from a VTEX guide


def test_tracking_info_sends_all_four_fields():
    info = TrackingInfo(tracking_number=" BR123 ", courier="Correios", dispatched_date=ISSUED)
    assert info.to_wire() == {
        "trackingNumber": "BR123",
        "trackingUrl": None,
        "courier": "Correios",
        "dispatchedDate": "2026-11-20T14:30:05-03:00",
    }
    with pytest.raises(ValidationError):
        TrackingInfo(tracking_number="  ")


def event(day=date(2026, 11, 21), **changes):
    fields = {"city": "Curitiba", "state": "PR", "description": "Em trânsito", "date": day}
    fields.update(changes)
    return TrackingEvent(**fields)


def test_tracking_status_formats():
    status = TrackingStatus(
        is_delivered=True,
        delivered_date=datetime(2026, 11, 23, 9, 5),
        events=[event(), event(date(2026, 11, 22), city="São Paulo", state="SP", description="Saiu para entrega")],
    )
    assert status.to_wire() == {
        "isDelivered": True,
        "deliveredDate": "2026-11-23 09:05",
        "events": [
            {"city": "Curitiba", "state": "PR", "description": "Em trânsito", "date": "2026-11-21"},
            {"city": "São Paulo", "state": "SP", "description": "Saiu para entrega", "date": "2026-11-22"},
        ],
    }


def test_in_transit_update_sends_null_delivered_date():
    assert TrackingStatus(events=[event()]).to_wire()["deliveredDate"] is None


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"is_delivered": True}, "delivered date"),
        ({"delivered_date": datetime(2026, 11, 23, 9, 0), "events": [event()]}, "only sent"),
        ({"events": []}, "at least one"),
        (
            {"is_delivered": True, "delivered_date": datetime(2026, 11, 20, 9, 0), "events": [event()]},
            "before the last tracking event",
        ),
        (
            {
                "is_delivered": True,
                "delivered_date": datetime(2026, 11, 21, 9, 0),
                "events": [],
                "dispatched_at": datetime(2026, 11, 21, 10, 0, tzinfo=BRT),
            },
            "before the dispatch date",
        ),
    ],
)
def test_delivery_rules(fields, message):
    with pytest.raises(ValidationError) as info:
        TrackingStatus(**fields)
    assert message in field_problems(info.value)[""]


def test_dispatched_at_is_context_not_wire():
    status = TrackingStatus(events=[event()], dispatched_at=ISSUED)
    assert "dispatchedAt" not in status.to_wire()


@pytest.mark.parametrize("field", ["city", "state", "description"])
def test_event_fields_are_required(field):
    with pytest.raises(ValidationError):
        event(**{field: " "})


def test_receipt_parses_vtex_answer():
    receipt = Receipt.model_validate(
        {"date": "2024-02-07T15:22:56.7612218-02:00", "orderId": "123543123", "receipt": "38e0e47d"}
    )
    assert (receipt.order_id, receipt.receipt) == ("123543123", "38e0e47d")
