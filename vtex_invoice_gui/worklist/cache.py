"""The orders a worklist has read, kept by store and order id so a second look costs nothing.

An entry holds the order and a *digest* of the List Orders row it was read for (status, value,
``lastChange``): when the list shows the order changed, the digest differs and the order is read
again. Entries expire (:data:`TTL_S`) and the file is capped (:data:`MAX_ROWS`, oldest evicted).

:meth:`OrderCache.open` keeps the orders in ``order-cache.sqlite3`` beside the journal
(``VTEX_DESK_HOME``), in WAL mode, shared by the window and the command line. A corrupt file is
replaced; a locked or unwritable one (or any SQLite error later) leaves the cache in memory for the
session, with one log line. Nothing here may stop a queue from loading. No Qt here.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..vtex.order import Order, OrderSummary

log = logging.getLogger(__name__)

FILE_NAME = "order-cache.sqlite3"
TTL_S = 3600.0  # an hour: a queue looked at again within it reads only the list
MAX_ROWS = 10_000  # in the file, all stores together; the oldest go first
MEMORY_ROWS = 5_000  # kept decoded in memory, per cache
EVICT_EVERY = 200  # puts between two evictions of the file
BUSY_TIMEOUT_MS = 2_000  # the other face (window or command line) writing: wait this long, then memory

SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    store    TEXT NOT NULL,
    order_id TEXT NOT NULL,
    digest   TEXT NOT NULL,
    saved_at REAL NOT NULL,
    body     BLOB NOT NULL,
    PRIMARY KEY (store, order_id)
);
CREATE INDEX IF NOT EXISTS orders_saved_at ON orders (saved_at);
"""


def digest_of(summary: OrderSummary | None) -> str:
    """What must not change for a cached order to stand: the list row's status, value, lastChange."""
    if summary is None:
        return ""  # read without a list row (an order marked for return)
    extra = summary.model_extra or {}
    text = "|".join(str(v) for v in (summary.status, summary.total_value, extra.get("lastChange"),
                                     extra.get("workflowInErrorState")))
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


def store_key(profile: Any) -> str:
    """The cache's name for a store, the same in the window and on the command line (which knows a
    sandbox by its address, not by a store id): the sandbox's address, else account and environment."""
    base_url = getattr(profile, "base_url", None)
    if base_url:
        return str(base_url).rstrip("/")
    return f"{profile.account}.{getattr(profile.environment, 'value', profile.environment)}"


def default_path() -> Path:
    from ..journal.db import data_dir

    return data_dir() / FILE_NAME


class OrderCache:
    """Orders of one store by id. In memory unless :meth:`open` gave it a file."""

    def __init__(self, store: str = "", path: Path | None = None, *, ttl: float = TTL_S, max_rows: int = MAX_ROWS,
                 clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.path = path
        self.ttl = ttl
        self.max_rows = max_rows
        self.clock = clock
        self._memory: OrderedDict[str, tuple[str, float, Order]] = OrderedDict()
        self._forgotten: set[str] = set()  # dropped after a send: a miss until put again
        self._flushed: set[str] = set()  # of those, the ones already deleted from the file
        self._db: sqlite3.Connection | None = None
        self._opened = path is None
        self._puts = 0
        self._lock = threading.Lock()  # memory and the forgotten ids: never held while SQLite works
        self._db_lock = threading.Lock()  # the file (it may wait on the other face's write)

    @classmethod
    def open(cls, store: str, path: Path | None = None, **kw: object) -> OrderCache:
        """The store's cache in the shared file (the data folder's unless ``path``). The file is
        opened on first use, on the thread that uses it (never the GUI thread's business)."""
        return cls(store, path or default_path(), **kw)  # type: ignore[arg-type]

    @property
    def on_disk(self) -> bool:
        """True while the entries go to the file (False: memory only, by choice or after a problem)."""
        with self._db_lock:
            return self._connect() is not None

    # -- the cache --------------------------------------------------------------------------
    def get(self, order_id: str, digest: str = "") -> Order | None:
        """The cached order if its list row is unchanged (``digest``) and it has not expired."""
        now = self.clock()
        with self._lock:
            if order_id in self._forgotten:
                return None
            entry = self._memory.get(order_id)
            if entry is not None and entry[0] == digest and now - entry[1] < self.ttl:
                return entry[2]
        with self._db_lock:
            found = self._file_get(order_id)
        if found is None or found[0] != digest or now - found[1] >= self.ttl:
            return None
        try:
            order = Order.model_validate_json(zlib.decompress(found[2]))
        except (ValueError, zlib.error):
            return None  # a damaged entry: read the order again (its put replaces it)
        with self._lock:
            if order_id in self._forgotten:  # forgotten meanwhile (a send)
                return None
            self._remember(order_id, (found[0], found[1], order))
        return order

    def put(self, order: Order, digest: str = "") -> None:
        now = self.clock()
        with self._lock:
            self._forgotten.discard(order.order_id)
            self._flushed.discard(order.order_id)
            self._remember(order.order_id, (digest, now, order))
        body = zlib.compress(order.model_dump_json(by_alias=True).encode(), 1)
        with self._db_lock:
            self._file_put(order.order_id, body, digest, now)

    def forget(self, order_id: str) -> None:
        """Drop an order (after a send): its next look reads it. Cheap: no file work here."""
        with self._lock:
            self._memory.pop(order_id, None)
            self._forgotten.add(order_id)

    def __len__(self) -> int:
        return len(self._memory)

    def close(self) -> None:
        with self._db_lock:
            if self._db is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._flush_forgotten(self._db)
                    self._evict(self._db, self.clock())
                with contextlib.suppress(sqlite3.Error):
                    self._db.close()
                self._db = None

    # -- memory -----------------------------------------------------------------------------
    def _remember(self, order_id: str, entry: tuple[str, float, Order]) -> None:
        self._memory[order_id] = entry
        self._memory.move_to_end(order_id)
        while len(self._memory) > min(self.max_rows, MEMORY_ROWS):
            self._memory.popitem(last=False)

    # -- the file ---------------------------------------------------------------------------
    def _file_get(self, order_id: str) -> tuple[str, float, bytes] | None:
        db = self._connect()
        if db is None:
            return None
        try:
            self._flush_forgotten(db)
            row = db.execute("SELECT digest, saved_at, body FROM orders WHERE store = ? AND order_id = ?",
                             (self.store, order_id)).fetchone()
        except sqlite3.Error as exc:
            self._give_up(exc)
            return None
        return None if row is None else (row[0], row[1], row[2])

    def _file_put(self, order_id: str, body: bytes, digest: str, now: float) -> None:
        db = self._connect()
        if db is None:
            return
        try:
            self._flush_forgotten(db)
            db.execute("INSERT OR REPLACE INTO orders (store, order_id, digest, saved_at, body) VALUES (?, ?, ?, ?, ?)",
                       (self.store, order_id, digest, now, body))
            self._puts += 1
            if self._puts % EVICT_EVERY == 0:
                self._evict(db, now)
        except sqlite3.Error as exc:
            self._give_up(exc)

    def _flush_forgotten(self, db: sqlite3.Connection) -> None:
        """Delete from the file what was forgotten (the ids stay forgotten in memory until put again)."""
        with self._lock:
            gone = [(self.store, order_id) for order_id in self._forgotten if order_id not in self._flushed]
            self._flushed.update(order_id for _store, order_id in gone)
        if gone:
            db.executemany("DELETE FROM orders WHERE store = ? AND order_id = ?", gone)

    def _evict(self, db: sqlite3.Connection, now: float) -> None:
        db.execute("DELETE FROM orders WHERE saved_at < ?", (now - self.ttl,))
        db.execute("DELETE FROM orders WHERE rowid IN (SELECT rowid FROM orders ORDER BY saved_at DESC "
                   "LIMIT -1 OFFSET ?)", (self.max_rows,))

    def _connect(self) -> sqlite3.Connection | None:
        if self._opened:
            return self._db
        self._opened = True
        assert self.path is not None
        try:
            self._db = _open(self.path)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):  # locked, unwritable: leave the file alone
                self._memory_only("could not be opened", exc)
                return None
            try:  # not a database (or damaged): a cache holds nothing that cannot be read again
                _remove(self.path)
                self._db = _open(self.path)
            except (sqlite3.Error, OSError) as again:
                self._memory_only("was damaged and could not be replaced", again)
                return None
            log.warning("order cache %s was damaged (%s): replaced by an empty one", self.path, exc)
        except OSError as exc:
            self._memory_only("could not be opened", exc)
            return None
        with contextlib.suppress(sqlite3.Error):
            self._evict(self._db, self.clock())
        return self._db

    def _memory_only(self, what: str, exc: BaseException) -> None:
        log.warning("order cache %s %s (%s): orders are kept in memory this session", self.path, what, exc)

    def _give_up(self, exc: sqlite3.Error) -> None:
        self._memory_only("failed", exc)
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        self._db = None


def _open(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():  # customer data: readable by its owner only, as the journal
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(SCHEMA)
        db.execute("SELECT count(*) FROM orders").fetchone()
    except BaseException:
        db.close()
        raise
    return db


def _remove(path: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{extra}").unlink()
