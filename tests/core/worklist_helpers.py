"""An oracle for the worklist tests: each queue's membership computed straight from the sandbox's
Get Order JSON (not through the desk's code), and a clock the bucket and client share."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

SINCE, UNTIL = date(2026, 9, 1), date(2026, 12, 31)
TODAY = datetime(2026, 12, 4, tzinfo=UTC)


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _outputs(order: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in order["packageAttachment"]["packages"] if p["type"] == "Output"]


def _remaining(order: dict[str, Any]) -> int:
    return order["value"] - sum(p["invoiceValue"] for p in _outputs(order))


def _to_invoice(order: dict[str, Any]) -> bool:
    if _remaining(order) <= 0:
        return False
    if order["status"] in ("ready-for-handling", "handling"):
        return True
    return order["status"] == "payment-approved" and bool(_outputs(order))


def _late(order: dict[str, Any], now: datetime) -> bool:
    estimates = [li["shippingEstimateDate"] for li in order["shippingData"]["logisticsInfo"]
                 if li.get("shippingEstimateDate")]
    return _to_invoice(order) and bool(estimates) and max(_moment(e) for e in estimates) < now


HOLDERS = ("handling", "payment-approved", "invoice", "invoiced")


def expected(orders: dict[str, dict[str, Any]], queue: str, now: datetime, since: date = SINCE,
             until: date = UNTIL) -> set[str]:
    low = datetime(since.year, since.month, since.day, tzinfo=UTC)
    high = datetime(until.year, until.month, until.day, 23, 59, 59, 999000, tzinfo=UTC)
    rules = {
        "to-invoice": _to_invoice,
        "late": lambda o: _late(o, now),
        "awaiting-tracking": lambda o: o["status"] in HOLDERS and any(not p["trackingNumber"] for p in _outputs(o)),
        "in-transit": lambda o: o["status"] in HOLDERS and any(
            p["trackingNumber"] and not (p["courierStatus"] or {}).get("finished") for p in _outputs(o)),
        "returns": lambda o: any(p["type"] == "Input" for p in o["packageAttachment"]["packages"]),
    }
    return {oid for oid, o in orders.items() if low <= _moment(o["creationDate"]) <= high and rules[queue](o)}


class FakeClock:
    """Monotonic seconds that only move when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
