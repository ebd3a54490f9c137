"""Returns in the core: returnable lines per SKU from the invoices, the cap, the plan's problems,
the marks store, the sandbox's refund rules (boleto, duplicate SKU lines, Notify refund) and the
Returns queue with marked orders."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from sandbox_helpers import body, post, read
from vtex_invoice_gui.returns import (
    Problem,
    ReturnMarks,
    ReturnPlan,
    fully_invoiced,
    is_boleto,
    refund_of,
    return_lines,
    shipping_cap,
)
from vtex_invoice_gui.sandbox import SEED_IDS, Sandbox, seed_orders
from vtex_invoice_gui.vtex import Order
from vtex_invoice_gui.worklist import Missing, TokenBucket, Worklist, window_for

SEED = seed_orders()
WHEN = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


def order(name: str) -> Order:
    return Order.model_validate(SEED[SEED_IDS[name]])


def test_a_sku_on_two_lines_is_one_returnable_line_at_its_invoiced_average_price() -> None:
    same = order("invoiced_same_sku_twice")
    lines = {line.sku: line for line in return_lines(same)}
    assert set(lines) == {"2002", "3003"}
    assert lines["2002"].sold == 3 and lines["2002"].returned == 0
    raw = SEED[SEED_IDS["invoiced_same_sku_twice"]]["packageAttachment"]["packages"][0]["items"]
    total = sum(i["price"] * i["quantity"] for i in raw if i["itemIndex"] in (0, 1))
    assert lines["2002"].unit_price == round(total / 3)
    plan = ReturnPlan({"2002": 3}, number="DEV1", issued=WHEN)
    items = plan.invoice_items(return_lines(same))
    assert [(i.id, i.quantity) for i in items] == [("2002", 3)]  # one line, never two
    assert plan.value(return_lines(same)) == total  # the average's rounding never adds a cent


def test_returning_every_unit_in_parts_gives_back_exactly_what_was_charged() -> None:
    from vtex_invoice_gui.returns import ReturnLine

    line = ReturnLine("2002", "x", 5327, sold=3, returned=0, sold_cents=15980)
    first = line.value_of(1)
    rest = ReturnLine("2002", "x", 5327, sold=3, returned=1, sold_cents=15980).value_of(2)
    assert first + rest == 15980 == line.value_of(3)


def test_returned_units_and_value_come_off_what_is_returnable() -> None:
    back = order("invoiced_with_return")
    lines = {line.sku: line for line in return_lines(back)}
    assert lines["2002"].returnable == 0 and lines["2001"].returnable == 1
    assert fully_invoiced(back) and back.returnable_cents == back.invoiced_cents - 7990
    assert ReturnPlan({"2002": 1}, number="X").problems(back)["items"] is Problem.TOO_MANY


def test_the_plan_refuses_over_the_cap_a_used_number_and_too_much_shipping() -> None:
    sold = order("invoiced_no_tracking")
    lines = return_lines(sold)
    number = sold.output_packages[0].invoice_number or ""
    plan = ReturnPlan({"3011": 1}, shipping=shipping_cap(sold) + 1, number=number, issued=WHEN)
    problems = plan.problems(sold, lines)
    assert problems["number"] is Problem.NUMBER_USED and problems["shipping"] is Problem.SHIPPING
    plan = ReturnPlan({"3011": 1}, number="DEV9", issued=WHEN, nfe_value=sold.returnable_cents + 1)
    assert plan.problems(sold, lines) == {"value": Problem.OVER_CAP}
    assert ReturnPlan({}, number="DEV9").problems(sold, lines) == {"items": Problem.NO_ITEMS}


def test_boleto_and_partly_invoiced_orders_are_told_apart() -> None:
    assert is_boleto(order("invoiced_boleto")) and not is_boleto(order("invoiced_no_tracking"))
    assert not fully_invoiced(order("payment_approved_partial"))


def test_marks_are_kept_per_store_and_cleared(tmp_path: Path) -> None:
    marks = ReturnMarks(tmp_path / "journal.sqlite3")
    marks.mark("a", "1-01")
    marks.mark("a", "2-01")
    marks.mark("a", "1-01")  # twice: one mark
    marks.mark("b", "3-01")
    assert marks.marked("a") == ["2-01", "1-01"] and marks.marked("b") == ["3-01"]
    assert marks.clear("a", "1-01") and not marks.clear("a", "1-01")
    marks.close()
    again = ReturnMarks(tmp_path / "journal.sqlite3")
    assert again.is_marked("a", "2-01") and not again.is_marked("a", "1-01")
    again.close()


def _return(sb: Sandbox, http: httpx.Client, name: str, number: str, lines: list[int]) -> dict:
    data = read(http, SEED_IDS[name])
    payload = body(data, number, lines=lines, kind="Input")
    assert post(http, SEED_IDS[name], payload).status_code == 200
    found = refund_of(Order.model_validate(read(http, SEED_IDS[name])), number)
    assert found is not None
    return {"requested": found.requested, "refunded": found.refunded}


def test_the_sandbox_refunds_a_full_order_but_not_a_boleto_one(sandbox: Sandbox, sandbox_http: httpx.Client) -> None:
    card = _return(sandbox, sandbox_http, "invoiced_no_tracking", "DEV100", [1])
    assert card["refunded"] == card["requested"] > 0
    boleto = _return(sandbox, sandbox_http, "invoiced_boleto", "DEV101", [0])
    assert boleto["requested"] > 0 and boleto["refunded"] == 0


def test_the_sandbox_refunds_nothing_for_a_sku_on_two_return_lines(
    sandbox: Sandbox, sandbox_http: httpx.Client
) -> None:
    oid = SEED_IDS["invoiced_same_sku_twice"]
    data = read(sandbox_http, oid)
    payload = body(data, "DEV102", lines=[0], kind="Input", invoiceValue="100")
    payload["items"] = [{"id": "2002", "price": 50, "quantity": 1}, {"id": "2002", "price": 50, "quantity": 1}]
    assert post(sandbox_http, oid, payload).status_code == 200
    found = refund_of(Order.model_validate(read(sandbox_http, oid)), "DEV102")
    assert found is not None and found.requested == 100 and found.refunded == 0


def test_a_key_without_notify_refund_gets_403_on_a_return_only(sandbox: Sandbox) -> None:
    headers = {"Content-Type": "application/json", "Accept": "application/json",
               "X-VTEX-API-AppKey": sandbox.norefund_app_key, "X-VTEX-API-AppToken": sandbox.norefund_app_token}
    with httpx.Client(base_url=sandbox.base_url, headers=headers, timeout=10) as http:
        oid = SEED_IDS["invoiced_no_tracking"]
        data = read(http, oid)
        assert post(http, oid, body(data, "DEV103", lines=[1], kind="Input")).status_code == 403
        ready = SEED_IDS["ready"]
        assert post(http, ready, body(read(http, ready), "NF-1")).status_code == 200  # Notify invoice: yes
    assert all(p["invoiceNumber"] != "DEV103" for p in sandbox.order(oid)["packageAttachment"]["packages"])


def test_the_returns_queue_lists_marked_orders_first_and_keeps_them_until_unmarked(sandbox: Sandbox) -> None:
    from vtex_invoice_gui.vtex import OmsClient
    from vtex_invoice_gui.vtex.account import Account

    marked = [SEED_IDS["invoiced_boleto"], "9999999999999-01"]  # the second is no order: skipped
    window = window_for(datetime(2026, 9, 1).date(), datetime(2026, 12, 31).date())
    with OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token) as client:
        worklist = Worklist(client, TokenBucket(rate=10_000, burst=1_000), marked=lambda: marked)
        rows = list(worklist.rows("returns", window))
        assert rows[0].order_id == marked[0] and rows[0].missing is Missing.RETURN_MARKED
        assert {r.order_id for r in rows[1:]} == {SEED_IDS["invoiced_with_return"]}
        assert {r.missing for r in rows[1:]} == {Missing.RETURN}
        boleto = client.get_order(marked[0])
        assert "9999999999999-01" not in {r.order_id for r in rows}
        marked.clear()  # the return went: the mark cleared
        assert worklist.row_after("returns", rows[0], boleto) is None  # no return invoice: leaves the queue


def test_the_worklist_command_lists_marked_orders_in_returns(sandbox: Sandbox, tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    from vtex_invoice_gui.sending.stores import CLI_STORE_ID

    marks = ReturnMarks(tmp_path / "data" / "journal.sqlite3")
    marks.mark(CLI_STORE_ID, SEED_IDS["invoiced_boleto"])
    marks.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("VTEX_")}
    env.update(VTEX_APP_KEY=sandbox.app_key, VTEX_APP_TOKEN=sandbox.app_token, VTEX_DESK_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "vtex_invoice_gui", "worklist", "returns", "--since", "2026-09-01", "--until",
         "2026-12-31", "--format", "json", "--base-url", sandbox.base_url],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    rows = {r["orderId"]: r["missing"] for r in json.loads(result.stdout)}
    assert rows == {SEED_IDS["invoiced_boleto"]: "return", SEED_IDS["invoiced_with_return"]: "return-review"}
