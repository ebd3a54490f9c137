"""Errors of the journal: a refused duplicate send, an illegal state change, a database problem."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import JournalEntry


class JournalError(Exception):
    """The journal could not be opened or written (the message says why and what to do)."""


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
            what = "VTEX confirmed it"
            todo = (
                "It is already on the order; nothing to do. To change an invoice, send a return "
                "(Input) and a new invoice with a different number."
            )
        elif existing.state == "pending" or existing.state == "sent":
            what = "that send has not finished (or the app stopped while it was going out)"
            todo = "Reconcile it first (re-read the order); send again only if it is not there."
        else:
            what = "VTEX's answer never arrived, so it may or may not have been applied"
            todo = "Reconcile it first (re-read the order); send again only if it is not there."
        super().__init__(
            f"Invoice {existing.invoice_number} of order {existing.order_id} was already sent "
            f"on {when} UTC (journal #{existing.id}): {what}. {todo}"
        )
