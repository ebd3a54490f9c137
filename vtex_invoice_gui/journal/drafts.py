"""What the clerk is typing, kept per store, order and tab, so a crash or restart loses nothing.

Drafts live in the journal's SQLite file (table ``drafts``), one row per (store, order, tab), each
save committed atomically (a torn write is impossible: SQLite's WAL). The UI debounces saves with a
timer and passes only form fields; as a last line of defence a draft whose keys look like
credentials is refused. The UI saves with :meth:`Drafts.save_later` (:class:`~.draft_writer.DraftWriter`:
a daemon thread writes, so a locked file never freezes the window); reads see those saves at once.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .db import connect, default_db_path
from .draft_writer import FAILED, Done, DraftWriter
from .models import utc_now

#: Seconds closing waits for the drafts not written yet (the file locked by another program).
CLOSE_FLUSH_S = 2.0

log = logging.getLogger(__name__)

_SECRET_KEY = re.compile(r"app_?key|app_?token|apptoken|secret|password|x-vtex-api", re.IGNORECASE)


@dataclass(frozen=True)
class Draft:
    store: str
    order_id: str
    tab: str
    data: dict[str, Any]
    updated_at: str  # UTC ISO 8601


def _draft_text(data: dict[str, Any]) -> str:
    _check_no_secrets(data)
    try:
        return json.dumps(data, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"A draft must be plain form values (text, numbers, lists): {exc}.") from exc


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
        self.writer = DraftWriter(self)
        self._take_unwritten()

    @property
    def unwritten_path(self) -> Path:
        """Where closing keeps the drafts it could not write (the file was locked); read at the next open."""
        return self.path.with_name(self.path.name + ".unwritten-drafts.json")

    def close(self, timeout: float | None = None) -> bool:
        """Write the queued drafts (waiting at most ``timeout`` s, default :data:`CLOSE_FLUSH_S`),
        then close. True when all were written; else they are kept in :attr:`unwritten_path` (the
        next open writes them), and the file stays open for the writer until the process ends."""
        if not self.writer.close(CLOSE_FLUSH_S if timeout is None else timeout):
            self._keep_unwritten()
            return False
        with self._lock:
            self._conn.close()
        return True

    def _keep_unwritten(self) -> None:
        ops = [{"store": k[0], "order_id": k[1], "tab": k[2], "data": text} for k, text in self.writer.unwritten()]
        log.warning("%d draft write(s) waited for the locked journal file; kept in %s", len(ops), self.unwritten_path)
        temp = self.unwritten_path.with_suffix(".tmp")
        try:
            fd = os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)  # form data: owner only
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(ops, handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.unwritten_path)
        except OSError as exc:
            log.error("could not keep the unwritten drafts: %s", exc)

    def _take_unwritten(self) -> None:
        """Queue the drafts the last close could not write (see :meth:`close`) for the writer
        (reads see them at once); the side file goes once they are all written."""
        path = self.unwritten_path
        try:
            ops = json.loads(path.read_text(encoding="utf-8"))
            queued = [(str(o["store"]), str(o["order_id"]), o["tab"], o["data"]) for o in ops]
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.error("the unwritten drafts in %s could not be read (%s); the file is kept", path, exc)
            return
        if not queued:
            path.unlink(missing_ok=True)
            return
        left = [len(queued)]
        lock = threading.Lock()

        def done(status: str) -> None:
            if status == FAILED:
                log.error("an unwritten draft from %s could not be written; the file is kept", path)
                return
            with lock:
                left[0] -= 1
                if left[0] == 0:
                    path.unlink(missing_ok=True)

        for store, order_id, tab, text in queued:
            try:
                if text is None:
                    self.discard_later(store, order_id, tab, done=done)
                else:
                    self.save_later(store, order_id, str(tab), json.loads(text), done=done)
            except (ValueError, TypeError) as exc:
                log.error("an unwritten draft in %s is not usable (%s); the file is kept", path, exc)

    def __enter__(self) -> Drafts:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save_draft(self, store: str, order_id: str, tab: str, data: dict[str, Any]) -> Draft:
        """Keep ``data`` (JSON-serialisable form fields) as the draft of that tab; replaces any."""
        text = _draft_text(data)
        now = self.write_text(store, order_id, tab, text)
        return Draft(store, order_id, tab, json.loads(text), now)

    def save_later(self, store: str, order_id: str, tab: str, data: dict[str, Any], done: Done | None = None) -> None:
        """Like :meth:`save_draft`, written by the writer thread; ``ValueError`` at once for a
        draft that may not be kept (credentials, values that are not plain)."""
        text = _draft_text(data)
        self.writer.save((store, order_id, tab), text, json.loads(text), done)

    def discard_later(self, store: str, order_id: str, tab: str | None = None, done: Done | None = None) -> None:
        """Like :meth:`discard_draft`, by the writer thread, after the saves queued before it."""
        self.writer.discard((store, order_id, tab), done)

    def write_text(self, store: str, order_id: str, tab: str, text: str) -> str:
        """Store an already checked draft (JSON text); its ``updated_at``."""
        now = utc_now()
        with self._lock:
            self._conn.execute(
                "INSERT INTO drafts (store, order_id, tab, data, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (store, order_id, tab) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at",
                (store, order_id, tab, text, now),
            )  # autocommit: one statement, one transaction
        return now

    def load_draft(self, store: str, order_id: str, tab: str) -> dict[str, Any] | None:
        """The saved fields of that tab (a save not written yet included), or ``None``."""
        queued, data = self.writer.pending(store, order_id, tab)
        if queued:
            return data
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
