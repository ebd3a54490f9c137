"""What can still be returned, and the return invoice the wizard sends. No Qt.

Everything is computed from the order's own invoices (queue-and-batch.md section 4): VTEX's return
screen shows wrong items after a Change, so the desk trusts only ``packageAttachment.packages``.

- **Per SKU** (KI 1198829: a return with the same SKU on two lines refunds nothing): a SKU sold on
  several order lines (say at two prices) is one returnable line; its unit price is the average of
  what its sale invoices charged.
- **Returnable** units of a SKU = units on sale (Output) invoices minus units on returns (Input).
- **Value** = the picked units at their price, plus an optional shipping refund (at most the
  shipping that was invoiced), and never more than what was invoiced minus what was returned.
- **Number**: distinct from every invoice on the order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from ..vtex.order import Order, Package
from ..vtex.payloads import InvoiceItem


@dataclass(frozen=True)
class ReturnLine:
    """One SKU of the order, as far as returns go (money in cents)."""

    sku: str
    name: str
    unit_price: int
    sold: int
    returned: int
    sold_cents: int = 0  # what the sale invoices charged for all its units (0: unknown, use unit_price)

    @property
    def returnable(self) -> int:
        return max(self.sold - self.returned, 0)

    def value_of(self, quantity: int) -> int:
        """What ``quantity`` more units are worth: a share of what was charged, so that returning
        every unit (at once or in parts) gives back exactly that, never a rounding cent more."""
        if not self.sold_cents or not self.sold:
            return self.unit_price * quantity

        def upto(units: int) -> int:
            return (self.sold_cents * units * 2 + self.sold) // (2 * self.sold)

        return upto(min(self.returned + quantity, self.sold)) - upto(min(self.returned, self.sold))


def _sku_of(order: Order, index: int | None, sku: str | None) -> str | None:
    if sku:
        return sku
    if index is not None and 0 <= index < len(order.items):
        return order.items[index].id or None
    return None


def _units(order: Order, packages: list[Package]) -> tuple[dict[str, int], dict[str, int]]:
    """Units and their total price, by SKU, on these packages."""
    units: dict[str, int] = {}
    money: dict[str, int] = {}
    for package in packages:
        for item in package.items:
            sku = _sku_of(order, item.item_index, item.id)
            if sku is None or item.quantity <= 0:
                continue
            units[sku] = units.get(sku, 0) + item.quantity
            money[sku] = money.get(sku, 0) + (item.price or 0) * item.quantity
    return units, money


def return_lines(order: Order) -> list[ReturnLine]:
    """One line per SKU that a sale invoice carried, in the order's item order."""
    sold, sold_money = _units(order, order.output_packages)
    back, _ = _units(order, order.input_packages)
    lines: list[ReturnLine] = []
    seen: set[str] = set()
    for item in order.items:
        sku = item.id
        if not sku or sku in seen or sku not in sold:
            continue
        seen.add(sku)
        quantity = sold[sku]
        price = (sold_money[sku] * 2 + quantity) // (2 * quantity) if sold_money.get(sku) else item.unit_price_cents
        lines.append(ReturnLine(sku, item.name or sku, max(price, 0), quantity, back.get(sku, 0),
                                max(sold_money.get(sku, 0), 0)))
    return lines


def fully_invoiced(order: Order) -> bool:
    """VTEX refunds a return only when the order was fully invoiced first."""
    return bool(order.output_packages) and order.remaining_cents <= 0


def refundable_cents(order: Order) -> int:
    """The cap of any return: invoiced minus returned."""
    return order.returnable_cents


def shipping_cap(order: Order) -> int:
    """The most a return may add for shipping: the order's shipping, when a sale invoice carried it."""
    return min(order.shipping_cents, refundable_cents(order)) if order.output_packages else 0


class Problem(StrEnum):
    """Why a return cannot go as picked (the UI words each)."""

    NOTHING_LEFT = "nothing-left"  # everything invoiced was returned already
    NO_ITEMS = "no-items"  # no unit picked
    TOO_MANY = "too-many"  # more units than are returnable
    OVER_CAP = "over-cap"  # value above invoiced minus returned
    SHIPPING = "shipping"  # shipping refund above the invoiced shipping
    NO_NUMBER = "no-number"
    NUMBER_USED = "number-used"  # an invoice of the order has this number


@dataclass
class ReturnPlan:
    """What the clerk picked: units per SKU, a shipping refund, the invoice's number and date."""

    quantities: dict[str, int] = field(default_factory=dict)
    shipping: int = 0
    number: str = ""
    issued: datetime | None = None
    invoice_key: str | None = None
    embedded_invoice: str | None = None
    #: The value of an NF-e of return dropped on the wizard (None: the picked units plus shipping).
    nfe_value: int | None = None

    def items_value(self, lines: list[ReturnLine]) -> int:
        by_sku = {line.sku: line for line in lines}
        return sum(by_sku[sku].value_of(qty) for sku, qty in self.quantities.items() if qty > 0 and sku in by_sku)

    def value(self, lines: list[ReturnLine]) -> int:
        return self.nfe_value if self.nfe_value is not None else self.items_value(lines) + self.shipping

    def problems(self, order: Order, lines: list[ReturnLine] | None = None) -> dict[str, Problem]:
        """By field (``items``, ``shipping``, ``value``, ``number``): what stops this return."""
        lines = return_lines(order) if lines is None else lines
        found: dict[str, Problem] = {}
        if refundable_cents(order) <= 0 or not any(line.returnable for line in lines):
            return {"items": Problem.NOTHING_LEFT}
        left = {line.sku: line.returnable for line in lines}
        if not any(qty > 0 for qty in self.quantities.values()):
            found["items"] = Problem.NO_ITEMS
        elif any(qty > left.get(sku, 0) for sku, qty in self.quantities.items()):
            found["items"] = Problem.TOO_MANY
        if self.shipping < 0 or self.shipping > shipping_cap(order):
            found["shipping"] = Problem.SHIPPING
        if self.value(lines) > refundable_cents(order):
            found["value"] = Problem.OVER_CAP
        number = self.number.strip()
        if not number:
            found["number"] = Problem.NO_NUMBER
        elif order.package(number) is not None:
            found["number"] = Problem.NUMBER_USED
        return found

    def invoice_items(self, lines: list[ReturnLine]) -> list[InvoiceItem]:
        """One line per SKU, never two (KI 1198829)."""
        merged: dict[str, int] = {}
        for sku, qty in self.quantities.items():
            if qty > 0:
                merged[sku] = merged.get(sku, 0) + qty
        by_sku = {line.sku: line for line in lines}
        return [
            InvoiceItem(id=sku, quantity=qty, price=by_sku[sku].unit_price, description=by_sku[sku].name)
            for sku, qty in merged.items() if sku in by_sku
        ]


def plan_from_nfe(lines: list[ReturnLine], quantities: Mapping[str, int]) -> dict[str, int]:
    """An NF-e's quantities by SKU, kept to the SKUs that can be returned (others dropped)."""
    known = {line.sku for line in lines}
    return {sku: qty for sku, qty in quantities.items() if sku in known and qty > 0}


@dataclass(frozen=True)
class Refund:
    """What a return asked for and what the order shows refunded (``restitutions.Refund``)."""

    number: str
    requested: int
    refunded: int | None  # None: the order does not show a refund (yet)


def refund_of(order: Order, number: str) -> Refund | None:
    """The refund of return ``number`` as the order shows it (None: no such return)."""
    package = order.package(number)
    if package is None or package.is_output:
        return None
    restitutions = (package.model_extra or {}).get("restitutions") or {}
    refund = restitutions.get("Refund") if isinstance(restitutions, dict) else None
    refunded = refund.get("value") if isinstance(refund, dict) else None
    return Refund(number, package.invoice_value or 0, int(refunded) if isinstance(refunded, int | float) else None)
