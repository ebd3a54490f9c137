"""The main sandbox rules driven through the real OmsClient over real HTTP."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from vtex_invoice_gui.sandbox import SEED_IDS
from vtex_invoice_gui.vtex import (
    Account,
    AuthError,
    InvoiceItem,
    InvoiceNotification,
    NotFoundError,
    OmsClient,
    OrderStateError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitedError,
    TrackingEvent,
    TrackingInfo,
    TrackingStatus,
    VtexError,
)

BRT = timezone(timedelta(hours=-3))
ISSUED = datetime(2026, 11, 21, 10, 15, tzinfo=BRT)


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def oms(sandbox, waits):
    client = OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token, sleep=waits.append)
    yield client
    client.close()


def invoice(number: str, value: int, items: list[InvoiceItem], kind: str = "Output") -> InvoiceNotification:
    return InvoiceNotification(type=kind, issuance_date=ISSUED, invoice_number=number, invoice_value=value,
                               items=items)


def test_get_and_list_through_the_client(oms):
    order = oms.get_order(SEED_IDS["ready"])
    assert order.sequence == "502334" and order.status == "ready-for-handling"
    assert order.totals_cents == order.value
    assert oms.get_order("seq502334").order_id == SEED_IDS["ready"]
    page = oms.list_orders(status="handling,invoiced", per_page=5)
    assert page.paging.per_page == 5 and len(page.orders) == 5
    assert {row.status for row in page.orders} <= {"handling", "invoiced"}


def test_start_handling_then_oms003(oms, sandbox):
    ready = SEED_IDS["ready"]
    oms.start_handling(ready)
    assert sandbox.order(ready)["status"] == "handling"
    with pytest.raises(OrderStateError) as caught:
        oms.start_handling(ready)
    assert (caught.value.status, caught.value.code) == (409, "OMS003")
    sandbox.start_handling_conflict_status = 400
    with pytest.raises(OrderStateError) as caught:
        oms.start_handling(ready)
    assert caught.value.status == 400


def test_partial_then_full_invoice_reaches_invoiced(oms, sandbox):
    ready = SEED_IDS["ready"]
    order = oms.get_order(ready)
    first_line = order.items[0]
    first = invoice("NF-1001", first_line.total_cents,
                    [InvoiceItem(id=first_line.id, price=first_line.unit_price_cents, quantity=first_line.quantity)])
    receipt = oms.send_invoice(ready, first)
    assert receipt.order_id == ready and len(receipt.receipt) == 32
    middle = oms.get_order(ready)
    assert middle.status == "handling" and middle.invoiced_cents == first_line.total_cents
    rest = invoice("NF-1002", middle.remaining_cents, middle.suggested_invoice_items())
    oms.send_invoice(ready, rest)
    final = oms.get_order(ready)
    assert final.status == "invoiced" and final.remaining_cents == 0 and final.invoiced_date
    assert [p.invoice_number for p in final.packages] == ["NF-1001", "NF-1002"]


def test_a_return_after_full_invoicing(oms):
    invoiced = SEED_IDS["invoiced_no_tracking"]
    order = oms.get_order(invoiced)
    items = order.suggested_invoice_items("Input")[:1]
    value = items[0].price * items[0].quantity
    oms.send_invoice(invoiced, invoice("DEV-1", value, items, kind="Input"))
    after = oms.get_order(invoiced)
    assert after.returned_cents == value and after.input_packages[0].invoice_number == "DEV-1"
    with pytest.raises(VtexError) as caught:
        oms.send_invoice(invoiced, invoice("DEV-2", after.returnable_cents + 1, items, kind="Input"))
    assert caught.value.status == 400
    assert "Unable to using the restitution Refund" in caught.value.vtex_message


def test_tracking_number_then_events_then_delivery(oms):
    invoiced = SEED_IDS["invoiced_no_tracking"]
    number = oms.get_order(invoiced).packages[0].invoice_number
    early = TrackingStatus(events=[TrackingEvent(city="Cajamar", state="SP", description="Postado",
                                                 date=date(2026, 11, 21))])
    with pytest.raises(VtexError) as caught:
        oms.update_tracking_status(invoiced, number, early)
    assert caught.value.status == 400 and "no tracking number" in caught.value.vtex_message
    oms.update_tracking_number(invoiced, number, TrackingInfo(tracking_number="QB123BR", courier="Correios"))
    oms.update_tracking_status(invoiced, number, early)
    done = TrackingStatus(is_delivered=True, delivered_date=datetime(2026, 11, 23, 14, 30),
                          events=[TrackingEvent(city="Curitiba", state="PR", description="Entregue",
                                                date=date(2026, 11, 23))])
    oms.update_tracking_status(invoiced, number, done)
    package = oms.get_order(invoiced).package(number)
    assert package.tracking_number == "QB123BR" and package.courier == "Correios"
    assert [e.description for e in package.events] == ["Postado", "Entregue"]
    assert package.delivered and package.courier_status.delivered_date is not None
    assert package.courier_status.delivered_date.strftime("%Y-%m-%dT%H:%M") == "2026-11-23T14:30"


def test_unknown_order_and_invoice_are_not_found(oms):
    with pytest.raises(NotFoundError) as caught:
        oms.get_order("9999999999999-01")
    assert caught.value.code == "OMS007"
    with pytest.raises(NotFoundError) as caught:
        oms.update_tracking_number(SEED_IDS["invoiced_no_tracking"], "NOPE", TrackingInfo(tracking_number="X"))
    assert caught.value.vtex_message == "Invoice Not Found"


def test_wrong_token_is_401_and_read_only_key_is_403(sandbox):
    account = Account.sandbox(sandbox.base_url)
    with OmsClient(account, sandbox.app_key, "not-the-token") as wrong, pytest.raises(AuthError) as caught:
        wrong.get_order(SEED_IDS["ready"])
    assert (caught.value.status, caught.value.code, caught.value.vtex_message) == (401, "1", "Unauthorized access")
    with OmsClient(account, sandbox.limited_app_key, sandbox.limited_app_token) as limited:
        assert limited.get_order(SEED_IDS["ready"]).status == "ready-for-handling"
        with pytest.raises(PermissionDeniedError) as caught:
            limited.start_handling(SEED_IDS["ready"])
    assert caught.value.status == 403
    assert sandbox.order(SEED_IDS["ready"])["status"] == "ready-for-handling"


def test_a_429_is_waited_out_as_retry_after_says(oms, sandbox, waits):
    sandbox.faults.rate_limit("GET", "/orders/", retry_after=2)
    assert oms.get_order(SEED_IDS["handling"]).order_id == SEED_IDS["handling"]
    assert waits == [2.0]
    assert [r.status for r in sandbox.requests] == [429, 200]


def test_a_429_on_an_invoice_is_safe_to_repeat(oms, sandbox, waits):
    handling = SEED_IDS["handling"]
    order = oms.get_order(handling)
    sandbox.faults.rate_limit("POST", "/invoice", retry_after=1, times=2)
    oms.send_invoice(handling, invoice("NF-429", order.remaining_cents, order.suggested_invoice_items()))
    assert waits == [1.0, 1.0]
    assert [p["invoiceNumber"] for p in sandbox.order(handling)["packageAttachment"]["packages"]] == ["NF-429"]


def test_too_many_429s_surface_as_rate_limited(sandbox, waits):
    sandbox.faults.rate_limit(retry_after=1, times=50)
    with OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token,
                   sleep=waits.append) as client, pytest.raises(RateLimitedError) as caught:
        client.get_order(SEED_IDS["ready"])
    assert caught.value.retry_after == 1.0


def test_a_dropped_answer_leaves_the_invoice_in_place(oms, sandbox):
    handling = SEED_IDS["handling"]
    order = oms.get_order(handling)
    sandbox.faults.add("drop_after", "POST", "/invoice")
    with pytest.raises(OutcomeUnknownError) as caught:
        oms.send_invoice(handling, invoice("NF-LOST", order.remaining_cents, order.suggested_invoice_items()))
    assert caught.value.may_have_applied
    landed = oms.get_order(handling)
    assert landed.package("NF-LOST") is not None and landed.status == "invoiced"
    assert sum(r.method == "POST" for r in sandbox.requests) == 1  # the client did not re-send
