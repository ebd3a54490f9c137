"""Hostile and damaged input: only NfeError comes out, and no entity is ever expanded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vtex_invoice_gui.nfe import NfeDocument, NfeError, read_nfe

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"
SALE = (FIXTURES / "sale_authorized_v400.xml").read_bytes()
MULTI = (FIXTURES / "multi_item_discounts.xml").read_bytes()
DTD_REFUSED = (
    "The file contains a DTD/entity declaration, which is not allowed in an NF-e; it was not read."
)
FUZZ = settings(
    max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def refused(data: bytes) -> str:
    with pytest.raises(NfeError) as caught:
        read_nfe(data)
    return str(caught.value)


def test_xxe_to_etc_passwd_is_refused() -> None:
    assert refused((FIXTURES / "evil_xxe_passwd.xml").read_bytes()) == DTD_REFUSED


def test_billion_laughs_is_refused() -> None:
    assert refused((FIXTURES / "evil_billion_laughs.xml").read_bytes()) == DTD_REFUSED


def test_external_entity_to_a_local_file_never_reads_it(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER", encoding="utf-8")
    data = SALE.replace(
        b"<nfeProc ",
        b'<!DOCTYPE nfeProc [<!ENTITY x SYSTEM "' + secret.as_uri().encode() + b'">]>\n<nfeProc ',
        1,
    ).replace(b"<xNome>MARIA DA SILVA</xNome>", b"<xNome>&x;</xNome>")
    message = refused(data)
    assert message == DTD_REFUSED
    assert "TOP-SECRET" not in message


@pytest.mark.parametrize(
    "doctype",
    [
        b'<!DOCTYPE nfeProc SYSTEM "http://127.0.0.1:9/evil.dtd">',
        b'<!DOCTYPE nfeProc PUBLIC "-//EVIL//DTD//EN" "http://127.0.0.1:9/evil.dtd">',
        b'<!DOCTYPE nfeProc [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>',
        b"<!DOCTYPE nfeProc>",
        b'<!DOCTYPE nfeProc [<!ENTITY company "LOJA">]>',
    ],
)
def test_any_doctype_is_refused(doctype: bytes) -> None:
    data = SALE.replace(b"<nfeProc ", doctype + b"\n<nfeProc ", 1)
    assert refused(data) == DTD_REFUSED


@pytest.mark.parametrize("encoding", ["utf-16", "iso-8859-1"])
def test_a_doctype_in_another_encoding_is_refused(encoding: str) -> None:
    """The first pass (no DTD, no entity) reads the file as expat does: in its own encoding."""
    text = SALE.decode("utf-8").replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"', 1)
    text = text.replace("<nfeProc ", '<!DOCTYPE nfeProc [<!ENTITY company "LOJA">]>\n<nfeProc ', 1)
    text = text.replace("<xNome>MARIA DA SILVA</xNome>", "<xNome>&company;</xNome>")
    assert refused(text.encode(encoding)) == DTD_REFUSED


def test_a_notation_declaration_is_refused() -> None:
    data = SALE.replace(b"<nfeProc ", b'<!DOCTYPE nfeProc [<!NOTATION gif SYSTEM "image/gif">]>\n<nfeProc ', 1)
    assert refused(data) == DTD_REFUSED


def test_undeclared_entity_is_not_well_formed() -> None:
    data = SALE.replace(b"<xNome>MARIA DA SILVA</xNome>", b"<xNome>&xxe;</xNome>")
    assert re.fullmatch(
        r"The file is truncated or not well-formed XML \(line \d+, column \d+\): undefined entity\.",
        refused(data),
    )


def test_deeply_nested_elements_are_handled() -> None:
    data = b"<nfeProc>" + b"<a>" * 50_000 + b"</a>" * 50_000 + b"</nfeProc>"
    assert refused(data) == "The NF-e is incomplete: the NF-e itself (nfeProc/NFe) is missing."


def read_or_nfe_error(data: bytes) -> None:
    """The contract: a document or NfeError with a non-empty message, nothing else."""
    try:
        doc = read_nfe(data)
    except NfeError as error:
        assert str(error)
        return
    assert isinstance(doc, NfeDocument)


@FUZZ
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(data: bytes) -> None:
    read_or_nfe_error(data)


@FUZZ
@given(st.binary(max_size=200).map(lambda tail: b'<?xml version="1.0"?><nfeProc>' + tail))
def test_arbitrary_bytes_after_an_xml_start(data: bytes) -> None:
    read_or_nfe_error(data)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from([SALE, MULTI])))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(
            st.sampled_from(["truncate", "flip", "delete", "insert", "drop_element", "swap_text"])
        )
        if kind == "truncate":
            del data[at:]
        elif kind == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(
                st.binary(min_size=1, max_size=32)
                | st.sampled_from([b"&", b"<", b"]]>", b"<!DOCTYPE x>", b"&#0;"])
            )
        elif kind == "drop_element":
            tags = re.findall(rb"<([A-Za-z]+)>[^<]*</\1>", bytes(data))
            if tags:
                tag = draw(st.sampled_from(tags))
                data = bytearray(
                    re.sub(rb"<" + tag + rb">[^<]*</" + tag + rb">", b"", bytes(data), count=1)
                )
        elif kind == "swap_text":
            texts = re.findall(rb">([^<\s][^<]*)<", bytes(data))
            if texts:
                old = draw(st.sampled_from(texts))
                new = draw(
                    st.text(max_size=20).map(lambda t: t.replace("<", "").replace("&", "").encode())
                )
                data = bytearray(bytes(data).replace(b">" + old + b"<", b">" + new + b"<", 1))
    return bytes(data)


@FUZZ
@given(mutated())
def test_mutated_valid_nfe(data: bytes) -> None:
    read_or_nfe_error(data)


@FUZZ
@given(st.sampled_from(["<nNF>", "<vNF>", "<qCom>", "<vUnCom>", "<dhEmi>", "<cStat>", "<tpAmb>", "<serie>"]),
       st.text(max_size=40))  # fmt: skip
def test_any_text_in_a_typed_field(tag: str, value: str) -> None:
    escaped = value.replace("&", "&amp;").replace("<", "&lt;")
    replacement = (tag + escaped).encode("utf-8", "surrogatepass")
    data = re.sub(re.escape(tag).encode() + rb"[^<]*", lambda _: replacement, SALE, count=1)
    read_or_nfe_error(data)
