"""What the core says to the clerk: a stable code and its parameters, worded by one table.

Core modules have no Qt and write no sentences. Every clerk-facing sentence they produce is a
:class:`Message`: a ``code`` (``"nfe.too_large"``) and the raw ``params`` (``size_mb=1.5``). Its
wording lives once, in :data:`vtex_invoice_gui.wording.TEMPLATES`: the Qt layer translates the
template there (``vtex_invoice_gui.ui.text.core_text``), and the command line and the logs read
the English rendering, which is the message's ``str`` (so every caller that prints, logs or
compares the text keeps working). Both fill ``{name}`` placeholders with
:func:`vtex_invoice_gui.fill.fill`.

A message without params is a template: ``MSG.format(size_mb=1.5)`` gives the filled message with
the same code. A message may carry foreign English instead of a template (pydantic's own
sentences, ``text=``): the Qt layer still translates it by its code. Concatenating or f-formatting
a message gives a plain ``str`` without a code, so attach codes where the whole sentence is built.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from .fill import fill
from .wording import ENGLISH_FORMATS, TEMPLATES

__all__ = ["Message", "english", "english_money", "message_of", "parse_message"]

_FIELD = re.compile(r"\{(\w+)\}")


class Message(str):
    """A sentence for the clerk: ``code`` and ``params``; as a ``str``, its English rendering.

    ``Message("nfe.empty")``; with values, ``Message("nfe.too_large").format(size_mb=2.5, ...)``.
    ``text=`` gives English that is not in the table (pydantic's); an empty code means "no
    translation known": the UI shows that English.
    """

    code: str
    params: Mapping[str, Any]

    def __new__(cls, code: str = "", params: Mapping[str, Any] | None = None, *, text: str | None = None) -> Message:
        if text is None:
            if code not in TEMPLATES:
                raise KeyError(f"no template for the message code {code!r} (add it to vtex_invoice_gui/wording/)")
            text = english(code, params or {})
        self = super().__new__(cls, text)
        self.code = code
        self.params = MappingProxyType(dict(params or {}))
        return self

    def format(self, *args: Any, **params: Any) -> Message:  # type: ignore[override]
        """The template filled in, keeping the code and remembering the values."""
        if args:
            raise TypeError("a Message is filled by name: format(name=value)")
        return Message(self.code, params)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.code, dict(self.params), str(self)))

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {dict(self.params)!r})"


def _rebuild(code: str, params: dict[str, Any], text: str) -> Message:
    return Message(code, params, text=text)


def english(code: str, params: Mapping[str, Any], money: Callable[[int, str], str] | None = None) -> str:
    """The English of ``code``'s template filled from ``params`` (an upper-case ``{What}`` gets a capital).

    Integer params named ``*_cents`` are amounts in ``params["currency"]`` (BRL when absent), written
    by ``money(cents, currency)``: by default ``R$ 1,234.56``; the Qt layer passes the locale's money.
    """
    formats = ENGLISH_FORMATS.get(code, {})
    currency = str(params.get("currency") or "BRL")
    shown = {
        name: (money or english_money)(value, currency)
        if _is_amount(name, value)
        else _english_value(value, formats.get(name, ""))
        for name, value in params.items()
    }
    shown = {name: text[:1].upper() + text[1:] if name[:1].isupper() else text for name, text in shown.items()}
    return fill(TEMPLATES[code], **shown)


def english_money(cents: int, currency: str = "BRL") -> str:
    """An amount in cents as the core's English writes it: ``R$ 1,234.56`` (another currency by its code)."""
    whole, fraction = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    return f"{'R$' if currency == 'BRL' else currency} {sign}{whole:,}.{fraction:02d}"


def _is_amount(name: str, value: Any) -> bool:
    return name.endswith("_cents") and isinstance(value, int) and not isinstance(value, bool)


def _english_value(value: Any, spec: str) -> str:
    if isinstance(value, tuple | list):
        return ", ".join(_english_value(item, spec) for item in value)
    if spec and isinstance(value, int | float):
        return format(value, spec)
    if isinstance(value, Decimal):
        return format(value, "f")  # 10, not 1E+1, for a normalized quantity
    return str(value)


def message_of(value: object) -> Message | str:
    """The :class:`Message` an exception (its first argument) or a value carries, else ``str(value)``."""
    if isinstance(value, Message):
        return value
    if isinstance(value, BaseException) and len(value.args) == 1 and isinstance(value.args[0], Message):
        message = value.args[0]
        return message if str(message) == str(value) else str(value)
    return str(value)


def _pattern(template: str) -> re.Pattern[str]:
    parts, last = [], 0
    for match in _FIELD.finditer(template):
        parts.append(re.escape(template[last : match.start()]))
        parts.append(f"(?P<{match.group(1)}>.+?)")
        last = match.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts), re.DOTALL)


def parse_message(text: str | None, templates: Mapping[str, Message] | Iterable[Message]) -> Message | None:
    """Rebuild the :class:`Message` behind ``text`` from the ``templates`` it may have come from.

    For text that was stored as plain English (a journal note of an older version): the first
    template whose pattern matches the whole text gives the code, its placeholders the params
    (as text). None when no template matches.
    """
    if not text:
        return None
    candidates = templates.values() if isinstance(templates, Mapping) else templates
    for template in candidates:
        match = _pattern(TEMPLATES[template.code]).fullmatch(text)
        if match:
            return Message(template.code, match.groupdict(), text=text)
    return None
