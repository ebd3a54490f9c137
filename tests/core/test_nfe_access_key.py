"""The offline access-key checker: check digit, structure, and every problem message."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vtex_invoice_gui.nfe import (
    check_access_key,
    compute_check_digit,
    is_valid_cnpj,
    is_valid_cpf,
    make_access_key,
    normalize_access_key,
    split_access_key,
)

# Published keys: invoisys (NFC-e, AM), and the nfelib samples (PR procNFe, SP file names).
KNOWN_VALID_KEYS = [
    "13181017921427000125650010000000309887251170",
    "41170706117473000150550010000463202612756525",
    "35180834128745000152550010000474281920007498",
    "35180834128745000152550010000476491552806942",
]
SALE_KEY = "35260312345678000195550010000047111374111387"


def classic_check_digit(first43: str) -> int:
    """The textbook algorithm, written independently: weights 2..9 cycling from the right."""
    weights = [2, 3, 4, 5, 6, 7, 8, 9] * 6
    values = [ord(char) - ord("0") for char in first43][::-1]
    remainder = sum(v * w for v, w in zip(values, weights, strict=False)) % 11
    return 0 if remainder in (0, 1) else 11 - remainder


@pytest.mark.parametrize("key", KNOWN_VALID_KEYS)
def test_known_keys_are_valid(key: str) -> None:
    assert compute_check_digit(key[:43]) == int(key[43])
    assert check_access_key(key) == []


def test_invoisys_example_with_dashes_normalizes_to_a_valid_key() -> None:
    key = normalize_access_key("13-1810-17921427000125-65-001-000000030-9-88725117-0")
    assert key == "13181017921427000125650010000000309887251170"
    assert check_access_key(key) == []


def test_published_key_with_its_last_digit_changed_is_caught() -> None:
    key = "4117070611747300015055001000046320261275652" + "0"  # really ends in 5
    assert check_access_key(key) == [
        "The check digit is 0 but should be 5: the key was probably mistyped."
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789", min_size=43, max_size=43))
def test_check_digit_matches_the_textbook_algorithm_on_numeric_keys(first43: str) -> None:
    assert compute_check_digit(first43) == classic_check_digit(first43)


def test_alphanumeric_cnpj_key_counts_letters_as_ord_minus_48() -> None:
    first43 = "352607" + "12ABC34501DE35" + "55001000000001100112648"
    assert compute_check_digit(first43) == classic_check_digit(first43) == 8
    assert check_access_key(first43 + "8") == []


def test_alphanumeric_cnpj_from_receita_example_is_valid() -> None:
    assert is_valid_cnpj("12ABC34501DE35")
    assert not is_valid_cnpj("12ABC34501DE36")
    assert is_valid_cnpj("12345678000195")
    assert not is_valid_cnpj("1234567800019")


def test_cpf_check_digits() -> None:
    assert is_valid_cpf("12345678909")
    assert is_valid_cpf("52998224725")
    assert not is_valid_cpf("12345678900")
    assert not is_valid_cpf("11111111111")


def test_make_access_key_pads_a_cpf_emitter_with_zeros() -> None:
    key = make_access_key(
        state_code=35, issued_at=datetime.fromisoformat("2026-03-14T10:15:30-03:00"),
        emitter_document="52998224725", model=55, series=1, number=52, emission_type=1,
        random_code="00516517",
    )  # fmt: skip
    assert key[6:20] == "00052998224725"
    assert check_access_key(key) == []


def test_split_access_key_gives_each_part() -> None:
    parts = split_access_key(SALE_KEY)
    assert (parts.state, parts.year_month, parts.cnpj) == ("35", "2603", "12345678000195")
    assert (parts.model, parts.series, parts.number) == ("55", "001", "000004711")
    assert (parts.emission_type, parts.random_code, parts.check_digit) == ("1", "37411138", "7")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NFe" + SALE_KEY, SALE_KEY),
        ("nfe" + SALE_KEY, SALE_KEY),
        ("  3526 0312 3456 7800 0195 5500 1000 0047 1113 7411 1387 \n", SALE_KEY),
        ("3526\u00a00312.3456/7800-0195_5500 1000 0047 1113 7411 1387", SALE_KEY),
        (
            "352607 12abc34501de35 550010000000011001126488",
            "35260712ABC34501DE35550010000000011001126488",
        ),
    ],
)
def test_normalize_access_key(text: str, expected: str) -> None:
    assert normalize_access_key(text) == expected


def replace_at(key: str, position: int, chars: str) -> str:
    """Replace characters starting at 1-based ``position``."""
    return key[: position - 1] + chars + key[position - 1 + len(chars) :]


def with_fixed_digit(key43: str) -> str:
    return key43 + str(compute_check_digit(key43))


def test_empty_key() -> None:
    assert check_access_key("") == ["The access key is empty."]


def test_wrong_length() -> None:
    assert check_access_key(SALE_KEY[:43]) == [
        "The access key has 43 characters but must have exactly 44."
    ]


def test_wrong_length_because_of_separators_gets_a_hint() -> None:
    assert check_access_key("NFe" + SALE_KEY) == [
        "The access key has 47 characters but must have exactly 44. "
        "Remove the spaces, dots or the 'NFe' prefix around it."
    ]


def test_letter_outside_the_cnpj_part() -> None:
    assert check_access_key(replace_at(SALE_KEY, 30, "O")) == [
        "Position 30 (invoice number) holds 'O', but only digits are allowed there."
    ]


def test_lowercase_letter_in_the_cnpj_part() -> None:
    assert check_access_key(replace_at(SALE_KEY, 9, "a")) == [
        "Position 9 (emitter CNPJ) holds 'a', but only digits and capital letters are allowed there."
    ]


def test_letter_in_the_cnpj_check_digits() -> None:
    problems = check_access_key(replace_at(SALE_KEY, 19, "A"))
    assert problems == ["Position 19 (emitter CNPJ) holds 'A', but only digits are allowed there."]


def test_many_bad_characters_are_summarised() -> None:
    problems = check_access_key("X" * 44)
    assert len(problems) == 4
    assert (
        problems[0] == "Position 1 (state code (cUF)) holds 'X', but only digits are allowed there."
    )
    assert problems[-1] == "29 more characters are not allowed where they are."


def test_unknown_state_code() -> None:
    key = with_fixed_digit(replace_at(SALE_KEY, 1, "34")[:43])
    assert check_access_key(key) == [
        "The state code (cUF, positions 1-2) is 34, which is not a Brazilian state code "
        "(SP is 35, RJ 33, MG 31)."
    ]


@pytest.mark.parametrize("month", ["00", "13"])
def test_bad_month(month: str) -> None:
    key = with_fixed_digit(replace_at(SALE_KEY, 5, month)[:43])
    assert check_access_key(key) == [
        f"The month in the key (positions 5-6) is {month}; it must be 01 to 12."
    ]


def test_cnpj_with_wrong_check_digits() -> None:
    key = with_fixed_digit(replace_at(SALE_KEY, 7, "12345678000196")[:43])
    assert check_access_key(key) == [
        "The emitter CNPJ in the key (positions 7-20) is 12345678000196, which is not a valid "
        "CNPJ or CPF: its check digits are wrong."
    ]


def test_unexpected_model() -> None:
    key = with_fixed_digit(replace_at(SALE_KEY, 21, "57")[:43])
    assert check_access_key(key) == [
        "The model in the key (positions 21-22) is 57; an NF-e is model 55 and an NFC-e model 65."
    ]


def test_number_zero() -> None:
    key = with_fixed_digit(replace_at(SALE_KEY, 26, "000000000")[:43])
    assert check_access_key(key) == [
        "The invoice number in the key (positions 26-34) is 000000000; NF-e numbers start at 1."
    ]


def test_emission_type_zero() -> None:
    key = with_fixed_digit(replace_at(SALE_KEY, 35, "0")[:43])
    assert check_access_key(key) == [
        "The emission type in the key (position 35) is 0; it must be 1 to 9."
    ]


def test_wrong_check_digit() -> None:
    assert check_access_key(SALE_KEY[:43] + "3") == [
        "The check digit is 3 but should be 7: the key was probably mistyped."
    ]


def test_several_problems_are_all_reported() -> None:
    key = replace_at(replace_at(SALE_KEY, 1, "34"), 5, "13")
    problems = check_access_key(key)
    assert len(problems) == 3
    assert problems[0].startswith("The state code (cUF, positions 1-2) is 34")
    assert problems[1].startswith("The month in the key (positions 5-6) is 13")
    assert problems[2].startswith("The check digit is 7 but should be")
