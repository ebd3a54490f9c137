"""What the clerk reads when a file is not a usable NF-e, and the key-vs-XML cross-checks."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from vtex_invoice_gui.nfe import NfeError, read_nfe
from tests.support.nfe_samples import build_nfe_xml

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"
SALE = (FIXTURES / "sale_authorized_v400.xml").read_bytes()
SALE_KEY = "35260312345678000195550010000047111374111387"


def sub(old: str, new: str, data: bytes = SALE) -> bytes:
    """Replace one exact piece of the sale XML (fails loudly if it is not there once)."""
    assert data.count(old.encode()) == 1, old
    return data.replace(old.encode(), new.encode())


def error_of(data: object, **kwargs: object) -> str:
    with pytest.raises(NfeError) as caught:
        read_nfe(data, **kwargs)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)
    return str(caught.value)


@pytest.mark.parametrize("data", [b"", b"  \r\n\t "])
def test_empty_file(data: bytes) -> None:
    assert error_of(data) == "The file is empty; it is not an NF-e XML."


def test_file_over_the_size_limit_is_not_parsed() -> None:
    big = b"<nfeProc>" + b" " * (10 * 1024 * 1024) + b"</nfeProc>"
    assert error_of(big) == (
        "The file is 10.0 MB; an NF-e XML is at most 10 MB, so this is probably not an NF-e. "
        "It was not read."
    )
    padded = SALE.replace(b"</nfeProc>", b" " * (3 * 1024 * 1024 // 2) + b"</nfeProc>")
    assert error_of(padded, max_bytes=1024 * 1024) == (
        "The file is 1.5 MB; an NF-e XML is at most 1 MB, so this is probably not an NF-e. "
        "It was not read."
    )
    assert read_nfe(padded).number == 4711  # under the default limit it reads fine


def test_text_instead_of_bytes() -> None:
    assert (
        error_of(SALE.decode()) == "The NF-e must be given as the raw bytes of the file (got str)."
    )


def test_pdf_danfe() -> None:
    assert error_of(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj") == (
        "This file is a PDF (probably the DANFE printout), not the NF-e XML. "
        "Ask for the XML file of the NF-e."
    )


def test_zip_archive() -> None:
    assert error_of(b"PK\x03\x04\x14\x00\x00\x00") == (
        "This file is a ZIP archive. Extract the NF-e XML from it first."
    )


def test_truncated_file_names_the_line() -> None:
    lines = SALE.split(b"\n")
    message = error_of(b"\n".join(lines[:3]))
    assert (
        message
        == "The file is truncated or not well-formed XML (line 3, column 50): no element found."
    )


def test_mismatched_tag() -> None:
    message = error_of(sub("<nNF>4711</nNF>", "<nNF>4711</nnf>"))
    assert re.fullmatch(
        r"The file is truncated or not well-formed XML \(line 11, column \d+\): mismatched tag\.",
        message,
    )


def test_unknown_encoding_declaration() -> None:
    message = error_of(sub('encoding="UTF-8"', 'encoding="X-KLINGON"'))
    assert (
        message
        == "The file declares the text encoding 'X-KLINGON', which is unknown; it was not read."
    )


def test_bytes_that_are_not_the_declared_encoding() -> None:
    data = SALE.replace(b"MARIA DA SILVA", b"MARIA DA SILV\xc1", 1)  # Latin-1 byte in UTF-8
    line = data[: data.index(b"\xc1")].count(b"\n") + 1
    message = error_of(data)
    assert message.startswith(f"The file is truncated or not well-formed XML (line {line}, column ")
    assert message.endswith("): not well-formed (invalid token).")


@pytest.mark.parametrize(
    ("root", "message"),
    [
        ("<cteProc xmlns='http://www.portalfiscal.inf.br/cte'/>",
         "This file is not an NF-e XML: it is a CT-e (transport document)."),
        ("<procEventoNFe xmlns='http://www.portalfiscal.inf.br/nfe'/>",
         "This file is an NF-e event (for example a cancellation or a correction letter), not the "
         "NF-e itself. Ask for the XML of the NF-e."),
        ("<html><body>Login</body></html>",
         "This file is not an NF-e XML: its main element is <html>, expected <nfeProc> or <NFe>."),
        ("<NFe xmlns='urn:example:other'/>",
         "This file is not an NF-e XML: it uses the XML namespace 'urn:example:other' instead of "
         "the NF-e namespace."),
        ("<nfeProc xmlns='http://www.portalfiscal.inf.br/nfe'><protNFe/></nfeProc>",
         "The NF-e is incomplete: the NF-e itself (nfeProc/NFe) is missing."),
        ("<NFe><ide/></NFe>", "The NF-e is incomplete: the NF-e data (NFe/infNFe) is missing."),
    ],
)  # fmt: skip
def test_not_an_nfe(root: str, message: str) -> None:
    assert error_of(root.encode()) == message


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("<nNF>4711</nNF>", "", "The NF-e is incomplete: the invoice number (ide/nNF) is missing."),
        ("<nNF>4711</nNF>", "<nNF>47A1</nNF>", "The NF-e has an invalid invoice number (ide/nNF): '47A1'."),
        ("<dhEmi>2026-03-14T10:15:30-03:00</dhEmi>", "",
         "The NF-e is incomplete: the issue date (ide/dhEmi) is missing."),
        ("<dhEmi>2026-03-14T10:15:30-03:00</dhEmi>", "<dhEmi>14/03/2026 10:15</dhEmi>",
         "The NF-e has an invalid issue date-time (ide/dhEmi): '14/03/2026 10:15'."),
        ("<dhEmi>2026-03-14T10:15:30-03:00</dhEmi>", "<dhEmi>2026-02-30T10:15:30-03:00</dhEmi>",
         "The NF-e has an invalid issue date-time (ide/dhEmi): '2026-02-30T10:15:30-03:00'."),
        ("<vNF>424.80</vNF>", "<vNF>424,80</vNF>", "The NF-e has an invalid total (total/ICMSTot/vNF): '424,80'."),
        ("<vNF>424.80</vNF>", "<vNF>NaN</vNF>", "The NF-e has an invalid total (total/ICMSTot/vNF): 'NaN'."),
        ("<vNF>424.80</vNF>", "", "The NF-e is incomplete: the total (total/ICMSTot/vNF) is missing."),
        ("<tpAmb>1</tpAmb>\n        <finNFe>", "<tpAmb>3</tpAmb>\n        <finNFe>",
         "The NF-e has an invalid environment (ide/tpAmb): '3'."),
        ("<CNPJ>12345678000195</CNPJ>", "",
         "The NF-e is incomplete: the emitter CNPJ or CPF (emit/CNPJ) is missing."),
        ("<cStat>100</cStat>", "<cStat>cem</cStat>", "The NF-e has an invalid SEFAZ status (infProt/cStat): 'cem'."),
        ("<qCom>1.0000</qCom>\n          <vUnCom>79.90", "<qCom>1e3</qCom>\n          <vUnCom>79.90",
         "The NF-e has an invalid quantity in item 1 (det/prod/qCom): '1e3'."),
        ("<xProd>TENIS CORRIDA ROAD 40</xProd>", "<xProd> </xProd>",
         "The NF-e is incomplete: item 2 has no description (det/prod/xProd)."),
    ],
)  # fmt: skip
def test_missing_or_invalid_field(old: str, new: str, message: str) -> None:
    assert error_of(sub(old, new)) == message


def test_protocol_for_another_nfe_is_refused() -> None:
    assert error_of((FIXTURES / "protocol_key_mismatch.xml").read_bytes()) == (
        "The authorization protocol in this file is for access key "
        "35260312345678000195550010000047211374903280, but the NF-e in it has access key "
        "35260312345678000195550010000047201374824099. The file was put together wrongly; ask "
        "for the authorized XML (nfeProc) of this NF-e again."
    )


def test_key_from_protocol_when_id_is_missing() -> None:
    doc = read_nfe(sub(f'Id="NFe{SALE_KEY}" ', ""))
    assert doc.access_key == SALE_KEY and doc.key_problems == ()


def test_no_key_anywhere() -> None:
    data = sub(f'Id="NFe{SALE_KEY}" ', "", sub(f"<chNFe>{SALE_KEY}</chNFe>", ""))
    assert error_of(data) == (
        "The NF-e has no access key: neither infNFe/@Id nor protNFe/infProt/chNFe is present."
    )


def test_short_key_in_id_is_reported_as_a_key_problem_not_an_error() -> None:
    data = sub(f'Id="NFe{SALE_KEY}"', 'Id="NFe3526031234"', sub(f"<chNFe>{SALE_KEY}</chNFe>", ""))
    assert read_nfe(data).key_problems == (
        "The access key has 10 characters but must have exactly 44.",
    )


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("<serie>1</serie>", "<serie>2</serie>", "The key says series 1 but the XML says 2 (ide/serie)."),
        ("<mod>55</mod>", "<mod>65</mod>", "The key says model 55 but the XML says 65 (ide/mod)."),
        ("<cUF>35</cUF>", "<cUF>33</cUF>", "The key says state code 35 but the XML says 33 (ide/cUF)."),
        ("<tpEmis>1</tpEmis>", "<tpEmis>9</tpEmis>", "The key says emission type 1 but the XML says 9 (ide/tpEmis)."),
        ("<CNPJ>12345678000195</CNPJ>", "<CNPJ>98765432000198</CNPJ>",
         "The key holds emitter CNPJ 12345678000195 but the XML emitter is 98765432000198 (emit/CNPJ)."),
        ("<dhEmi>2026-03-14T10:15:30-03:00</dhEmi>", "<dhEmi>2026-04-01T00:10:00-03:00</dhEmi>",
         "The key says the NF-e was issued in 03/2026 but the XML issue date is 01/04/2026."),
    ],
)  # fmt: skip
def test_key_disagrees_with_xml(old: str, new: str, problem: str) -> None:
    assert read_nfe(sub(old, new)).key_problems == (problem,)


def test_cpf_emitter_mismatch_names_the_cpf() -> None:
    data = (
        (FIXTURES / "cpf_emitter.xml")
        .read_bytes()
        .replace(b"<CPF>52998224725</CPF>", b"<CPF>12345678909</CPF>", 1)
    )
    assert read_nfe(data).key_problems == (
        "The key holds emitter CPF 52998224725 but the XML emitter is 12345678909 (emit/CPF).",
    )


ISSUED = datetime.fromisoformat("2026-03-14T10:15:30-03:00")
ITEMS = [("SKU-1", None, "CAMISETA", 1, 5000)]


def test_authorized_late_status_150_counts_as_authorized() -> None:
    doc = read_nfe(build_nfe_xml(9, 1, ITEMS, None, "12345678909", ISSUED, status_code=150))
    assert doc.is_authorized and doc.warnings() == []


@pytest.mark.parametrize(
    ("purpose", "message"),
    [
        (2, "This NF-e is a complementary NF-e (finNFe=2), not a normal sale or a return."),
        (5, "This NF-e is a credit note (finNFe=5), not a normal sale or a return."),
    ],
)
def test_special_purpose_warns(purpose: int, message: str) -> None:
    doc = read_nfe(build_nfe_xml(9, 1, ITEMS, None, "12345678909", ISSUED, purpose=purpose))
    assert doc.invoice_type == "Output"
    assert doc.warnings() == [("special_purpose", message)]


def test_time_without_offset_is_read_as_brasilia_and_noted() -> None:
    doc = read_nfe(sub("2026-03-14T10:15:30-03:00</dhEmi>", "2026-03-14T10:15:30</dhEmi>"))
    assert doc.issued_at.isoformat() == "2026-03-14T10:15:30-03:00"
    assert doc.warnings() == [
        ("time_without_offset",
         "The issue time in the XML has no time zone; Brasília time (-03:00) was assumed."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("v_un_com", "cents"),
    [("12.345", 1235), ("12.3449999999", 1234), ("0.005", 1), ("0.0049", 0), ("7.9", 790)],
)
def test_unit_price_rounds_half_up_to_cents(v_un_com: str, cents: int) -> None:
    doc = read_nfe(sub("<vUnCom>79.90</vUnCom>", f"<vUnCom>{v_un_com}</vUnCom>"))
    assert doc.items[0].unit_price_cents == cents
