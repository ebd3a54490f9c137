"""Helpers for sandbox tests over HTTP: invoice bodies, reads and posts, and a sandbox on a clock
the test moves (no sleeps)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from vtex_invoice_gui.sandbox import Sandbox


ORDERS = "/api/oms/pvt/orders"


def body(order: dict[str, Any], number: str, value: int | None = None, lines: list[int] | None = None,
         kind: str = "Output", **extra: Any) -> dict[str, Any]:
    """A valid invoice: one line per SKU with its unit price, for ``lines`` (default: every line);
    the value defaults to the order's (every line) or the lines' totals."""
    chosen = [order["items"][i] for i in (lines if lines is not None else range(len(order["items"])))]
    per_sku: dict[str, dict[str, Any]] = {}
    for item in chosen:
        line = per_sku.setdefault(item["id"], {"id": item["id"], "price": item["sellingPrice"], "quantity": 0})
        line["quantity"] += item["quantity"]
    if value is None:
        value = order["value"] if lines is None else sum(i["priceDefinition"]["total"] for i in chosen)
    return {"type": kind, "issuanceDate": "2026-11-21T10:15:00-03:00", "invoiceNumber": number,
            "invoiceValue": str(value), "items": list(per_sku.values()), **extra}


def post(http: httpx.Client, order_id: str, payload: dict[str, Any]) -> httpx.Response:
    return http.post(f"{ORDERS}/{order_id}/invoice", json=payload)


def read(http: httpx.Client, order_id: str) -> dict[str, Any]:
    return http.get(f"{ORDERS}/{order_id}").json()


class Clock:
    """Monotonic seconds, moved by the test."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@contextmanager
def clocked_sandbox(apply_delay: float = 3.0) -> Iterator[tuple[Sandbox, httpx.Client, Clock]]:
    clock = Clock()
    with Sandbox(latency=0.0, apply_delay=apply_delay, clock=clock) as sb:
        headers = {"Accept": "application/json", "Content-Type": "application/json",
                   "X-VTEX-API-AppKey": sb.app_key, "X-VTEX-API-AppToken": sb.app_token}
        with httpx.Client(base_url=sb.base_url, headers=headers, timeout=10) as http:
            yield sb, http, clock
