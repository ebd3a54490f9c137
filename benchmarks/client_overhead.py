"""Client overhead: an ``OmsClient`` round trip vs a raw ``httpx.Client`` request with the same bytes.

Both go through the same ``httpx.Client`` to the same sandbox (latency 0, in its own process),
alternating call by call so that drift hits both alike. Ours includes everything the desk pays
for: building and validating the payload model, serialising it, redacting, and validating the
answer into pydantic models. The raw baseline sends the already-encoded bytes and reads the body.

For Get Order the note also gives raw httpx + ``json.loads`` of the same body (information, not the
target's baseline): the part of the ratio that is decoding the answer at all, which the raw
baseline never does.
"""

from __future__ import annotations

import json
import time
from typing import Any

from .harness import PROBLEMS, Options, Row, child_main, median, problem_row, run_child
from .sandbox_proc import sandbox_process

TARGET_RATIO = 2.0
CASES = (
    ("client_get_order", "Client: Get Order (seed order, 8 items)"),
    ("client_get_order_1mb", "Client: Get Order (1 MB, {items} items)"),
    ("client_send_invoice", "Client: send invoice (validate + POST + receipt)"),
)


def _timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(args: dict[str, Any]) -> dict[str, Any]:
    import httpx

    from vtex_invoice_gui.vtex import Account, InvoiceNotification, OmsClient
    from vtex_invoice_gui.vtex.client import ORDERS_PATH

    base, n = args["base_url"], int(args["n"])
    http = httpx.Client(timeout=30)
    oms = OmsClient(Account.sandbox(base), args["app_key"], args["app_token"], http=http)
    headers = oms._headers()  # the very headers ours sends (key, token, JSON types, user agent)
    target = args["invoice_order"]
    invoice_input = {
        "type": "Output", "issuance_date": "2026-11-20T10:00:00-03:00", "invoice_number": "BENCH-1",
        "invoice_value": target["value"], "invoice_key": None, "courier": "Correios",
        "tracking_number": "QB000000001BR", "items": target["items"],
    }
    wire = json.dumps(InvoiceNotification.model_validate(invoice_input).to_wire(), ensure_ascii=False).encode()

    def send_ours() -> None:
        oms.send_invoice(target["id"], InvoiceNotification.model_validate(invoice_input))

    def send_raw() -> None:
        r = http.post(f"{base}{ORDERS_PATH}/{target['id']}/invoice", content=wire, headers=headers)
        r.raise_for_status()

    def getter(order_id: str) -> tuple[Any, ...]:
        def ours() -> None:
            oms.get_order(order_id)

        def raw() -> None:
            r = http.get(f"{base}{ORDERS_PATH}/{order_id}", headers=headers)
            r.raise_for_status()

        def decoded() -> None:
            r = http.get(f"{base}{ORDERS_PATH}/{order_id}", headers=headers)
            r.raise_for_status()
            json.loads(r.content)

        return ours, raw, decoded

    cases = {
        "client_get_order": getter(args["seed_id"]),
        "client_get_order_1mb": getter(args["large_id"]),
        "client_send_invoice": (send_ours, send_raw),
    }
    out: dict[str, Any] = {}
    for key, fns in cases.items():
        rounds = n if key != "client_get_order_1mb" else max(1, n // 4)
        for _ in range(3):  # warm up: connections, first invoice applied, caches
            for fn in fns:
                fn()
        times: list[list[float]] = [[] for _ in fns]
        for i in range(rounds):  # each in turn first, so drift hits all alike
            for j in range(len(fns)):
                k = (i + j) % len(fns)
                times[k].append(_timed(fns[k]))
        out[key] = {"ours_ms": median(times[0]) * 1000, "raw_ms": median(times[1]) * 1000, "rounds": rounds}
        if len(fns) > 2:
            out[key]["decoded_ms"] = median(times[2]) * 1000
    http.close()
    return out


def collect(opts: Options) -> list[Row]:
    items = opts.size(330, 40)
    n = opts.size(200, 12)
    try:
        with sandbox_process(latency=0.0, large_items=[items], invoice_orders=1) as sb:
            result = run_child("client_overhead", {
                "base_url": sb["base_url"], "app_key": sb["app_key"], "app_token": sb["app_token"],
                "seed_id": sb["seed_ids"]["many_items"], "large_id": sb["large_ids"][0],
                "invoice_order": sb["invoice_orders"][0], "n": n,
            })
    except PROBLEMS as exc:
        return [problem_row(key, label.format(items=items), "ms", exc) for key, label in CASES]
    rows = []
    for key, label in CASES:
        r = result[key]
        note = f"median of {r['rounds']} round trips; baseline: raw httpx, same bytes"
        if "decoded_ms" in r:
            note += (f"; raw httpx + json.loads of the body: {r['decoded_ms']:.1f} ms "
                     f"({r['decoded_ms'] / r['raw_ms']:.2f}x raw; ours is {r['ours_ms'] / r['decoded_ms']:.2f}x that)")
        row = Row(key, label.format(items=items), "ms", ours=r["ours_ms"], baseline=r["raw_ms"],
                  target=f"<= {TARGET_RATIO:g}x raw", details=dict(r), note=note)
        ratio = row.ratio
        row.verdict = "ok" if ratio is not None and ratio <= TARGET_RATIO else "over"
        rows.append(row)
    return rows


if __name__ == "__main__":
    child_main(measure)
