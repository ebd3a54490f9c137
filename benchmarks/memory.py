"""Memory after 1,000 invoices sent through the window, vs a bare PySide6 window.

The child opens the real window against a sandbox (own process, latency 0) holding 1,000
invoiceable orders, and for each one does what a clerk does: type the order id, Load, type an
invoice number, "Review and send…", "Confirm and send", wait until the order is read again.
Resident memory (VmRSS) is read after the first order is loaded and after the last invoice; the
growth in between is what the sends leave behind (history rows, receipts, journal, caches).
The "window open, order loaded" figure comes from the start-up runs (``startup.py``).
"""

from __future__ import annotations

import gc
from typing import Any

from .harness import PROBLEMS, Options, Row, child_main, median, memory_mb, problem_row, run_child
from .sandbox_proc import sandbox_process

GROWTH_TARGET_MIB = 20.0


def measure(args: dict[str, Any]) -> dict[str, Any]:
    import time

    from .desk import Desk

    sandbox = args["sandbox"]
    orders = sandbox["invoice_orders"]
    desk = Desk(sandbox)
    desk.load_order(orders[0]["id"])
    gc.collect()
    before = memory_mb()
    start = time.perf_counter()
    for i, order in enumerate(orders):
        desk.load_order(order["id"])
        desk.send_invoice(f"BENCH{i:06d}")
    elapsed = time.perf_counter() - start
    from .qtprobe import pump

    pump(0.2)  # let deleteLater() and queued signals run
    gc.collect()
    after = memory_mb()
    return {"before": before, "after": after, "sent": len(orders), "seconds": elapsed}


def collect(opts: Options) -> list[Row]:
    count = opts.size(1000, 5)
    label = f"Memory: after {count:,} invoices sent (RSS)"
    baseline = median([run_child("startup", {"mode": "bare"}, timeout=60)["memory"]["rss"]
                       for _ in range(opts.reps(3))])
    try:
        with sandbox_process(latency=0.0, invoice_orders=count) as sb:
            result = run_child("memory", {"sandbox": sb}, timeout=900)
    except PROBLEMS as exc:
        row = problem_row("memory_invoices", label, "MiB", exc)
        row.baseline = baseline
        return [row]
    growth = result["after"]["rss"] - result["before"]["rss"]
    per_invoice_kib = growth * 1024 / max(1, result["sent"])
    row = Row("memory_invoices", label, "MiB", ours=result["after"]["rss"], baseline=baseline,
              target=f"growth <= {GROWTH_TARGET_MIB:g} MiB",
              verdict="ok" if growth <= GROWTH_TARGET_MIB else "over",
              details={**result, "growth_mib": growth, "per_invoice_kib": per_invoice_kib},
              note=f"one run; grew {growth:+.1f} MiB over the sends ({per_invoice_kib:.1f} KiB/invoice, "
                   f"{result['sent'] / result['seconds']:.0f} invoices/s through the UI); "
                   f"peak {result['after']['hwm']:.0f} MiB; baseline: bare QTabWidget window")
    return [row]


if __name__ == "__main__":
    child_main(measure)
