"""Worklists end to end against the sandbox with a real day (several hundred orders): every queue's
membership, paging and date splitting under lowered caps, the rate limit, the 429 pause, the cache,
a send that empties a row, and an Admin URL as a custom queue (issue 13)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.vtex.account import Account
from vtex_invoice_gui.vtex.client import OmsClient
from vtex_invoice_gui.worklist import (
    QUEUE_NAMES,
    AdminUrlError,
    Missing,
    TokenBucket,
    Worklist,
    custom_queue,
    filters_from_admin_url,
    pause_on_429,
    window_for,
)

from sandbox_helpers import body, post
from worklist_helpers import SINCE, TODAY, UNTIL, FakeClock, expected

EXTRA = 400
WINDOW = window_for(SINCE, UNTIL)


@pytest.fixture(scope="module")
def day() -> Iterator[Sandbox]:
    with Sandbox(extra_orders=EXTRA, today=TODAY) as sb:
        yield sb


def _client(sb: Sandbox, **kwargs: object) -> OmsClient:
    return OmsClient(Account.sandbox(sb.base_url), sb.app_key, sb.app_token, **kwargs)  # type: ignore[arg-type]


def _fast() -> TokenBucket:
    return TokenBucket(rate=10_000, burst=1_000)


def test_demo_day_is_several_hundred_orders_and_keeps_the_seed(day: Sandbox) -> None:
    from vtex_invoice_gui.sandbox import SEED_IDS, seed_orders

    orders = day.orders
    assert len(orders) == len(SEED_IDS) + EXTRA
    seed = seed_orders()
    assert all(orders[oid] == seed[oid] for oid in SEED_IDS.values())
    again = Sandbox(extra_orders=EXTRA, today=TODAY).orders
    assert again == orders  # deterministic
    assert len({o.get("marketplaceOrderId") for o in orders.values()}) > 100
    assert {"ready-for-handling", "handling", "payment-approved", "invoiced", "canceled",
            "payment-pending"} <= {o["status"] for o in orders.values()}


@pytest.mark.parametrize("queue", QUEUE_NAMES)
def test_every_queue_matches_the_sandbox_state(day: Sandbox, queue: str) -> None:
    with _client(day) as client:
        now = datetime.now(UTC)
        rows = list(Worklist(client, _fast(), clock=lambda: now).rows(queue, WINDOW))
    want = expected(day.orders, queue, now)
    assert want, f"the demo day has no {queue} rows"
    assert {r.order_id for r in rows} == want
    assert len(rows) == len(want)  # no order twice
    assert all(r.missing is not Missing.NOTHING for r in rows)


def test_to_invoice_rows_show_the_remaining_value_of_partly_invoiced_orders(day: Sandbox) -> None:
    with _client(day) as client:
        rows = {r.order_id: r for r in Worklist(client, _fast()).rows("to-invoice", WINDOW)}
    orders = day.orders
    partial = [oid for oid, r in rows.items() if r.missing is Missing.REST_OF_INVOICE]
    assert partial
    for oid in partial:
        invoiced = sum(p["invoiceValue"] for p in orders[oid]["packageAttachment"]["packages"] if p["type"] == "Output")
        assert rows[oid].remaining == orders[oid]["value"] - invoiced > 0
        assert rows[oid].value == orders[oid]["value"]


def test_paging_and_date_splitting_with_lowered_caps(day: Sandbox) -> None:
    with _client(day) as client:
        full = [r.order_id for r in Worklist(client, _fast()).rows("awaiting-tracking", WINDOW)]
    day.set_list_caps(max_page=3, max_per_page=10)  # one filter yields at most 30 rows
    day.clear_requests()
    try:
        with _client(day) as client:
            splits: list[int] = []
            worklist = Worklist(client, _fast(), per_page=10, max_pages=3)
            capped = [r.order_id for r in worklist.rows("awaiting-tracking", WINDOW,
                                                        lambda p: splits.append(p.splits))]
    finally:
        day.set_list_caps()
    assert sorted(capped) == sorted(full)
    assert max(splits) > 0  # the invoiced filter matches far more than 30 orders
    lists = [r for r in day.requests if r.path.rstrip("/").endswith("/orders")]
    assert lists and all(r.status == 200 for r in lists)


def test_the_rate_limit_bounds_reads(day: Sandbox) -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=5, burst=2, clock=clock, sleep=clock.sleep)
    with _client(day) as client:
        worklist = Worklist(client, bucket)
        rows = list(worklist.rows("in-transit", WINDOW))
    assert rows and worklist.reader.reads > 20
    list_calls = 4  # one page per status at 100 rows per page, at least
    # 5 per second after a burst of 2: the fake clock moved only when the bucket made a read wait
    assert clock.now >= (worklist.reader.reads + list_calls - 2) / 5 - 1e-9


class _Recorder:
    def __init__(self, client: OmsClient, clock: FakeClock) -> None:
        self.client, self.clock, self.gets = client, clock, []  # type: ignore[var-annotated]

    def get_order(self, order_id: str):  # type: ignore[no-untyped-def]
        self.gets.append(self.clock.now)
        return self.client.get_order(order_id)

    def list_orders(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self.client.list_orders(*args, **kwargs)


def test_a_429_pauses_every_read_for_its_retry_after(day: Sandbox) -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=1000, burst=5, clock=clock, sleep=clock.sleep)
    day.faults.add_spec("GET ~/orders/[^/]+$:429:retry_after=7")
    with _client(day, sleep=clock.sleep, on_retry=pause_on_429(bucket)) as client:
        recorder = _Recorder(client, clock)
        rows = list(Worklist(recorder, bucket).rows("awaiting-tracking", WINDOW))  # type: ignore[arg-type]
    assert rows
    assert 7.0 in clock.sleeps  # the client waited as Retry-After said
    assert bucket.paused_until >= 7.0
    first = recorder.gets[0]
    later = recorder.gets[1:]
    assert later and all(t >= first + 7.0 for t in later)  # no read went out during the pause
    assert not day.faults.pending()


def test_a_second_look_costs_no_order_reads(day: Sandbox) -> None:
    with _client(day) as client:
        worklist = Worklist(client, _fast())
        first = list(worklist.rows("awaiting-tracking", WINDOW))
        reads = worklist.reader.reads
        day.clear_requests()
        second = list(worklist.rows("awaiting-tracking", WINDOW))
    assert first == second and reads > 0
    assert worklist.reader.reads == reads
    assert not [r for r in day.requests if r.path.rstrip("/").split("/")[-1].endswith("-01")]


def test_after_a_send_the_row_leaves_the_queue() -> None:
    with Sandbox(extra_orders=60, today=TODAY) as sb, _client(sb) as client:
        worklist = Worklist(client, _fast())
        rows = list(worklist.rows("to-invoice", WINDOW))
        row = next(r for r in rows if r.status == "handling" and r.missing is Missing.INVOICE)
        import httpx

        with httpx.Client(base_url=sb.base_url, headers={"X-VTEX-API-AppKey": sb.app_key,
                                                          "X-VTEX-API-AppToken": sb.app_token}) as http:
            assert post(http, row.order_id, body(sb.order(row.order_id), "777001")).status_code == 200
        assert worklist.recheck("to-invoice", row) is None
        tracked = worklist.recheck("awaiting-tracking", row)
        assert tracked is not None and tracked.missing is Missing.TRACKING


def test_admin_url_opens_a_custom_queue(day: Sandbox) -> None:
    url = ("https://sandbox.myvtex.com/admin/orders?f_status=handling&f_salesChannel=%24%24ALL_VALUES%24%24"
           "&f_affiliateId=MLB&orderBy=creationDate,desc&page=2")
    filters = filters_from_admin_url(url)
    assert filters == {"f_status": "handling", "f_affiliateId": "MLB", "orderBy": "creationDate,desc"}
    with _client(day) as client:
        rows = list(Worklist(client, _fast()).rows(custom_queue(filters), WINDOW))
    want = {oid for oid, o in day.orders.items() if o["status"] == "handling" and o["affiliateId"] == "MLB"
            and o["creationDate"] >= "2026-09"}
    assert {r.order_id for r in rows} == want and want


@pytest.mark.parametrize("text", ["not a url", "https://sandbox.myvtex.com/admin/orders",
                                  "https://sandbox.myvtex.com/admin/orders?f_status=$$ALL_VALUES$$"])
def test_admin_url_that_is_not_one_says_what_to_do(text: str) -> None:
    with pytest.raises(AdminUrlError) as caught:
        filters_from_admin_url(text)
    assert "VTEX Admin" in str(caught.value) and caught.value.message.code.startswith("worklist.")


def test_search_by_order_id_marketplace_id_client_and_document(day: Sandbox) -> None:
    with _client(day) as client:
        rows = list(Worklist(client, _fast()).rows("awaiting-tracking", WINDOW))
    row = next(r for r in rows if r.marketplace_order_id and r.document)
    for text in (row.order_id[:9], row.marketplace_order_id.lower(), row.client.split()[0], row.document[-6:]):
        assert row.matches(text)
    assert not row.matches("no such client xyz")
