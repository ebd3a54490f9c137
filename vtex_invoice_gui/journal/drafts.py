"""What the clerk is typing, kept per store, order and tab, so a crash or restart loses nothing.

Drafts live in the journal's SQLite file (table ``drafts``), one row per (store, order, tab), each
save committed atomically (a torn write is impossible: SQLite's WAL). The UI debounces saves with a
timer and passes only form fields; as a last line of defence a draft whose keys look like
credentials is refused.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .db import connect, default_db_path
from .models import utc_now

_SECRET_KEY = re.compile(r"app_?key|app_?token|apptoken|secret|password|x-vtex-api", re.IGNORECASE)


@dataclass(frozen=True)
class Draft:
    store: str
    order_id: str
    tab: str
    data: dict[str, Any]
    updated_at: str  # UTC ISO 8601


def _check_no_secrets(value: Any, where: str = "draft") -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if _SECRET_KEY.search(str(key)):
                raise ValueError(f"A draft must not hold credentials (field '{key}' in {where}).")
            _check_no_secrets(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_no_secrets(item, f"{where}[{index}]")


class Drafts:
    """Form drafts in the journal's file (or ``path``). Thread-safe (one connection, one lock)."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self._conn = connect(self.path)
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Drafts:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save_draft(self, store: str, order_id: str, tab: str, data: dict[str, Any]) -> Draft:
        """Keep ``data`` (JSON-serialisable form fields) as the draft of that tab; replaces any."""
        _check_no_secrets(data)
        try:
            text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"A draft must be plain form values (text, numbers, lists): {exc}.") from exc
        now = utc_now()
        with self._lock:
            self._conn.execute(
                "INSERT INTO drafts (store, order_id, tab, data, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (store, order_id, tab) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at",
                (store, order_id, tab, text, now),
            )  # autocommit: one statement, one transaction
        return Draft(store, order_id, tab, json.loads(text), now)

    def load_draft(self, store: str, order_id: str, tab: str) -> dict[str, Any] | None:
        """The saved fields of that tab, or ``None``."""
        with self._lock:
            row = self._conn.execute(
                "SELECT data FROM drafts WHERE store = ? AND order_id = ? AND tab = ?", (store, order_id, tab)
            ).fetchone()
        return None if row is None else json.loads(row["data"])

    def discard_draft(self, store: str, order_id: str, tab: str | None = None) -> int:
        """Forget the draft of one tab (or, with ``tab=None``, of every tab of the order)."""
        sql = "DELETE FROM drafts WHERE store = ? AND order_id = ?"
        params: tuple[str, ...] = (store, order_id)
        if tab is not None:
            sql += " AND tab = ?"
            params += (tab,)
        with self._lock:
            return self._conn.execute(sql, params).rowcount

    def latest_drafts(self, store: str | None = None, limit: int = 50) -> list[Draft]:
        """The most recently saved drafts (of ``store``, or of all stores), newest first."""
        sql = "SELECT * FROM drafts"
        params: tuple[Any, ...] = ()
        if store is not None:
            sql += " WHERE store = ?"
            params = (store,)
        with self._lock:
            sql += " ORDER BY updated_at DESC, rowid DESC LIMIT ?"
            rows = self._conn.execute(sql, (*params, limit)).fetchall()
        return [
            Draft(r["store"], r["order_id"], r["tab"], json.loads(r["data"]), r["updated_at"]) for r in rows
        ]
