"""Two checkouts, one stall workload, runs interleaved: did a change move the largest gap?

    .venv/bin/python -m benchmarks.stall_ab requests|large|nfe|history RUNS ROOT_A ROOT_B

ROOT_A and ROOT_B are checkouts of the desk (``git worktree add /tmp/old <commit>``), each run with
this venv's Python from its own root, so each measures its own code. The runs alternate A, B, B, A,
A, B... so that the machine's drift (the host's load moves the gaps by 5-10 ms within an hour)
hits both alike. Prints each run's largest gap, p99, gaps over 16 ms and idle floor, then the
median largest gap per checkout. Only the A/B of one change on one machine: the suite's own
figures come from ``python -m benchmarks``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from statistics import median

DRIVER = r"""
import json, sys
sys.path.insert(0, ".")
from benchmarks.harness import Options, run_child
from benchmarks.sandbox_proc import sandbox_process
from benchmarks.stall import _sizes
sizes = _sizes(Options())
with sandbox_process(latency=0.15, large_items=[sizes["large_items"]]) as sb:
    r = run_child("stall", {"workload": sys.argv[1], "sandbox": sb, "nfe_path": "", "idle_seconds": 1.0, **sizes},
                  timeout=600)
print("STALL-AB " + json.dumps({"busy": r["busy"], "idle": r["idle"]}))
"""


def main() -> None:
    workload, runs, roots = sys.argv[1], int(sys.argv[2]), sys.argv[3:5]
    results: dict[str, list[dict]] = {root: [] for root in roots}
    for i in range(runs):
        for root in roots if i % 2 == 0 else roots[::-1]:
            proc = subprocess.run([sys.executable, "-c", DRIVER, workload], cwd=root, capture_output=True, text=True)
            line = next((x for x in proc.stdout.splitlines() if x.startswith("STALL-AB ")), None)
            if line is None:
                print(f"{root}: failed: {proc.stderr[-1500:]}", flush=True)
                continue
            run = json.loads(line[len("STALL-AB "):])
            results[root].append(run)
            busy = run["busy"]
            print(f"{root}: max {busy['max_ms']:.1f} ms, p99 {busy['p99_ms']:.1f} ms, "
                  f"{busy['over_16ms']} gaps over 16 ms, idle max {run['idle']['max_ms']:.1f} ms", flush=True)
    for root, done in results.items():
        if done:
            print(f"{root}: median largest gap {median(r['busy']['max_ms'] for r in done):.1f} ms over {len(done)} "
                  f"runs; gaps over 16 ms per run {[r['busy']['over_16ms'] for r in done]}")


if __name__ == "__main__":
    main()
