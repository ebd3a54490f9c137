"""The journal: one SQLite row per write call, committed before the request leaves.

Life of a row: :meth:`Journal.begin` inserts it ``pending`` (committed), :meth:`Journal.mark_sent`
just before the HTTP call, then :meth:`mark_confirmed`, :meth:`mark_failed` or :meth:`mark_unknown`
after it. If the app dies in between, the row stays ``pending`` or ``sent`` and start-up
reconciliation (``reconcile.py``) settles it by re-reading the order.

Owners: every row records the journal that wrote or last claimed it (:class:`~.owner.Owner`, a
token locked for as long as this journal is open); no journal settles, marks or supersedes a row
that another *live* journal owns (another desk, a batch command), and a dead owner's rows are
claimed by whoever settles them first (:meth:`Journal.claim`, one transaction).

Threads: one connection shared by all threads, every use under one lock (SQLite calls here take
milliseconds; a lock is simpler and safer than a connection per pool thread, which would have to be
closed on each thread). Other processes are handled by SQLite's own file locking (WAL, busy timeout).
Request bodies never hold the app key or token (those travel in headers only).
"""

from __future__ import annotations

import io
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from . import queries
from .db import BUSY_TIMEOUT_S, MEMORY, connect, default_db_path, is_busy
from .errors import (
    MSG_BUSY,
    MSG_CANNOT_MOVE,
    MSG_CANNOT_RESEND,
    MSG_CANNOT_RESEND_IN_FLIGHT,
    MSG_NOT_WRITTEN,
    DuplicateSendError,
    JournalError,
    JournalStateError,
)
from .export import write_csv
from .models import (
    TRANSITIONS,
    UNSETTLED,
    JournalEntry,
    JournalFilter,
    Operation,
    SendState,
    utc_now,
)
from .notes import NOTE_RESENT, note_columns
from .owner import Owner, OwnerInfo
from .window import SettleWindows

#: States that block posting the same invoice number again without reconciliation.
BLOCKING = (SendState.PENDING, SendState.SENT, SendState.UNKNOWN, SendState.CONFIRMED)

#: Milliseconds one try to take the file's write lock waits (see :meth:`Journal._transaction`).
BEGIN_TRY_MS = 50


class Journal:
    """The send journal in one SQLite file (default: :func:`~.db.default_db_path`)."""

    def __init__(self, path: Path | str | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self._conn = connect(self.path)
        self._lock = threading.RLock()
        self._in_flight: set[int] = set()
        self.owner = Owner(self.path if str(self.path) != MEMORY else None)
        #: When each row's settle window started (monotonic ``clock``): see window.py.
        self.windows = SettleWindows(clock)

    def __repr__(self) -> str:
        return f"Journal({str(self.path)!r})"

    def close(self) -> None:
        with self._lock:
            self._conn.close()
            self.owner.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE``): committed on success, rolled back on error.

        While another program holds the file's write lock, this waits up to the busy timeout
        (:data:`~.db.BUSY_TIMEOUT_S`) as before, but in short tries that let go of this object's
        lock in between: the GUI thread's reads never wait behind a writer waiting for the file.
        """
        self._begin_immediate()
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise JournalError(MSG_NOT_WRITTEN.format(reason=str(exc))) from exc
            raise
        finally:
            self._lock.release()  # taken by _begin_immediate

    def _begin_immediate(self) -> None:
        """Start the write transaction; returns holding ``self._lock`` (the caller releases it)."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            self._lock.acquire()
            try:
                self._conn.execute(f"PRAGMA busy_timeout = {BEGIN_TRY_MS}")
                try:
                    self._conn.execute("BEGIN IMMEDIATE")
                finally:
                    self._conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
                return
            except sqlite3.Error as exc:
                self._lock.release()
                if not is_busy(exc) or time.monotonic() >= deadline:
                    raise JournalError(MSG_BUSY.format(reason=str(exc))) from exc
            except BaseException:
                self._lock.release()
                raise
            time.sleep(BEGIN_TRY_MS / 1000)

    # -- writing ----------------------------------------------------------------------------
    def begin(
        self,
        store: str,
        order_id: str,
        operation: Operation | str,
        *,
        invoice_number: str | None = None,
        invoice_type: str | None = None,
        value_cents: int | None = None,
        body: dict[str, Any] | None = None,
        note: str | None = None,
        guard: bool | None = None,
        force: bool = False,
        resend_of: int | None = None,
        batch: str | None = None,
    ) -> JournalEntry:
        """Journal a write about to be made, ``pending``, and commit before returning it.

        ``batch`` names the batch or import it belongs to (History shows them together).

        ``guard`` (default: on for invoices) refuses, with :class:`DuplicateSendError`, when a
        ``pending``, ``sent``, ``unknown`` or ``confirmed`` row exists for the same store, order
        and invoice number. ``force=True`` (only after a reconciliation found the invoice absent)
        lets the unsettled rows of that invoice through and, in the same transaction, marks them
        ``failed`` with a note pointing at the new row, which links to ``resend_of`` (or the
        newest of them). A ``confirmed`` row, one whose request is in flight in this process, or one
        another live journal owns, blocks even with ``force``. ``resend_of`` must be an unsettled row; it is superseded the
        same way (for any operation).
        """
        operation = Operation(operation)
        if guard is None:
            guard = operation is Operation.INVOICE
        body_json = None if body is None else json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        now = utc_now()
        with self._transaction() as conn:
            superseded: list[int] = []
            if resend_of is not None:
                old = queries.row(conn, resend_of)
                busy = resend_of in self._in_flight or self.owner.alive_other(old.owner) is not None
                if old.state not in UNSETTLED or busy:
                    template = MSG_CANNOT_RESEND_IN_FLIGHT if busy else MSG_CANNOT_RESEND
                    raise JournalStateError(template.format(id=resend_of, state=old.state.value))
                superseded.append(resend_of)
            if guard and invoice_number is not None:
                for row in queries.rows_of_invoice(conn, store, order_id, invoice_number):
                    if row.state not in BLOCKING or row.id in superseded:
                        continue
                    busy = row.id in self._in_flight or self.owner.alive_other(row.owner) is not None
                    if not force or row.state is SendState.CONFIRMED or busy:
                        raise DuplicateSendError(row)
                    superseded.append(row.id)
            link = resend_of if resend_of is not None else (max(superseded) if superseded else None)
            attempts = queries.row(conn, link).attempts if link is not None else 0
            cursor = conn.execute(
                "INSERT INTO sends (store, order_id, operation, invoice_number, invoice_type, "
                "value_cents, body, state, created_at, updated_at, attempts, note, note_code, note_params, "
                "resent_from, owner, batch) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (store, order_id, operation.value, invoice_number, invoice_type, value_cents,
                 body_json, now, now, attempts, *note_columns(note), link, self.owner.token, batch),
            )
            new_id = int(cursor.lastrowid or 0)
            for old_id in superseded:
                conn.execute(
                    "UPDATE sends SET state = 'failed', updated_at = ?, note = ?, note_code = ?, note_params = ? "
                    "WHERE id = ?",
                    (now, *note_columns(NOTE_RESENT.format(id=new_id)), old_id),
                )
            return queries.row(conn, new_id)

    def claim(self, row_id: int) -> OwnerInfo | None:
        """Make this journal the row's owner, unless another live journal owns it: then that
        owner is returned and nothing changes (the row is theirs to settle)."""
        with self._transaction() as conn:
            owner = queries.row(conn, row_id).owner
            other = self.owner.alive_other(owner)
            if other is None and owner != self.owner.token:
                conn.execute("UPDATE sends SET owner = ? WHERE id = ?", (self.owner.token, row_id))
            return other

    def gave_up(self, row_id: int) -> None:
        """The client gave up waiting for that row's answer now: its settle window starts."""
        self.windows.gave_up(row_id)

    def mark_sent(self, row_id: int) -> JournalEntry:
        """The request is about to leave: ``pending`` -> ``sent``, one more attempt."""
        with self._lock:  # in flight from the moment the mark is visible
            entry = self._move(row_id, SendState.SENT, attempts_plus=1)
            self._in_flight.add(row_id)
        return entry

    def mark_confirmed(
        self, row_id: int, *, receipt: str | None = None, receipt_date: str | None = None, note: str | None = None
    ) -> JournalEntry:
        """VTEX applied it: its receipt, or ``None`` when a re-read of the order showed it."""
        return self._move(row_id, SendState.CONFIRMED, receipt=receipt, receipt_date=receipt_date, note=note)

    def mark_failed(self, row_id: int, *, note: str | None = None, **error: Any) -> JournalEntry:
        """Certainly not applied. ``error``: ``code``, ``message``, ``http_status``, ``kind``."""
        return self._move(row_id, SendState.FAILED, note=note, **error)

    def mark_unknown(self, row_id: int, *, note: str | None = None, **error: Any) -> JournalEntry:
        """May or may not have been applied: only re-reading the order can tell."""
        return self._move(row_id, SendState.UNKNOWN, note=note, **error)

    def _move(
        self,
        row_id: int,
        state: SendState,
        *,
        attempts_plus: int = 0,
        note: str | None = None,
        receipt: str | None = None,
        receipt_date: str | None = None,
        code: str | None = None,
        message: str | None = None,
        http_status: int | None = None,
        kind: str | None = None,
    ) -> JournalEntry:
        sources = [s.value for s, targets in TRANSITIONS.items() if state in targets]
        now = utc_now()
        sent_at = now if state is SendState.SENT else None
        text, note_code, note_params = note_columns(note)
        given = note is not None
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE sends SET state = ?, updated_at = ?, sent_at = COALESCE(?, sent_at), "
                "attempts = attempts + ?, "
                "note = COALESCE(?, note), note_code = CASE WHEN ? THEN ? ELSE note_code END, "
                "note_params = CASE WHEN ? THEN ? ELSE note_params END, receipt = COALESCE(?, receipt), "
                "receipt_date = COALESCE(?, receipt_date), error_code = COALESCE(?, error_code), "
                "error_message = COALESCE(?, error_message), http_status = COALESCE(?, http_status), "
                f"error_kind = COALESCE(?, error_kind) WHERE id = ? AND state IN ({', '.join('?' * len(sources))})",
                (state.value, now, sent_at, attempts_plus, text, given, note_code, given, note_params, receipt,
                 receipt_date, code, message,
                 http_status, kind, row_id, *sources),
            )
            if cursor.rowcount != 1:
                current = queries.row(conn, row_id)  # raises JournalError for a missing row
                raise JournalStateError(
                    MSG_CANNOT_MOVE.format(id=row_id, state=current.state.value, target=state.value)
                )
            entry = queries.row(conn, row_id)
        if state is not SendState.SENT:
            with self._lock:
                self._in_flight.discard(row_id)
        return entry

    # -- reading (the SELECTs and the row mapping: queries.py) ------------------------------
    def get(self, row_id: int) -> JournalEntry:
        """One row, with its body. Raises :class:`JournalError` when there is no such row."""
        with self._lock:
            return queries.row(self._conn, row_id)

    def forget_in_flight(self, row_id: int) -> None:
        """The request of that row is no longer awaited (its sender was interrupted)."""
        with self._lock:
            self._in_flight.discard(row_id)

    def successor(self, row_id: int) -> JournalEntry | None:
        """The row that re-sent ``row_id`` (newest, if several), or ``None``."""
        with self._lock:
            return queries.successor(self._conn, row_id)

    def is_in_flight(self, row_id: int) -> bool:
        """True while this process is waiting for VTEX's answer to that row's request."""
        with self._lock:
            return row_id in self._in_flight

    def query(
        self, filters: JournalFilter | None = None, offset: int = 0, limit: int = 100, *, with_body: bool = False
    ) -> list[JournalEntry]:
        """A page of rows matching ``filters``, newest first."""
        if offset < 0 or limit < 0:
            raise ValueError("offset and limit must not be negative")
        with self._lock:
            return queries.page(self._conn, filters, offset, limit, with_body=with_body)

    def count(self, filters: JournalFilter | None = None) -> int:
        with self._lock:
            return queries.count(self._conn, filters)

    def latest_receipt(
        self, store: str, order_id: str, operation: Operation | str, invoice_number: str | None
    ) -> JournalEntry | None:
        """The newest ``confirmed`` row for that write (its ``receipt`` is ``None`` when it was
        confirmed by re-reading the order), or ``None`` when there is none."""
        with self._lock:
            return queries.latest_receipt(self._conn, store, order_id, operation, invoice_number)

    def pending_rows(self, store: str | None = None, *, include_in_flight: bool = False) -> list[JournalEntry]:
        """Rows left ``pending``, ``sent`` or ``unknown`` (with bodies), oldest first.

        Rows whose request this process is still waiting for are left out unless asked for.
        """
        with self._lock:
            entries = queries.unsettled(self._conn, store)
            in_flight = set(self._in_flight)
        return [e for e in entries if include_in_flight or e.id not in in_flight]

    # -- export -----------------------------------------------------------------------------
    def export_csv(
        self, filters: JournalFilter | None, file: Path | str | TextIO, *, delimiter: str = ","
    ) -> int:
        """Write the matching rows (oldest first, no bodies) as CSV for the accountant.

        ``file`` is a path (written as UTF-8 with a BOM, which spreadsheet programs need to
        detect UTF-8) or an open text file. Values are decimals with two places (``24.99``);
        dates are UTC ISO 8601. Returns how many rows were written.
        """
        if isinstance(file, str | Path):
            with open(file, "w", encoding="utf-8-sig", newline="") as handle:
                return self._write_csv(filters, handle, delimiter)
        return self._write_csv(filters, file, delimiter)

    def _write_csv(self, filters: JournalFilter | None, handle: TextIO, delimiter: str) -> int:
        return write_csv(self._entries_by_id(filters), handle, delimiter)

    def _entries_by_id(self, filters: JournalFilter | None) -> Iterator[JournalEntry]:
        """The matching rows oldest first, read in chunks so the lock is not held for the whole export."""
        last_id = 0
        while True:
            with self._lock:
                chunk = queries.rows_after(self._conn, filters, last_id)
            if not chunk:
                return
            yield from chunk
            last_id = chunk[-1].id

    def export_csv_text(self, filters: JournalFilter | None = None) -> str:
        """The same CSV as a string (for a clipboard or a test)."""
        buffer = io.StringIO()
        self._write_csv(filters, buffer, ",")
        return buffer.getvalue()
