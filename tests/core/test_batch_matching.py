"""Finding an NF-e's order: where the ids are read, in which order, and when a hit is not unique."""

from __future__ import annotations

import copy

import pytest
from batch_helpers import SEED_IDS, nfe_for, seed
from hypothesis import given
from hypothesis import strategies as st

from vtex_invoice_gui.batch import MatchedBy, OrderBook, match_order
from vtex_invoice_gui.batch.matching import marketplace_ids_in, order_ids_in
from vtex_invoice_gui.nfe import read_nfe
from tests.support.nfe_samples_extra import SampleExtras
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.vtex import OmsClient
from vtex_invoice_gui.vtex.account import Account

ORDER_IDS = st.from_regex(r"[0-9]{13}-[0-9]{2}", fullmatch=True)
NOT_DIGIT = st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=40)


@pytest.fixture
def book(sandbox: Sandbox):
    with OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token) as client:
        yield OrderBook(client)


def test_the_reader_exposes_where_emitters_write_the_order_number() -> None:
    extras = SampleExtras(purchase_order="PO-1", item_order="PO-2", additional_info="Pedido X", fisco_info="Fisco Y")
    doc = read_nfe(nfe_for(seed("ready"), 1, extras=extras))
    assert (doc.purchase_order, doc.additional_info, doc.fisco_info) == ("PO-1", "Pedido X", "Fisco Y")
    assert {item.order_ref for item in doc.items} == {"PO-2"}
    plain = read_nfe(nfe_for(seed("ready"), 2))
    assert plain.purchase_order is None and plain.fisco_info is None and plain.items[0].order_ref is None


@given(before=NOT_DIGIT, order_id=ORDER_IDS, after=NOT_DIGIT)
def test_an_order_id_between_any_non_digits_is_found(before: str, order_id: str, after: str) -> None:
    assert order_ids_in([before + order_id + after]) == {order_id}


@given(text=st.text(max_size=200))
def test_whatever_the_text_only_well_formed_ids_that_are_in_it_are_found(text: str) -> None:
    for found in order_ids_in([text]):
        assert found in text and len(found) == 16 and found[13] == "-"


@given(digit=st.sampled_from("0123456789"), order_id=ORDER_IDS)
def test_an_id_inside_a_longer_number_is_not_an_order_id(digit: str, order_id: str) -> None:
    assert order_ids_in([digit + order_id]) == set() and order_ids_in([order_id + digit]) == set()


@given(before=st.text(max_size=30), after=st.text(max_size=30))
def test_a_marketplace_id_counts_only_as_a_whole_word(before: str, after: str) -> None:
    known = {"MLB-2000004521873": "1368451257820-01"}
    text = before + "MLB-2000004521873" + after
    whole = not (before[-1:].isascii() and before[-1:].isalnum()) and not (after[:1].isascii() and after[:1].isalnum())
    assert (marketplace_ids_in([text], known) == {"1368451257820-01"}) == whole


def test_xped_wins_over_infcpl(book: OrderBook) -> None:
    extras = SampleExtras(purchase_order=SEED_IDS["ready"], additional_info=f"Pedido {SEED_IDS['handling']}")
    match = match_order(read_nfe(nfe_for(seed("ready"), 3, extras=extras)), book)
    assert (match.order_id, match.by) == (SEED_IDS["ready"], MatchedBy.ORDER_ID_IN_XPED)


def test_two_orders_in_one_place_or_an_unknown_id_fall_through_to_the_next_place(book: OrderBook) -> None:
    two = SampleExtras(purchase_order=f"{SEED_IDS['ready']} {SEED_IDS['handling']}",
                       additional_info=f"Pedido {SEED_IDS['pickup']}")  # fmt: skip
    match = match_order(read_nfe(nfe_for(seed("pickup"), 4, extras=two)), book)
    assert (match.order_id, match.by) == (SEED_IDS["pickup"], MatchedBy.ORDER_ID_IN_INFCPL)
    unknown = SampleExtras(purchase_order="9999999999999-01", fisco_info=f"ref. {SEED_IDS['pickup']}")
    match = match_order(read_nfe(nfe_for(seed("pickup"), 5, extras=unknown)), book)
    assert (match.order_id, match.by) == (SEED_IDS["pickup"], MatchedBy.ORDER_ID_IN_INFADFISCO)


def test_document_and_total_only_when_exactly_one_order_fits(sandbox: Sandbox, book: OrderBook) -> None:
    xml = nfe_for(seed("handling"), 6)
    assert match_order(read_nfe(xml), book).by is MatchedBy.DOCUMENT_AND_TOTAL
    twin = copy.deepcopy(sandbox.order(SEED_IDS["handling"]))
    twin["orderId"] = "1368459999999-01"
    twin["sequence"] = "9999999"
    sandbox.add_order(twin)
    with OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token) as client:
        assert match_order(read_nfe(xml), OrderBook(client)).by is MatchedBy.NONE


def test_a_return_is_never_matched_by_document_and_total(book: OrderBook) -> None:
    order = seed("invoiced_no_tracking")
    doc = read_nfe(nfe_for(order, 7, lines=[0], invoice_type="Input"))
    assert match_order(doc, book).by is MatchedBy.NONE


def test_a_very_short_marketplace_id_is_not_looked_for_in_free_text() -> None:
    assert marketplace_ids_in(["Pedido 123 entregue"], {"123": "1368451234567-01"}) == set()
    assert marketplace_ids_in(["pedido ns-88001234."], {"NS-88001234": "1368451258829-01"}) == {"1368451258829-01"}
