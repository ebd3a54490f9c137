"""The SQLite file behind the journal and the drafts: where it lives, how it is opened, migrations.

Durability choice: WAL with ``synchronous=FULL``. In WAL mode ``NORMAL`` already survives the app
being killed (the WAL is in the OS page cache), but a power cut or OS crash can roll back the last
commits; for this journal that would lose exactly the row that says "an invoice went out", and a
later start-up would then not know to reconcile it before the clerk posts again. ``FULL`` fsyncs the
WAL on every commit. Writes are a few per clerk action, so the cost (a millisecond or so) is
irrelevant, while WAL still lets the History view read while a worker writes.

The schema is versioned with ``PRAGMA user_version``: :data:`MIGRATIONS` is a list applied in order,
each in one ``BEGIN IMMEDIATE`` transaction together with the version bump, so a crash mid-migration
leaves the previous version intact. Never edit a released migration; append a new one.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from .errors import MSG_CANNOT_OPEN, MSG_DAMAGED, MSG_MIGRATE, MSG_NEWER, MSG_NO_WAL, JournalDamagedError, JournalError

APP_NAME = "vtex-invoice-desk"
HOME_ENV = "VTEX_DESK_HOME"
DB_NAME = "journal.sqlite3"
BUSY_TIMEOUT_S = 10.0
#: The path of a journal kept in memory only (when no file can be opened: sends are then refused).
MEMORY = ":memory:"
#: SQLite's primary result codes for a file that is not (or no longer) a database.
_DAMAGED_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)

#: Each entry is one migration: a sequence of SQL statements. Index 0 is version 1.
MIGRATIONS: list[Sequence[str]] = [
    # 1: the journal of sends.
    (
        """
        CREATE TABLE sends (
            id             INTEGER PRIMARY KEY AUTOINCREMENT,
            store          TEXT    NOT NULL,
            order_id       TEXT    NOT NULL,
            operation      TEXT    NOT NULL CHECK (operation IN
                               ('invoice', 'tracking_number', 'tracking_events', 'start_handling')),
            invoice_number TEXT,
            invoice_type   TEXT,
            value_cents    INTEGER,
            body           TEXT,
            state          TEXT    NOT NULL CHECK (state IN
                               ('pending', 'sent', 'confirmed', 'failed', 'unknown')),
            receipt        TEXT,
            receipt_date   TEXT,
            error_code     TEXT,
            error_message  TEXT,
            http_status    INTEGER,
            error_kind     TEXT,
            created_at     TEXT    NOT NULL,
            updated_at     TEXT    NOT NULL,
            attempts       INTEGER NOT NULL DEFAULT 0,
            note           TEXT,
            resent_from    INTEGER REFERENCES sends(id),
            sent_at        TEXT
        )
        """,
        "CREATE INDEX sends_invoice ON sends (store, order_id, invoice_number)",
    ),
    # 2: indexes for the History view (filters + newest-first paging) and the start-up scan.
    (
        "CREATE INDEX sends_store ON sends (store, id)",
        "CREATE INDEX sends_order ON sends (order_id, id)",
        "CREATE INDEX sends_state ON sends (state, id)",
        "CREATE INDEX sends_operation ON sends (operation, id)",
        "CREATE INDEX sends_created ON sends (created_at)",
        "CREATE INDEX sends_resent ON sends (resent_from)",
    ),
    # 3: the clerk's unsent form drafts, one per store, order and tab.
    (
        """
        CREATE TABLE drafts (
            store      TEXT NOT NULL,
            order_id   TEXT NOT NULL,
            tab        TEXT NOT NULL,
            data       TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (store, order_id, tab)
        )
        """,
        "CREATE INDEX drafts_recent ON drafts (store, updated_at)",
    ),
    # 4: which journal (process) owns a row: no other live one settles it (see owner.py).
    ("ALTER TABLE sends ADD COLUMN owner TEXT",),
    # 5: a note as its message code and params (JSON), worded at display time (notes.py); ``note``
    # keeps the English for exports and older versions, and is all that rows written before have.
    ("ALTER TABLE sends ADD COLUMN note_code TEXT", "ALTER TABLE sends ADD COLUMN note_params TEXT"),
    # 6: the batch (or import) a row was sent in, so History shows a day's batch together.
    ("ALTER TABLE sends ADD COLUMN batch TEXT", "CREATE INDEX sends_batch ON sends (batch)"),
    # 7: fully invoiced orders a clerk marked for return, per store (returns/marks.py).
    (
        """
        CREATE TABLE return_marks (
            store     TEXT NOT NULL,
            order_id  TEXT NOT NULL,
            marked_at TEXT NOT NULL,
            PRIMARY KEY (store, order_id)
        )
        """,
    ),
]

LATEST_VERSION = len(MIGRATIONS)


def data_dir() -> Path:
    """``$VTEX_DESK_HOME/data`` when set, else the platform's per-user data directory."""
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """Where the journal (and the drafts) live unless a path is given."""
    return data_dir() / DB_NAME


def connect(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) the database, private to the user, in WAL mode, migrated.

    The connection is in autocommit mode (``isolation_level=None``): callers open explicit
    transactions. ``check_same_thread=False`` because the owners serialise use with a lock.
    """
    if str(path) == MEMORY:
        return _connect_memory()
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            # Invoices hold customer data (NF-e XML): the file is readable by its owner only.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    except (OSError, sqlite3.Error) as exc:
        raise JournalError(MSG_CANNOT_OPEN.format(path=str(path), reason=str(exc))) from exc
    try:
        conn.row_factory = sqlite3.Row
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise JournalError(MSG_NO_WAL.format(path=str(path), mode=mode))
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
    except sqlite3.Error as exc:  # garbage where the file should be, or a folder that refuses writes
        conn.close()
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in _DAMAGED_CODES:
            raise JournalDamagedError(MSG_DAMAGED.format(path=str(path), reason=str(exc))) from exc
        raise JournalError(MSG_CANNOT_OPEN.format(path=str(path), reason=str(exc))) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_memory() -> sqlite3.Connection:
    conn = sqlite3.connect(MEMORY, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    migrate(conn)
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Apply the migrations after the file's version, up to ``target``; return the new version.

    Each step runs in its own ``BEGIN IMMEDIATE`` transaction and re-reads the version inside it,
    so two processes opening an old file at once do not apply a step twice.
    """
    if schema_version(conn) > LATEST_VERSION:
        raise JournalError(MSG_NEWER.format(found=schema_version(conn), known=LATEST_VERSION))
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            version = schema_version(conn)
            if version >= target:
                conn.execute("COMMIT")
                return version
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise JournalError(MSG_MIGRATE.format(reason=str(exc))) from exc


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` says another connection holds the file's lock (try again later)."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)
