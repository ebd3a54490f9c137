"""Match an NF-e's product lines to a VTEX order's items, and say what a clerk should check.

Pure core (no Qt). The matching itself (``map_items``, :class:`ItemMapping`, the invoice lines)
is in :mod:`.matching` and exported here too; this module adds the findings.

``prefill_findings`` lists what to check before sending, as :class:`Finding`: a short code and a
:class:`~vtex_invoice_gui.messages.Message` (its wording in ``wording/findings.py``, its raw values
for the UI to word in its language); ``prefill_warnings`` gives them as ``(code, message)`` pairs.
None of them blocks sending.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..messages import Message
from ..vtex.order import Order
from .matching import ItemMapping, LineMatch, MatchedBy, SuggestedLine, available_quantities, map_items
from .model import NfeDocument, NfeItem

__all__ = [
    "Finding",
    "ItemMapping",
    "LineMatch",
    "MatchedBy",
    "SuggestedLine",
    "available_quantities",
    "map_items",
    "prefill_findings",
    "prefill_warnings",
]

MSG_KEY_PROBLEM = Message("nfe_finding.key_problem")
MSG_TOTAL_DIFFERS = Message("nfe_finding.total_differs")
MSG_TOTAL_DIFFERS_RETURN = Message("nfe_finding.total_differs_return")
MSG_RECIPIENT_MISSING = Message("nfe_finding.recipient_missing")
MSG_RECIPIENT_MISMATCH = Message("nfe_finding.recipient_mismatch")
MSG_UNMATCHED_ITEMS = Message("nfe_finding.unmatched_items")
MSG_MORE_LINES = Message("nfe_finding.more_lines")
MSG_AMBIGUOUS_ITEM = Message("nfe_finding.ambiguous_item")
MSG_QUANTITY_NOT_WHOLE = Message("nfe_finding.quantity_not_whole")
MSG_MERGED_LINES = Message("nfe_finding.merged_lines")
MSG_ABOVE_REMAINING = Message("nfe_finding.quantity_above_remaining")
MSG_ABOVE_RETURNABLE = Message("nfe_finding.quantity_above_returnable")


# -- findings ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Finding:
    """Something to check before sending: a stable ``code`` (``total_differs``) and the
    :class:`Message` that says it (a code of ``wording/findings.py`` and the raw values in it;
    amounts in cents under names ending in ``_cents``). Its English is ``str(message)``."""

    code: str
    message: Message

    def __post_init__(self) -> None:
        if not isinstance(self.message, Message) or not self.message.code:
            raise TypeError(f"a finding is said by a Message with a code, not {self.message!r}")

    @property
    def params(self) -> Mapping[str, Any]:
        """The values in the message (the UI words them in its language)."""
        return self.message.params

    def as_pair(self) -> tuple[str, Message]:
        return self.code, self.message


def _document_key(value: str | None) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value or "").upper().lstrip("0")


def _reader_findings(doc: NfeDocument) -> list[Finding]:
    found = [Finding(code, message) for code, message in doc.warnings()]
    found += [Finding("key_problem", MSG_KEY_PROBLEM.format(problem=p)) for p in doc.key_problems]
    return found


#: Unmatched lines named in the warning; the rest are counted.
LISTED_LINES = 10


def _line_label(item: NfeItem) -> str:
    return f"{item.number} ({item.code} {item.description})"


def _mapping_findings(order: Order, mapping: ItemMapping) -> list[Finding]:
    found: list[Finding] = []
    unmatched = [line for line in mapping.unmatched if not line.ambiguous]
    if unmatched:
        labels: str = ", ".join(_line_label(line.item) for line in unmatched[:LISTED_LINES])
        if len(unmatched) > LISTED_LINES:
            labels = MSG_MORE_LINES.format(lines=labels, count=len(unmatched) - LISTED_LINES)
        found.append(Finding("unmatched_items", MSG_UNMATCHED_ITEMS.format(count=len(unmatched), lines=labels)))
    for line in mapping.unmatched:
        if line.ambiguous:
            skus = ", ".join(dict.fromkeys(order.items[i].id for i in line.candidates))
            found.append(Finding("ambiguous_item", MSG_AMBIGUOUS_ITEM.format(line=_line_label(line.item), skus=skus)))
    for suggested in mapping.suggested_lines(order):
        group = [mapping.lines[p] for p in suggested.positions]
        numbers = ", ".join(str(line.item.number) for line in group)
        sku = suggested.sku_id
        found += [_not_whole(line, sku) for line in group if line.whole_quantity is None]
        if len(group) > 1:
            found.append(Finding("merged_lines", MSG_MERGED_LINES.format(lines=numbers, sku=sku)))
    return found


def _not_whole(line: LineMatch, sku: str) -> Finding:
    message = MSG_QUANTITY_NOT_WHOLE.format(
        line=_line_label(line.item), quantity=line.item.quantity.normalize(), unit=line.item.unit or "", sku=sku
    )
    return Finding("quantity_not_whole", message)


def _quantity_findings(doc: NfeDocument, order: Order, mapping: ItemMapping) -> list[Finding]:
    available = available_quantities(order, doc.invoice_type)
    per_sku: dict[str, int] = {}
    for index, item in enumerate(order.items):
        per_sku[item.id] = per_sku.get(item.id, 0) + available.get(index, 0)
    above = MSG_ABOVE_RETURNABLE if doc.invoice_type == "Input" else MSG_ABOVE_REMAINING
    found = []
    for suggested in mapping.suggested_lines(order):
        left = per_sku.get(suggested.sku_id, 0)
        if suggested.quantity > left:
            message = above.format(
                sku=suggested.sku_id, name=suggested.description or "", quantity=suggested.quantity, remaining=left
            )
            found.append(Finding("quantity_above_remaining", message))
    return found


def _order_findings(doc: NfeDocument, order: Order) -> list[Finding]:
    found = []
    money = {"total_cents": doc.total_cents, "currency": order.currency_code}
    if doc.invoice_type == "Input":
        if doc.total_cents != order.returnable_cents:
            message = MSG_TOTAL_DIFFERS_RETURN.format(**money, remaining_cents=order.returnable_cents)
            found.append(Finding("total_differs_return", message))
    elif doc.total_cents != order.remaining_cents:
        found.append(Finding("total_differs", MSG_TOTAL_DIFFERS.format(**money, remaining_cents=order.remaining_cents)))
    profile = order.client_profile_data
    expected = profile.fiscal_document if profile else None
    if _document_key(expected):
        if not _document_key(doc.recipient_document):
            found.append(Finding("recipient_missing", MSG_RECIPIENT_MISSING.format(order_document=expected)))
        elif _document_key(doc.recipient_document) != _document_key(expected):
            message = MSG_RECIPIENT_MISMATCH.format(nfe_document=doc.recipient_document, order_document=expected)
            found.append(Finding("recipient_mismatch", message))
    return found


def prefill_findings(doc: NfeDocument, order: Order, mapping: ItemMapping) -> list[Finding]:
    """Everything to check before sending this NF-e for this order (nothing here blocks)."""
    return [
        *_reader_findings(doc),
        *_order_findings(doc, order),
        *_mapping_findings(order, mapping),
        *_quantity_findings(doc, order, mapping),
    ]


def prefill_warnings(doc: NfeDocument, order: Order, mapping: ItemMapping) -> list[tuple[str, Message]]:
    """:func:`prefill_findings` as ``(code, message)`` pairs."""
    return [finding.as_pair() for finding in prefill_findings(doc, order, mapping)]
