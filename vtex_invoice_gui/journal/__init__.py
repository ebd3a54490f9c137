"""Nothing lost: the journal of every write, reconciliation instead of double posting, drafts.

No Qt here. The UI wraps its ``OmsClient`` in a :class:`JournaledClient`, runs
:func:`reconcile_all` on a worker at start-up, offers :func:`resend` for ``NOT_FOUND`` outcomes,
pages :meth:`Journal.query` in the History view, and autosaves forms through :class:`Drafts`.

"Not applied" is concluded only after the settle window (``window.py``: from when the client gave
up, on the monotonic clock; ``PENDING`` until then), and no journal settles a row another live
program on the same data folder owns (``owner.py``; :class:`DeskLock`: one desk per folder).
"""

from .client import JournaledClient, error_fields, may_have_applied
from .db import LATEST_VERSION, data_dir, default_db_path
from .drafts import Draft, Drafts
from .errors import DuplicateSendError, JournalError, JournalStateError, JournalUnavailableError
from .export import CSV_COLUMNS
from .models import JournalEntry, JournalFilter, Operation, SendState
from .opening import UnavailableJournal, open_journal
from .owner import DeskAlreadyRunning, DeskLock
from .reconcile import ReconcileOutcome, Verdict, is_applied, reconcile_all, reconcile_entry, resend
from .store import Journal
from .window import DEFAULT_SETTLE_WINDOW_S, settle_window

__all__ = [
    "CSV_COLUMNS", "DEFAULT_SETTLE_WINDOW_S", "LATEST_VERSION", "DeskAlreadyRunning", "DeskLock", "Draft",
    "Drafts", "DuplicateSendError", "Journal", "JournalEntry", "JournalError", "JournalFilter",
    "JournalStateError", "JournalUnavailableError", "JournaledClient", "Operation", "ReconcileOutcome",
    "SendState", "UnavailableJournal", "Verdict", "data_dir", "default_db_path", "error_fields", "is_applied",
    "may_have_applied", "open_journal", "reconcile_all", "reconcile_entry", "resend", "settle_window",
]
