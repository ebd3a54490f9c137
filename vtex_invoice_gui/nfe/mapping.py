"""Match an NF-e's product lines to a VTEX order's items, and say what a clerk should check.

Pure core (no Qt). The matching itself (``map_items``, :class:`ItemMapping`, the invoice lines)
is in :mod:`.matching` and exported here too; this module adds the findings.

``prefill_findings`` lists what to check before sending, as :class:`Finding` (code, English
message, raw values for the UI to word in its language); ``prefill_warnings`` gives them as
``(code, message)`` pairs. None of them blocks sending.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..money import format_cents
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


# -- findings ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Finding:
    """Something to check before sending: a stable ``code``, an English sentence and the raw
    values in it (``params``; amounts in cents under names ending in ``_cents``)."""

    code: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def as_pair(self) -> tuple[str, str]:
        return self.code, self.message


def _money(cents: int) -> str:
    return "R$ " + format_cents(cents, ".", ",")


def _document_key(value: str | None) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value or "").upper().lstrip("0")


def _reader_findings(doc: NfeDocument) -> list[Finding]:
    params: dict[str, dict[str, Any]] = {
        "not_authorized": {"status": doc.status_code, "reason": doc.status_message or ""},
        "unusual_model": {"model": doc.model},
        "special_purpose": {"purpose": doc.purpose},
        "reform_total": {"reform_total_cents": doc.reform_total_cents, "total_cents": doc.total_cents},
    }
    found = [Finding(code, message, params.get(code, {})) for code, message in doc.warnings()]
    found += [Finding("key_problem", f"Access key: {p}", {"problem": p}) for p in doc.key_problems]
    return found


#: Unmatched lines named in the warning; the rest are counted.
LISTED_LINES = 10


def _line_label(item: NfeItem) -> str:
    return f"{item.number} ({item.code} {item.description})"


def _mapping_findings(order: Order, mapping: ItemMapping) -> list[Finding]:
    found: list[Finding] = []
    unmatched = [line for line in mapping.unmatched if not line.ambiguous]
    if unmatched:
        labels = ", ".join(_line_label(line.item) for line in unmatched[:LISTED_LINES])
        if len(unmatched) > LISTED_LINES:
            labels += f" and {len(unmatched) - LISTED_LINES} more"
        found.append(Finding(
            "unmatched_items",
            f"{len(unmatched)} NF-e line(s) match no item of the order by EAN, refId or SKU: "
            f"{labels}. Choose the order item for each, or leave it off the invoice.",
            {"count": len(unmatched), "lines": labels},
        ))  # fmt: skip
    for line in mapping.unmatched:
        if line.ambiguous:
            skus = ", ".join(dict.fromkeys(order.items[i].id for i in line.candidates))
            found.append(Finding(
                "ambiguous_item",
                f"NF-e line {_line_label(line.item)} fits several SKUs of the order ({skus}); "
                "choose the right one.",
                {"line": _line_label(line.item), "skus": skus},
            ))  # fmt: skip
    for suggested in mapping.suggested_lines(order):
        group = [mapping.lines[p] for p in suggested.positions]
        numbers = ", ".join(str(line.item.number) for line in group)
        sku = suggested.sku_id
        found += [_not_whole(line, sku) for line in group if line.whole_quantity is None]
        if len(group) > 1:
            found.append(Finding(
                "merged_lines",
                f"NF-e lines {numbers} are the same SKU {sku}; they are one invoice line "
                "(VTEX wants one line per SKU).",
                {"lines": numbers, "sku": sku},
            ))  # fmt: skip
    return found


def _not_whole(line: LineMatch, sku: str) -> Finding:
    label, unit = _line_label(line.item), line.item.unit or ""
    quantity = f"{line.item.quantity.normalize():f}"
    return Finding(
        "quantity_not_whole",
        f"NF-e line {label} has quantity {quantity} {unit}, which is not a whole number; "
        f"enter the quantity of SKU {sku} in the order's units.",
        {"line": label, "quantity": quantity, "unit": unit, "sku": sku},
    )


def _quantity_findings(doc: NfeDocument, order: Order, mapping: ItemMapping) -> list[Finding]:
    available = available_quantities(order, doc.invoice_type)
    per_sku: dict[str, int] = {}
    for index, item in enumerate(order.items):
        per_sku[item.id] = per_sku.get(item.id, 0) + available.get(index, 0)
    found = []
    for suggested in mapping.suggested_lines(order):
        left = per_sku.get(suggested.sku_id, 0)
        if suggested.quantity > left:
            what = "can still be returned" if doc.invoice_type == "Input" else "remain to invoice"
            name = suggested.description or ""
            found.append(Finding(
                "quantity_above_remaining",
                f"The NF-e invoices {suggested.quantity} of SKU {suggested.sku_id} ({name}) "
                f"but only {left} {what}.",
                {"sku": suggested.sku_id, "name": name, "quantity": suggested.quantity,
                 "remaining": left},
            ))  # fmt: skip
    return found


def _order_findings(doc: NfeDocument, order: Order) -> list[Finding]:
    found = []
    if doc.invoice_type == "Input":
        if doc.total_cents != order.returnable_cents:
            found.append(Finding(
                "total_differs_return",
                f"The NF-e total ({_money(doc.total_cents)}) is not the "
                f"{_money(order.returnable_cents)} that can still be returned on the order.",
                {"total_cents": doc.total_cents, "remaining_cents": order.returnable_cents},
            ))  # fmt: skip
    elif doc.total_cents != order.remaining_cents:
        found.append(Finding(
            "total_differs",
            f"The NF-e total ({_money(doc.total_cents)}) is not the "
            f"{_money(order.remaining_cents)} still to invoice on the order.",
            {"total_cents": doc.total_cents, "remaining_cents": order.remaining_cents},
        ))  # fmt: skip
    profile = order.client_profile_data
    expected = profile.fiscal_document if profile else None
    if _document_key(expected):
        if not _document_key(doc.recipient_document):
            found.append(Finding(
                "recipient_missing",
                f"The NF-e names no recipient document, but the order's client is {expected}.",
                {"order_document": expected},
            ))  # fmt: skip
        elif _document_key(doc.recipient_document) != _document_key(expected):
            found.append(Finding(
                "recipient_mismatch",
                f"The NF-e recipient is {doc.recipient_document}, but the order's client is "
                f"{expected}: is this the NF-e of this order?",
                {"nfe_document": doc.recipient_document, "order_document": expected},
            ))  # fmt: skip
    return found


def prefill_findings(doc: NfeDocument, order: Order, mapping: ItemMapping) -> list[Finding]:
    """Everything to check before sending this NF-e for this order (nothing here blocks)."""
    return [
        *_reader_findings(doc),
        *_order_findings(doc, order),
        *_mapping_findings(order, mapping),
        *_quantity_findings(doc, order, mapping),
    ]


def prefill_warnings(doc: NfeDocument, order: Order, mapping: ItemMapping) -> list[tuple[str, str]]:
    """:func:`prefill_findings` as ``(code, message)`` pairs."""
    return [finding.as_pair() for finding in prefill_findings(doc, order, mapping)]
