"""The journal's reads: the ``SELECT`` statements behind :class:`~.store.Journal`, rows to entries.

Each function runs on the connection it is given and returns :class:`~.models.JournalEntry`
objects; the caller holds the journal's lock. These know nothing of owners or of requests in
flight: :class:`~.store.Journal` adds that. Lists read :data:`LIST_COLUMNS` (no body); one row,
a successor and the unsettled rows are read whole.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .errors import MSG_NO_ROW, JournalError
from .models import UNSETTLED, JournalEntry, JournalFilter, Operation

#: Columns read for lists (everything but the possibly large body).
LIST_COLUMNS = (
    "id, store, order_id, operation, invoice_number, invoice_type, value_cents, state, receipt, "
    "receipt_date, error_code, error_message, http_status, error_kind, created_at, updated_at, "
    "attempts, note, resent_from, sent_at, owner, note_code, note_params, batch"
)
#: How many rows :func:`rows_after` reads at once (an export reads in chunks of this size).
CHUNK_ROWS = 2000


def _entries(rows: list[sqlite3.Row]) -> list[JournalEntry]:
    return [JournalEntry.from_row(r) for r in rows]


def _entry(row: sqlite3.Row | None) -> JournalEntry | None:
    return None if row is None else JournalEntry.from_row(row)


def row(conn: sqlite3.Connection, row_id: int) -> JournalEntry:
    """One row, with its body. Raises :class:`JournalError` when there is no such row."""
    found = conn.execute("SELECT * FROM sends WHERE id = ?", (row_id,)).fetchone()
    if found is None:
        raise JournalError(MSG_NO_ROW.format(id=row_id))
    return JournalEntry.from_row(found)


def rows_of_invoice(conn: sqlite3.Connection, store: str, order_id: str, invoice_number: str) -> list[JournalEntry]:
    """Every ``invoice`` row of that store, order and invoice number, newest first."""
    return _entries(
        conn.execute(
            f"SELECT {LIST_COLUMNS} FROM sends WHERE store = ? AND order_id = ? AND invoice_number = ? "
            "AND operation = 'invoice' ORDER BY id DESC",
            (store, order_id, invoice_number),
        ).fetchall()
    )


def successor(conn: sqlite3.Connection, row_id: int) -> JournalEntry | None:
    """The row that re-sent ``row_id`` (newest, if several), or ``None``."""
    return _entry(
        conn.execute("SELECT * FROM sends WHERE resent_from = ? ORDER BY id DESC LIMIT 1", (row_id,)).fetchone()
    )


def page(
    conn: sqlite3.Connection, filters: JournalFilter | None, offset: int, limit: int, *, with_body: bool
) -> list[JournalEntry]:
    """A page of rows matching ``filters``, newest first."""
    where, params = (filters or JournalFilter()).where()
    columns = "*" if with_body else LIST_COLUMNS
    return _entries(
        conn.execute(
            f"SELECT {columns} FROM sends{where} ORDER BY id DESC LIMIT ? OFFSET ?", (*params, limit, offset)
        ).fetchall()
    )


def count(conn: sqlite3.Connection, filters: JournalFilter | None) -> int:
    where, params = (filters or JournalFilter()).where()
    return int(conn.execute(f"SELECT COUNT(*) FROM sends{where}", params).fetchone()[0])


def latest_receipt(
    conn: sqlite3.Connection, store: str, order_id: str, operation: Operation | str, invoice_number: str | None
) -> JournalEntry | None:
    """The newest ``confirmed`` row for that write, or ``None``."""
    return _entry(
        conn.execute(
            f"SELECT {LIST_COLUMNS} FROM sends WHERE store = ? AND order_id = ? AND operation = ? "
            "AND invoice_number IS ? AND state = 'confirmed' ORDER BY id DESC LIMIT 1",
            (store, order_id, Operation(operation).value, invoice_number),
        ).fetchone()
    )


def unsettled(conn: sqlite3.Connection, store: str | None) -> list[JournalEntry]:
    """Rows left ``pending``, ``sent`` or ``unknown`` (with bodies), of one store or all, oldest first."""
    states = ", ".join(f"'{s.value}'" for s in UNSETTLED)
    sql = f"SELECT * FROM sends WHERE state IN ({states})"
    params: tuple[Any, ...] = ()
    if store is not None:
        sql += " AND store = ?"
        params = (store,)
    return _entries(conn.execute(sql + " ORDER BY id", params).fetchall())


def rows_after(conn: sqlite3.Connection, filters: JournalFilter | None, last_id: int) -> list[JournalEntry]:
    """Up to :data:`CHUNK_ROWS` rows matching ``filters`` with an id above ``last_id``, oldest first (no bodies)."""
    where, params = (filters or JournalFilter()).where()
    chunk_where = (where + " AND" if where else " WHERE") + " id > ?"
    return _entries(
        conn.execute(
            f"SELECT {LIST_COLUMNS} FROM sends{chunk_where} ORDER BY id LIMIT {CHUNK_ROWS}", (*params, last_id)
        ).fetchall()
    )
