"""Orders a clerk marked for return, kept per store in the journal's SQLite file. No Qt.

A mark says "the customer is sending this back": the Returns queue lists the order until its
return invoice is sent, and sending the return clears the mark. The desk and the command line
read the same file (``table return_marks``, migration 7 in ``journal/db.py``).
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..journal.db import connect, default_db_path
from ..journal.models import utc_now


class ReturnMarks:
    """Marks in the journal's file (or ``path``). Thread-safe (one connection, one lock)."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self._conn = connect(self.path)
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def mark(self, store: str, order_id: str) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR IGNORE INTO return_marks (store, order_id, marked_at) VALUES (?, ?, ?)",
                (store, order_id, utc_now()),
            )

    def clear(self, store: str, order_id: str) -> bool:
        """Forget the mark; True when there was one."""
        with self._lock:
            cursor = self._conn.execute("DELETE FROM return_marks WHERE store = ? AND order_id = ?", (store, order_id))
            return cursor.rowcount > 0

    def is_marked(self, store: str, order_id: str) -> bool:
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM return_marks WHERE store = ? AND order_id = ?", (store, order_id)
            ).fetchone()
        return row is not None

    def marked(self, store: str) -> list[str]:
        """The store's marked order ids, most recent mark first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT order_id FROM return_marks WHERE store = ? ORDER BY marked_at DESC, rowid DESC", (store,)
            ).fetchall()
        return [str(row[0]) for row in rows]
