"""Responsiveness: the longest stall of the Qt event loop while the desk works.

A 1 ms precise ``QTimer`` records the gap between its ticks (``qtprobe.StallMeter``); the longest
gap is the longest time the window could not repaint or react to a click. Each workload runs in
a fresh process with the real window against a sandbox in another process, driven through the
window's own controls:

- ``requests``: 200 Get Order requests (latency 150 ms), each typed into the order panel and
  loaded with the Load button, every answer shown;
- ``large``: 1 MB Get Order answers (an order with hundreds of items), alternating with a
  small order so that every answer replaces the whole order panel and invoice form;
- ``nfe``: importing a 500-item NF-e XML file through the invoice form's import function;
- ``history``: the History tab with 100,000 journal rows: open it, scroll down 100 pages (the view
  fetches each on demand), back to the top, type a search and clear it;
- ``batch``: the Batch tab checking a folder of 500 NF-e (one per order), rows shown at the end;
- ``batch_send``: the Batch tab sending 200 checked invoices (the check happens before the meter).

The baseline is the same meter in the same process with the window idle for a second: the
floor of timer jitter on this machine. The target is absolute: no stall over 16 ms (one frame).
"""

from __future__ import annotations

import gc
import tempfile
import time
from pathlib import Path
from typing import Any

from .harness import PROBLEMS, Options, Row, child_main, median, problem_row, run_child
from .sandbox_proc import sandbox_process

TARGET_MS = 16.0
IDLE_SECONDS = 1.0  # quick mode: 0.3


def _sizes(opts: Options) -> dict[str, int]:
    return {
        "requests": opts.size(200, 10),
        "large_items": opts.size(330, 40),
        "large_loads": opts.size(20, 2),
        "nfe_items": opts.size(500, 50),
        "nfe_imports": opts.size(5, 1),
        "history_rows": opts.size(100_000, 2_000),
        "history_pages": opts.size(100, 5),
        "worklist_rows": opts.size(3_000, 150),
        "batch_files": opts.size(500, 20),
        "batch_sends": opts.size(200, 10),
    }


LABELS = {
    "stall_requests": "Stall: {requests} requests at 150 ms latency",
    "stall_large": "Stall: {large_loads} x 1 MB Get Order ({large_items} items)",
    "stall_nfe": "Stall: NF-e import, {nfe_items} items",
    "stall_history": "Stall: History tab, {history_rows} rows",
    "stall_worklist": "Stall: queue \"To invoice\", {worklist_rows} rows",
    "stall_batch": "Stall: Batch tab checks {batch_files} NF-e",
    "stall_batch_send": "Stall: Batch tab sends {batch_sends} invoices",
}


# --- child -----------------------------------------------------------------------------------


def measure(args: dict[str, Any]) -> dict[str, Any]:
    from .desk import Desk
    from .qtprobe import StallMeter, pump

    workload = args["workload"]
    if workload == "history":
        from .history_load import prepare_history

        prepare_history(int(args["history_rows"]))  # before the window opens: the journal is on disk
    if workload in ("batch", "batch_send"):
        from .batch_view_load import prepare_files

        folder = Path(tempfile.mkdtemp(prefix="vtex-bench-batch-"))
        count = int(args["batch_files" if workload == "batch" else "batch_sends"])
        prepare_files(args["sandbox"], count, folder)  # before the meter starts
    desk = Desk(args["sandbox"])
    seeds = list(args["sandbox"]["seed_ids"].values())
    desk.load_order(seeds[0])
    if workload == "batch_send":
        from .batch_view_load import batch_view, check_folder

        view = batch_view(desk)
        check_ms = check_folder(view, folder, count)  # the preview the clerk sends: before the meter
    meter = StallMeter()
    meter.start()
    pump(float(args.get("idle_seconds", IDLE_SECONDS)))
    idle = meter.stop()

    collections = CollectionWatch()
    meter.start()
    extra: dict[str, float] = {}
    if workload == "requests":
        for i in range(int(args["requests"])):
            desk.load_order(seeds[(i + 1) % len(seeds)])
    elif workload == "large":
        large = args["sandbox"]["large_ids"][0]
        for _ in range(int(args["large_loads"])):
            desk.load_order(large)
            desk.load_order(seeds[0])
    elif workload == "nfe":
        for _ in range(int(args["nfe_imports"])):
            desk.import_nfe(Path(args["nfe_path"]))
            pump(0.1)
    elif workload == "history":
        from .history_load import exercise_history

        exercise_history(desk, int(args["history_rows"]), int(args["history_pages"]))
    elif workload == "worklist":
        from .worklist_load import exercise_worklist

        extra = exercise_worklist(desk, int(args["worklist_rows"]))
    elif workload == "batch":
        from .batch_view_load import exercise_batch

        extra = exercise_batch(desk, folder, count)
    elif workload == "batch_send":
        from .batch_view_load import send_checked

        extra = {"check_ms": check_ms, **send_checked(view, count)}
    else:
        raise ValueError(f"unknown workload {workload}")
    pump(0.1)
    busy = meter.stop()
    return {"idle": idle, "busy": busy, **extra, "gc": collections.stop()}


class CollectionWatch:
    """The cycle collector's runs from creation to :meth:`stop`: each holds the GIL throughout, so
    a long one is a gap whatever thread set it off. ``spans``: (start, end, generation), in
    ``time.perf_counter`` seconds."""

    def __init__(self) -> None:
        self._began = 0.0
        self.spans: list[tuple[float, float, int]] = []
        gc.callbacks.append(self._seen)

    def _seen(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._began = time.perf_counter()
        else:
            self.spans.append((self._began, time.perf_counter(), info["generation"]))

    def stop(self) -> dict[str, float]:
        gc.callbacks.remove(self._seen)
        pauses = [((end - begin) * 1000, generation) for begin, end, generation in self.spans]
        full = [ms for ms, generation in pauses if generation == 2]
        return {"max_ms": max((ms for ms, _ in pauses), default=0.0), "runs": len(pauses),
                "full_runs": len(full), "full_max_ms": max(full, default=0.0)}


# --- parent ----------------------------------------------------------------------------------


def collect(opts: Options) -> list[Row]:
    sizes = _sizes(opts)
    reps = opts.reps(3)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="vtex-bench-nfe-") as tmp:
        nfe_path = Path(tmp) / "large-nfe.xml"
        try:
            from tests.support.nfe_samples import make_large_nfe

            nfe_path.write_bytes(make_large_nfe(sizes["nfe_items"]))
        except ImportError:
            pass
        with sandbox_process(latency=0.15, large_items=[sizes["large_items"]]) as sb:
            for workload in ("requests", "large", "nfe", "history"):
                key = f"stall_{workload}"
                label = LABELS[key].format(**sizes)
                try:
                    runs = [run_child("stall", {"workload": workload, "sandbox": sb, "nfe_path": str(nfe_path),
                                                "idle_seconds": 0.3 if opts.quick else IDLE_SECONDS, **sizes},
                                      timeout=600) for _ in range(reps)]
                except PROBLEMS as exc:
                    rows.append(problem_row(key, label, "ms", exc))
                    continue
                rows.append(_row(key, label, runs, reps))
        rows.append(_worklist_row(sizes, reps, 0.3 if opts.quick else IDLE_SECONDS))
        rows.append(_batch_row(sizes, reps, 0.3 if opts.quick else IDLE_SECONDS))
        rows.append(_batch_send_row(sizes, reps, 0.3 if opts.quick else IDLE_SECONDS))
    return rows


def _batch_row(sizes: dict[str, int], reps: int, idle_seconds: float) -> Row:
    key, label = "stall_batch", LABELS["stall_batch"].format(**sizes)
    try:
        with sandbox_process(latency=0.0, ready_orders=sizes["batch_files"]) as sb:
            runs = [run_child("stall", {"workload": "batch", "sandbox": sb, "idle_seconds": idle_seconds, **sizes},
                              timeout=900) for _ in range(reps)]
    except PROBLEMS as exc:
        return problem_row(key, label, "ms", exc)
    row = _row(key, label, runs, reps)
    row.note = f"checked in {median([r['check_ms'] for r in runs]):.0f} ms; {row.note}"
    return row


def _batch_send_row(sizes: dict[str, int], reps: int, idle_seconds: float) -> Row:
    key, label = "stall_batch_send", LABELS["stall_batch_send"].format(**sizes)
    runs = []
    try:
        for _ in range(reps):  # a fresh store each time: a sent invoice would not send again
            with sandbox_process(latency=0.0, ready_orders=sizes["batch_sends"]) as sb:
                runs.append(run_child("stall", {"workload": "batch_send", "sandbox": sb, "idle_seconds": idle_seconds,
                                                **sizes}, timeout=900))
    except PROBLEMS as exc:
        return problem_row(key, label, "ms", exc)
    row = _row(key, label, runs, reps)
    rate = median([r["send_rate"] for r in runs])
    row.note = f"sent at {rate:.1f} invoices/s through the window; {row.note}"
    return row


def _worklist_row(sizes: dict[str, int], reps: int, idle_seconds: float) -> Row:
    key, label = "stall_worklist", LABELS["stall_worklist"].format(**sizes)
    try:
        with sandbox_process(latency=0.0, ready_orders=sizes["worklist_rows"]) as sb:
            runs = [run_child("stall", {"workload": "worklist", "sandbox": sb, "idle_seconds": idle_seconds, **sizes},
                              timeout=900) for _ in range(reps)]
    except PROBLEMS as exc:
        return problem_row(key, label, "ms", exc)
    row = _row(key, label, runs, reps)
    first = median([r["first_rows_ms"] for r in runs])
    whole = median([r["all_rows_ms"] for r in runs])
    row.note = f"first rows on screen after {first:.0f} ms, all {sizes['worklist_rows']} after {whole:.0f} ms; {row.note}"
    return row


def _row(key: str, label: str, runs: list[dict[str, Any]], reps: int) -> Row:
    busy = median([r["busy"]["max_ms"] for r in runs])
    idle = median([r["idle"]["max_ms"] for r in runs])
    p99 = median([r["busy"]["p99_ms"] for r in runs])
    over = [r["busy"]["over_16ms"] for r in runs]
    collector = median([r["gc"]["max_ms"] for r in runs if "gc" in r] or [0.0])
    row = Row(key, label, "ms", ours=busy, baseline=idle, target=f"<= {TARGET_MS:g} ms",
              verdict="ok" if busy <= TARGET_MS else "over",
              details={"runs": runs},
              note=f"median of {reps} runs of the max gap; p99 {p99:.1f} ms; gaps over 16 ms per run: {over}; "
                   f"longest garbage collection {collector:.1f} ms; baseline: same window idle")
    return row


if __name__ == "__main__":
    child_main(measure)
