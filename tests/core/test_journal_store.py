"""The journal's life cycle: rows committed before sending, legal state changes, the duplicate
guard, schema migrations, where the file lives, and use from several threads."""

import json
import os
import sqlite3
import stat
import threading

import pytest

from vtex_invoice_gui.journal import (
    LATEST_VERSION,
    DuplicateSendError,
    Journal,
    JournalError,
    JournalStateError,
    Operation,
    SendState,
    default_db_path,
)
from vtex_invoice_gui.journal.db import MEMORY, migrate

BODY = {"type": "Output", "invoiceNumber": "NF100", "invoiceValue": "2499", "items": []}


@pytest.fixture
def journal(tmp_path):
    with Journal(tmp_path / "journal.sqlite3") as journal:
        yield journal


def _begin(journal, number="NF100", order="1000-01", store="shop", **kwargs):
    return journal.begin(
        store, order, Operation.INVOICE, invoice_number=number, invoice_type="Output", value_cents=2499,
        body=BODY, **kwargs,
    )


def _raw_state(path, row_id):
    """Read a row through a separate connection: what another process (or a restart) would see."""
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT state FROM sends WHERE id = ?", (row_id,)).fetchone()[0]


def test_a_new_row_is_pending_and_committed_before_begin_returns(journal):
    entry = _begin(journal)
    assert entry.state is SendState.PENDING
    assert entry.attempts == 0
    assert entry.created_at == entry.updated_at
    assert entry.created_at.endswith("+00:00")
    assert _raw_state(journal.path, entry.id) == "pending"
    assert journal.get(entry.id).body == BODY


def test_sent_then_confirmed_keeps_the_receipt(journal):
    entry = _begin(journal)
    assert entry.sent_at is None
    sent = journal.mark_sent(entry.id)
    assert sent.state is SendState.SENT and sent.attempts == 1
    assert sent.sent_at == sent.updated_at >= sent.created_at
    assert _raw_state(journal.path, entry.id) == "sent"
    done = journal.mark_confirmed(entry.id, receipt="abc123", receipt_date="2026-11-21T10:00:00+00:00")
    assert (done.state, done.receipt, done.receipt_date) == (SendState.CONFIRMED, "abc123", "2026-11-21T10:00:00+00:00")
    assert done.updated_at >= done.sent_at == sent.sent_at


def test_failed_keeps_vtex_error_details(journal):
    entry = _begin(journal)
    journal.mark_sent(entry.id)
    failed = journal.mark_failed(
        entry.id, code="OMS022", message="The invoice value is higher", http_status=400, kind="BadRequestError"
    )
    assert failed.state is SendState.FAILED
    assert (failed.error_code, failed.error_message, failed.http_status, failed.error_kind) == (
        "OMS022", "The invoice value is higher", 400, "BadRequestError",
    )


@pytest.mark.parametrize(
    ("path", "target"),
    [
        (["sent", "confirmed"], "sent"),
        (["sent", "confirmed"], "failed"),
        (["sent", "failed"], "confirmed"),
        (["sent", "failed"], "unknown"),
        (["sent"], "sent"),
    ],
)
def test_settled_rows_cannot_change(journal, path, target):
    entry = _begin(journal)
    movers = {
        "sent": journal.mark_sent, "confirmed": journal.mark_confirmed, "failed": journal.mark_failed,
        "unknown": journal.mark_unknown,
    }
    for state in path:
        movers[state](entry.id)
    with pytest.raises(JournalStateError, match=f"#{entry.id} is {path[-1]}"):
        movers[target](entry.id)
    assert journal.get(entry.id).state == path[-1]


def test_unknown_can_still_be_settled_either_way(journal):
    first, second = _begin(journal, "A1"), _begin(journal, "A2")
    for entry in (first, second):
        journal.mark_sent(entry.id)
        journal.mark_unknown(entry.id, message="no answer", kind="OutcomeUnknownError")
    assert journal.mark_confirmed(first.id, note="re-read").state is SendState.CONFIRMED
    assert journal.mark_failed(second.id, note="absent").state is SendState.FAILED
    # The error that made it unknown stays in the history.
    assert journal.get(first.id).error_message == "no answer"


def test_a_missing_row_is_reported(journal):
    with pytest.raises(JournalError, match="no journal row #99"):
        journal.mark_sent(99)


@pytest.mark.parametrize("state", ["pending", "sent", "unknown", "confirmed"])
def test_duplicate_guard_refuses_the_same_invoice_number(journal, state):
    entry = _begin(journal)
    if state != "pending":
        journal.mark_sent(entry.id)
    if state == "unknown":
        journal.mark_unknown(entry.id)
    if state == "confirmed":
        journal.mark_confirmed(entry.id, receipt="r1")
    with pytest.raises(DuplicateSendError) as caught:
        _begin(journal)
    assert caught.value.existing.id == entry.id
    assert "NF100" in str(caught.value) and "1000-01" in str(caught.value)
    if state != "confirmed":
        assert "Reconcile it first" in str(caught.value)
    assert journal.count() == 1


def test_guard_is_per_store_order_and_number_and_ignores_failed_rows(journal):
    entry = _begin(journal)
    journal.mark_failed(entry.id, code="1", message="rejected", http_status=400)
    _begin(journal)  # a refused invoice may be corrected and sent again
    _begin(journal, number="NF101")
    _begin(journal, order="2000-01")
    _begin(journal, store="other-shop")
    assert journal.count() == 5


def test_force_supersedes_unsettled_rows_but_never_a_confirmed_one(journal):
    old = _begin(journal)
    journal.mark_sent(old.id)
    journal.mark_unknown(old.id)
    new = _begin(journal, force=True)
    assert new.resent_from == old.id
    assert journal.mark_sent(new.id).attempts == 2  # the second time this invoice goes out
    superseded = journal.get(old.id)
    assert superseded.state is SendState.FAILED
    assert superseded.note == f"not applied; sent again as #{new.id}"
    journal.mark_confirmed(new.id, receipt="r2")
    with pytest.raises(DuplicateSendError):
        _begin(journal, force=True)


def test_force_does_not_override_a_send_in_flight_in_this_process(journal):
    entry = _begin(journal)
    journal.mark_sent(entry.id)
    assert journal.is_in_flight(entry.id)
    with pytest.raises(DuplicateSendError):
        _begin(journal, force=True)
    journal.mark_unknown(entry.id)
    assert not journal.is_in_flight(entry.id)
    _begin(journal, force=True)


def test_resend_of_links_rows_of_any_operation(journal):
    old = journal.begin("shop", "1000-01", "tracking_events", invoice_number="NF100", body={"events": []})
    journal.mark_sent(old.id)
    journal.mark_unknown(old.id)
    new = journal.begin("shop", "1000-01", "tracking_events", invoice_number="NF100", body={}, resend_of=old.id)
    assert new.resent_from == old.id
    assert journal.successor(old.id).id == new.id
    assert journal.get(old.id).state is SendState.FAILED
    with pytest.raises(JournalStateError, match="only an unsettled send"):
        journal.begin("shop", "1000-01", "tracking_events", invoice_number="NF100", resend_of=old.id)


def test_pending_rows_are_the_unsettled_ones_oldest_first(journal):
    rows = [_begin(journal, f"N{i}") for i in range(5)]
    journal.mark_sent(rows[1].id)
    journal.mark_sent(rows[2].id)
    journal.mark_unknown(rows[2].id)
    journal.mark_sent(rows[3].id)
    journal.mark_confirmed(rows[3].id)
    journal.mark_failed(rows[4].id)
    assert [e.id for e in journal.pending_rows()] == [rows[0].id, rows[2].id]  # rows[1] is in flight here
    assert [e.id for e in journal.pending_rows(include_in_flight=True)] == [rows[0].id, rows[1].id, rows[2].id]
    assert journal.pending_rows("other-shop") == []
    assert journal.pending_rows()[0].body == BODY
    # After a restart nothing is in flight any more.
    with Journal(journal.path) as reopened:
        assert [e.id for e in reopened.pending_rows()] == [rows[0].id, rows[1].id, rows[2].id]


def test_latest_receipt_is_the_newest_confirmed_row(journal):
    assert journal.latest_receipt("shop", "1000-01", "invoice", "NF100") is None
    first = _begin(journal)
    journal.mark_sent(first.id)
    journal.mark_confirmed(first.id, receipt="r-first")
    patch1 = journal.begin("shop", "1000-01", "tracking_number", invoice_number="NF100", body={})
    journal.mark_confirmed(patch1.id, receipt="p1")
    patch2 = journal.begin("shop", "1000-01", "tracking_number", invoice_number="NF100", body={})
    journal.mark_confirmed(patch2.id, receipt="p2")
    patch3 = journal.begin("shop", "1000-01", "tracking_number", invoice_number="NF100", body={})
    journal.mark_failed(patch3.id)
    assert journal.latest_receipt("shop", "1000-01", "invoice", "NF100").receipt == "r-first"
    assert journal.latest_receipt("shop", "1000-01", Operation.TRACKING_NUMBER, "NF100").receipt == "p2"
    handled = journal.begin("shop", "1000-01", "start_handling")
    journal.mark_confirmed(handled.id)
    assert journal.latest_receipt("shop", "1000-01", "start_handling", None).id == handled.id


def test_large_bodies_are_kept_whole(journal):
    xml = "<nfeProc>" + "<det>Produto ção</det>" * 50_000 + "</nfeProc>"
    body = dict(BODY, embeddedInvoice=xml)
    entry = journal.begin("shop", "1000-01", "invoice", invoice_number="NF1", body=body)
    assert journal.get(entry.id).body["embeddedInvoice"] == xml
    assert journal.query()[0].body_json is None  # lists skip the body...
    assert journal.query(with_body=True)[0].body == body  # ...unless asked


# -- where the file lives ---------------------------------------------------------------------
def test_default_path_follows_vtex_desk_home(tmp_path, monkeypatch):
    monkeypatch.setenv("VTEX_DESK_HOME", str(tmp_path / "home"))
    assert default_db_path() == tmp_path / "home" / "data" / "journal.sqlite3"
    with Journal() as journal:
        assert journal.path == tmp_path / "home" / "data" / "journal.sqlite3"
        _begin(journal)
    assert (tmp_path / "home" / "data" / "journal.sqlite3").is_file()


def test_default_path_without_override_is_the_user_data_dir(monkeypatch):
    monkeypatch.delenv("VTEX_DESK_HOME", raising=False)
    assert "vtex-invoice-desk" in str(default_db_path())


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_files_are_private_to_the_user(tmp_path):
    with Journal(tmp_path / "new" / "journal.sqlite3") as journal:
        _begin(journal)
        files = list(journal.path.parent.rglob("*"))
        assert {f.name for f in files} >= {"journal.sqlite3", "journal.sqlite3-wal", "owners"}
        assert any(f.suffix == ".lock" for f in files)  # the journal's owner lock (owner.py)
        for file in files:
            assert stat.S_IMODE(file.stat().st_mode) == (0o700 if file.is_dir() else 0o600), file.name
        assert stat.S_IMODE(journal.path.parent.stat().st_mode) == 0o700


def test_wal_and_full_sync_are_on(journal):
    conn = journal._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


# -- migrations -----------------------------------------------------------------------------
def test_an_older_schema_is_migrated_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=1) == 1
    conn.execute(
        "INSERT INTO sends (store, order_id, operation, invoice_number, body, state, created_at, updated_at) "
        "VALUES ('shop', '1000-01', 'invoice', 'OLD1', ?, 'unknown', '2025-01-01T00:00:00.000000+00:00', "
        "'2025-01-01T00:00:00.000000+00:00')",
        (json.dumps(BODY),),
    )
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "sends_store" not in indexes
    conn.close()

    with Journal(path) as journal:
        assert journal._conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION >= 3
        indexes = {r[0] for r in journal._conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"sends_store", "sends_order", "sends_state", "sends_created", "drafts_recent"} <= indexes
        [old] = journal.pending_rows()
        assert (old.invoice_number, old.state, old.body) == ("OLD1", SendState.UNKNOWN, BODY)
        plan = journal._conn.execute("EXPLAIN QUERY PLAN SELECT id FROM sends WHERE store = 'x' ORDER BY id DESC")
        assert "sends_store" in " ".join(str(tuple(r)) for r in plan)


def test_a_journal_from_a_newer_app_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(JournalError, match="newer version"):
        Journal(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1


def test_reopening_applies_nothing_twice(tmp_path):
    path = tmp_path / "j.sqlite3"
    with Journal(path) as journal:
        _begin(journal)
    with Journal(path) as journal:
        assert journal.count() == 1


# -- threads --------------------------------------------------------------------------------
def test_worker_threads_can_share_one_journal(journal):
    errors = []

    def worker(n):
        try:
            for i in range(25):
                entry = _begin(journal, f"T{n}X{i}")
                journal.mark_sent(entry.id)
                journal.mark_confirmed(entry.id, receipt=f"r{n}-{i}")
                journal.query(limit=5)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert journal.count() == 200
    assert journal.pending_rows(include_in_flight=True) == []


def test_two_threads_cannot_both_start_the_same_invoice(journal):
    barrier = threading.Barrier(6)
    outcomes = []

    def worker():
        barrier.wait()
        try:
            outcomes.append(_begin(journal).id)
        except DuplicateSendError:
            outcomes.append("refused")

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("refused") == 5
    assert journal.count() == 1


def test_finding_memory_journal_leaves_no_owner_lock_in_the_working_folder(tmp_path, monkeypatch):
    """Found in review: a journal kept in memory (no file could be opened) took its owner lock in
    ``./owners/`` of whatever folder the desk was started from, leaving a stray folder there."""
    monkeypatch.chdir(tmp_path)
    journal = Journal(MEMORY)
    try:
        assert journal.owner.alive_other("someone-else") is None
    finally:
        journal.close()
    assert list(tmp_path.iterdir()) == []
