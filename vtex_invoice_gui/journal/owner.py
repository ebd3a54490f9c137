"""Who owns a journal row, and one desk per data folder: OS file locks the OS drops when a process dies.

Two programs on one data folder (two desks, or a desk and a batch command) must never settle each
other's sends: each :class:`~.store.Journal` is an *owner* with a random token, holding an exclusive
lock on ``owners/<token>.lock`` next to the journal for as long as it is open. Every row records the
token of the journal that wrote it; an owner is alive while its lock file is locked. The OS releases
the lock when the process dies (even by SIGKILL), so a dead owner's rows are fair game, and a
process id reused by another program never makes a dead owner look alive.

:class:`DeskLock` is the same kind of lock on ``desk.lock``: a second desk on the same data folder
is refused with :class:`DeskAlreadyRunning`, which names the first (process id, host, start time).

Locks are ``flock`` on POSIX (per open file, so a second open in the same process conflicts too)
and ``msvcrt.locking`` on Windows.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..messages import Message
from .models import utc_now

OWNERS_DIR = "owners"
DESK_LOCK = "desk.lock"

MSG_DESK_RUNNING = Message("journal.desk_running")


@dataclass(frozen=True)
class OwnerInfo:
    """What a lock file says about the process holding it."""

    pid: int | None = None
    host: str = ""
    started: str = ""

    @classmethod
    def read(cls, path: Path) -> OwnerInfo:
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        pid = data.get("pid")
        return cls(pid if isinstance(pid, int) else None, str(data.get("host", "")), str(data.get("started", "")))

    @classmethod
    def mine(cls) -> OwnerInfo:
        return cls(os.getpid(), socket.gethostname(), utc_now()[:19].replace("T", " "))


class FileLock:
    """An exclusive, non-blocking OS lock on one file, holding ``OwnerInfo`` as JSON."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self, info: OwnerInfo | None = None) -> bool:
        """Take the lock (False when another holder has it) and write ``info`` into the file."""
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle = os.fdopen(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600), "r+b")  # kept while locked
        if not _try_lock(handle):
            handle.close()
            return False
        if info is not None:
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(info.__dict__).encode())
            handle.flush()
        self._file = handle
        return True

    def release(self, *, remove: bool = False) -> None:
        handle, self._file = self._file, None
        if handle is None:
            return
        if remove:
            try:
                self.path.unlink()
            except OSError:
                pass
        _unlock(handle)
        handle.close()


def owner_alive(directory: Path, token: str) -> OwnerInfo | None:
    """The live owner holding ``token``'s lock in ``directory``, or None when it is gone."""
    path = directory / f"{token}.lock"
    if not path.exists():
        return None
    probe = FileLock(path)
    try:
        if probe.acquire():
            probe.release(remove=True)  # dead: tidy its file up
            return None
    except OSError:
        return OwnerInfo.read(path)  # cannot tell: assume alive, never settle someone else's send
    return OwnerInfo.read(path)


class Owner:
    """This journal's identity as a row owner: a token whose lock file is locked while it is open."""

    def __init__(self, journal_path: Path | None) -> None:
        """``journal_path`` None: a journal in memory, whose rows no other journal can see, so
        there is no lock file to take (and no folder to put it in)."""
        self.directory = journal_path.parent / OWNERS_DIR if journal_path is not None else None
        self.token = uuid.uuid4().hex
        self.info = OwnerInfo.mine()
        self._lock = FileLock(self.directory / f"{self.token}.lock") if self.directory is not None else None
        try:
            if self._lock is not None:
                self._lock.acquire(self.info)
        except OSError:  # a read-only folder: rows are still owned, just never seen alive by others
            pass

    def close(self) -> None:
        if self._lock is not None:
            self._lock.release(remove=True)

    def alive_other(self, token: str | None) -> OwnerInfo | None:
        """The owner of a row when it is another live journal; None when it is us or gone."""
        if not token or token == self.token or self.directory is None:
            return None
        return owner_alive(self.directory, token)


class DeskAlreadyRunning(Exception):
    """A desk already uses this data folder; the argument is the clerk's sentence (a Message)."""

    def __init__(self, folder: Path, info: OwnerInfo) -> None:
        self.info = info
        super().__init__(
            MSG_DESK_RUNNING.format(folder=str(folder), pid=info.pid or "?", host=info.host or "?",
                                    started=info.started or "?")
        )


_desk_locks: dict[Path, tuple[FileLock, int]] = {}
_desk_guard = threading.Lock()


class DeskLock:
    """One desk per data folder (per process: a second window in the same process shares it)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder).resolve()
        self._held = False

    def acquire(self) -> DeskLock:
        """Take the folder's desk lock, or raise :class:`DeskAlreadyRunning` naming its holder."""
        with _desk_guard:
            lock, count = _desk_locks.get(self.folder, (None, 0))
            if lock is None:
                lock = FileLock(self.folder / DESK_LOCK)
                if not lock.acquire(OwnerInfo.mine()):
                    raise DeskAlreadyRunning(self.folder, OwnerInfo.read(lock.path))
            _desk_locks[self.folder] = (lock, count + 1)
            self._held = True
        return self

    def release(self) -> None:
        with _desk_guard:
            if not self._held:
                return
            self._held = False
            lock, count = _desk_locks.pop(self.folder)
            if count > 1:
                _desk_locks[self.folder] = (lock, count - 1)
            else:
                lock.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
