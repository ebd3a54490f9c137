"""CNPJ and CPF check digits, including the alphanumeric CNPJ (NT Conjunta 2025.001).

Every character counts as ``ord(c) - 48``, so digits keep their value and letters get
A=17, B=18, ... which is how the Receita Federal defines the alphanumeric CNPJ.
"""

from __future__ import annotations

import re

CNPJ_PATTERN = re.compile(r"[A-Z0-9]{12}[0-9]{2}")
CPF_PATTERN = re.compile(r"[0-9]{11}")

_CNPJ_WEIGHTS_1 = (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
_CNPJ_WEIGHTS_2 = (6, *_CNPJ_WEIGHTS_1)


def _mod11_digit(chars: str, weights: tuple[int, ...]) -> int:
    total = sum((ord(char) - 48) * weight for char, weight in zip(chars, weights, strict=True))
    remainder = total % 11
    return 0 if remainder < 2 else 11 - remainder


def cnpj_check_digits(base12: str) -> str:
    """The two check digits for the first 12 characters of a CNPJ (digits or capitals)."""
    if not re.fullmatch(r"[A-Z0-9]{12}", base12):
        raise ValueError("a CNPJ base has 12 digits or capital letters")
    first = _mod11_digit(base12, _CNPJ_WEIGHTS_1)
    second = _mod11_digit(base12 + str(first), _CNPJ_WEIGHTS_2)
    return f"{first}{second}"


def cpf_check_digits(base9: str) -> str:
    """The two check digits for the first 9 digits of a CPF."""
    if not re.fullmatch(r"[0-9]{9}", base9):
        raise ValueError("a CPF base has 9 digits")
    first = _mod11_digit(base9, tuple(range(10, 1, -1)))
    second = _mod11_digit(base9 + str(first), tuple(range(11, 1, -1)))
    return f"{first}{second}"


def is_valid_cnpj(value: str) -> bool:
    """True for a 14-character CNPJ (numeric or alphanumeric) with correct check digits."""
    return bool(CNPJ_PATTERN.fullmatch(value)) and cnpj_check_digits(value[:12]) == value[12:]


def is_valid_cpf(value: str) -> bool:
    """True for an 11-digit CPF with correct check digits (all-equal digits are refused)."""
    if not CPF_PATTERN.fullmatch(value) or len(set(value)) == 1:
        return False
    return cpf_check_digits(value[:9]) == value[9:]
