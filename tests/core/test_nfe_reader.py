"""Reading the NF-e fixtures: every value the app would send to VTEX or show the clerk."""

from __future__ import annotations

import codecs
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from vtex_invoice_gui.nfe import NfeDocument, NfeError, NfeItem, read_nfe

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"
SALE_KEY = "35260312345678000195550010000047111374111387"
STORE_CNPJ = "12345678000195"
CUSTOMER_CPF = "12345678909"


def read_fixture(name: str) -> NfeDocument:
    return read_nfe((FIXTURES / name).read_bytes())


def warning_codes(doc: NfeDocument) -> list[str]:
    return [code for code, _ in doc.warnings()]


# name: (key, number, series, model, issued_at, type, total, emitter, recipient, cStat, tpAmb)
EXPECTED = {
    "sale_authorized_v400.xml": (
        SALE_KEY, 4711, 1, 55, "2026-03-14T10:15:30-03:00", "Output", 42480,
        STORE_CNPJ, CUSTOMER_CPF, 100, 1,
    ),
    "return_input.xml": (
        "35260312345678000195550010000047121374190578", 4712, 1, 55, "2026-03-20T16:05:00-03:00",
        "Input", 32990, STORE_CNPJ, CUSTOMER_CPF, 100, 1,
    ),
    "bare_nfe_unsigned.xml": (
        "35260312345678000195550010000047131374269767", 4713, 1, 55, "2026-03-14T10:15:30-03:00",
        "Output", 42480, STORE_CNPJ, CUSTOMER_CPF, None, 1,
    ),
    "nfce_model65.xml": (
        "35260312345678000195650020000003101026643486", 310, 2, 65, "2026-03-14T10:15:30-03:00",
        "Output", 7990, STORE_CNPJ, None, 100, 1,
    ),
    "alphanumeric_cnpj.xml": (
        "35260712ABC34501DE35550010000000011001126488", 1, 1, 55, "2026-07-15T09:00:00-03:00",
        "Output", 42480, "12ABC34501DE35", CUSTOMER_CPF, 100, 1,
    ),
    "homologation.xml": (
        "35260312345678000195550010000047151374428142", 4715, 1, 55, "2026-03-14T10:15:30-03:00",
        "Output", 42480, STORE_CNPJ, CUSTOMER_CPF, 100, 2,
    ),
    "layout_310_demi.xml": (
        "35161112345678000195550030000987651824342220", 98765, 3, 55, "2016-11-08T00:00:00-03:00",
        "Output", 42480, STORE_CNPJ, CUSTOMER_CPF, 100, 1,
    ),
    "id_without_prefix.xml": (
        "35260312345678000195550010000047171374586524", 4717, 1, 55, "2026-03-14T10:15:30-03:00",
        "Output", 42480, STORE_CNPJ, CUSTOMER_CPF, 100, 1,
    ),
    "no_namespace.xml": (
        "35260312345678000195550010000047181374665715", 4718, 1, 55, "2026-03-14T10:15:30-03:00",
        "Output", 42480, STORE_CNPJ, CUSTOMER_CPF, 100, 1,
    ),
    "cpf_emitter.xml": (
        "35260300052998224725550010000000521005165173", 52, 1, 55, "2026-03-14T10:15:30-03:00",
        "Output", 42480, "52998224725", CUSTOMER_CPF, 100, 1,
    ),
    "iso_8859_1_accents.xml": (
        "35260312345678000195550010000047221374982470", 4722, 1, 55, "2026-03-14T10:15:30-03:00",
        "Output", 22970, STORE_CNPJ, "98765432000198", 100, 1,
    ),
    "utf8_bom.xml": (
        "35260312345678000195550010000047231375061660", 4723, 1, 55, "2026-03-14T10:15:30-03:00",
        "Output", 42480, STORE_CNPJ, CUSTOMER_CPF, 100, 1,
    ),
    "windows_line_endings.xml": (
        "35260312345678000195550010000047241375140850", 4724, 1, 55, "2026-03-14T10:15:30-03:00",
        "Output", 42480, STORE_CNPJ, CUSTOMER_CPF, 100, 1,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_values(name: str) -> None:
    doc = read_fixture(name)
    key, number, series, model, issued, kind, total, emitter, recipient, status, env = EXPECTED[
        name
    ]
    assert doc.access_key == key
    assert (doc.number, doc.series, doc.model) == (number, series, model)
    assert doc.issued_at == datetime.fromisoformat(issued)
    assert doc.issued_at.utcoffset() is not None
    assert doc.invoice_type == kind
    assert doc.total_cents == total
    assert (doc.emitter_document, doc.recipient_document) == (emitter, recipient)
    assert (doc.status_code, doc.environment) == (status, env)
    assert doc.key_problems == ()


def test_authorized_sale_details() -> None:
    doc = read_fixture("sale_authorized_v400.xml")
    assert doc.items == (
        NfeItem(1, "CAM-001-P", "7891000000014", "CAMISETA DRY FIT MASCULINA P", "UN",
                Decimal("1.0000"), 7990, 7990, 0),
        NfeItem(2, "TEN-042-40", "7891000000021", "TENIS CORRIDA ROAD 40", "UN",
                Decimal("1.0000"), 32990, 32990, 0),
    )  # fmt: skip
    assert doc.is_authorized and not doc.is_homologation and not doc.is_nfce
    assert doc.warnings() == []
    assert doc.invoice_number == "4711"
    assert doc.layout_version == "4.00"
    assert doc.status_message == "Autorizado o uso da NF-e"
    assert doc.protocol_number == "135260000004711"
    assert doc.authorized_at == datetime.fromisoformat("2026-03-14T10:16:12-03:00")
    assert doc.emitter_name == "LOJA EXEMPLO ARTIGOS ESPORTIVOS LTDA"
    assert doc.recipient_name == "MARIA DA SILVA"
    assert doc.xml_text == (FIXTURES / "sale_authorized_v400.xml").read_text(encoding="utf-8")


def test_return_is_input() -> None:
    doc = read_fixture("return_input.xml")
    assert (doc.operation_type, doc.purpose, doc.invoice_type) == (0, 4, "Input")
    assert [item.code for item in doc.items] == ["TEN-042-40"]


def test_bare_nfe_warns_that_there_is_no_protocol() -> None:
    doc = read_fixture("bare_nfe_unsigned.xml")
    assert not doc.has_protocol and not doc.is_authorized
    assert doc.warnings() == [
        ("no_protocol",
         "This file has no SEFAZ authorization protocol (protNFe), so it does not prove that the "
         "NF-e was authorized. Prefer the authorized XML (nfeProc)."),
    ]  # fmt: skip


def test_nfce_warns_and_has_no_recipient() -> None:
    doc = read_fixture("nfce_model65.xml")
    assert doc.is_nfce and doc.recipient_document is None and doc.recipient_name is None
    assert warning_codes(doc) == ["nfce"]


def test_homologation_warns() -> None:
    doc = read_fixture("homologation.xml")
    assert doc.is_homologation
    assert doc.warnings() == [
        ("homologation",
         "This NF-e was issued in the SEFAZ test environment (homologation, tpAmb=2): "
         "it has no legal value."),
    ]  # fmt: skip


def test_denied_status_warns_with_the_reason() -> None:
    doc = read_fixture("status_denied_110.xml")
    assert doc.status_code == 110 and not doc.is_authorized
    assert doc.warnings() == [
        ("not_authorized",
         "SEFAZ status of this NF-e is 110 (Uso Denegado), not 100 (authorized): "
         "it must not be used as the invoice of an order."),
    ]  # fmt: skip


def test_multi_item_discounts_and_quantities() -> None:
    doc = read_fixture("multi_item_discounts.xml")
    rows = [
        (i.code, i.ean, i.quantity, i.unit_price_cents, i.total_cents, i.discount_cents)
        for i in doc.items
    ]
    assert rows == [
        ("MEI-010", "7891000000106", Decimal("2.0000"), 2990, 5980, 500),
        ("TEC-020", None, Decimal("1.5000"), 3333, 5000, 0),  # 49.995 rounds half up
        ("GAR-030", "7891000000304", Decimal("3.0000"), 4590, 13770, 1377),
        ("BON-040", "7891000000403", Decimal("1.0000"), 5990, 5990, 599),
    ]
    assert (
        doc.total_cents == 30740 - 2476 == sum(i.total_cents - i.discount_cents for i in doc.items)
    )
    assert all(isinstance(i.quantity, Decimal) for i in doc.items)


def test_old_layout_date_only_is_midnight_brasilia_and_noted() -> None:
    doc = read_fixture("layout_310_demi.xml")
    assert doc.layout_version == "3.10"
    assert doc.issued_at.isoformat() == "2016-11-08T00:00:00-03:00"
    assert warning_codes(doc) == ["date_only"]


def test_alphanumeric_cnpj_key_is_valid() -> None:
    doc = read_fixture("alphanumeric_cnpj.xml")
    assert doc.access_key[6:20] == "12ABC34501DE35"
    assert doc.key_problems == ()


def test_wrong_check_digit_is_a_key_problem() -> None:
    doc = read_fixture("wrong_check_digit.xml")
    assert doc.access_key.endswith("3")
    assert doc.key_problems == (
        "The check digit is 3 but should be 9: the key was probably mistyped.",
    )


def test_key_that_disagrees_with_the_xml_number() -> None:
    doc = read_fixture("key_mismatch_number.xml")
    assert doc.number == 124
    assert doc.key_problems == ("The key says invoice number 123 but the XML says 124 (ide/nNF).",)


def test_utf8_bom_is_dropped_from_the_text() -> None:
    data = (FIXTURES / "utf8_bom.xml").read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    doc = read_nfe(data)
    assert doc.xml_text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert doc.xml_text == data[3:].decode("utf-8")


def test_iso_8859_1_accents_are_decoded() -> None:
    data = (FIXTURES / "iso_8859_1_accents.xml").read_bytes()
    assert "ALGODÃO".encode("iso-8859-1") in data
    doc = read_nfe(data)
    assert [item.description for item in doc.items] == [
        "CAMISETA ALGODÃO ORGÂNICO M",
        "BONÉ AJUSTÁVEL AÇAÍ",
    ]
    assert doc.recipient_name == "JOÃO D'ÁVILA & FILHOS COMÉRCIO LTDA"
    assert "BONÉ AJUSTÁVEL AÇAÍ" in doc.xml_text
    assert doc.xml_text == data.decode("iso-8859-1")


def test_windows_line_endings_read_the_same_and_are_kept_in_the_text() -> None:
    doc = read_fixture("windows_line_endings.xml")
    assert doc.xml_text.count("\r\n") == doc.xml_text.count("\n") > 100
    assert [item.description for item in doc.items] == [
        "CAMISETA DRY FIT MASCULINA P",
        "TENIS CORRIDA ROAD 40",
    ]


def test_cpf_emitter_key_holds_zero_padded_cpf() -> None:
    doc = read_fixture("cpf_emitter.xml")
    assert doc.access_key[6:20] == "00052998224725"
    assert doc.key_problems == ()


def test_accepts_bytearray_and_memoryview() -> None:
    data = (FIXTURES / "sale_authorized_v400.xml").read_bytes()
    assert read_nfe(bytearray(data)).access_key == SALE_KEY
    assert read_nfe(memoryview(data)).access_key == SALE_KEY


# -- 2026 tax reform (IBS/CBS) ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "purpose", "total", "reform_total"),
    [
        ("reform_ibs_cbs.xml", 1, 42480, 42970),  # + IS 0,80, IBS 0,41, CBS 3,69
        ("reform_credit_note.xml", 5, 32990, 33650),
        ("reform_debit_note.xml", 6, 7990, 8150),
    ],
)
def test_reform_nfe_keeps_vnf_as_the_invoice_value_and_reads_vnftot(
    name: str, purpose: int, total: int, reform_total: int
) -> None:
    doc = read_fixture(name)
    assert doc.purpose == purpose
    assert doc.total_cents == total  # vNF: what VTEX gets as invoiceValue
    assert doc.reform_total_cents == reform_total
    assert doc.key_problems == ()
    assert "reform_total" in warning_codes(doc)


def test_reform_warning_names_both_totals() -> None:
    [message] = [m for code, m in read_fixture("reform_ibs_cbs.xml").warnings() if code == "reform_total"]
    assert "(vNFTot) is R$ 429.70" in message and "(vNF), R$ 424.80" in message


def test_credit_and_debit_notes_are_named_for_the_clerk() -> None:
    purposes = dict(read_fixture("reform_credit_note.xml").warnings())
    assert "a credit note (finNFe=5)" in purposes["special_purpose"]
    purposes = dict(read_fixture("reform_debit_note.xml").warnings())
    assert "a debit note (finNFe=6)" in purposes["special_purpose"]


def test_without_vnftot_there_is_no_reform_total() -> None:
    doc = read_fixture("sale_authorized_v400.xml")
    assert doc.reform_total_cents is None
    assert "reform_total" not in warning_codes(doc)


def test_vnftot_equal_to_vnf_is_not_shown() -> None:
    xml = (FIXTURES / "reform_ibs_cbs.xml").read_bytes().replace(b"<vNFTot>429.70<", b"<vNFTot>424.80<")
    doc = read_nfe(xml)
    assert doc.reform_total_cents == doc.total_cents == 42480
    assert "reform_total" not in warning_codes(doc)


def test_a_broken_vnftot_is_refused_with_its_place() -> None:
    xml = (FIXTURES / "reform_ibs_cbs.xml").read_bytes().replace(b"<vNFTot>429.70<", b"<vNFTot>4x9<")
    with pytest.raises(NfeError, match="vNFTot"):
        read_nfe(xml)
