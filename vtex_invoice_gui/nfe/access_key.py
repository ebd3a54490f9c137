"""The 44-character NF-e access key (chave de acesso): offline checks and helpers.

Layout: ``cUF(2) AAMM(4) CNPJ(14) mod(2) serie(3) nNF(9) tpEmis(1) cNF(8) cDV(1)``.
Positions 7-18 (the first 12 characters of the CNPJ) may hold capital letters since the
alphanumeric CNPJ (production from July 2026); everything else is digits. The check digit is
mod-11 with weights 2..9 from right to left, each character counting as ``ord(c) - 48``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ..messages import Message
from .documents import is_valid_cnpj, is_valid_cpf

KEY_LENGTH = 44

#: IBGE codes of the 27 Brazilian federative units (SP is 35; 34 does not exist).
UF_CODES: frozenset[int] = frozenset(
    {11, 12, 13, 14, 15, 16, 17, 21, 22, 23, 24, 25, 26, 27, 28, 29,
     31, 32, 33, 35, 41, 42, 43, 50, 51, 52, 53}
)  # fmt: skip
NFE_MODELS = frozenset({55, 65})

# 1-based inclusive positions of each part, and how a clerk would call it.
_PARTS: tuple[tuple[str, int, int, str], ...] = (
    ("state", 1, 2, "state code (cUF)"),
    ("year_month", 3, 6, "year and month (AAMM)"),
    ("cnpj", 7, 20, "emitter CNPJ"),
    ("model", 21, 22, "model"),
    ("series", 23, 25, "series"),
    ("number", 26, 34, "invoice number"),
    ("emission_type", 35, 35, "emission type (tpEmis)"),
    ("random_code", 36, 43, "random code (cNF)"),
    ("check_digit", 44, 44, "check digit"),
)
_ALNUM_POSITIONS = range(7, 19)  # 1-based positions 7..18 may be capital letters
_SEPARATORS = re.compile(r"[\s.\-/_]+")
_MAX_CHARACTER_PROBLEMS = 3

# Each problem is a Message with a code (``nfe_key.*``) so the UI can say it in the clerk's language.
MSG_EMPTY = Message("nfe_key.empty")
MSG_LENGTH = Message("nfe_key.length")
MSG_LENGTH_WITH_HINT = Message("nfe_key.length_hint")
MSG_CHARACTER_DIGIT = Message("nfe_key.character_digit")
MSG_CHARACTER_CNPJ = Message("nfe_key.character_cnpj")
MSG_MORE_CHARACTERS = Message("nfe_key.more_characters")
MSG_STATE = Message("nfe_key.state")
MSG_MONTH = Message("nfe_key.month")
MSG_CNPJ = Message("nfe_key.cnpj")
MSG_MODEL = Message("nfe_key.model")
MSG_NUMBER_ZERO = Message("nfe_key.number_zero")
MSG_EMISSION_TYPE = Message("nfe_key.emission_type")
MSG_CHECK_DIGIT = Message("nfe_key.check_digit")


@dataclass(frozen=True, slots=True)
class AccessKeyParts:
    """The parts of a 44-character key, as text exactly as they appear in the key."""

    state: str
    year_month: str
    cnpj: str
    model: str
    series: str
    number: str
    emission_type: str
    random_code: str
    check_digit: str


def split_access_key(key: str) -> AccessKeyParts:
    """Cut a 44-character key into its parts (no validation beyond the length)."""
    if len(key) != KEY_LENGTH:
        raise ValueError(MSG_LENGTH.format(length=len(key)))
    return AccessKeyParts(**{name: key[start - 1 : end] for name, start, end, _ in _PARTS})


def compute_check_digit(first43: str) -> int:
    """Mod-11 check digit over the first 43 characters (weights 2..9 from the right)."""
    if len(first43) != KEY_LENGTH - 1:
        raise ValueError("the check digit is computed over exactly 43 characters")
    total = 0
    weight = 2
    for char in reversed(first43):
        total += (ord(char) - 48) * weight
        weight = 2 if weight == 9 else weight + 1
    remainder = total % 11
    return 0 if remainder < 2 else 11 - remainder


def normalize_access_key(text: str) -> str:
    """Clean up a pasted key: drop an 'NFe' prefix, spaces, dots, dashes and slashes.

    Letters are upper-cased (only capitals are valid). The result is not validated; pass it
    to :func:`check_access_key`.
    """
    cleaned = _SEPARATORS.sub("", text)
    if cleaned[:3].upper() == "NFE":
        cleaned = cleaned[3:]
    return cleaned.upper()


def make_access_key(
    *,
    state_code: int,
    issued_at: datetime,
    emitter_document: str,
    model: int,
    series: int,
    number: int,
    emission_type: int,
    random_code: str,
) -> str:
    """Build a key with a correct check digit; a CPF emitter is padded as '000' + CPF."""
    document = emitter_document.rjust(14, "0")
    first43 = (
        f"{state_code:02d}{issued_at:%y%m}{document}{model:02d}{series:03d}"
        f"{number:09d}{emission_type:d}{random_code:0>8}"
    )
    if len(first43) != KEY_LENGTH - 1:
        raise ValueError("a key part is too long")
    return first43 + str(compute_check_digit(first43))


def _part_name(position: int) -> str:
    for _name, start, end, label in _PARTS:
        if start <= position <= end:
            return label
    return "?"


def _character_problems(key: str) -> list[str]:
    problems: list[str] = []
    for position, char in enumerate(key, start=1):
        if position in _ALNUM_POSITIONS:
            if not ("0" <= char <= "9" or "A" <= char <= "Z"):
                problems.append(
                    MSG_CHARACTER_CNPJ.format(
                        position=position, part=_part_name(position), char=char
                    )
                )
        elif not "0" <= char <= "9":
            problems.append(
                MSG_CHARACTER_DIGIT.format(position=position, part=_part_name(position), char=char)
            )
    if len(problems) > _MAX_CHARACTER_PROBLEMS:
        extra = len(problems) - _MAX_CHARACTER_PROBLEMS
        problems = [*problems[:_MAX_CHARACTER_PROBLEMS], MSG_MORE_CHARACTERS.format(count=extra)]
    return problems


def _is_valid_key_document(value: str) -> bool:
    if is_valid_cnpj(value):
        return True
    # A CPF emitter (e.g. a rural producer) is written as '000' + the 11-digit CPF.
    return value.startswith("000") and is_valid_cpf(value[3:])


def check_access_key(key: str) -> list[str]:
    """Problems with a key, each a plain sentence; an empty list means the key is valid.

    The key must already be clean (see :func:`normalize_access_key`). A model other than
    55/65 and a CNPJ with wrong check digits are reported too.
    """
    if not key:
        return [MSG_EMPTY]
    if len(key) != KEY_LENGTH:
        hint = len(normalize_access_key(key)) == KEY_LENGTH
        return [(MSG_LENGTH_WITH_HINT if hint else MSG_LENGTH).format(length=len(key))]
    character_problems = _character_problems(key)
    if character_problems:
        return character_problems
    parts = split_access_key(key)
    problems: list[str] = []
    if int(parts.state) not in UF_CODES:
        problems.append(MSG_STATE.format(value=parts.state))
    if not 1 <= int(parts.year_month[2:]) <= 12:
        problems.append(MSG_MONTH.format(value=parts.year_month[2:]))
    if not _is_valid_key_document(parts.cnpj):
        problems.append(MSG_CNPJ.format(value=parts.cnpj))
    if int(parts.model) not in NFE_MODELS:
        problems.append(MSG_MODEL.format(value=parts.model))
    if int(parts.number) == 0:
        problems.append(MSG_NUMBER_ZERO)
    if parts.emission_type == "0":
        problems.append(MSG_EMISSION_TYPE)
    expected = compute_check_digit(key[:-1])
    if int(parts.check_digit) != expected:
        problems.append(MSG_CHECK_DIGIT.format(given=parts.check_digit, expected=expected))
    return problems
