"""Draft writes off the caller's thread: one daemon writer, in order, the latest save winning.

The desk autosaves what the clerk types about once a second. Writing SQLite on the GUI thread
froze the window for the whole busy timeout whenever another process held the journal's write
lock; so :class:`DraftWriter` takes the saves and discards, and one daemon thread writes them in
the order they came. A newer save (or discard) of the same draft replaces one not written yet.
While the file is locked, the writer keeps trying; reads see the queued values at once
(:meth:`DraftWriter.pending`), so nothing typed is ever read back older than it is.

``done(status)`` is called on the writer thread with ``"written"``, ``"superseded"`` (a newer
value took its place) or ``"failed"``.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from .db import is_busy

log = logging.getLogger(__name__)

Key = tuple[str, str, str | None]  # store, order id, tab (None: every tab of the order)
Done = Callable[[str], None]
#: Seconds between two tries while the file stays locked by another process.
RETRY_S = 0.25

WRITTEN, SUPERSEDED, FAILED = "written", "superseded", "failed"


class DraftTable(Protocol):
    """What the writer writes to (:class:`~.drafts.Drafts`)."""

    def write_text(self, store: str, order_id: str, tab: str, text: str) -> str: ...
    def discard_draft(self, store: str, order_id: str, tab: str | None = None) -> int: ...


@dataclass
class _Op:
    key: Key
    text: str | None  # the draft as JSON; None: discard
    data: dict[str, Any] | None
    done: Done | None


class DraftWriter:
    """Queues draft writes for one daemon thread (started on first use)."""

    def __init__(self, table: DraftTable, retry_s: float = RETRY_S) -> None:
        self._table = table
        self.retry_s = retry_s
        self._cond = threading.Condition()
        self._ops: dict[Key, _Op] = {}  # insertion order is write order
        self._writing: _Op | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    # -- queueing ---------------------------------------------------------------------------
    def save(self, key: Key, text: str, data: dict[str, Any], done: Done | None = None) -> None:
        self._put(_Op(key, text, data, done))

    def discard(self, key: Key, done: Done | None = None) -> None:
        self._put(_Op(key, None, None, done))

    def _put(self, op: _Op) -> None:
        superseded = []
        with self._cond:
            if self._closed:
                raise RuntimeError("the drafts are closed")
            for key in list(self._ops):  # a newer value of the same draft replaces the queued one
                if _covers(op.key, key):
                    superseded.append(self._ops.pop(key))
            self._ops[op.key] = op
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="desk-draft-writer", daemon=True)
                self._thread.start()
            self._cond.notify_all()
        for old in superseded:
            _call(old, SUPERSEDED)

    def pending(self, store: str, order_id: str, tab: str) -> tuple[bool, dict[str, Any] | None]:
        """``(True, data)`` when a save (``data``) or a discard (``None``) of that draft is not
        written yet; ``(False, None)`` when the file has the latest value."""
        with self._cond:
            for op in reversed([*([self._writing] if self._writing else []), *self._ops.values()]):
                if op.key[:2] == (store, order_id) and op.key[2] in (tab, None):
                    return True, (dict(op.data) if op.data is not None else None)
        return False, None

    def unwritten(self) -> list[tuple[Key, str | None]]:
        """The writes not done yet, oldest first: (key, JSON text, or None for a discard)."""
        with self._cond:
            ops = [*([self._writing] if self._writing else []), *self._ops.values()]
            return [(op.key, op.text) for op in ops]

    @property
    def queued(self) -> int:
        with self._cond:
            return len(self._ops) + (self._writing is not None)

    # -- writing ----------------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._ops:
                    if self._closed:
                        return
                    self._cond.wait()
                key = next(iter(self._ops))
                op = self._writing = self._ops.pop(key)
            status = self._write(op)
            if status is not None:
                _call(op, status)  # before flush() can see the queue empty
            replaced = False
            with self._cond:
                self._writing = None
                if status is None:  # locked: try again first, unless a newer value came meanwhile
                    replaced = any(_covers(key, op.key) for key in self._ops)
                    if not replaced:
                        self._ops = {op.key: op, **self._ops}
                self._cond.notify_all()
            if replaced:
                _call(op, SUPERSEDED)
            elif status is None:
                time.sleep(self.retry_s)

    def _write(self, op: _Op) -> str | None:
        store, order_id, tab = op.key
        try:
            if op.text is None:
                self._table.discard_draft(store, order_id, tab)
            else:
                assert tab is not None
                self._table.write_text(store, order_id, tab, op.text)
        except sqlite3.Error as exc:
            if is_busy(exc):
                log.info("the journal file is locked by another program; the draft is written when it is free")
                return None
            log.warning("could not write the %s draft: %s", tab or "order's", exc)
            return FAILED
        except Exception as exc:  # noqa: BLE001 - a closed file, a full disk...: the writer goes on
            log.warning("could not write the %s draft: %s", tab or "order's", exc)
            return FAILED
        return WRITTEN

    def flush(self, timeout: float) -> bool:
        """Wait at most ``timeout`` seconds until every queued write is done; True when it is."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._ops or self._writing is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
            return True

    def close(self, timeout: float) -> bool:
        """Take no more writes; wait (bounded) for the queued ones. True when all were written."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        return self.flush(timeout)


def _covers(newer: Key, older: Key) -> bool:
    """Whether a write of ``newer`` makes a write of ``older`` pointless (same draft, or the
    newer one discards every tab of that order)."""
    return newer[:2] == older[:2] and (newer[2] is None or newer[2] == older[2])


def _call(op: _Op, status: str) -> None:
    if op.done is not None:
        try:
            op.done(status)
        except Exception:  # noqa: BLE001 - a caller's callback must not stop the writer
            log.exception("draft callback failed")
