"""Issue 11 finding 10 (NF-e): a crafted file is refused before the parse, with a clear message.

A file of hundreds of thousands of attributes, namespaces or elements kept the XML parser (and the
GIL, so the window) busy for most of a second. Real NF-e files, up to the layout's 990 items, read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vtex_invoice_gui.nfe import NfeError, read_nfe
from tests.support.nfe_samples import make_large_nfe

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"
SALE = (FIXTURES / "sale_authorized_v400.xml").read_bytes()


def refusal(data: bytes) -> NfeError:
    with pytest.raises(NfeError) as caught:
        read_nfe(data)
    return caught.value


def with_inside_emit(extra: bytes) -> bytes:
    """The real sale NF-e with ``extra`` put inside its <emit> element (still well-formed)."""
    assert SALE.count(b"<emit>") == 1
    return SALE.replace(b"<emit>", b"<emit>" + extra, 1)


def test_finding_10_half_a_million_attributes_are_refused() -> None:
    attributes = b" ".join(b'a%d="1"' % i for i in range(500_000))
    data = with_inside_emit(b"<x " + attributes + b"/>")
    assert len(data) < 10 * 1024 * 1024  # under the size limit: only the structure refuses it
    error = refusal(data)
    assert error.args[0].code == "nfe.too_many_attributes"
    assert "an NF-e has at most 20000" in str(error) and "Choose the NF-e XML file" in str(error)


def test_finding_10_hundreds_of_thousands_of_namespaces_are_refused() -> None:
    declarations = b" ".join(b'xmlns:n%d="urn:n%d"' % (i, i) for i in range(300_000))
    data = with_inside_emit(b"<x " + declarations + b"/>")
    assert len(data) < 10 * 1024 * 1024
    error = refusal(data)
    assert error.args[0].code == "nfe.too_many_namespaces"
    assert "this is not an NF-e" in str(error)


def test_finding_10_millions_of_tiny_elements_are_refused() -> None:
    data = with_inside_emit(b"<x/>" * 2_000_000)
    assert len(data) < 10 * 1024 * 1024
    error = refusal(data)
    assert error.args[0].code == "nfe.too_many_elements"
    assert "Choose the NF-e XML file of the order" in str(error)


def test_finding_10_a_crafted_utf16_file_is_refused_too() -> None:
    attributes = " ".join(f'a{i}="1"' for i in range(60_000))
    text = SALE.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    text = text.replace("<emit>", f"<emit><x {attributes}/>", 1)
    data = text.encode("utf-16")  # with a BOM
    assert len(data) < 10 * 1024 * 1024
    assert refusal(data).args[0].code == "nfe.too_many_attributes"


@pytest.mark.parametrize("items", [500, 990])
def test_finding_10_large_real_nfe_still_read(items: int) -> None:
    document = read_nfe(make_large_nfe(items))
    assert len(document.items) == items


def test_finding_10_every_fixture_reads_as_before() -> None:
    for path in sorted(FIXTURES.glob("*.xml")):
        try:
            read_nfe(path.read_bytes())
        except NfeError as error:  # the hostile and damaged fixtures: refused for their own reasons
            assert error.args[0].code not in {
                "nfe.too_many_elements",
                "nfe.too_many_attributes",
                "nfe.too_many_namespaces",
            }, path.name


@pytest.mark.parametrize(
    ("declared", "codec"),
    [
        ("UTF-16", "utf-16"),  # with a BOM, as Notepad saves it
        ("UTF-16BE", "utf-16-be"),
        ("UTF-16-BE", "utf-16-be"),  # no BOM: expat did not know this spelling ("unexpected problem")
        ("UTF-16LE", "utf-16-le"),
        ("utf-16-le", "utf-16-le"),
    ],
)
def test_a_sale_resaved_as_utf16_reads_as_the_same_nfe(declared: str, codec: str) -> None:
    text = SALE.decode("utf-8").replace('encoding="UTF-8"', f'encoding="{declared}"')
    document = read_nfe(text.encode(codec))
    original = read_nfe(SALE)
    assert document.access_key == original.access_key
    assert document.items == original.items
