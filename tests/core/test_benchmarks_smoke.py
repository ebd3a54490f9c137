"""The benchmark suite still runs end to end (``--quick``: tiny sizes, one repetition).

Asserts the table's rows and that nothing in the measured code broke; never a timing. The Qt
parts run in child processes (offscreen), so this test process stays free of Qt.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXPECTED_ROWS = [
    "startup", "startup_usable", "startup_first_order", "memory_loaded", "startup_floor", "memory_floor", "import_app",
    "stall_requests", "stall_large", "stall_nfe", "stall_history", "stall_worklist", "stall_batch", "stall_batch_send",
    "client_get_order", "client_get_order_1mb", "client_send_invoice",
    "memory_invoices", "nfe_fixtures", "nfe_large", "nfe_hostile", "batch_preview", "batch_send",
]  # fmt: skip

# slow: the whole benchmark suite in child processes (~45 s); CI runs it, `-m "not slow"` skips it.
pytestmark = pytest.mark.slow


def test_quick_run_prints_and_saves_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=110, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    rows = {row["key"]: row for row in result["rows"]}
    assert list(rows) == EXPECTED_ROWS
    broken = {key: row["note"] for key, row in rows.items() if row["verdict"] not in ("met", "not met", "n/a")}
    assert broken == {}
    for key, row in rows.items():
        if row["verdict"] == "n/a":  # a part not built yet says so, and why
            assert row["note"].startswith("n/a (not available: "), key
        else:
            assert row["ours"] > 0 and row["baseline"] > 0 and row["ratio"] > 0, key
    table = proc.stdout
    assert "| Figure | Ours | Baseline | Ratio | Target | Verdict |" in table
    for row in rows.values():
        assert f"| {row['figure']} |" in table
    assert result["command"].endswith("-m benchmarks --quick --json " + str(out))
    assert result["machine"]["cpu_count"] >= 1 and result["machine"]["qt"]
