"""Match an NF-e's product lines to a VTEX order's items, and say what a clerk should check.

Pure core (no Qt). ``map_items(doc, order)`` matches every ``det/prod`` line to an order item
index, trying in turn:

1. the EAN (``cEAN`` against ``items[].ean``; digits only, leading zeros ignored, so a GTIN-14
   ``0789...`` finds the EAN-13 ``789...``);
2. the refId (``cProd`` against ``items[].refId``);
3. the seller SKU (``cProd`` against ``items[].sellerSku``);
4. the VTEX SKU id (``cProd`` against ``items[].id``), as a last resort.

Codes are compared trimmed and case-insensitively. A criterion that finds several order lines
of the *same* SKU is a match (the line with quantity still to invoice is chosen); one that finds
lines of *different* SKUs is ambiguous and left for the clerk (a later criterion may settle it
among those SKUs). Lines that match nothing are left for a manual mapping
(:meth:`ItemMapping.assign`).

Invoice lines (:meth:`ItemMapping.suggested_lines`): one per SKU, as VTEX wants. The quantity
is the NF-e's ``qCom``; the unit price is what the customer paid per unit on the NF-e:
``(vProd - vDesc) / qCom`` rounded half up to the cent (VTEX multiplies it by the quantity, so
the discount must already be in it). NF-e lines that land on the same SKU are merged: quantities
add up, the price is the rounded average. A quantity that is not a whole number (1.5 kg) cannot
go to VTEX as is: that SKU's line gets quantity 0 and ``needs_quantity`` for the clerk to fill.

The findings a clerk should check are in :mod:`.mapping`, which also exports everything here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from ..vtex.order import Order
from ..vtex.payloads import InvoiceItem
from .model import NfeDocument, NfeItem

__all__ = ["ItemMapping", "LineMatch", "MatchedBy", "SuggestedLine", "available_quantities", "map_items"]


class MatchedBy(StrEnum):
    """How an NF-e line found its order item."""

    EAN = "ean"
    REF_ID = "ref_id"
    SELLER_SKU = "seller_sku"
    SKU_ID = "sku_id"
    MANUAL = "manual"


@dataclass(frozen=True, slots=True)
class LineMatch:
    """One NF-e line and the order item it goes with (``order_index`` None: not matched)."""

    position: int  # index in ``doc.items``
    item: NfeItem
    order_index: int | None = None
    matched_by: MatchedBy | None = None
    candidates: tuple[int, ...] = ()  # order indexes of different SKUs that fit equally well

    @property
    def matched(self) -> bool:
        return self.order_index is not None

    @property
    def ambiguous(self) -> bool:
        return not self.matched and bool(self.candidates)

    @property
    def whole_quantity(self) -> int | None:
        """``qCom`` as an int when it is a whole number above zero, else None."""
        quantity = self.item.quantity
        if quantity > 0 and quantity == quantity.to_integral_value():
            return int(quantity)
        return None

    @property
    def net_cents(self) -> int:
        """What the line charges: ``vProd - vDesc`` (never below zero)."""
        return max(self.item.total_cents - self.item.discount_cents, 0)


@dataclass(frozen=True, slots=True)
class SuggestedLine:
    """One invoice line per SKU, built from the NF-e lines mapped to it."""

    sku_id: str
    description: str | None
    quantity: int  # 0 when needs_quantity
    price_cents: int  # unit price
    positions: tuple[int, ...]  # the NF-e lines (indexes in doc.items) behind it
    needs_quantity: bool = False

    def to_invoice_item(self) -> InvoiceItem:
        """The wire line; only for ``quantity > 0`` (VTEX refuses a zero quantity)."""
        return InvoiceItem(
            id=self.sku_id,
            price=self.price_cents,
            quantity=self.quantity,
            description=self.description,
        )


@dataclass(frozen=True, slots=True)
class ItemMapping:
    """Every NF-e line with its match, in NF-e order."""

    lines: tuple[LineMatch, ...]

    @property
    def unmatched(self) -> tuple[LineMatch, ...]:
        return tuple(line for line in self.lines if not line.matched)

    @property
    def matched(self) -> tuple[LineMatch, ...]:
        return tuple(line for line in self.lines if line.matched)

    def assign(self, position: int, order_index: int | None) -> ItemMapping:
        """The clerk's choice for one NF-e line (None: leave it off the invoice)."""
        lines = list(self.lines)
        line = lines[position]
        lines[position] = dataclasses.replace(
            line,
            order_index=order_index,
            matched_by=MatchedBy.MANUAL if order_index is not None else None,
        )
        return ItemMapping(tuple(lines))

    def suggested_lines(self, order: Order) -> list[SuggestedLine]:
        """One line per SKU, in the order the SKUs first appear on the NF-e."""
        groups: dict[str, list[LineMatch]] = {}
        for line in self.lines:
            if line.order_index is None or not 0 <= line.order_index < len(order.items):
                continue
            sku = order.items[line.order_index].id
            if sku:
                groups.setdefault(sku, []).append(line)
        suggested = []
        for sku, group in groups.items():
            order_item = order.items[group[0].order_index or 0]
            description = order_item.name or group[0].item.description
            positions = tuple(line.position for line in group)
            quantities = [line.whole_quantity for line in group]
            if any(q is None for q in quantities):
                suggested.append(
                    SuggestedLine(sku, description, 0, order_item.unit_price_cents, positions, True)
                )
                continue
            quantity = sum(q for q in quantities if q is not None)
            net = sum(line.net_cents for line in group)
            price = (2 * net + quantity) // (2 * quantity)  # half up
            suggested.append(SuggestedLine(sku, description, quantity, price, positions))
        return suggested

    def invoice_items(self, order: Order) -> list[InvoiceItem]:
        """The lines that can be sent as they are (whole quantities)."""
        return [line.to_invoice_item() for line in self.suggested_lines(order) if line.quantity > 0]


# -- matching ---------------------------------------------------------------------------------
def _ean_key(value: str | None) -> str:
    digits = "".join(c for c in (value or "") if c.isascii() and c.isdigit())
    return digits.lstrip("0")


def _code_key(value: str | None) -> str:
    return (value or "").strip().casefold()


_CRITERIA: tuple[tuple[MatchedBy, str], ...] = (
    (MatchedBy.EAN, "ean"),
    (MatchedBy.REF_ID, "ref_id"),
    (MatchedBy.SELLER_SKU, "seller_sku"),
    (MatchedBy.SKU_ID, "id"),
)


def _indexes(order: Order) -> dict[MatchedBy, dict[str, list[int]]]:
    found: dict[MatchedBy, dict[str, list[int]]] = {by: {} for by, _ in _CRITERIA}
    for index, item in enumerate(order.items):
        if not item.id:
            continue  # a line without SKU id cannot be invoiced
        for by, attribute in _CRITERIA:
            raw = getattr(item, attribute)
            key = _ean_key(raw) if by is MatchedBy.EAN else _code_key(raw)
            if key:
                found[by].setdefault(key, []).append(index)
    return found


def _match_line(
    position: int, item: NfeItem, order: Order, indexes: dict[MatchedBy, dict[str, list[int]]],
    remaining: dict[int, int],
) -> LineMatch:
    candidates: tuple[int, ...] = ()
    for by, _ in _CRITERIA:
        key = _ean_key(item.ean) if by is MatchedBy.EAN else _code_key(item.code)
        hits = indexes[by].get(key, []) if key else []
        if candidates:  # an earlier criterion was ambiguous: only settle among its SKUs
            allowed = {order.items[i].id for i in candidates}
            hits = [i for i in hits if order.items[i].id in allowed]
        if not hits:
            continue
        if len({order.items[i].id for i in hits}) == 1:
            chosen = next((i for i in hits if remaining.get(i, 0) > 0), hits[0])
            return LineMatch(position, item, chosen, by)
        if not candidates:
            candidates = tuple(hits)
    return LineMatch(position, item, candidates=candidates)


def map_items(doc: NfeDocument, order: Order) -> ItemMapping:
    """Match each NF-e line to an order item index (see the module docstring for the rules)."""
    indexes = _indexes(order)
    remaining = available_quantities(order, doc.invoice_type)
    return ItemMapping(
        tuple(_match_line(n, item, order, indexes, remaining) for n, item in enumerate(doc.items))
    )


def available_quantities(order: Order, invoice_type: str = "Output") -> dict[int, int]:
    """Per order line: still to invoice (Output), or sold and not yet returned (Input)."""
    if invoice_type == "Input":
        sold = order.invoiced_quantities("Output")
        back = order.invoiced_quantities("Input")
        return {i: max(sold.get(i, 0) - back.get(i, 0), 0) for i in range(len(order.items))}
    return order.remaining_quantities()
