"""The sandbox store in a process of its own, so it never competes with the measured process's GIL.

    with sandbox_process(latency=0.15, large_items=[330], invoice_orders=1000) as sb:
        sb["base_url"], sb["large_ids"], sb["invoice_orders"]  # [{"id", "value", "items"}]

The child prints one ``BENCH-SANDBOX {...}`` line (base URL, the demo key and token, the ids of
the orders it added) and serves until its stdin closes. The key and token are the sandbox's
public demo credentials; they are passed through the pipe only, never written to a result.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .harness import ROOT, ChildFailed, child_env

MARK = "BENCH-SANDBOX "


def _invoice_data(order: dict[str, Any]) -> dict[str, Any]:
    """What a full Output invoice of ``order`` needs: value and one line per SKU."""
    items = [{"id": item["id"], "price": item["sellingPrice"], "quantity": item["quantity"]}
             for item in order["items"]]
    return {"id": order["orderId"], "value": order["value"], "items": items}


def seed_order_id(name: str = "many_items") -> str:
    """The id of a seed order (the same in every sandbox, the demo one included)."""
    from vtex_invoice_gui.sandbox import SEED_IDS

    return SEED_IDS[name]


def serve(config: dict[str, Any]) -> None:
    from vtex_invoice_gui.sandbox import SEED_IDS, Sandbox, make_large_order

    sandbox = Sandbox(latency=float(config.get("latency", 0.0)), apply_delay=0.0)
    large_ids = [sandbox.add_order(make_large_order(n, number=900 + i))
                 for i, n in enumerate(config.get("large_items", []))]
    if config.get("ready_orders"):  # the worklist benchmark: "To invoice" with thousands of rows
        from vtex_invoice_gui.sandbox.demo_day import demo_day_orders

        for order in demo_day_orders(int(config["ready_orders"]), shape="ready").values():
            sandbox.add_order(order)
    invoice_orders = []
    for i in range(int(config.get("invoice_orders", 0))):
        order = make_large_order(1 + i % 3, number=5000 + i, status="handling")
        sandbox.add_order(order)
        invoice_orders.append(_invoice_data(order))
    sandbox.start()
    info = {
        "base_url": sandbox.base_url,
        "app_key": sandbox.app_key,
        "app_token": sandbox.app_token,
        "seed_ids": SEED_IDS,
        "large_ids": large_ids,
        "invoice_orders": invoice_orders,
    }
    print(MARK + json.dumps(info), flush=True)
    try:
        sys.stdin.read()  # until the parent closes the pipe
    finally:
        sandbox.stop()


@contextmanager
def sandbox_process(latency: float = 0.0, large_items: list[int] | None = None,
                    invoice_orders: int = 0, ready_orders: int = 0) -> Iterator[dict[str, Any]]:
    """Start a sandbox in a child process; yields its info (see module doc)."""
    config = {"latency": latency, "large_items": large_items or [], "invoice_orders": invoice_orders,
              "ready_orders": ready_orders}
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.sandbox_proc", json.dumps(config)],
        cwd=ROOT, env=child_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdin is not None
        line = proc.stdout.readline()
        if not line.startswith(MARK):
            raise ChildFailed(f"the sandbox process did not start (exit {proc.poll()})")
        yield json.loads(line[len(MARK):])
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


if __name__ == "__main__":
    serve(json.loads(sys.argv[1]) if len(sys.argv) > 1 else {})
