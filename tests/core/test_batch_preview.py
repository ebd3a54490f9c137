"""A generated day of NF-e XMLs against the sandbox over HTTP: every file gets its order (and says
how), the single flow's checks, a status; nothing is posted."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_helpers import ORDERS, SEED_IDS, day_batch, nfe_for, seed, write_day

from vtex_invoice_gui.batch import (
    MatchedBy,
    OrderBook,
    RowStatus,
    collect,
    preview_batch,
    totals,
    with_excluded,
    with_mapping,
    with_order,
)
from vtex_invoice_gui.batch.sources import SourceFile
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.vtex import OmsClient
from vtex_invoice_gui.vtex.account import Account


@pytest.fixture
def client(sandbox: Sandbox):
    with OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token) as oms:
        yield oms


@pytest.fixture
def day_rows(tmp_path: Path, client: OmsClient):
    rows = preview_batch(collect([write_day(tmp_path)]), OrderBook(client))
    prefix = f"{tmp_path}/"
    return {row.file.removeprefix(prefix): row for row in rows}


def test_every_file_of_the_day_gets_its_status_order_and_how_it_was_matched(day_rows, sandbox: Sandbox) -> None:
    _, _, expected = day_batch()
    seen = {name: (row.status.value, row.order_id, row.matched_by.value) for name, row in day_rows.items()}
    assert seen == expected
    assert [r.method for r in sandbox.requests if r.method != "GET"] == []  # a dry run posts nothing


def test_the_would_send_rows_carry_the_invoice_the_single_flow_would_build(day_rows) -> None:
    row = day_rows["ready.xml"]
    order = seed("ready")
    assert row.kind == "sale" and row.value_cents == order.remaining_cents == 34560
    wire = row.invoice.to_wire()
    assert wire["invoiceNumber"] == "9201" and wire["invoiceValue"] == "34560" and wire["type"] == "Output"
    assert {line["id"] for line in wire["items"]} == {item.id for item in order.items}
    assert row.message == ""  # nothing to check: no warning


def test_a_partial_invoice_is_sendable_with_the_total_warning(day_rows) -> None:
    row = day_rows["day.zip!nfe/partial-one-line.xml"]
    assert row.status is RowStatus.WOULD_SEND
    assert [c.code for c in row.warnings] == ["total_differs"] and not row.blocks
    assert "still to invoice on the order" in row.message


def test_a_return_is_a_return_row_checked_against_what_can_be_returned(day_rows) -> None:
    row = day_rows["day.zip!nfe/return.xml"]
    assert row.kind == "return" and row.invoice.type == "Input"
    assert [c.code for c in row.warnings] == ["total_differs_return"]


def test_blocks_say_why_a_row_is_not_sent(day_rows) -> None:
    assert "homologation" in [c.code for c in day_rows["day.zip!nfe/homologation.xml"].blocks]
    assert "test environment (homologation" in day_rows["day.zip!nfe/homologation.xml"].message
    canceled = day_rows["day.zip!nfe/canceled.xml"]
    assert canceled.message.startswith(f"Order {SEED_IDS['canceled']} cannot take a sale invoice now (status canceled)")
    assert day_rows["broken.xml"].message.startswith("The file is truncated or not well-formed XML")
    assert day_rows["z-ready-copy.xml"].message.startswith("The same NF-e (access key) as ")
    assert day_rows["day.zip!nfe/on-order.xml"].message.startswith("Invoice 123463 is already on order")
    assert day_rows["day.zip!nfe/stranger.xml"].message.startswith("No order found for this NF-e")


def test_the_clerk_picks_an_unmatched_rows_order_and_excludes_a_row(tmp_path: Path, client: OmsClient) -> None:
    order = seed("ready_for_invoicing")  # not listed as to-invoice (ready-for-invoicing): no document match
    stray = nfe_for(order, 9301, info="sem referencia")
    other = nfe_for(seed("free_shipping"), 9302, info=f"Pedido {SEED_IDS['free_shipping']}")
    rows = preview_batch([SourceFile("stray.xml", stray), SourceFile("other.xml", other)], OrderBook(client))
    assert rows[0].status is RowStatus.UNMATCHED and rows[0].matched_by is MatchedBy.NONE
    wrong = with_order(rows, 0, seed("ready"))  # the clerk picks the wrong order: the checks say so
    assert wrong[0].matched_by is MatchedBy.MANUAL and wrong[0].status is RowStatus.FAILED
    assert {"recipient_mismatch", "unmatched_items"} <= {c.code for c in wrong[0].blocks}
    fixed = with_order(wrong, 0, client.get_order(order.order_id))
    assert fixed[0].status is RowStatus.WOULD_SEND and fixed[0].order_id == order.order_id
    left_out = with_excluded(fixed, 1)
    assert [r.status for r in left_out] == [RowStatus.WOULD_SEND, RowStatus.SKIPPED]
    assert left_out[1].message == "Excluded by the clerk."
    sums = totals(left_out)
    assert sums.by_status["would-send"] == 1 and sums.sale_cents == order.remaining_cents


def test_the_same_invoice_number_twice_for_one_order_sends_only_the_first(client: OmsClient) -> None:
    order = seed("pickup")
    first = nfe_for(order, 9401, info=f"Pedido {order.order_id}")
    second = nfe_for(order, 9401, info=f"Pedido {order.order_id}", state_code=33)  # another key, same number
    rows = preview_batch([SourceFile("1.xml", first), SourceFile("2.xml", second)], OrderBook(client))
    assert [r.status for r in rows] == [RowStatus.WOULD_SEND, RowStatus.SKIPPED]
    assert "Invoice number 9401 for order" in rows[1].message and "also in 1.xml" in rows[1].message
    assert totals(rows).sale_cents == ORDERS[order.order_id].remaining_cents


def test_two_files_that_together_overfill_an_order_send_only_the_first(client: OmsClient) -> None:
    order = seed("same_sku_twice")
    whole = nfe_for(order, 9411, info=f"Pedido {order.order_id}")
    part = nfe_for(order, 9412, lines=[2], info=f"Pedido {order.order_id}")  # fine alone, too much after `whole`
    rows = preview_batch([SourceFile("whole.xml", whole), SourceFile("part.xml", part)], OrderBook(client))
    assert [r.status for r in rows] == [RowStatus.WOULD_SEND, RowStatus.FAILED]
    assert rows[1].message.startswith(f"Together with the earlier files of this batch for order {order.order_id} "
                                      "(whole.xml), this NF-e is more than the order has left")  # fmt: skip
    back = with_excluded(rows, 0)  # without the first file, the second fits again
    assert [r.status for r in back] == [RowStatus.SKIPPED, RowStatus.WOULD_SEND]


def test_the_clerk_maps_an_nfe_line_by_hand(client: OmsClient) -> None:
    order = seed("pickup")
    xml = nfe_for(order, 9421, info=f"Pedido {order.order_id}")
    odd = xml.replace(f"<cEAN>{order.items[0].ean}</cEAN>".encode(), b"<cEAN>SEM GTIN</cEAN>").replace(
        f"<cProd>{order.items[0].ref_id}</cProd>".encode(), b"<cProd>LOJA-X1</cProd>"
    )
    rows = preview_batch([SourceFile("odd.xml", odd)], OrderBook(client))
    assert rows[0].status is RowStatus.FAILED and "unmatched_items" in [c.code for c in rows[0].blocks]
    mapped = with_mapping(rows, 0, rows[0].mapping.assign(0, 0))
    assert mapped[0].status is RowStatus.WOULD_SEND
    assert {line.id for line in mapped[0].invoice.items} == {item.id for item in order.items}
