"""Matching NF-e lines to a VTEX order's items, the invoice lines built from them, and the warnings."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from vtex_invoice_gui.nfe import NfeDocument, read_nfe
from vtex_invoice_gui.nfe.mapping import (
    MatchedBy,
    map_items,
    prefill_findings,
    prefill_warnings,
)
from tests.support.nfe_samples import SampleItem, build_nfe_xml, make_large_nfe
from vtex_invoice_gui.sandbox.seed import SEED_IDS, seed_orders
from vtex_invoice_gui.vtex import InvoiceItem, Order

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"
ISSUED = datetime.fromisoformat("2026-11-03T14:20:00-03:00")
READY_CPF = "12345678909"  # the client of seed order "ready"


@cache
def _seed() -> dict[str, dict[str, Any]]:
    return seed_orders()


def seed(name: str) -> Order:
    return Order.model_validate(_seed()[SEED_IDS[name]])


def fixture(name: str) -> NfeDocument:
    return read_nfe((FIXTURES / name).read_bytes())


def nfe(items: list[Any], total: int | None = None, cpf: str | None = READY_CPF, **kw: Any) -> NfeDocument:
    return read_nfe(build_nfe_xml(9001, 1, items, total, cpf, ISSUED, **kw))


def ready_nfe(**kw: Any) -> NfeDocument:
    """Seed order "ready" in full (like the fixture), with overrides."""
    items = [
        SampleItem("CAM-BR-M", "7891234500011", "CAMISETA BRANCA M", Decimal(2), 7990, 2000),
        SampleItem("REF-2010", None, "CALCA JEANS 42", Decimal(1), 18990),
    ]
    total = kw.pop("total", 34560)
    return nfe(items, total, **kw)


def order_with(*items: dict[str, Any], value: int = 10000, **extra: Any) -> Order:
    return Order.model_validate(
        {
            "orderId": "1000000000001-01",
            "status": "handling",
            "value": value,
            "items": [{"quantity": 1, "sellingPrice": 1000, **item} for item in items],
            "clientProfileData": {"document": READY_CPF},
            **extra,
        }
    )


def codes(doc: NfeDocument, order: Order) -> list[str]:
    return [code for code, _ in prefill_warnings(doc, order, map_items(doc, order))]


# -- matching ----------------------------------------------------------------------------------
def test_full_sale_for_a_seed_order_matches_by_ean_then_refid() -> None:
    doc, order = fixture("sandbox_ready_sale.xml"), seed("ready")
    mapping = map_items(doc, order)
    assert [(m.order_index, m.matched_by) for m in mapping.lines] == [(0, MatchedBy.EAN), (1, MatchedBy.REF_ID)]
    assert mapping.unmatched == ()
    # unit price net of the NF-e discount: (2 x 79,90 - 20,00) / 2 = 69,90, what VTEX charged
    assert mapping.invoice_items(order) == [
        InvoiceItem(id="2001", price=6990, quantity=2, description="Camiseta Algodão Básica Branca M"),
        InvoiceItem(id="2010", price=18990, quantity=1, description="Calça Jeans Slim Azul 42"),
    ]
    assert doc.total_cents == order.remaining_cents == 34560
    assert prefill_warnings(doc, order, mapping) == []


def test_every_way_a_line_can_match_or_not() -> None:
    doc, order = fixture("sandbox_many_items_mixed.xml"), seed("many_items")
    mapping = map_items(doc, order)
    skus = [order.items[m.order_index].id if m.matched else None for m in mapping.lines]
    assert skus == ["2001", "2002", None, "6001", "3003"]
    assert [m.matched_by for m in mapping.lines] == [
        MatchedBy.SELLER_SKU,  # cProd "2001" is the seller SKU (before the SKU-id fallback)
        MatchedBy.EAN,  # GTIN-14 "07891234500028" is EAN-13 "7891234500028"
        None,  # a bag that is not on the order
        MatchedBy.REF_ID,
        MatchedBy.EAN,
    ]
    lines = mapping.suggested_lines(order)
    coffee = next(line for line in lines if line.sku_id == "6001")
    assert (coffee.quantity, coffee.needs_quantity, coffee.price_cents) == (0, True, 3290)
    assert [(i.id, i.quantity, i.price) for i in mapping.invoice_items(order)] == [
        ("2001", 1, 7990),
        ("2002", 1, 7990),
        ("3003", 5, 2990),
    ]  # 0.5 kg of coffee cannot be sent until the clerk enters a whole quantity
    found = {f.code: f for f in prefill_findings(doc, order, mapping)}
    assert list(found) == ["total_differs", "unmatched_items", "quantity_not_whole", "quantity_above_remaining"]
    assert found["unmatched_items"].params["count"] == 1 and "SAC-RET" in found["unmatched_items"].message
    assert found["quantity_not_whole"].params["quantity"] == Decimal("0.5")  # exact; the UI writes 0,5 in pt_BR
    assert "has quantity 0.5 UN, which is not a whole number" in found["quantity_not_whole"].message
    assert found["quantity_above_remaining"].params == {
        "sku": "3003", "name": "Cabo USB-C 1 m", "quantity": 5, "remaining": 3,
    }  # fmt: skip
    assert found["total_differs"].params == {
        "total_cents": doc.total_cents, "remaining_cents": 97440, "currency": "BRL",
    }  # fmt: skip
    assert "R$ 974.40" in found["total_differs"].message


def test_an_nfe_for_another_order_names_ten_unmatched_lines_and_counts_the_rest() -> None:
    doc = read_nfe(make_large_nfe(25))
    found = prefill_findings(doc, seed("ready"), map_items(doc, seed("ready")))
    unmatched = next(f for f in found if f.code == "unmatched_items")
    assert unmatched.params["count"] == 25
    assert "SKU-00010" in unmatched.message and "SKU-00011" not in unmatched.message
    assert "and 15 more" in unmatched.params["lines"]


def test_sku_id_is_the_last_resort() -> None:
    order = order_with(
        {"id": "555", "refId": "R-1", "sellerSku": "S-1"},
        {"id": "777", "refId": "R-2", "sellerSku": "S-2"},
    )
    doc = nfe([("777", None, "ITEM", 1, 1000)], cpf=READY_CPF)
    mapping = map_items(doc, order)
    assert (mapping.lines[0].order_index, mapping.lines[0].matched_by) == (1, MatchedBy.SKU_ID)


def test_ean_wins_over_a_code_that_names_another_item_and_codes_ignore_case() -> None:
    order = order_with(
        {"id": "1", "ean": "7891234500011", "refId": "A-1"},
        {"id": "2", "ean": "7891234500028", "refId": "B-2"},
    )
    doc = nfe([("B-2", "7891234500011", "X", 1, 1000), (" a-1 ", None, "Y", 1, 1000)])
    mapping = map_items(doc, order)
    assert [(m.order_index, m.matched_by) for m in mapping.lines] == [(0, MatchedBy.EAN), (0, MatchedBy.REF_ID)]


def test_same_sku_on_two_order_lines_and_two_nfe_lines_makes_one_invoice_line() -> None:
    order = seed("same_sku_twice")  # SKU 2002 on lines 0 (1 x 79,90) and 1 (2 x 39,95)
    doc = nfe(
        [
            ("REF-2002", None, "CAMISETA PRETA G", 1, 7990),
            ("REF-2002", None, "CAMISETA PRETA G LEVE 3 PAGUE 2", 2, 3995),
            ("REF-3003", None, "CABO USB-C", 1, 2990),
        ],
        cpf=order.client_profile_data.fiscal_document,
    )
    mapping = map_items(doc, order)
    assert [m.matched_by for m in mapping.lines] == [MatchedBy.REF_ID] * 3
    # (7990 + 7990) / 3 = 5326,67 -> 5327 (half up); one line per SKU, as VTEX requires
    assert [(i.id, i.quantity, i.price) for i in mapping.invoice_items(order)] == [("2002", 3, 5327), ("3003", 1, 2990)]
    found = prefill_findings(doc, order, mapping)
    merged = [f for f in found if f.code == "merged_lines"]
    assert len(merged) == 1 and merged[0].params == {"lines": "1, 2", "sku": "2002"}
    assert "quantity_above_remaining" not in [f.code for f in found]  # 3 of 3 remain over both lines


def test_a_partly_invoiced_line_is_chosen_after_the_one_with_quantity_left() -> None:
    order = order_with(
        {"id": "9", "ean": "7891234500011", "quantity": 1},
        {"id": "9", "ean": "7891234500011", "quantity": 1},
        value=2000,
        packageAttachment={"packages": [{"invoiceValue": 1000, "items": [{"itemIndex": 0, "quantity": 1}]}]},
    )
    assert order.remaining_quantities() == {0: 0, 1: 1}
    doc = nfe([("X", "7891234500011", "ITEM", 1, 1000)])
    assert map_items(doc, order).lines[0].order_index == 1


def test_unit_price_is_net_of_discount_rounded_half_up() -> None:
    order = seed("uneven_discount")  # 4 candies at 0,17 with 0,03 off: 0,65 for four
    doc = nfe(
        [SampleItem("REF-6002", None, "BALA", Decimal(4), 17, 3), ("REF-6001", None, "CAFE", 1, 3290)],
        cpf=order.client_profile_data.fiscal_document,
    )
    assert [(i.id, i.price) for i in map_items(doc, order).invoice_items(order)] == [("6002", 16), ("6001", 3290)]
    doc = nfe([SampleItem("REF-6002", None, "BALA", Decimal(2), 13, 1)])  # 0,25 / 2 = 0,125 -> 0,13
    assert map_items(doc, order).invoice_items(order)[0].price == 13


def test_different_skus_with_one_ean_are_left_to_the_clerk_unless_a_code_settles_it() -> None:
    order = order_with(
        {"id": "1", "ean": "7891234500011", "refId": "P-1"},
        {"id": "2", "ean": "7891234500011", "refId": "P-2"},
        {"id": "3", "ean": "7890000000000", "refId": "P-3"},
    )
    doc = nfe([("ZZZ", "7891234500011", "A OU B", 1, 1000), ("P-2", "7891234500011", "B", 1, 1000),
               ("P-3", "7891234500011", "NOT C", 1, 1000)])  # fmt: skip
    mapping = map_items(doc, order)
    first, second, third = mapping.lines
    assert first.ambiguous and first.candidates == (0, 1)
    assert (second.order_index, second.matched_by) == (1, MatchedBy.REF_ID)
    assert third.ambiguous  # its code names a SKU outside the EAN's candidates: no guess
    ambiguous = [f for f in prefill_findings(doc, order, mapping) if f.code == "ambiguous_item"]
    assert [f.params["skus"] for f in ambiguous] == ["1, 2", "1, 2"]


def test_manual_mapping_and_leaving_a_line_out() -> None:
    doc, order = fixture("sandbox_many_items_mixed.xml"), seed("many_items")
    mapping = map_items(doc, order)
    bag = mapping.unmatched[0].position
    mapped = mapping.assign(bag, 7)  # the clerk says the bag is the notebook line (SKU 7002)
    assert (mapped.lines[bag].order_index, mapped.lines[bag].matched_by) == (7, MatchedBy.MANUAL)
    assert ("7002", 1, 500) in [(i.id, i.quantity, i.price) for i in mapped.invoice_items(order)]
    assert "unmatched_items" not in [code for code, _ in prefill_warnings(doc, order, mapped)]
    assert mapping.lines[bag].order_index is None  # assign returns a new mapping
    left_out = mapped.assign(0, None)
    assert "2001" not in [i.id for i in left_out.invoice_items(order)]


# -- warnings ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"environment": 2}, ["homologation"]),
        ({"status_code": 110}, ["not_authorized"]),
        ({"with_protocol": False}, ["no_protocol"]),
        ({"model": 65}, ["nfce"]),
        ({"total": 30000}, ["total_differs"]),
        ({"cpf": "52998224725"}, ["recipient_mismatch"]),
        ({"cpf": None}, ["recipient_missing"]),
    ],
)
def test_each_warning_on_an_otherwise_clean_nfe(overrides: dict[str, Any], expected: list[str]) -> None:
    assert codes(ready_nfe(**overrides), seed("ready")) == expected


def test_status_and_key_problems_carry_their_values() -> None:
    doc = ready_nfe(status_code=110, access_key="35261112345678000195550010000090011000090019")
    found = prefill_findings(doc, seed("ready"), map_items(doc, seed("ready")))
    assert found[0].code == "not_authorized" and found[0].params == {"status": 110, "reason": "Uso Denegado"}
    key = [f for f in found if f.code == "key_problem"]
    assert key and all(f.params["problem"] in f.message for f in key)
    assert any("check digit" in f.message for f in key)


def test_recipient_documents_compare_without_punctuation_and_b2b_uses_the_company() -> None:
    assert codes(ready_nfe(cpf="123.456.789-09"), seed("ready")) == []
    order = seed("b2b")
    items = [
        ("REF-5001", None, "PAPEL", 10, 2691),
        ("REF-5002", None, "CANETA", 4, 4590),
        ("REF-5003", None, "GRAMPEADOR", 2, 3490),
    ]
    company = nfe(items, order.remaining_cents, cpf=None, recipient_cnpj="45812367000148")
    assert codes(company, order) == []
    person = nfe(items, order.remaining_cents, cpf=order.client_profile_data.document)
    assert codes(person, order) == ["recipient_mismatch"]


def test_a_return_nfe_is_compared_with_what_can_be_returned() -> None:
    order = seed("invoiced_in_transit")  # 2020 x1 and 2001 x2, fully invoiced
    doc = nfe([("REF-2001", None, "CAMISETA", 3, 7990)], operation_type=0, purpose=4,
              cpf=order.client_profile_data.fiscal_document)  # fmt: skip
    assert doc.invoice_type == "Input"
    found = {f.code: f for f in prefill_findings(doc, order, map_items(doc, order))}
    assert list(found) == ["total_differs_return", "quantity_above_remaining"]
    assert found["total_differs_return"].params["remaining_cents"] == order.returnable_cents
    assert found["quantity_above_remaining"].params["remaining"] == 2
    assert "can still be returned" in found["quantity_above_remaining"].message


def test_quantity_already_invoiced_is_not_available_again() -> None:
    order = seed("handling_partial")  # its 2 coffees are on an earlier invoice
    doc = nfe([("REF-2020", None, "TENIS", 1, 34990), ("REF-6001", None, "CAFE", 2, 3290)],
              order.remaining_cents, cpf=order.client_profile_data.fiscal_document)  # fmt: skip
    found = prefill_findings(doc, order, map_items(doc, order))
    found = [f for f in found if f.code == "quantity_above_remaining"]
    assert [(f.params["sku"], f.params["quantity"], f.params["remaining"]) for f in found] == [("6001", 2, 0)]


def test_pairs_are_the_findings() -> None:
    doc, order = fixture("sandbox_many_items_mixed.xml"), seed("many_items")
    mapping = map_items(doc, order)
    assert prefill_warnings(doc, order, mapping) == [(f.code, f.message) for f in prefill_findings(doc, order, mapping)]
