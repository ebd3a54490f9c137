"""Money typed by a clerk, in the clerk's locale, turned into integer cents exactly (and back).

No float ever touches an amount: the text is checked character by character, the digits are read
with :class:`decimal.Decimal`, and anything ambiguous (a misplaced thousands separator, a third
decimal digit) is refused with a sentence that says what to type instead. Qt supplies the locale's
separators (``QLocale().decimalPoint()``, ``groupSeparator()``); this module never imports Qt.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .messages import Message

# Spaces a locale may use as a group separator (French, Swedish...) or that a paste brings along.
_SPACES = {" ", "\u00a0", "\u202f", "\u2009"}
# A currency sign or code in front of or after the number: R$, US$, $, €, BRL, ARS...
_CURRENCY = re.compile(r"^(?:[A-Za-z]{0,3}\$|[€£¥]|[A-Z]{3})\s*|\s*(?:[A-Za-z]{0,3}\$|[€£¥]|[A-Z]{3})$")


class MoneyError(ValueError):
    """The text is not an amount; the message says what to type instead.

    Its argument is a :class:`~vtex_invoice_gui.messages.Message` (code ``money.*``, params
    ``text``, ``decimal_sep``, ``group_sep``...), so the UI can say it in the clerk's language.
    """


MSG_EMPTY = Message("money.empty")
MSG_TWO_DECIMAL_SEPARATORS = Message("money.two_decimal_separators")
MSG_NO_CENTS = Message("money.no_cents")
MSG_TOO_MANY_DECIMALS = Message("money.too_many_decimals")
MSG_GROUPING = Message("money.grouping")
MSG_FORMAT = Message("money.format")
MSG_NOT_A_NUMBER = Message("money.not_a_number")


def parse_money(text: str, decimal_sep: str = ",", group_sep: str = ".") -> int:
    """Parse ``text`` written with the given separators into integer cents.

    Accepts an optional sign and currency sign (``R$ 1.234,56``), grouped or plain digits
    (``1.234,56`` or ``1234,56``), and zero to two decimal digits (``12``, ``12,5``, ``12,50``).
    Raises :class:`MoneyError` for anything else, including more than two non-zero decimals.
    """
    if decimal_sep == group_sep:
        raise ValueError("The decimal and group separators must differ.")
    cleaned = (text or "").strip()
    if not cleaned:
        raise MoneyError(MSG_EMPTY)
    negative = False
    if cleaned[0] in "-\u2212":
        negative, cleaned = True, cleaned[1:].strip()
    cleaned = _CURRENCY.sub("", cleaned).strip()
    if cleaned[:1] in ("-", "\u2212"):
        negative, cleaned = True, cleaned[1:].strip()
    if group_sep in _SPACES or group_sep.isspace():
        cleaned = "".join(" " if c in _SPACES else c for c in cleaned)
        group_sep = " "
    if not cleaned:
        raise MoneyError(MSG_EMPTY)

    whole, sep, fraction = cleaned.partition(decimal_sep)
    if sep and decimal_sep in fraction:
        raise MoneyError(MSG_TWO_DECIMAL_SEPARATORS.format(text=text.strip(), decimal_sep=decimal_sep))
    if group_sep in fraction:
        raise MoneyError(_format_hint(text, decimal_sep, group_sep))
    if sep and not fraction:
        raise MoneyError(MSG_NO_CENTS.format(decimal_sep=decimal_sep))
    whole_digits = _whole_digits(whole, text, decimal_sep, group_sep)
    if fraction and not (fraction.isascii() and fraction.isdigit()):
        raise MoneyError(_not_a_number(text, decimal_sep))
    if len(fraction) > 2:
        if fraction[2:].strip("0"):
            raise MoneyError(MSG_TOO_MANY_DECIMALS)
        fraction = fraction[:2]
    try:
        amount = Decimal(f"{whole_digits or '0'}.{fraction or '0'}")
    except InvalidOperation:  # pragma: no cover - the checks above leave only digits
        raise MoneyError(_not_a_number(text, decimal_sep)) from None
    cents = int(amount * 100)
    return -cents if negative else cents


def _whole_digits(whole: str, text: str, decimal_sep: str, group_sep: str) -> str:
    """The integer part's digits, after checking where the thousands separators stand."""
    if not whole:
        return "0"
    if group_sep not in whole:
        if not (whole.isascii() and whole.isdigit()):
            if any(c in ".,'" for c in whole):
                raise MoneyError(_format_hint(text, decimal_sep, group_sep))
            raise MoneyError(_not_a_number(text, decimal_sep))
        return whole
    groups = whole.split(group_sep)
    head, rest = groups[0], groups[1:]
    valid = all(g.isascii() and g.isdigit() for g in groups) and 1 <= len(head) <= 3 and all(len(g) == 3 for g in rest)
    if not valid:
        raise MoneyError(
            MSG_GROUPING.format(
                text=text.strip(), group=group_sep.strip() or "space", group_sep=group_sep, decimal_sep=decimal_sep
            )
        )
    return "".join(groups)


def _format_hint(text: str, decimal_sep: str, group_sep: str) -> Message:
    groups = "a space" if group_sep == " " else f"'{group_sep}'"
    return MSG_FORMAT.format(
        text=text.strip(),
        decimal_sep=decimal_sep,
        groups=groups,
        group_sep=group_sep,
        example=format_cents(123456, decimal_sep, group_sep),
    )


def _not_a_number(text: str, decimal_sep: str) -> Message:
    return MSG_NOT_A_NUMBER.format(text=text.strip(), decimal_sep=decimal_sep)


def format_cents(cents: int, decimal_sep: str = ",", group_sep: str = ".", *, grouping: bool = True) -> str:
    """Format integer cents as text with the given separators: ``123456`` -> ``1.234,56``."""
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise TypeError("format_cents takes integer cents")
    sign = "-" if cents < 0 else ""
    whole, fraction = divmod(abs(cents), 100)
    digits = str(whole)
    if grouping and group_sep:
        parts = []
        while len(digits) > 3:
            parts.insert(0, digits[-3:])
            digits = digits[:-3]
        parts.insert(0, digits)
        digits = group_sep.join(parts)
    return f"{sign}{digits}{decimal_sep}{fraction:02d}"


def cents_to_decimal(cents: int) -> Decimal:
    """The amount as a Decimal of currency units (for display APIs that want a number)."""
    return Decimal(cents).scaleb(-2)
