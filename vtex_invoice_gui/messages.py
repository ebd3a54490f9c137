"""Sentences for the clerk that the UI can word in the clerk's language: English text plus a code.

Core modules have no Qt, so they cannot translate. Instead every clerk-facing sentence they
produce is a :class:`Message`: a ``str`` (the English sentence, so every existing caller, test
and log line keeps working) that also carries a stable ``code`` and the raw ``params`` it was
filled from. The UI (``vtex_invoice_gui.ui.text.core_text``) looks the code up in its table of
translatable templates and fills them from ``params`` with the locale's number formats; for a
code it does not know it shows the English text.

A message with placeholders is a template: ``MSG.format(size_mb=1.5)`` gives a new
:class:`Message` with the same code, the English filled in, and ``params`` holding the values
(``str.format`` semantics, format specs included). Concatenating or f-formatting a message gives
a plain ``str`` without a code, so attach codes where the whole sentence is built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

__all__ = ["Message", "message_of", "parse_message"]

_FIELD = re.compile(r"\{(\w+)(?:[:!][^{}]*)?\}")


class Message(str):
    """An English sentence for the clerk with a stable ``code`` and its ``params``.

    ``Message("The file is empty.", "nfe.empty")``; with values, write the template and
    :meth:`format` it. An empty code means "no translation known": the UI shows the English.
    """

    code: str
    params: Mapping[str, Any]

    def __new__(cls, text: str, code: str = "", params: Mapping[str, Any] | None = None) -> Message:
        self = super().__new__(cls, text)
        self.code = code
        self.params = MappingProxyType(dict(params or {}))
        return self

    def format(self, *args: Any, **params: Any) -> Message:  # type: ignore[override]
        """The template filled in (English), keeping the code and remembering the values."""
        return Message(str.format(self, *args, **params), self.code, params)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (str(self), self.code, dict(self.params)))

    def __repr__(self) -> str:
        return f"Message({str(self)!r}, code={self.code!r})"


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

    For text that was stored as plain text (a journal note): the first template whose pattern
    matches the whole text gives the code, its placeholders the params (as text). None when
    no template matches.
    """
    if not text:
        return None
    candidates = templates.values() if isinstance(templates, Mapping) else templates
    for template in candidates:
        match = _pattern(template).fullmatch(text)
        if match:
            return Message(text, template.code, match.groupdict())
    return None
