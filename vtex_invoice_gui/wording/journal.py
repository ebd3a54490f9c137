"""The words of the journal: its errors, the notes on its rows, and reconciliation's outcomes.

Merged into :data:`vtex_invoice_gui.wording.TEMPLATES`; translated in the ``CoreText`` context.
"""

from __future__ import annotations

from .mark import QT_TRANSLATE_NOOP

JOURNAL_TEMPLATES: dict[str, str] = {
    "journal.duplicate_confirmed": QT_TRANSLATE_NOOP(
        "CoreText", "Invoice {invoice} of order {order} was already sent on {when} UTC (journal #{id}): VTEX "
        "confirmed it. It is already on the order; nothing to do. To change an invoice, send a "
        "return (Input) and a new invoice with a different number."
    ),
    "journal.duplicate_unfinished": QT_TRANSLATE_NOOP(
        "CoreText", "Invoice {invoice} of order {order} was already sent on {when} UTC (journal #{id}): that "
        "send has not finished (or the app stopped while it was going out). Reconcile it first "
        "(re-read the order); send again only if it is not there."
    ),
    "journal.duplicate_unknown": QT_TRANSLATE_NOOP(
        "CoreText", "Invoice {invoice} of order {order} was already sent on {when} UTC (journal #{id}): "
        "VTEX's answer never arrived, so it may or may not have been applied. Reconcile it first "
        "(re-read the order); send again only if it is not there."
    ),
    "journal.busy": QT_TRANSLATE_NOOP("CoreText", "The journal is busy or cannot be written: {reason}."),
    "journal.not_written": QT_TRANSLATE_NOOP("CoreText", "The journal could not be written: {reason}."),
    "journal.no_row": QT_TRANSLATE_NOOP("CoreText", "There is no journal row #{id}."),
    "journal.cannot_open": QT_TRANSLATE_NOOP(
        "CoreText", "Cannot open the journal at {path}: {reason}. Check that the folder is writable."
    ),
    "journal.no_wal": QT_TRANSLATE_NOOP(
        "CoreText", "The journal at {path} cannot use write-ahead logging (mode {mode})."
    ),
    "journal.newer": QT_TRANSLATE_NOOP(
        "CoreText", "The journal was written by a newer version of VTEX Invoice Desk (schema {found}, this "
        "version knows {known}). Update the app."
    ),
    "journal.migrate": QT_TRANSLATE_NOOP("CoreText", "Cannot update the journal's format: {reason}."),
    "journal.cannot_resend": QT_TRANSLATE_NOOP(
        "CoreText", "Journal row #{id} is {state}; only an unsettled send can be sent again."
    ),
    "journal.cannot_resend_in_flight": QT_TRANSLATE_NOOP(
        "CoreText", "Journal row #{id} is {state} and still in flight; only an unsettled send can be sent "
        "again."
    ),
    "journal.cannot_move": QT_TRANSLATE_NOOP("CoreText", "Journal row #{id} is {state}; it cannot become {target}."),
    "journal.not_unsettled": QT_TRANSLATE_NOOP(
        "CoreText", "Journal row #{id} is {state}; only an unsettled send is sent again."
    ),
    "journal.desk_running": QT_TRANSLATE_NOOP(
        "CoreText", "Another VTEX Invoice Desk is already using this data folder ({folder}): process {pid} on "
        "{host}, started {started} UTC. Switch to that window, or close it and start again; two desks on one "
        "folder could send the same invoice twice."
    ),
    "journal_note.confirmed": QT_TRANSLATE_NOOP("CoreText", "confirmed by re-reading the order"),
    "journal_note.not_on_order": QT_TRANSLATE_NOOP(
        "CoreText", "not on the order when re-read at {time} UTC; may be sent again"
    ),
    "journal_note.resent": QT_TRANSLATE_NOOP("CoreText", "not applied; sent again as #{id}"),
    "journal_note.not_recorded": QT_TRANSLATE_NOOP("CoreText", "not sent: the journal could not record the send"),
    "reconcile.what_invoice": QT_TRANSLATE_NOOP("CoreText", "invoice {invoice} of order {order} (#{id})"),
    "reconcile.what_tracking_number": QT_TRANSLATE_NOOP(
        "CoreText", "the tracking number of invoice {invoice}, order {order} (#{id})"
    ),
    "reconcile.what_tracking_events": QT_TRANSLATE_NOOP(
        "CoreText", "the tracking events of invoice {invoice}, order {order} (#{id})"
    ),
    "reconcile.what_start_handling": QT_TRANSLATE_NOOP("CoreText", "start handling of order {order} (#{id})"),
    "reconcile.already_settled": QT_TRANSLATE_NOOP("CoreText", "#{id} is already {state}."),
    "reconcile.in_flight": QT_TRANSLATE_NOOP("CoreText", "#{id} is still being sent."),
    "reconcile.owned_elsewhere": QT_TRANSLATE_NOOP(
        "CoreText", "{What} is being settled by another program using this data folder (process {pid} on "
        "{host}); it is left to it."
    ),
    "reconcile.pending": QT_TRANSLATE_NOOP(
        "CoreText", "VTEX has not shown {what} yet; checking again in {seconds} s."
    ),
    "reconcile.order_not_found": QT_TRANSLATE_NOOP(
        "CoreText", "Could not check {what}: VTEX does not find order {order}."
    ),
    "reconcile.check_failed": QT_TRANSLATE_NOOP("CoreText", "Could not check {what}: {error} {advice}"),
    "reconcile.confirmed": QT_TRANSLATE_NOOP("CoreText", "{What} is on the order: confirmed."),
    "reconcile.settled_meanwhile": QT_TRANSLATE_NOOP("CoreText", "#{id} was settled meanwhile ({state})."),
    "reconcile.not_found": QT_TRANSLATE_NOOP(
        "CoreText", "{What} is not on the order: VTEX did not apply it. It can be sent again."
    ),
    "reconcile.store_not_set_up": QT_TRANSLATE_NOOP("CoreText", "Cannot check {what}: store '{store}' is not set up."),
    "reconcile.store_failed": QT_TRANSLATE_NOOP(
        "CoreText", "Cannot check {what}: store '{store}' is not set up ({reason})."
    ),
    "reconcile.error": QT_TRANSLATE_NOOP("CoreText", "Could not check {what}: {error}"),
    "reconcile.resent": QT_TRANSLATE_NOOP("CoreText", "{What} was sent again as #{id}."),
    "reconcile.resent_new_row": QT_TRANSLATE_NOOP("CoreText", "{What} was sent again as a new row."),
}

#: The journal states put inside sentences (``{state}``, ``{target}``).
JOURNAL_PHRASES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("CoreText", "pending"),
    "sent": QT_TRANSLATE_NOOP("CoreText", "sent"),
    "confirmed": QT_TRANSLATE_NOOP("CoreText", "confirmed"),
    "failed": QT_TRANSLATE_NOOP("CoreText", "failed"),
    "unknown": QT_TRANSLATE_NOOP("CoreText", "unknown"),
}
