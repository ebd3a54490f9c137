"""The payment data a marketplace order gives for its NF-e, in both places VTEX puts it, and the
cross-check against an NF-e's ``pag/detPag/card`` and ``infIntermed``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from vtex_invoice_gui.nfe import reader as reader_module
from vtex_invoice_gui.nfe import xmlsafe as xmlsafe_module
from vtex_invoice_gui.nfe import read_nfe
from vtex_invoice_gui.nfe.payment import brand_code, check_payment, method_code, read_nfe_payment
from tests.support.nfe_samples import build_nfe_xml
from tests.support.nfe_samples_extra import SampleCard, SampleExtras, SampleIntermediary
from vtex_invoice_gui.sandbox.seed import SEED_IDS, seed_orders
from vtex_invoice_gui.vtex import Order
from vtex_invoice_gui.vtex.payment_data import FROM_CONNECTOR, FROM_CUSTOM_DATA, nfe_payment_facts

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"


def seed(name: str) -> Order:
    return Order.model_validate(seed_orders()[SEED_IDS[name]])


def nfe_with(card: SampleCard | None, intermediary: bool = True) -> Any:
    extras = SampleExtras(card=card, intermediary=SampleIntermediary("03007331000141", "LOJA") if intermediary else None)
    issued = datetime.fromisoformat("2026-11-20T10:00:00-03:00")
    xml = build_nfe_xml(1, 1, [("A", None, "ITEM", 1, 1000)], None, "12345678909", issued, extras=extras)
    return read_nfe_payment(read_nfe(xml))


def codes(messages: list[Any]) -> list[str]:
    return [m.code for m in messages]


def test_connector_responses_give_the_card_facts() -> None:
    facts = nfe_payment_facts(seed("marketplace_connector_payment"))
    assert (facts.method, facts.brand, facts.authorization, facts.acquirer_cnpj) == (
        "creditCard", "Mastercard", "A1B2C3", "01.027.058/0001-91"
    )
    assert facts.source == FROM_CONNECTOR and facts.is_marketplace and facts.intermediary == "MGZ"
    assert facts.marketplace_order_id == "MGL-1472583690"


def test_the_older_custom_data_place_gives_the_card_facts() -> None:
    facts = nfe_payment_facts(seed("marketplace_custom_data_payment"))
    assert (facts.method, facts.brand, facts.authorization, facts.acquirer_cnpj) == (
        "CreditCard", "Visa", "987654", "01.425.787/0001-04"
    )
    assert facts.source == FROM_CUSTOM_DATA


def test_a_marketplace_order_without_payment_data_is_flagged_even_without_an_xml() -> None:
    facts = nfe_payment_facts(seed("marketplace"))
    assert not facts.has_payment_data and facts.is_marketplace
    assert codes(check_payment(facts, None)) == ["nfe_payment.no_data"]


def test_an_own_store_order_needs_no_marketplace_data() -> None:
    facts = nfe_payment_facts(seed("ready"))
    assert not facts.is_marketplace and facts.brand == "Visa"
    assert check_payment(facts, None) == []


def test_the_nfe_payment_group_is_read() -> None:
    payment = read_nfe_payment(read_nfe((FIXTURES / "marketplace_card.xml").read_bytes()))
    assert (payment.payment_type, payment.brand, payment.authorization, payment.acquirer_cnpj) == (
        "03", "02", "A1B2C3", "01027058000191"
    )
    assert payment.intermediary_cnpj == "03007331000141" and payment.intermediary_flag == "1"


def test_the_payment_group_comes_with_the_document_read_on_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """issue 18: the order panel's check used to parse the whole NF-e again on the window's thread."""
    doc = read_nfe((FIXTURES / "marketplace_card.xml").read_bytes())
    for module in (xmlsafe_module, reader_module):
        monkeypatch.setattr(module, "parse_xml", lambda data: pytest.fail("parsed the NF-e again"))
    assert read_nfe_payment(doc) == doc.payment
    assert doc.payment is not None and doc.payment.brand == "02"


def test_a_matching_nfe_gives_no_warning() -> None:
    facts = nfe_payment_facts(seed("marketplace_connector_payment"))
    payment = read_nfe_payment(read_nfe((FIXTURES / "marketplace_card.xml").read_bytes()))
    assert check_payment(facts, payment) == []


def test_a_mismatching_nfe_names_each_difference() -> None:
    facts = nfe_payment_facts(seed("marketplace_connector_payment"))
    found = check_payment(facts, nfe_with(SampleCard(brand="01", authorization="999999", acquirer_cnpj="01425787000104")))
    assert codes(found) == ["nfe_payment.brand", "nfe_payment.authorization", "nfe_payment.acquirer"]
    assert "card brand is Visa (tBand 01), the order's is Mastercard" in found[0]
    assert "(cAut) is 999999, the order's (authId) is A1B2C3" in found[1]


def test_an_nfe_without_card_or_intermediary_is_flagged() -> None:
    facts = nfe_payment_facts(seed("marketplace_custom_data_payment"))
    found = check_payment(facts, nfe_with(None, intermediary=False))
    assert codes(found) == ["nfe_payment.no_intermediary", "nfe_payment.method", "nfe_payment.no_card"]
    assert "paid by card (Visa, authorization 987654)" in found[2]


def test_odd_shapes_never_break_the_reading() -> None:
    order = seed("marketplace_connector_payment").model_dump(by_alias=True)
    order["paymentData"] = {"transactions": [{"payments": [{"connectorResponses": "oops"}]}]}
    order["customData"] = {"customApps": ["a string, as the order-group spec says"]}
    facts = nfe_payment_facts(Order.model_validate(order))
    assert not facts.has_payment_data


@pytest.mark.parametrize(("name", "code"), [("creditCard", "03"), ("CreditCard", "03"), ("debitCard", "04"),
                                            ("instantPayment", "17"), ("bankInvoice", "15"), ("giftCard", None)])
def test_payment_methods_map_to_tpag(name: str, code: str | None) -> None:
    assert method_code(name) == code


@pytest.mark.parametrize(("name", "code"), [("Visa", "01"), ("Mastercard", "02"), ("American Express", "03"),
                                            ("Elo", "06"), ("Hipercard", "07"), ("Unknown", None)])
def test_card_brands_map_to_tband(name: str, code: str | None) -> None:
    assert brand_code(name) == code
