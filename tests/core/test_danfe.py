"""The DANFE and the label (etiqueta) drawn from the fixtures: what the printed PDF says."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from vtex_invoice_gui.danfe import DanfeError, render_one, render_pdf
from vtex_invoice_gui.nfe import read_nfe

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"


def pdf_pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def grouped_key(key: str) -> str:
    """The access key as the DANFE prints it: groups of four."""
    return " ".join(key[i : i + 4] for i in range(0, 44, 4))


def printed_number(number: int) -> str:
    digits = f"{number:09d}"
    return f"{digits[:3]}.{digits[3:6]}.{digits[6:]}"


def printed_money(cents: int) -> str:
    return f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d}"


PRINTED = ["sale_authorized_v400.xml", "return_input.xml", "alphanumeric_cnpj.xml", "reform_ibs_cbs.xml",
           "reform_credit_note.xml", "marketplace_card.xml"]  # fmt: skip


@pytest.mark.parametrize("label", [False, True], ids=["danfe", "label"])
@pytest.mark.parametrize("name", PRINTED)
def test_the_pdf_shows_the_key_the_number_and_the_total(name: str, label: bool) -> None:
    xml = (FIXTURES / name).read_bytes()
    doc = read_nfe(xml)
    text = "\n".join(pdf_pages(render_pdf([xml], label=label)))
    assert grouped_key(doc.access_key) in text
    assert printed_number(doc.number) in text
    assert printed_money(doc.total_cents) in text
    assert ("ETIQUETA" in text) == label


def test_the_alphanumeric_cnpj_key_is_printed_with_its_letters() -> None:
    text = pdf_pages(render_pdf([(FIXTURES / "alphanumeric_cnpj.xml").read_bytes()]))[0]
    assert "3526 0712 ABC3 4501 DE35" in text  # cUF, AAMM, then the CNPJ with its letters


def test_the_reform_danfe_has_the_ibs_cbs_is_totals() -> None:
    text = pdf_pages(render_pdf([(FIXTURES / "reform_ibs_cbs.xml").read_bytes()]))[0]
    assert "TOTAL DO IBS / CBS / IS" in text  # the NT 2026.010 layout (issued after 2026-12-01)
    assert "VALOR DA CBS\n3,69" in text
    assert "VALOR DO IMPOSTO SELETIVO\n0,80" in text
    assert "VALOR TOTAL DA NOTA\n424,80" in text  # vNF, not vNFTot


def test_a_sale_before_the_reform_keeps_the_old_layout() -> None:
    text = pdf_pages(render_pdf([(FIXTURES / "sale_authorized_v400.xml").read_bytes()]))[0]
    assert "IBS" not in text


@pytest.mark.parametrize("label", [False, True], ids=["danfe", "label"])
def test_several_nfe_make_one_pdf_in_the_order_given(label: bool) -> None:
    names = ["return_input.xml", "sale_authorized_v400.xml", "reform_ibs_cbs.xml"]
    xmls = [(FIXTURES / name).read_bytes() for name in names]
    pages = pdf_pages(render_pdf(xmls, label=label))
    assert len(pages) == 3
    for page, xml in zip(pages, xmls, strict=True):
        assert grouped_key(read_nfe(xml).access_key) in page


def test_a_pdf_given_as_nfe_is_refused_with_the_readers_sentence() -> None:
    danfe = render_pdf([(FIXTURES / "sale_authorized_v400.xml").read_bytes()])
    with pytest.raises(DanfeError) as caught:
        render_pdf([danfe])
    assert caught.value.args[0].code == "nfe.pdf"
    assert "not the NF-e XML" in str(caught.value)


def test_an_xml_with_entities_never_reaches_the_drawing_library() -> None:
    with pytest.raises(DanfeError) as caught:
        render_one((FIXTURES / "evil_xxe_passwd.xml").read_bytes())
    assert caught.value.args[0].code == "nfe.dtd"


def test_an_nfe_the_library_cannot_draw_gives_a_sentence_with_its_number() -> None:
    with pytest.raises(DanfeError) as caught:
        render_one((FIXTURES / "no_namespace.xml").read_bytes())
    assert caught.value.args[0].code == "danfe.draw_failed"
    assert "NF-e 4718 could not be drawn" in str(caught.value)


def test_nothing_to_draw_is_refused() -> None:
    with pytest.raises(DanfeError, match="at least one NF-e"):
        render_pdf([])
