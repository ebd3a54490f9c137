"""Small helpers that read typed values out of NF-e elements, raising NfeError on bad input.

Element lookups match the local name in the NF-e namespace or in no namespace at all, so
files that dropped the namespace still read, while the xmldsig ``Signature`` is ignored.
"""

from __future__ import annotations

import functools

import re
from datetime import datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from xml.etree.ElementTree import Element

from .errors import MSG_INVALID, MSG_ITEM_INVALID, MSG_ITEM_MISSING, MSG_MISSING_FIELD, NfeError, excerpt

NFE_NAMESPACE = "http://www.portalfiscal.inf.br/nfe"
#: Brasília time, used for dates without a time (``dEmi``) and times without an offset.
BRASILIA = timezone(timedelta(hours=-3), "BRT")

_DECIMAL = re.compile(r"[0-9]{1,15}(\.[0-9]{1,10})?")
_INTEGER = re.compile(r"[0-9]{1,15}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})?"
)
_CENT = Decimal("0.01")


def split_tag(tag: object) -> tuple[str, str]:
    """``(namespace, local name)`` of an element tag; comments and PIs give ``("", "")``."""
    if not isinstance(tag, str):
        return "", ""
    return _split_name(tag)


@functools.lru_cache(maxsize=1024)  # an NF-e has a few dozen distinct tags, met thousands of times
def _split_name(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def is_nfe(element: Element, local: str) -> bool:
    namespace, name = split_tag(element.tag)
    return name == local and namespace in (NFE_NAMESPACE, "")


def child(parent: Element | None, local: str) -> Element | None:
    if parent is None:
        return None
    for element in parent:
        if is_nfe(element, local):
            return element
    return None


def children(parent: Element | None, local: str) -> list[Element]:
    if parent is None:
        return []
    return [element for element in parent if is_nfe(element, local)]


def path(parent: Element | None, *locals_: str) -> Element | None:
    element = parent
    for local in locals_:
        element = child(element, local)
    return element


def text(element: Element | None) -> str | None:
    """Stripped text of an element; None when the element is absent or empty."""
    if element is None or element.text is None:
        return None
    value = element.text.strip()
    return value or None


class FieldReader:
    """Reads required and optional typed values, naming the field in every error.

    ``item`` set means the values belong to that item number (for the messages).
    """

    def __init__(self, item: int | None = None) -> None:
        self.item = item

    def _missing(self, what: str, where: str) -> NfeError:
        if self.item is None:
            return NfeError(MSG_MISSING_FIELD.format(field=what, path=where))
        return NfeError(MSG_ITEM_MISSING.format(what=what, path=where, item=self.item))

    def invalid(self, what: str, where: str, value: str) -> NfeError:
        shown = excerpt(value)
        if self.item is None:
            return NfeError(MSG_INVALID.format(what=what, path=where, value=shown))
        return NfeError(MSG_ITEM_INVALID.format(what=what, path=where, value=shown, item=self.item))

    def required(self, element: Element | None, what: str, where: str) -> str:
        value = text(element)
        if value is None:
            raise self._missing(what, where)
        return value

    def integer(self, element: Element | None, what: str, where: str) -> int:
        value = self.required(element, what, where)
        if not _INTEGER.fullmatch(value):
            raise self.invalid(what, where, value)
        return int(value)

    def optional_integer(self, element: Element | None, what: str, where: str) -> int | None:
        return None if text(element) is None else self.integer(element, what, where)

    def decimal(self, element: Element | None, what: str, where: str) -> Decimal:
        value = self.required(element, what, where)
        if not _DECIMAL.fullmatch(value):
            raise self.invalid(what, where, value)
        return Decimal(value)

    def cents(self, element: Element | None, what: str, where: str) -> int:
        """A decimal amount in reais as integer cents, rounded half up (never float)."""
        return to_cents(self.decimal(element, what, where))

    def optional_cents(self, element: Element | None, what: str, where: str) -> int:
        return 0 if text(element) is None else self.cents(element, what, where)

    def date_time(self, element: Element | None, what: str, where: str) -> tuple[datetime, bool]:
        """An ISO date-time; returns ``(value, had_offset)``. No offset means Brasília."""
        value = self.required(element, what, where)
        if not _DATETIME.fullmatch(value):
            raise self.invalid(what, where, value)
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise self.invalid(what, where, value) from None
        if parsed.tzinfo is None:
            return parsed.replace(tzinfo=BRASILIA), False
        return parsed, True

    def date_at_midnight(self, element: Element | None, what: str, where: str) -> datetime:
        """A date-only value (old ``dEmi``) as midnight in Brasília time (-03:00)."""
        value = self.required(element, what, where)
        if not _DATE.fullmatch(value):
            raise self.invalid(what, where, value)
        try:
            day = datetime.fromisoformat(value).date()
        except ValueError:
            raise self.invalid(what, where, value) from None
        return datetime.combine(day, time(0, 0), tzinfo=BRASILIA)


def to_cents(amount: Decimal) -> int:
    """Reais to integer cents, ROUND_HALF_UP, exact."""
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def xml_text_bytes(xml_text: str) -> bytes:
    """Decoded XML text (an NF-e's ``xml_text``, an order's ``embeddedInvoice``) as UTF-8 bytes.

    The XML declaration is dropped: it may name another encoding than the one now used.
    """
    return re.sub(r"^\ufeff?\s*<\?xml[^>]*\?>", "", xml_text).encode("utf-8")


def cents_text(cents: int) -> str:
    """Integer cents as NF-e decimal text, e.g. 12345 -> '123.45'."""
    return str((Decimal(cents) / 100).quantize(_CENT))
