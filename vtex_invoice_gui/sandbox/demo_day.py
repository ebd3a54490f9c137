"""A store with a real day: a few hundred extra orders over ~60 days, for the demo and the tests.

Deterministic: the same ``count``, ``seed`` and ``today`` always give the same orders. Dates run
back from ``today`` (UTC midnight), so the queues a clerk opens have rows: orders still to
invoice (some late), partly invoiced ones, invoices without tracking, parcels in transit or
delivered, return invoices, canceled and pending ones, from several marketplaces.

The numbers start at :data:`FIRST_NUMBER`, well clear of the 28 seed orders, whose ids and
dates stay as they are.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from .builder import build_order
from .catalog import ADDRESSES, CUSTOMERS, SKUS, nfe_key
from .dates import plus
from .model import Event, Line, OrderSpec, PackageSpec

FIRST_NUMBER = 1000
DAYS = 60
MARKETPLACES = (
    ("", "", "1", "Marketplace"),
    ("MLB-{n}", "MLB", "2", "Fulfillment"),
    ("MGL-{n}", "MGZ", "3", "Fulfillment"),
    ("NS-{n}", "NTS", "4", "Fulfillment"),
    ("AMZ-{n}", "AMZ", "5", "Fulfillment"),
)
# (shape, weight): a shape is what the order looks like today.
SHAPES = (
    ("ready", 14), ("handling", 12), ("partial", 8), ("invoiced-no-tracking", 10),
    ("in-transit", 12), ("delivered", 14), ("returned", 5), ("canceled", 8),
    ("payment-pending", 5), ("window-to-cancel", 4), ("ready-for-invoicing", 3),
)
STATUS_OF = {
    "ready": "ready-for-handling", "handling": "handling", "invoiced-no-tracking": "invoiced",
    "in-transit": "invoiced", "delivered": "invoiced", "returned": "invoiced", "canceled": "canceled",
    "payment-pending": "payment-pending", "window-to-cancel": "window-to-cancel",
    "ready-for-invoicing": "ready-for-invoicing",
}
STILL_OPEN = ("ready", "handling", "partial", "ready-for-invoicing", "invoiced-no-tracking", "in-transit")
CARRIERS = (("Correios SEDEX", "QB{n:09d}BR"), ("Jadlog", "JD{n:010d}"), ("Loggi", "LG{n:08d}"),
            ("Total Express", "TE{n:09d}"))


def today_utc() -> datetime:
    now = datetime.now(UTC)
    return datetime(now.year, now.month, now.day, tzinfo=UTC)


def _shape(rng: random.Random, created: datetime, today: datetime) -> str:
    shapes, weights = zip(*SHAPES, strict=True)
    shape = rng.choices(shapes, weights)[0]
    if created > today - timedelta(days=2) and shape in ("delivered", "returned"):
        return "in-transit"  # too fresh to be delivered
    if created < today - timedelta(days=12) and shape in STILL_OPEN and rng.random() < 0.85:
        return "delivered"  # most old orders were shipped long ago; a few are late
    return shape


def _invoice(number: int, issued: datetime, **kwargs: Any) -> PackageSpec:
    nf = 500000 + number
    return PackageSpec(number=f"{nf:09d}", issued=issued, invoice_key=nfe_key(nf), **kwargs)


def _packages(rng: random.Random, shape: str, number: int, created: datetime, lines: list[Line],
              today: datetime) -> tuple[list[PackageSpec], str]:
    issued = min(plus(created, hours=rng.randint(6, 40)), today - timedelta(hours=3))
    carrier, pattern = rng.choice(CARRIERS)
    tracking = pattern.format(n=number * 7919 % 10**8)
    if shape == "partial":
        return [_invoice(number, issued, lines=((0, lines[0].quantity),),
                         value=None if len(lines) == 1 else _line_value(lines[0]))], carrier
    if shape == "invoiced-no-tracking":
        return [_invoice(number, issued)], carrier
    events = (Event("Cajamar", "SP", "Objeto postado", plus(issued, hours=4)),)
    if shape == "in-transit":
        return [_invoice(number, issued, courier=carrier, tracking_number=tracking, events=events)], carrier
    delivered = min(plus(issued, days=rng.randint(2, 6)), today - timedelta(hours=1))
    events += (Event("São Paulo", "SP", "Entregue ao destinatário", delivered),)
    sale = _invoice(number, issued, courier=carrier, tracking_number=tracking, events=events, delivered=delivered)
    if shape == "delivered":
        return [sale], carrier
    returned = min(plus(delivered, days=rng.randint(1, 5)), today - timedelta(minutes=30))
    return [sale, _invoice(number + 100000, returned, lines=((0, 1),), value=_unit(lines[0]), type="Input")], carrier


def _unit(line: Line) -> int:
    return (line.sku.price * line.quantity - line.discount) // line.quantity


def _line_value(line: Line) -> int:
    return line.sku.price * line.quantity - line.discount


def demo_day_specs(count: int, seed: int = 13, today: datetime | None = None, shape: str | None = None) -> list[OrderSpec]:
    """``count`` order specs spread over the :data:`DAYS` days before ``today``; ``shape`` (e.g.
    ``"ready"``) gives every order the same shape (benchmarks: a queue of thousands)."""
    rng = random.Random(seed)
    today = today or today_utc()
    skus = sorted(SKUS)
    specs = []
    for i in range(count):
        number = FIRST_NUMBER + i
        created = today - timedelta(days=DAYS) + timedelta(seconds=int(DAYS * 86400 * (i + rng.random()) / count))
        created = created.replace(microsecond=rng.randrange(1000000))
        shape_now = shape or _shape(rng, created, today)
        lines = [Line(SKUS[rng.choice(skus)], rng.randint(1, 3)) for _ in range(rng.choice((1, 1, 2, 3)))]
        if shape_now == "partial" and len(lines) == 1:
            lines.append(Line(SKUS[rng.choice(skus)], 1))
        mp_id, affiliate, channel, origin = rng.choice(MARKETPLACES)
        packages, carrier = ([], "Correios SEDEX")
        if shape_now in ("partial", "invoiced-no-tracking", "in-transit", "delivered", "returned"):
            packages, carrier = _packages(rng, shape_now, number, created, lines, today)
        status = STATUS_OF.get(shape_now) or rng.choice(("handling", "payment-approved"))
        who = rng.randrange(len(CUSTOMERS))
        specs.append(OrderSpec(
            number=number, status=status, created=created, customer=CUSTOMERS[who],
            address=ADDRESSES[who % len(ADDRESSES)], lines=lines, freight=rng.choice((0, 990, 1590, 2490)),
            carrier=carrier, estimate_days=rng.randint(1, 8), payment=rng.choice(("visa", "mastercard", "pix", "boleto")),
            packages=packages, origin=origin, marketplace_order_id=mp_id.format(n=2000000 + number * 37),
            affiliate_id=affiliate, sales_channel=channel,
            cancel_reason="Cliente desistiu da compra" if status == "canceled" else None,
        ))
    return specs


def demo_day_orders(count: int, seed: int = 13, today: datetime | None = None,
                    shape: str | None = None) -> dict[str, dict[str, Any]]:
    """The orders of :func:`demo_day_specs` as Get Order JSON: order id -> order."""
    orders = (build_order(spec) for spec in demo_day_specs(count, seed, today, shape))
    return {order["orderId"]: order for order in orders}
