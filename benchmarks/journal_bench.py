"""How fast the History view's journal queries are on a big journal (prints times; asserts nothing).

    .venv/bin/python benchmarks/journal_bench.py [--rows 100000]

Builds a throw-away journal in a temporary folder with ``--rows`` rows spread over five stores and
all states, then times count, first and last pages, filtered pages, free-text search, a send's
life cycle (three fsynced commits) and the CSV export.
"""

from __future__ import annotations

import argparse
import io
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from vtex_invoice_gui.journal import Journal, JournalFilter

T0 = datetime(2025, 1, 1, tzinfo=UTC)
STATES = ("confirmed", "failed", "unknown", "confirmed")


def build(path: Path, rows: int) -> None:
    Journal(path).close()

    def generate() -> Any:
        for i in range(1, rows + 1):
            when = (T0 + timedelta(minutes=i)).isoformat(timespec="microseconds")
            yield (f"store{i % 5}", f"{1_000_000 + i}-01", "invoice", f"NF{i}", "Output", i, '{"x":1}',
                   STATES[i % 4], f"rcpt{i:08d}", "OMS022 value too high" if i % 4 == 1 else None, when, when)

    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO sends (store, order_id, operation, invoice_number, invoice_type, value_cents, body, "
            "state, receipt, error_message, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            generate(),
        )


def timed(label: str, action: Callable[[], Any], repeat: int = 5) -> None:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    print(f"{label:<44} median {statistics.median(samples):8.2f} ms   max {max(samples):8.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.sqlite3"
        started = time.perf_counter()
        build(path, args.rows)
        print(f"built {args.rows} rows in {time.perf_counter() - started:.2f} s")
        with Journal(path) as journal:
            last = max(args.rows - 100, 0)
            recent = T0 + timedelta(minutes=args.rows - 1440)
            timed("count()", journal.count)
            timed("query() first page (100)", lambda: journal.query(limit=100))
            timed(f"query(offset={last}) last page", lambda: journal.query(offset=last, limit=100))
            timed("count(store)", lambda: journal.count(JournalFilter(store="store3")))
            timed("query(store, state) page 10", lambda: journal.query(
                JournalFilter(store="store2", state="unknown"), offset=1000, limit=100))
            timed("query(order id)", lambda: journal.query(JournalFilter(order_id="1050000-01")))
            timed("query(last day)", lambda: journal.query(JournalFilter(date_from=recent), limit=100))
            timed("count(text='rcpt0009')", lambda: journal.count(JournalFilter(text="rcpt0009")))
            timed("query(text='value too') first page", lambda: journal.query(JournalFilter(text="value too")))

            def life_cycle() -> None:
                entry = journal.begin("bench", f"{time.perf_counter_ns()}-01", "start_handling")
                journal.mark_sent(entry.id)
                journal.mark_confirmed(entry.id, receipt="r")

            timed("begin + sent + confirmed (3 fsynced commits)", life_cycle, repeat=20)
            timed("export_csv(all)", lambda: journal.export_csv(None, io.StringIO()), repeat=1)


if __name__ == "__main__":
    main()
