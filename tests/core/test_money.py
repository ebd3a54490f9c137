"""Money typed in the clerk's locale becomes exact integer cents, and back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vtex_invoice_gui.money import MoneyError, format_cents, parse_money

PT = (",", ".")  # pt_BR / es: decimal comma, dot groups
EN = (".", ",")  # en: decimal point, comma groups


@pytest.mark.parametrize(
    ("text", "seps", "cents"),
    [
        ("1.234,56", PT, 123456),
        ("1234,56", PT, 123456),
        ("1,234.56", EN, 123456),
        ("1234.56", EN, 123456),
        ("12", PT, 1200),
        ("12,5", PT, 1250),
        ("0,01", PT, 1),
        (",99", PT, 99),
        ("R$ 1.234,56", PT, 123456),
        ("R$1.234,56", PT, 123456),
        ("$ 10.00", EN, 1000),
        ("BRL 10,00", PT, 1000),
        ("  7,30  ", PT, 730),
        ("1.000.000,00", PT, 100000000),
        ("12,500", PT, 1250),  # a trailing zero decimal is still exact
        ("-5,00", PT, -500),
        ("1 234,56", (",", "\u00a0"), 123456),  # French-style space groups
        ("1\u202f234,56", (",", "\u202f"), 123456),
    ],
)
def test_parses_exact_cents(text: str, seps: tuple[str, str], cents: int) -> None:
    assert parse_money(text, *seps) == cents


@pytest.mark.parametrize(
    ("text", "seps", "says"),
    [
        ("", PT, "Enter an amount"),
        ("   ", PT, "Enter an amount"),
        ("R$", PT, "Enter an amount"),
        ("12,345", PT, "at most two decimal places"),
        ("1234.56", PT, "decimal separator is ','"),  # English habit in a pt_BR desk
        ("1.23,45", PT, "every three digits"),
        ("1,234.56", PT, "decimal separator is ','"),
        ("12,34,5", PT, "more than one decimal separator"),
        ("12,", PT, "Add the cents"),
        ("abc", PT, "is not an amount"),
        ("1e5", EN, "is not an amount"),
        ("١٢٣", PT, "is not an amount"),  # non-ASCII digits are refused, not misread
        ("12,3.4", PT, "does not fit this language"),
    ],
)
def test_refuses_ambiguous_or_wrong_text_with_a_reason(text: str, seps: tuple[str, str], says: str) -> None:
    with pytest.raises(MoneyError, match=says):
        parse_money(text, *seps)


def test_same_separators_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="must differ"):
        parse_money("1", ".", ".")


@pytest.mark.parametrize(
    ("cents", "seps", "text"),
    [
        (123456, PT, "1.234,56"),
        (123456, EN, "1,234.56"),
        (5, PT, "0,05"),
        (100, PT, "1,00"),
        (-123456, PT, "-1.234,56"),
        (100000000, PT, "1.000.000,00"),
    ],
)
def test_formats_cents(cents: int, seps: tuple[str, str], text: str) -> None:
    assert format_cents(cents, *seps) == text


def test_format_without_grouping() -> None:
    assert format_cents(123456, ",", ".", grouping=False) == "1234,56"


def test_format_refuses_floats() -> None:
    with pytest.raises(TypeError):
        format_cents(12.5)  # type: ignore[arg-type]


@given(cents=st.integers(min_value=-(10**13), max_value=10**13), seps=st.sampled_from([PT, EN]))
def test_format_then_parse_round_trips(cents: int, seps: tuple[str, str]) -> None:
    assert parse_money(format_cents(cents, *seps), *seps) == cents
    assert parse_money(format_cents(cents, *seps, grouping=False), *seps) == cents
