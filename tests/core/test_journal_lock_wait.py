"""Finding 9 (issue 11): a write waiting for another program's lock on the journal file does not
make the desk's own reads wait (the GUI thread reads the journal: receipts, the duplicate check)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vtex_invoice_gui.journal import Journal


def test_finding_9_reads_do_not_wait_behind_a_write_waiting_for_the_file_lock(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    other = sqlite3.connect(journal.path, timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another desk, a batch command, a backup tool...
    began: list[object] = []
    trying = threading.Event()
    real_transaction = journal._transaction

    @contextmanager
    def transaction() -> Iterator[sqlite3.Connection]:
        trying.set()
        with real_transaction() as conn:
            yield conn

    journal._transaction = transaction  # type: ignore[method-assign]
    writer = threading.Thread(
        target=lambda: began.append(journal.begin("mystore", "1-01", "invoice", invoice_number="NF1")), daemon=True
    )
    try:
        writer.start()
        assert trying.wait(10)
        for _ in range(5):  # reads (receipts, the duplicate check) while the write waits
            assert journal.query() == [] and not journal.is_in_flight(1)
            threading.Event().wait(0.05)
        assert writer.is_alive() and began == []  # they were answered while the write still waits
    finally:
        other.execute("COMMIT")
        other.close()
    writer.join(30)
    assert len(began) == 1 and [e.invoice_number for e in journal.query()] == ["NF1"]
    journal.close()
