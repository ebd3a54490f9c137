"""``python -m benchmarks``: measure the desk against the floor of this machine, print and save a table.

    .venv/bin/python -m benchmarks                 # everything, a few minutes on 2 cores
    .venv/bin/python -m benchmarks --quick         # 1 repetition, tiny sizes (the smoke test)
    .venv/bin/python -m benchmarks --only startup,stall

Writes ``benchmarks/results/latest.json`` (git-ignored) unless ``--json PATH`` says otherwise.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import batch_load, client_overhead, imports, memory, nfe_throughput, stall, startup
from .harness import ROOT, Options, Row, machine_info, warm_bytecode
from .report import format_table
from .targets import apply_targets

DEFAULT_JSON = ROOT / "benchmarks" / "results" / "latest.json"

Collector = Callable[[Options, dict[str, Any]], list[Row]]
GROUPS: dict[str, Collector] = {
    "startup": startup.collect,
    "imports": lambda opts, info: imports.collect(opts),
    "stall": lambda opts, info: stall.collect(opts),
    "client": lambda opts, info: client_overhead.collect(opts),
    "memory": lambda opts, info: memory.collect(opts),
    "nfe": lambda opts, info: nfe_throughput.collect(opts),
    "batch": lambda opts, info: batch_load.collect(opts),
}


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 repetition, tiny sizes (smoke test, < 30 s)")
    parser.add_argument("--only", default="", help=f"comma-separated groups: {', '.join(GROUPS)}")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON,
                        help=f"where to write the JSON (default {DEFAULT_JSON})")
    args = parser.parse_args(argv)
    args.only = tuple(g.strip() for g in args.only.split(",") if g.strip())
    unknown = [g for g in args.only if g not in GROUPS]
    if unknown:
        parser.error(f"unknown group(s) {', '.join(unknown)}; choose from {', '.join(GROUPS)}")
    return args


def run(argv: Sequence[str]) -> dict[str, Any]:
    args = parse_args(argv)
    opts = Options(quick=args.quick, only=args.only)
    info = machine_info()
    started = time.perf_counter()
    print("[benchmarks] bytecode…", file=sys.stderr, flush=True)
    warm_bytecode()
    rows: list[Row] = []
    timings: dict[str, float] = {}
    for name, collect in GROUPS.items():
        if opts.only and name not in opts.only:
            continue
        print(f"[benchmarks] {name}…", file=sys.stderr, flush=True)
        t = time.perf_counter()
        try:
            rows.extend(collect(opts, info))
        except Exception as exc:  # noqa: BLE001 - one broken group must not hide the others
            reason = (str(exc).strip().splitlines() or [""])[-1]
            rows.append(Row(name, f"{name}: benchmark failed", "", verdict="error",
                            note=f"{type(exc).__name__}: {reason}"))
        timings[name] = time.perf_counter() - t
    apply_targets(rows)
    command = " ".join(shlex.quote(a) for a in [Path(sys.executable).name, "-m", "benchmarks", *argv])
    result = {
        "command": command,
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "duration_s": round(time.perf_counter() - started, 1),
        "group_seconds": {k: round(v, 1) for k, v in timings.items()},
        "options": {"quick": opts.quick, "only": list(opts.only)},
        "machine": info,
        "rows": [row.to_json() for row in rows],
    }
    print(format_table(rows, result))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nJSON written to {args.json}")
    return result


if __name__ == "__main__":
    run(sys.argv[1:])
