"""The notes the desk writes on journal rows, stored as a message code and its params.

Since schema 5 a note is kept as its code and params (``note_code``, ``note_params`` as JSON) and
worded when it is shown (History, receipts), in the clerk's language; the ``note`` column also
keeps the English, for CSV exports and older versions. Rows written before have only the English:
:func:`note_message` reads such text back by matching it against these templates; a note that
matches none (VTEX's own error text) is shown as it is. Keep a template's wording once it has been
written to journals, or add a new template beside it.
"""

from __future__ import annotations

import json

from ..messages import Message, parse_message

NOTE_CONFIRMED = Message("journal_note.confirmed")
NOTE_NOT_ON_ORDER = Message("journal_note.not_on_order")
NOTE_RESENT = Message("journal_note.resent")
#: Written as the row's error message when the journal failed before the request left.
NOTE_NOT_RECORDED = Message("journal_note.not_recorded")

NOTES = (NOTE_CONFIRMED, NOTE_NOT_ON_ORDER, NOTE_RESENT, NOTE_NOT_RECORDED)


def note_message(text: str | None) -> Message | None:
    """The :class:`Message` (code and params) of a note the desk wrote; None for any other text."""
    return parse_message(text, NOTES)


def note_columns(note: str | None) -> tuple[str | None, str | None, str | None]:
    """What the journal stores for ``note``: its English, and its code and params (JSON) when it
    is a :class:`Message` with a code (plain text has none)."""
    if isinstance(note, Message) and note.code:
        return str(note), note.code, json.dumps(dict(note.params), ensure_ascii=False, default=str)
    return note, None, None
