"""Journal notes are stored as a message code and its params, worded when shown (issue 12, point 3).

A row written by this version keeps the note's code and params (and its English, for exports);
a row written before schema 5 has only the English, and is read back into the same message.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from vtex_invoice_gui.journal import Journal, Operation, Verdict, reconcile_entry
from vtex_invoice_gui.journal.db import migrate
from vtex_invoice_gui.messages import Message


class _Oms:
    """The order, re-read, shows the write (or not)."""

    def __init__(self, applied: bool) -> None:
        self.applied = applied

    def get_order(self, order_id: str) -> _Oms:
        return self

    def package(self, number: str) -> object | None:
        return object() if self.applied else None


def _unsettled(journal: Journal, number: str = "NF1") -> int:
    entry = journal.begin("shop", "1-01", Operation.INVOICE, invoice_number=number)
    journal.mark_sent(entry.id)
    journal.forget_in_flight(entry.id)
    journal.mark_unknown(entry.id, message="timeout")
    return entry.id


def _stored(journal: Journal, row_id: int) -> tuple[str | None, str | None, str | None]:
    row = journal._conn.execute("SELECT note, note_code, note_params FROM sends WHERE id = ?", (row_id,)).fetchone()
    return row["note"], row["note_code"], row["note_params"]


def test_a_new_note_is_stored_as_its_code_and_params(tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        old = _unsettled(journal)
        new = journal.begin("shop", "1-01", Operation.INVOICE, invoice_number="NF1", force=True).id
        note, code, params = _stored(journal, old)
        assert (code, json.loads(params or "")) == ("journal_note.resent", {"id": new})
        assert note == f"not applied; sent again as #{new}"  # the English stays for exports
        message = journal.get(old).note_message
        assert isinstance(message, Message) and (message.code, dict(message.params)) == ("journal_note.resent", {"id": new})

        row = _unsettled(journal, "NF2")
        outcome = reconcile_entry(_Oms(False), journal, journal.get(row), timeout=0)
        assert outcome.verdict is Verdict.NOT_FOUND
        note, code, params = _stored(journal, row)
        assert code == "journal_note.not_on_order" and set(json.loads(params or "")) == {"time"}
        assert note == str(journal.get(row).note_message)


def test_a_plain_note_has_no_code_and_a_later_note_replaces_the_code(tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        entry = journal.begin("shop", "1-01", Operation.INVOICE, invoice_number="NF1", note="typed by hand")
        assert _stored(journal, entry.id) == ("typed by hand", None, None)
        assert journal.get(entry.id).note_message is None
        journal.mark_sent(entry.id)
        assert _stored(journal, entry.id) == ("typed by hand", None, None)  # no note given: kept
        journal.mark_confirmed(entry.id, note=Message("journal_note.confirmed"))
        assert _stored(journal, entry.id) == ("confirmed by re-reading the order", "journal_note.confirmed", "{}")


def test_a_row_written_before_notes_had_codes_is_read_back_from_its_english(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=4) == 4
    conn.execute(
        "INSERT INTO sends (store, order_id, operation, invoice_number, state, created_at, updated_at, note) "
        "VALUES ('shop', '1-01', 'invoice', 'OLD1', 'unknown', '2025-01-01T00:00:00.000000+00:00', "
        "'2025-01-01T00:00:00.000000+00:00', 'not on the order when re-read at 2025-01-01T10:00:00 UTC; may be "
        "sent again')"
    )
    conn.close()
    with Journal(path) as journal:
        [old] = journal.pending_rows()
        assert (old.note_code, old.note_params) == (None, None)
        message = old.note_message
        assert message is not None and message.code == "journal_note.not_on_order"
        assert dict(message.params) == {"time": "2025-01-01T10:00:00"} and message == old.note
