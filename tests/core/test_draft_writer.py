"""Finding 9 (issue 11): draft writes on one writer thread, in order, the latest winning, never lost.

Another program holds the journal file's write lock (``BEGIN IMMEDIATE``) in these tests: the
caller never waits for it, reads see the queued drafts, and closing keeps what it could not write
for the next start.
"""

from __future__ import annotations

import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from vtex_invoice_gui.journal import Drafts

STORE, ORDER = "mystore", "1234567890123-01"


class Lock:
    """Another program's write transaction on the file."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, timeout=0, isolation_level=None)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        self.conn.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite3"


@pytest.fixture
def drafts(path: Path) -> Iterator[Drafts]:
    opened = Drafts(path)
    yield opened
    opened.close(timeout=30)


def in_file(path: Path, tab: str) -> dict[str, object] | None:
    import json

    with sqlite3.connect(path, timeout=0) as conn:
        row = conn.execute(
            "SELECT data FROM drafts WHERE store = ? AND order_id = ? AND tab = ?", (STORE, ORDER, tab)
        ).fetchone()
    return None if row is None else json.loads(row[0])


def test_finding_9_saves_queue_behind_a_lock_the_latest_wins_and_all_land_once_it_is_free(
    drafts: Drafts, path: Path
) -> None:
    drafts.save_draft(STORE, ORDER, "events", {"city": "Campinas"})
    lock = Lock(path)
    statuses: list[tuple[str, str]] = []
    done = threading.Event()

    def note(name: str):  # noqa: ANN202
        def call(status: str) -> None:
            statuses.append((name, status))
            if name == "last":
                done.set()

        return call

    try:
        drafts.save_later(STORE, ORDER, "invoice", {"number": "NF1"}, done=note("first"))  # returns at once
        drafts.save_later(STORE, ORDER, "tracking", {"number": "BR1"}, done=note("tracking"))
        drafts.save_later(STORE, ORDER, "invoice", {"number": "NF2"}, done=note("second"))
        drafts.discard_later(STORE, ORDER, "events", done=note("last"))
        assert drafts.load_draft(STORE, ORDER, "invoice") == {"number": "NF2"}  # reads see the queue
        assert drafts.load_draft(STORE, ORDER, "events") is None
        assert in_file(path, "invoice") is None and in_file(path, "events") == {"city": "Campinas"}
    finally:
        lock.release()
    assert done.wait(30)
    assert in_file(path, "invoice") == {"number": "NF2"} and in_file(path, "tracking") == {"number": "BR1"}
    assert in_file(path, "events") is None
    written = [name for name, status in statuses if status == "written"]
    # "first" was either being written when "second" came (then written before it) or replaced by it.
    assert written in (["first", "tracking", "second", "last"], ["tracking", "second", "last"])
    assert ("first", "superseded" if len(written) == 3 else "written") in statuses


def test_finding_9_a_draft_that_may_not_be_kept_is_refused_at_once(drafts: Drafts) -> None:
    with pytest.raises(ValueError, match="credentials"):
        drafts.save_later(STORE, ORDER, "invoice", {"app_token": "x"})
    assert drafts.writer.queued == 0


def test_finding_9_closing_while_the_file_stays_locked_keeps_the_drafts_for_the_next_start(path: Path) -> None:
    drafts = Drafts(path)
    drafts.save_draft(STORE, ORDER, "tracking", {"number": "BR-OLD"})
    lock = Lock(path)
    try:
        drafts.save_later(STORE, ORDER, "invoice", {"number": "NFQUIT"})
        drafts.discard_later(STORE, ORDER, "tracking")
        assert drafts.close(timeout=0.2) is False  # bounded: the desk quits anyway
        kept = drafts.unwritten_path
        assert kept.exists() and stat.S_IMODE(kept.stat().st_mode) == 0o600
        assert "NFQUIT" in kept.read_text(encoding="utf-8")
    finally:
        lock.release()
    again = Drafts(path)  # the next start
    try:
        assert again.load_draft(STORE, ORDER, "invoice") == {"number": "NFQUIT"}
        assert again.writer.flush(30)
        assert in_file(path, "invoice") == {"number": "NFQUIT"} and in_file(path, "tracking") is None
        assert not kept.exists()
    finally:
        again.close()
        drafts.close(timeout=30)


def test_finding_9_a_save_replaced_while_it_waited_for_the_lock_is_reported_once(drafts: Drafts, path: Path) -> None:
    import time

    drafts.writer.retry_s = 0.01
    lock = Lock(path)
    statuses: list[str] = []
    try:
        # Short busy timeout so the writer's first try fails "locked" while the lock is held.
        drafts._conn.execute("PRAGMA busy_timeout = 50")
        drafts.save_later(STORE, ORDER, "invoice", {"number": "NF1"}, done=statuses.append)
        deadline = time.monotonic() + 30
        while drafts.writer._writing is None and time.monotonic() < deadline:
            time.sleep(0.005)  # until the writer is trying it
        drafts.save_later(STORE, ORDER, "invoice", {"number": "NF2"}, done=statuses.append)
    finally:
        lock.release()
    assert drafts.writer.flush(30)
    assert in_file(path, "invoice") == {"number": "NF2"}
    assert sorted(statuses) in (["superseded", "written"], ["written", "written"])  # each told exactly once
