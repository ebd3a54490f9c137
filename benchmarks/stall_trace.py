"""Where a stall goes: which thread ran what while the event loop could not tick.

    .venv/bin/python -m benchmarks.stall_trace nfe|large|requests|batch|batch_send [--top N]

Runs one stall workload (sizes of the full suite) in a child like ``benchmarks.stall`` does, with
a sampler thread that records every thread's innermost frames of the desk's own code (and the
library frame they called) every 0.5 ms. For each gap over 16 ms it prints what the samples saw
inside the gap (and every garbage collection over 2 ms that overlapped it, which holds the GIL
throughout), so the sampler is itself a witness: a gap with no samples inside means one thread
held the GIL in a single C call the whole time (the first sample after it names that call's caller).
A diagnosis tool, not a figure: the sampler costs some CPU of its own, and its samples (a dict each)
make the collections it reports longer than they are without it (``stall``'s notes give those).
"""

from __future__ import annotations

import collections
import json
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from .harness import ChildFailed, child_main, run_child
from .sandbox_proc import sandbox_process

SAMPLE_S = 0.0005
DEPTH = 4  # frames of our code per sample
TOP_PLACES = 20  # places listed per gap
OURS = ("vtex_invoice_gui", "benchmarks")


def _where(frame: Any) -> str:
    """The innermost frame of our code and the frame it called (if outside our code)."""
    lib = ""
    ours: list[str] = []
    while frame is not None and len(ours) < DEPTH:
        name = frame.f_code.co_filename
        if any(part in name for part in OURS):
            short = name.split("vtex_invoice_gui/")[-1].split("benchmarks/")[-1]
            ours.append(f"{short}:{frame.f_lineno} {frame.f_code.co_name}")
        elif not lib and not ours:
            lib = f"{Path(name).name}:{frame.f_code.co_name}"
        frame = frame.f_back
    if not ours:
        return lib or "?"
    return " <- ".join(ours) + (f" -> {lib}" if lib else "")


class Sampler:
    def __init__(self) -> None:
        self.samples: list[tuple[float, dict[str, str]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)
        self._me = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        self._me = threading.get_ident()
        names = {}
        while not self._stop.is_set():
            now = time.perf_counter()
            frames = sys._current_frames()
            if len(names) != len(frames):
                names = {t.ident: t.name for t in threading.enumerate()}
            self.samples.append(
                (now, {names.get(i, str(i)): _where(f) for i, f in frames.items() if i != self._me})
            )
            time.sleep(SAMPLE_S)


def measure(args: dict[str, Any]) -> dict[str, Any]:
    from . import qtprobe, stall

    ticks: list[float] = []
    original = qtprobe.StallMeter._tick

    def tick(meter: Any) -> None:
        original(meter)
        ticks.append(time.perf_counter())

    qtprobe.StallMeter._tick = tick  # type: ignore[method-assign]
    collections_seen = stall.CollectionWatch()
    sampler = Sampler()
    sampler.start()
    stall.measure(args)
    sampler.stop()
    collections_seen.stop()
    report = []
    for before, after in zip(ticks, ticks[1:]):
        if after - before <= 0.016:
            continue
        inside = [s for t, s in sampler.samples if before <= t <= after]
        following = next((s for t, s in sampler.samples if t > after), {})
        seen: collections.Counter[str] = collections.Counter()
        for sample in inside:
            for thread, where in sample.items():
                if where.endswith("threading.py:wait") or where.startswith("qtprobe.py"):
                    continue  # idle workers, the idle event loop
                seen[f"{thread}: {where}"] += 1
        in_gc = [(round((end - begin) * 1000, 1), generation) for begin, end, generation in collections_seen.spans
                 if begin < after and end > before and end - begin > 0.002]
        report.append({
            "gap_ms": round((after - before) * 1000, 1),
            "samples": len(inside),
            "gc": in_gc,
            "seen": seen.most_common(TOP_PLACES),
            "after": following,
        })
    return {"gaps": report}


def main() -> None:
    from .harness import Options
    from .stall import _sizes

    workload = sys.argv[1]
    top = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--top" else 12
    sizes = _sizes(Options())
    with tempfile.TemporaryDirectory(prefix="vtex-trace-") as tmp:
        nfe_path = Path(tmp) / "large-nfe.xml"
        from tests.support.nfe_samples import make_large_nfe

        nfe_path.write_bytes(make_large_nfe(sizes["nfe_items"]))
        kwargs: dict[str, Any] = {"latency": 0.15, "large_items": [sizes["large_items"]]}
        if workload in ("batch", "batch_send"):
            kwargs = {"latency": 0.0, "ready_orders": sizes["batch_files" if workload == "batch" else "batch_sends"]}
        for attempt in range(3):  # walking other threads' frames crashes CPython 3.11 now and then
            try:
                with sandbox_process(**kwargs) as sb:
                    result = run_child("stall_trace", {"workload": workload, "sandbox": sb, "nfe_path": str(nfe_path),
                                                       "idle_seconds": 0.3, **sizes}, timeout=900)
                break
            except ChildFailed:
                if attempt == 2:
                    raise
    gaps = sorted(result["gaps"], key=lambda g: -g["gap_ms"])[:top]
    for gap in gaps:
        print(f"gap {gap['gap_ms']} ms, {gap['samples']} samples inside")
        for ms, generation in gap["gc"]:
            print(f"    gc     generation {generation} collection: {ms} ms")
        for where, count in gap["seen"]:
            print(f"    {count:4d}  {where}")
        for thread, where in gap["after"].items():
            print(f"    after  {thread}: {where}")
    print(json.dumps({"gaps_over_16": len(result["gaps"])}))


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("{"):
        main()
    else:
        child_main(measure)
