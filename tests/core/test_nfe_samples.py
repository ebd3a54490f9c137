"""The sample builder (tests, benchmarks) and the committed fixtures it generates."""

from __future__ import annotations

import importlib.util
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from vtex_invoice_gui.nfe import NfeError, check_access_key, read_nfe
from vtex_invoice_gui.nfe import reader as reader_module
from tests.support.nfe_samples import SampleItem, build_nfe_xml, gtin13, make_large_nfe

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"
ISSUED = datetime.fromisoformat("2026-05-02T18:40:00-03:00")


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_fixtures_match_the_generator() -> None:
    built = load_generator().build_all()
    on_disk = {path.name for path in FIXTURES.glob("*.xml")}
    assert on_disk == set(built), "run tests/fixtures/nfe/make_fixtures.py"
    for name, data in built.items():
        assert (FIXTURES / name).read_bytes() == data, f"{name} is stale: run make_fixtures.py"


def test_the_selftest_sample_is_the_generators_and_reads_back() -> None:
    generator = load_generator()
    data = generator.selftest_sample()
    assert generator.SELFTEST_SAMPLE.read_bytes() == data, "stale: run make_fixtures.py"
    doc = read_nfe(data)
    assert (doc.number, doc.series, doc.total_cents, doc.is_authorized) == (1, 1, 1000, True)


def test_build_for_the_sandbox_reads_back() -> None:
    items = [
        ("2001", "7891234567895", "Tênis de corrida", 2, 19990),
        ("2002", None, "Meia esportiva", Decimal("3"), 1500),
    ]
    doc = read_nfe(build_nfe_xml(555, 7, items, 45480, "12345678909", ISSUED))
    assert (doc.number, doc.series, doc.issued_at) == (555, 7, ISSUED)
    assert doc.total_cents == 45480  # 39980 + 4500 goods, 1000 freight
    assert doc.recipient_document == "12345678909"
    assert doc.is_authorized and doc.key_problems == () and doc.warnings() == []
    assert [(i.code, i.ean, i.description, i.quantity, i.unit_price_cents) for i in doc.items] == [
        ("2001", "7891234567895", "Tênis de corrida", Decimal("2.0000"), 19990),
        ("2002", None, "Meia esportiva", Decimal("3.0000"), 1500),
    ]
    assert "<vFrete>10.00</vFrete>" in doc.xml_text


def test_lower_total_becomes_discounts_from_the_first_item_on() -> None:
    items = [("A", None, "A", 1, 1000), ("B", None, "B", 1, 3000)]
    doc = read_nfe(build_nfe_xml(1, 1, items, 2500, None, ISSUED))
    assert doc.total_cents == 2500
    assert [i.discount_cents for i in doc.items] == [1000, 500]


def test_build_refuses_impossible_input() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        build_nfe_xml(1, 1, [("A", None, "A", 1, 100)], None, None, datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="lower than"):
        build_nfe_xml(1, 1, [("A", None, "A", 1, 100)], -1, None, ISSUED)
    with pytest.raises(ValueError, match="at least one item"):
        build_nfe_xml(1, 1, [], None, None, ISSUED)


def test_sample_item_total_rounds_half_up() -> None:
    assert SampleItem("X", None, "X", Decimal("1.5"), 3333).total_cents == 5000
    assert SampleItem("X", None, "X", Decimal("0.333"), 100).total_cents == 33


def test_gtin13_check_digit() -> None:
    assert gtin13("789100000001") == "7891000000014"
    assert gtin13("400638133393") == "4006381333931"  # the classic Wikipedia EAN-13


def test_large_nfe_with_500_items() -> None:
    data = make_large_nfe(500)
    doc = read_nfe(data)
    assert len(doc.items) == 500
    assert len({item.code for item in doc.items}) == 500
    assert doc.total_cents == sum(i.total_cents - i.discount_cents for i in doc.items)
    assert check_access_key(doc.access_key) == [] and doc.key_problems == ()
    assert len(data) < 1024 * 1024


def test_unexpected_internal_failure_still_comes_out_as_nfe_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(reader_module, "_read_items", broken)
    with pytest.raises(
        NfeError,
        match=r"^The file could not be read as an NF-e because of an unexpected problem \(RuntimeError\)\.$",
    ):
        read_nfe((FIXTURES / "sale_authorized_v400.xml").read_bytes())
