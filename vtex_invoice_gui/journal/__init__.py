"""Nothing lost: the journal of every write, reconciliation instead of double posting, drafts.

No Qt here. The UI wraps its ``OmsClient`` in a :class:`JournaledClient`, runs
:func:`reconcile_all` on a worker at start-up, offers :func:`resend` for ``NOT_FOUND`` outcomes,
pages :meth:`Journal.query` in the History view, and autosaves forms through :class:`Drafts`.
"""

from .client import JournaledClient, error_fields, may_have_applied
from .db import LATEST_VERSION, data_dir, default_db_path
from .drafts import Draft, Drafts
from .errors import DuplicateSendError, JournalError, JournalStateError, JournalUnavailableError
from .models import JournalEntry, JournalFilter, Operation, SendState
from .opening import UnavailableJournal, open_journal
from .reconcile import ReconcileOutcome, Verdict, is_applied, reconcile_all, reconcile_entry, resend
from .store import CSV_COLUMNS, Journal

__all__ = [
    "CSV_COLUMNS", "LATEST_VERSION", "Draft", "Drafts", "DuplicateSendError", "Journal", "JournalEntry",
    "JournalError", "JournalFilter", "JournalStateError", "JournalUnavailableError", "JournaledClient", "Operation",
    "ReconcileOutcome", "SendState", "UnavailableJournal", "Verdict", "data_dir", "default_db_path", "error_fields",
    "is_applied", "may_have_applied", "open_journal", "reconcile_all", "reconcile_entry", "resend",
]
