"""The benchmark report judges every row against the product's targets (issue 18), not its own.

Pure logic on made-up rows: no timing is measured here.
"""

from __future__ import annotations

from benchmarks.harness import Row
from benchmarks.report import format_table
from benchmarks.targets import apply_targets, verdict


def _row(key: str, ours: float | None, baseline: float | None, **kw: object) -> Row:
    return Row(key, key.replace("_", " "), "ms", ours=ours, baseline=baseline, **kw)  # type: ignore[arg-type]


def test_usable_window_is_met_up_to_1_3x_the_bare_window() -> None:
    assert verdict(_row("startup_usable", 130.0, 100.0)) == "met"
    assert verdict(_row("startup_usable", 131.0, 100.0)) == "not met"


def test_first_order_gets_one_round_trip_plus_30_ms() -> None:
    assert verdict(_row("startup_first_order", 35.0, 5.0)) == "met"
    assert verdict(_row("startup_first_order", 35.5, 5.0)) == "not met"


def test_every_load_is_judged_on_its_largest_gap_against_one_frame() -> None:
    for key in ("stall_requests", "stall_worklist", "stall_batch_send"):
        assert verdict(_row(key, 16.0, 2.0)) == "met"
        # the idle baseline does not excuse a dropped frame: the target is absolute
        assert verdict(_row(key, 16.1, 15.0)) == "not met"


def test_client_is_met_up_to_1_2x_raw_httpx_where_the_collector_allowed_2x() -> None:
    row = _row("client_get_order_1mb", 36.0, 29.0, verdict="ok", target="<= 2x raw")
    apply_targets([row])
    assert (row.verdict, row.target) == ("not met", "<= 1.2x raw httpx")
    assert verdict(_row("client_send_invoice", 0.6, 0.5)) == "met"


def test_memory_targets_ratio_when_loaded_and_growth_over_the_sends() -> None:
    assert verdict(_row("memory_loaded", 87.0, 58.0)) == "met"
    assert verdict(_row("memory_loaded", 88.0, 58.0)) == "not met"
    # after the sends the ratio may be anything: the growth since the first order is judged
    assert verdict(_row("memory_invoices", 200.0, 58.0, details={"growth_mib": 19.9})) == "met"
    assert verdict(_row("memory_invoices", 80.0, 58.0, details={"growth_mib": 20.5})) == "not met"


def test_a_row_not_measured_keeps_its_reason_and_other_rows_keep_their_own_target() -> None:
    assert verdict(_row("stall_batch", None, None, verdict="n/a")) == "n/a"
    assert verdict(_row("client_get_order", None, None, verdict="failed")) == "failed"
    assert verdict(_row("nfe_large", 2.0, 1.0, verdict="ok", target="<= 5x bare parse")) == "met"
    assert verdict(_row("import_app", 3.0, 1.0, verdict="over")) == "not met"


def test_the_table_prints_the_targets_and_each_loads_p99_and_gap_count() -> None:
    run = {"busy": {"max_ms": 20.0, "p99_ms": 7.5, "over_16ms": 2}}
    rows = [
        _row("startup_usable", 120.0, 100.0),
        _row("stall_nfe", 20.0, 3.0, details={"runs": [run, run, run]}),
    ]
    apply_targets(rows)
    table = format_table(rows, {"machine": {}, "command": "python -m benchmarks", "duration_s": 1.0,
                                "options": {"quick": False}})
    assert "| startup usable | 120 ms | 100 ms | 1.20x | <= 1.3x bare window | met |" in table
    assert "- Usable window <= 1.3x the bare window: **met**" in table
    assert "- Largest event-loop gap <= 16 ms in every load: **not met** (not met or not measured: stall nfe)" in table
    assert "| stall nfe | 20.0 ms | 7.5 ms | [2, 2, 2] | not met |" in table
