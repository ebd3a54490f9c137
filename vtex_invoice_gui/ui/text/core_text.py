"""Sentences from the core (no Qt, English) in the clerk's language.

Core modules attach a stable code and the raw values to each clerk-facing sentence
(:class:`~vtex_invoice_gui.messages.Message`, a ``str``): form-field problems, money typed
wrong, NF-e files refused, access-key problems, account names, where the key is kept, journal
errors and notes, reconciliation outcomes, start-up notes. :func:`translate` looks the code up in
:data:`~vtex_invoice_gui.wording.TEMPLATES`, translates that template in the ``CoreText`` context, and
fills its ``{name}`` placeholders from the params: numbers and quantities with the locale's
separators (``1,5`` in pt_BR), ``*_cents`` as money, nested messages translated in turn, and
core words (NF-e field names, journal states) through :data:`~vtex_invoice_gui.wording.PHRASES`.

Anything else is shown as the core wrote it: a plain ``str``, a message whose code the table does
not know, or any message while no translation is installed (English stays the core's, its amounts
written as the locale's money).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ...fill import fill
from ...journal.models import JournalEntry
from ...journal.notes import note_message
from ...messages import Message, english, message_of
from ...wording import CONTEXT, PHRASES, TEMPLATES, context_of
from .formatting import money_text

__all__ = [
    "CONTEXT", "decimal_text", "entry_note_text", "note_text", "quantity_text", "translate", "translate_problems", "translating",
]

_FIRST = re.compile(r"\{(\w+)\}")
#: Params whose text values are English words of the core (NF-e field names, key parts, states).
_PHRASE_PARAMS = frozenset({"what", "field", "part", "state", "target"})


def translate(message: object, locale: QLocale | None = None) -> str:
    """``message`` (a :class:`Message`, an exception raised with one, or any text) in the UI language."""
    found = message_of(message)
    if not isinstance(found, Message) or not found.code:
        return str(found)
    source = TEMPLATES.get(_code(found))
    if source is None:
        return str(found)
    translated = QCoreApplication.translate(context_of(_code(found)), source)
    if translated == source:  # no translation installed: the core's English, exactly as it wrote it,
        if not any(name.endswith("_cents") for name in found.params):
            return str(found)
        shown = locale or QLocale()  # but amounts are money in the locale's way, as everywhere in the UI
        return english(found.code, found.params, money=lambda cents, currency: money_text(cents, currency, shown))
    return _fill(translated, _shown_params(found, locale or QLocale()))


def translate_problems(problems: Mapping[str, str]) -> dict[str, str]:
    """A ``{field: message}`` dict (``field_problems()``) with every message translated."""
    return {key: translate(message) for key, message in problems.items()}


def note_text(text: str | None) -> str:
    """A journal note (or error text) the desk wrote, in the UI language; other text as it is."""
    found = note_message(text)
    return translate(found) if found is not None else (text or "")


def entry_note_text(entry: JournalEntry) -> str:
    """A journal row's note in the UI language: from its code and params, or (a row written before
    notes had codes) read back from its English; other text as it is."""
    found = entry.note_message
    return translate(found) if found is not None else (entry.note or "")


def decimal_text(value: Decimal | int | str, locale: QLocale | None = None) -> str:
    """An exact decimal number (a quantity) with the locale's separators: ``1.5`` -> ``1,5`` in pt_BR."""
    locale = locale or QLocale()
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    text = f"{number.normalize():f}"
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    shown = locale.toString(int(whole)) if len(whole) <= 15 else whole
    return f"{sign}{shown}{locale.decimalPoint() + fraction if fraction else ''}"


def translating() -> bool:
    """Whether a catalog that knows the core's sentences is installed (pt_BR, es; not English)."""
    source = TEMPLATES["money.empty"]
    return QCoreApplication.translate(CONTEXT, source) != source


def quantity_text(value: Decimal | int | str, locale: QLocale | None = None) -> str:
    """A quantity as the UI's sentences show it: the locale's separators when the UI is translated
    (``1,5`` in pt_BR), else plain digits as in the core's English (``1.5``)."""
    if not translating():
        return f"{value.normalize():f}" if isinstance(value, Decimal) else str(value)
    return decimal_text(value, locale)


def _phrase(english: str) -> str:
    source = PHRASES.get(english)
    return english if source is None else QCoreApplication.translate(CONTEXT, source)


def _code(message: Message) -> str:
    """The table entry for a message: pydantic's "at least 1" checks read better as "required"."""
    code, params = message.code, message.params
    if code == "pydantic.string_too_short" and params.get("min_length") == 1:
        return "pydantic.required"
    if code == "pydantic.too_short" and params.get("min_length") == 1:
        return "pydantic.too_short_one"
    return code


def _shown(name: str, value: Any, params: Mapping[str, Any], locale: QLocale) -> str:
    """One param as the clerk reads it."""
    if isinstance(value, Message | BaseException):
        return translate(value, locale)
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        if name.endswith("_cents"):
            return money_text(value, str(params.get("currency") or "BRL"), locale)
        return str(value)
    if isinstance(value, float):
        return locale.toString(value, "f", 0 if value.is_integer() else 1)
    if isinstance(value, Decimal):
        return decimal_text(value, locale)
    if isinstance(value, tuple | list):
        return ", ".join(_shown(name, item, params, locale) for item in value)
    text = str(value)
    return _phrase(text) if name in _PHRASE_PARAMS else text


def _shown_params(message: Message, locale: QLocale) -> dict[str, str]:
    params = message.params
    shown = {name: _shown(name, value, params, locale) for name, value in params.items()}
    code = message.code
    if code == "payload.invoice_number_characters" and "characters" in params:
        shown["found"] = " ".join(_phrase("space") if c == " " else repr(c) for c in params["characters"])
    elif code == "money.grouping":
        shown["group"] = str(params.get("group_sep", "")).strip() or _phrase("space")
    elif code == "money.format":
        separator = str(params.get("group_sep", ""))
        shown["groups"] = _phrase("a space") if separator == " " else f"'{separator}'"
    elif code in ("pydantic.literal_error", "pydantic.enum"):
        shown["expected"] = str(params.get("expected", "")).replace("' or '", f"' {_phrase('or')} '")
    return shown


def _fill(template: str, shown: Mapping[str, str]) -> str:
    """``template`` filled by :func:`~vtex_invoice_gui.fill.fill`; a value that starts the sentence
    (or fills an upper-case placeholder such as ``{What}``) gets a capital first letter."""
    first = _FIRST.match(template)
    starts = first.group(1) if first else ""
    return fill(
        template,
        **{
            name: text[:1].upper() + text[1:] if name == starts or name[:1].isupper() else text
            for name, text in shown.items()
        },
    )
