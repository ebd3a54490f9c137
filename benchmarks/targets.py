"""The product's targets (issue 18) and the verdict of every row against them: ``met`` or ``not met``.

Each collector measures; this module alone says what is good enough, so the table, the JSON and
the README say the same. A row the issue sets no target for keeps the collector's own target
(the NF-e reader, the batch throughput, the whole start-up and the import) and is judged by it.

- Usable window (exposed, the order field accepts typing) <= 1.3x the bare window;
- first order shown within one sandbox round trip + 30 ms after the window is usable;
- the largest event-loop gap <= 16 ms (one frame) in every load;
- the client <= 1.2x raw httpx (Get Order small and 1 MB, send invoice);
- RSS with an order loaded <= 1.5x the bare window; growth <= 20 MiB over 1,000 sends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .harness import Row

MET, NOT_MET = "met", "not met"
#: Verdicts a row may carry besides met / not met: a part missing, or the measured code broke.
UNJUDGED = ("n/a", "failed", "error")

FRAME_MS = 16.0
USABLE_RATIO = 1.3
FIRST_ORDER_SLACK_MS = 30.0
CLIENT_RATIO = 1.2
MEMORY_RATIO = 1.5
GROWTH_MIB = 20.0

STALL_LOADS = (
    "stall_requests", "stall_large", "stall_nfe", "stall_history", "stall_worklist", "stall_batch",
    "stall_batch_send",
)  # fmt: skip
CLIENT_ROWS = ("client_get_order", "client_get_order_1mb", "client_send_invoice")


@dataclass(frozen=True)
class Target:
    text: str  # what the Target column says
    passes: Callable[[Row], bool]  # given a row with both figures


def _ratio_at_most(limit: float) -> Callable[[Row], bool]:
    return lambda row: row.ratio is not None and row.ratio <= limit


def _first_order(row: Row) -> bool:  # ours: exposed -> order shown; baseline: one round trip
    return row.ours is not None and row.baseline is not None and row.ours <= row.baseline + FIRST_ORDER_SLACK_MS


def _growth(row: Row) -> bool:
    growth = row.details.get("growth_mib")
    return growth is not None and growth <= GROWTH_MIB


TARGETS: dict[str, Target] = {
    "startup_usable": Target(f"<= {USABLE_RATIO:g}x bare window", _ratio_at_most(USABLE_RATIO)),
    "startup_first_order": Target(f"<= 1 round trip + {FIRST_ORDER_SLACK_MS:g} ms", _first_order),
    **{key: Target(f"max gap <= {FRAME_MS:g} ms", lambda row: row.ours is not None and row.ours <= FRAME_MS)
       for key in STALL_LOADS},
    **{key: Target(f"<= {CLIENT_RATIO:g}x raw httpx", _ratio_at_most(CLIENT_RATIO)) for key in CLIENT_ROWS},
    "memory_loaded": Target(f"<= {MEMORY_RATIO:g}x bare window", _ratio_at_most(MEMORY_RATIO)),
    # The floors: the same targets, for the stack with no desk code: where one is not met, no desk is.
    "startup_floor": Target(f"<= {USABLE_RATIO:g}x (the usable row's)", _ratio_at_most(USABLE_RATIO)),
    "memory_floor": Target(f"<= {MEMORY_RATIO:g}x (the RSS row's)", _ratio_at_most(MEMORY_RATIO)),
    "memory_invoices": Target(f"growth <= {GROWTH_MIB:g} MiB", _growth),
}  # fmt: skip


def verdict(row: Row) -> str:
    """``met`` / ``not met`` for a measured row; a row that could not be measured keeps its verdict."""
    if row.verdict in UNJUDGED:
        return row.verdict
    target = TARGETS.get(row.key)
    if target is None:  # no product target: the collector's own (ok / over)
        return MET if row.verdict == "ok" else NOT_MET
    if row.ours is None or row.baseline is None:
        return "n/a"
    return MET if target.passes(row) else NOT_MET


def apply_targets(rows: Iterable[Row]) -> None:
    """Set every row's target text (the issue's, where it sets one) and its verdict."""
    for row in rows:
        target = TARGETS.get(row.key)
        if target is not None:
            row.target = target.text
        row.verdict = verdict(row)


def summary(rows: Iterable[Row]) -> list[str]:
    """The targets as Markdown lines, each with the verdicts of its rows (for under the table)."""
    by_key = {row.key: row for row in rows}
    groups = (
        (f"Usable window <= {USABLE_RATIO:g}x the bare window", ("startup_usable",)),
        (f"First order shown within one sandbox round trip + {FIRST_ORDER_SLACK_MS:g} ms",
         ("startup_first_order",)),
        (f"Largest event-loop gap <= {FRAME_MS:g} ms in every load", STALL_LOADS),
        (f"Client <= {CLIENT_RATIO:g}x raw httpx", CLIENT_ROWS),
        (f"RSS with an order loaded <= {MEMORY_RATIO:g}x the bare window", ("memory_loaded",)),
        (f"RSS growth <= {GROWTH_MIB:g} MiB over 1,000 sends", ("memory_invoices",)),
    )  # fmt: skip
    lines = ["", "Targets (issue 18):"]
    for text, keys in groups:
        present = [by_key[key] for key in keys if key in by_key]
        if not present:
            continue
        verdicts = [row.verdict for row in present]
        overall = MET if all(v == MET for v in verdicts) else ("n/a" if all(v in UNJUDGED for v in verdicts)
                                                                else NOT_MET)
        missed = [row.figure for row in present if row.verdict != MET]
        tail = f" (not met or not measured: {'; '.join(missed)})" if missed and overall != MET else ""
        lines.append(f"- {text}: **{overall}**{tail}")
    stalls = [by_key[key] for key in STALL_LOADS if key in by_key]
    if stalls:
        lines += ["", "| Load | Max gap | p99 gap | Gaps over 16 ms per run | Verdict |", "|---|---:|---:|---|---|"]
        for row in stalls:
            runs = row.details.get("runs") or []
            p99 = sorted(r["busy"]["p99_ms"] for r in runs)
            over = [r["busy"]["over_16ms"] for r in runs]
            biggest = "n/a" if row.ours is None else f"{row.ours:.1f} ms"
            median_p99 = f"{p99[len(p99) // 2]:.1f} ms" if p99 else "n/a"
            lines.append(f"| {row.figure} | {biggest} | {median_p99} | {over or 'n/a'} | {row.verdict} |")
    return lines
