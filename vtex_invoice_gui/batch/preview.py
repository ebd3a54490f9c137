"""The batch preview: one row per file with its order, invoice, value, type and checks.

Pure functions over frozen rows, so the UI and the command line share them and a clerk's change
(exclude a row, pick a row's order) is a new row list: :func:`with_order`, :func:`with_excluded`.

Checks are the single-order flow's own (:func:`~vtex_invoice_gui.nfe.mapping.prefill_findings`,
the order's :meth:`~vtex_invoice_gui.vtex.order.Order.invoice_gate`, the invoice body's own
validation), sorted into warnings and blocks. The single flow lets the clerk confirm past every
NF-e warning one order at a time; a batch sends many unattended, so the findings that mean "this
is not the invoice of this order as it stands" block the row (:data:`BLOCKING`). Duplicates in the
batch (the same access key, or the same invoice number for one order) are never sent: the first
file keeps the row, the others are ``skipped``; an invoice already on the order is
``already-on-order``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import ValidationError

from ..messages import Message, message_of
from ..nfe.mapping import ItemMapping, map_items, prefill_findings
from ..nfe.model import NfeDocument
from ..vtex.order import Order
from ..vtex.payloads import InvoiceNotification
from .matching import Match, MatchedBy
from .sources import SourceFile


class RowStatus(StrEnum):
    WOULD_SEND = "would-send"
    ALREADY_ON_ORDER = "already-on-order"
    FAILED = "failed"
    UNMATCHED = "unmatched"
    SKIPPED = "skipped"


#: Single-flow findings that stop a batch row (the rest are warnings the preview shows).
BLOCKING = frozenset({
    "homologation", "not_authorized", "key_problem", "special_purpose", "unusual_model",
    "unmatched_items", "ambiguous_item", "quantity_not_whole", "quantity_above_remaining",
    "recipient_mismatch",
})  # fmt: skip

MSG_UNMATCHED = Message("batch.unmatched")
MSG_ALREADY = Message("batch.already_on_order")
MSG_KEY_ALREADY = Message("batch.key_already_on_order")
MSG_SAME_KEY = Message("batch.same_key")
MSG_SAME_NUMBER = Message("batch.same_number")
MSG_GATE_SALE = Message("batch.gate_sale")
MSG_GATE_RETURN = Message("batch.gate_return")
MSG_ABOVE_REMAINING = Message("batch.above_remaining")
MSG_INVALID_INVOICE = Message("batch.invalid_invoice")
MSG_EXCLUDED = Message("batch.excluded")
MSG_OVER_BATCH = Message("batch.over_batch")


@dataclass(frozen=True, slots=True)
class Check:
    """One check's outcome: a stable ``code``, its sentence (a :class:`Message`: English as a ``str``,
    code and values for the UI to translate), whether it stops the row, and the single flow's finding
    values (``params``, amounts under names ending in ``_cents``)."""

    code: str
    message: Message
    blocks: bool
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BatchRow:
    """One file of the batch. ``status`` and ``message`` follow from the fields."""

    source: SourceFile
    doc: NfeDocument | None = None
    match: Match | None = None
    checks: tuple[Check, ...] = ()
    invoice: InvoiceNotification | None = None  # the body that would be sent
    mapping: ItemMapping | None = None
    already_on_order: Message | None = None
    duplicate: Message | None = None  # set by :func:`mark_duplicates`
    over_batch: Message | None = None  # set by :func:`mark_duplicates`: the batch overfills the order
    excluded: bool = False
    read_problem: Message | str | None = None  # the file is no NF-e (NfeError's sentence)

    @property
    def file(self) -> str:
        return self.source.name

    @property
    def order_id(self) -> str:
        return self.match.order_id if self.match is not None else ""

    @property
    def invoice_number(self) -> str:
        return self.doc.invoice_number if self.doc is not None else ""

    @property
    def value_cents(self) -> int | None:
        return self.doc.total_cents if self.doc is not None else None

    @property
    def kind(self) -> str:
        """``sale`` or ``return`` (finNFe 4 / tpNF 0), empty without an NF-e."""
        if self.doc is None:
            return ""
        return "return" if self.doc.invoice_type == "Input" else "sale"

    @property
    def matched_by(self) -> MatchedBy:
        return self.match.by if self.match is not None else MatchedBy.NONE

    @property
    def blocks(self) -> tuple[Check, ...]:
        return tuple(check for check in self.checks if check.blocks)

    @property
    def warnings(self) -> tuple[Check, ...]:
        return tuple(check for check in self.checks if not check.blocks)

    @property
    def status(self) -> RowStatus:
        if self.source.skipped or self.excluded:
            return RowStatus.SKIPPED
        if self.doc is None:
            return RowStatus.FAILED
        if self.match is None or self.match.order is None:
            return RowStatus.UNMATCHED
        if self.already_on_order is not None:
            return RowStatus.ALREADY_ON_ORDER
        if self.duplicate is not None:
            return RowStatus.SKIPPED
        if self.over_batch is not None:
            return RowStatus.FAILED
        return RowStatus.FAILED if self.blocks or self.invoice is None else RowStatus.WOULD_SEND

    @property
    def message(self) -> str:
        """The row's reason first (what stops it), then its warnings, one line."""
        status = self.status
        head: list[str] = []
        if self.excluded:
            head.append(MSG_EXCLUDED)
        elif self.source.problem is not None:
            head.append(self.source.problem)
        elif self.read_problem is not None:
            head.append(str(self.read_problem))
        elif status is RowStatus.UNMATCHED:
            head.append(MSG_UNMATCHED)
        elif self.already_on_order is not None:
            head.append(self.already_on_order)
        elif self.duplicate is not None:
            head.append(self.duplicate)
        elif self.over_batch is not None:
            head.append(self.over_batch)
        parts = head + [c.message for c in self.blocks] + [c.message for c in self.warnings]
        return " | ".join(" ".join(part.split()) for part in parts)


def _invoice_for(doc: NfeDocument, order: Order, mapping: ItemMapping) -> InvoiceNotification | Check:
    try:
        return InvoiceNotification(
            type=doc.invoice_type,
            issuance_date=doc.issued_at,
            invoice_number=doc.invoice_number,
            invoice_value=doc.total_cents,
            invoice_key=doc.access_key,
            embedded_invoice=doc.xml_text,
            items=mapping.invoice_items(order),
        )
    except ValidationError as error:
        problem = "; ".join(str(message_of(e.get("ctx", {}).get("error", e["msg"]))) for e in error.errors())
        return Check("invalid_invoice", MSG_INVALID_INVOICE.format(problem=problem), True)


def _gate_checks(doc: NfeDocument, order: Order) -> list[Check]:
    gate = order.invoice_gate()
    status = order.status or "unknown"
    if doc.invoice_type == "Input":
        if not gate.can_return:
            return [Check("gate", MSG_GATE_RETURN.format(order=order.order_id, status=status), True)]
        return []
    found = []
    if not gate.can_invoice:
        found.append(Check("gate", MSG_GATE_SALE.format(order=order.order_id, status=status), True))
    if doc.total_cents > order.remaining_cents:
        found.append(Check("above_remaining", MSG_ABOVE_REMAINING.format(order=order.order_id), True))
    return found


def _number_key(number: str | None) -> str:
    """An invoice number as compared with the order's: ``000123458`` (as many ERPs send it) is the
    NF-e's ``nNF`` 123458."""
    text = (number or "").strip()
    return text.lstrip("0") or text if text.isdigit() else text


def _already(doc: NfeDocument, order: Order) -> Message | None:
    number = _number_key(doc.invoice_number)
    if any(_number_key(p.invoice_number) == number for p in order.packages):
        return MSG_ALREADY.format(number=doc.invoice_number, order=order.order_id)
    if any(p.invoice_key and p.invoice_key == doc.access_key for p in order.packages):
        return MSG_KEY_ALREADY.format(number=doc.invoice_number, order=order.order_id)
    return None


def check_row(source: SourceFile, doc: NfeDocument, match: Match, mapping: ItemMapping | None = None) -> BatchRow:
    """The row of one NF-e with its order (pure: the same inputs give the same row).

    ``mapping``: the clerk's item mapping; by default the automatic one."""
    order = match.order
    if order is None:
        return BatchRow(source, doc, match)
    mapping = mapping if mapping is not None else map_items(doc, order)
    checks = [Check(f.code, f.message, f.code in BLOCKING, f.params) for f in prefill_findings(doc, order, mapping)]
    checks += _gate_checks(doc, order)
    invoice = _invoice_for(doc, order, mapping)
    if isinstance(invoice, Check):
        checks.append(invoice)
        invoice = None
    return BatchRow(source, doc, match, tuple(checks), invoice, mapping, _already(doc, order))


def with_order(rows: Sequence[BatchRow], index: int, order: Order) -> list[BatchRow]:
    """The clerk picked (or fixed) the order of row ``index``: its checks and the batch's
    duplicates are recomputed; nothing else changes."""
    row = rows[index]
    if row.doc is None:
        raise ValueError("This row has no NF-e to give an order to.")
    fixed = check_row(row.source, row.doc, Match(order, MatchedBy.MANUAL))
    fixed = dataclasses.replace(fixed, excluded=row.excluded)
    return mark_duplicates([*rows[:index], fixed, *rows[index + 1 :]])


def with_mapping(rows: Sequence[BatchRow], index: int, mapping: ItemMapping) -> list[BatchRow]:
    """The clerk mapped row ``index``'s NF-e lines by hand (:meth:`ItemMapping.assign`): its checks
    and invoice lines are recomputed with that mapping."""
    row = rows[index]
    if row.doc is None or row.match is None or row.match.order is None:
        raise ValueError("This row has no NF-e with an order to map.")
    fixed = dataclasses.replace(check_row(row.source, row.doc, row.match, mapping), excluded=row.excluded)
    return mark_duplicates([*rows[:index], fixed, *rows[index + 1 :]])


def with_excluded(rows: Sequence[BatchRow], index: int, excluded: bool = True) -> list[BatchRow]:
    """The clerk left row ``index`` out of (or put it back into) the batch."""
    changed = [*rows]
    changed[index] = dataclasses.replace(rows[index], excluded=excluded)
    return mark_duplicates(changed)


def mark_duplicates(rows: Sequence[BatchRow]) -> list[BatchRow]:
    """Flag every row that repeats an earlier one's access key, or its invoice number for the
    same order (excluded rows and rows without an NF-e take no part); then every sendable row that,
    added to the earlier sendable rows of its order, asks for more than the order has left to
    invoice (sales) or to return (returns)."""
    return _mark_over_batch(_mark_repeats(rows))


def _mark_over_batch(rows: list[BatchRow]) -> list[BatchRow]:
    taken: dict[tuple[str, str], tuple[int, list[str]]] = {}
    marked = []
    for row in rows:
        row = dataclasses.replace(row, over_batch=None) if row.over_batch is not None else row
        order = row.match.order if row.match is not None else None
        if row.status is RowStatus.WOULD_SEND and order is not None and row.doc is not None:
            kind = row.doc.invoice_type
            room = order.returnable_cents if kind == "Input" else order.remaining_cents
            used, files = taken.get((order.order_id, kind), (0, []))
            if files and used + row.doc.total_cents > room:
                others = ", ".join(files)
                row = dataclasses.replace(row, over_batch=MSG_OVER_BATCH.format(order=order.order_id, others=others))
            else:
                taken[(order.order_id, kind)] = (used + row.doc.total_cents, [*files, row.file])
        marked.append(row)
    return marked


def _mark_repeats(rows: Sequence[BatchRow]) -> list[BatchRow]:
    by_key: dict[str, str] = {}
    by_number: dict[tuple[str, str], str] = {}
    marked = []
    for row in rows:
        duplicate = None
        if row.doc is not None and not row.excluded:
            key = row.doc.access_key
            number = (row.order_id, row.invoice_number)
            if key in by_key:
                duplicate = MSG_SAME_KEY.format(other=by_key[key])
            elif row.order_id and number in by_number:
                other = by_number[number]
                duplicate = MSG_SAME_NUMBER.format(number=row.invoice_number, order=row.order_id, other=other)
            else:
                by_key[key] = row.file
                if row.order_id:
                    by_number[number] = row.file
        marked.append(dataclasses.replace(row, duplicate=duplicate) if duplicate != row.duplicate else row)
    return marked


@dataclass(frozen=True, slots=True)
class BatchTotals:
    rows: int
    by_status: dict[str, int]
    sale_cents: int  # would-send sales
    return_cents: int  # would-send returns


def totals(rows: Sequence[BatchRow]) -> BatchTotals:
    counts = {status.value: 0 for status in RowStatus}
    sale = back = 0
    for row in rows:
        counts[row.status.value] += 1
        if row.status is RowStatus.WOULD_SEND and row.value_cents is not None:
            if row.kind == "return":
                back += row.value_cents
            else:
                sale += row.value_cents
    return BatchTotals(len(rows), counts, sale, back)
