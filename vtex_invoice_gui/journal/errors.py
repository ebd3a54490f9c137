"""Errors of the journal: a refused duplicate send, an illegal state change, a database problem."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..messages import Message

if TYPE_CHECKING:
    from .models import JournalEntry


class JournalError(Exception):
    """The journal could not be opened or written (the message says why and what to do).

    The argument is a :class:`~vtex_invoice_gui.messages.Message` (code ``journal.*``) where the
    sentence is for the clerk.
    """


class JournalDamagedError(JournalError):
    """The journal file is not a database (garbage bytes, another file under its name): set it aside."""


class JournalUnavailableError(JournalError):
    """No journal could be opened this session, so no write may go out (nothing would record it)."""


class JournalStateError(JournalError):
    """A row was asked to move to a state it cannot reach from where it is (a bug or a race)."""


class DuplicateSendError(JournalError):
    """This invoice number was already sent (or may have been) to this order: not posted again.

    ``existing`` is the journal row that blocks the send. Posting the same invoice number twice
    makes VTEX generate a new receipt and may overwrite the first invoice, so the desk never does it
    on its own: reconcile the existing row first (re-read the order), and send again with
    ``force=True`` only when the reconciliation says the invoice is not on the order.
    """

    def __init__(self, existing: JournalEntry) -> None:
        self.existing = existing
        when = existing.created_at[:19].replace("T", " ")
        if existing.state == "confirmed":
            template = MSG_DUPLICATE_CONFIRMED
        elif existing.state == "pending" or existing.state == "sent":
            template = MSG_DUPLICATE_UNFINISHED
        else:
            template = MSG_DUPLICATE_UNKNOWN
        super().__init__(
            template.format(invoice=existing.invoice_number, order=existing.order_id, when=when, id=existing.id)
        )


MSG_DUPLICATE_CONFIRMED = Message("journal.duplicate_confirmed")
MSG_DUPLICATE_UNFINISHED = Message("journal.duplicate_unfinished")
MSG_DUPLICATE_UNKNOWN = Message("journal.duplicate_unknown")
MSG_BUSY = Message("journal.busy")
MSG_NOT_WRITTEN = Message("journal.not_written")
MSG_NO_ROW = Message("journal.no_row")
MSG_CANNOT_OPEN = Message("journal.cannot_open")
MSG_DAMAGED = Message("journal.damaged")
MSG_NO_WAL = Message("journal.no_wal")
MSG_NEWER = Message("journal.newer")
MSG_MIGRATE = Message("journal.migrate")
MSG_CANNOT_RESEND = Message("journal.cannot_resend")
MSG_CANNOT_RESEND_IN_FLIGHT = Message("journal.cannot_resend_in_flight")
MSG_CANNOT_MOVE = Message("journal.cannot_move")
MSG_NOT_UNSETTLED = Message("journal.not_unsettled")
