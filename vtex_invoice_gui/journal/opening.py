"""Opening the journal at start-up without ever crashing the desk, and without sending unjournaled.

* A file that is not a database (garbage bytes, another file under its name) is set aside (renamed
  with the time, never deleted) and a fresh journal is started; the clerk is told where the old
  one is and what to check.
* When no journal can be opened at all (a read-only or missing data folder, a full disk), the
  desk still starts so orders can be loaded and read, but every write is refused: sending
  without a journal would break the promise that nothing is lost or posted twice. The journal
  is then an :class:`UnavailableJournal` (in memory, empty) and the note says what to do.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..aside import set_aside
from ..messages import Message, message_of
from .db import MEMORY, default_db_path
from .errors import JournalDamagedError, JournalError, JournalUnavailableError
from .models import JournalEntry
from .store import Journal

log = logging.getLogger(__name__)

__all__ = ["MSG_SENDING_BLOCKED", "MSG_SET_ASIDE", "UnavailableJournal", "open_journal"]

MSG_SET_ASIDE = Message("journal.set_aside")
MSG_SENDING_BLOCKED = Message("journal.sending_blocked")


class UnavailableJournal(Journal):
    """Stands in for a journal that could not be opened: empty, in memory, and refusing every write.

    ``problem`` (:data:`MSG_SENDING_BLOCKED`) is what the clerk is told; :meth:`begin` raises it,
    so no request can leave even if a send gets past the window's blocked buttons.
    """

    def __init__(self, problem: Message, wanted: Path) -> None:
        super().__init__(MEMORY)
        self.problem = problem
        self.wanted = wanted  # where the journal should have been

    def __repr__(self) -> str:
        return f"UnavailableJournal({str(self.wanted)!r})"

    def begin(self, *args: Any, **kwargs: Any) -> JournalEntry:
        raise JournalUnavailableError(self.problem)


def open_journal(path: Path | None = None) -> tuple[Journal, Message | None]:
    """The journal at ``path`` (default location when None), and what the clerk must be told, if anything."""
    path = Path(path) if path is not None else default_db_path()
    try:
        return Journal(path), None
    except JournalDamagedError as exc:
        damaged = exc
    except JournalError as exc:
        return _unavailable(path, exc)
    try:
        backup = set_aside(path, companions=("-wal", "-shm"))
    except OSError as exc:
        log.error("could not set the damaged journal %s aside: %s", path, exc)
        return _unavailable(path, damaged)
    log.warning("journal %s was damaged (%s); set aside as %s", path, damaged, backup)
    try:
        journal = Journal(path)
    except JournalError as exc:
        return _unavailable(path, exc)
    return journal, MSG_SET_ASIDE.format(backup=str(backup))


def _unavailable(path: Path, error: JournalError) -> tuple[UnavailableJournal, Message]:
    problem = MSG_SENDING_BLOCKED.format(problem=message_of(error), folder=str(path.parent))
    log.error("no journal: sending is blocked (%s)", error)
    return UnavailableJournal(problem, path), problem
