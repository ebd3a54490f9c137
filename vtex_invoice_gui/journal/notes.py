"""The notes the desk writes on journal rows, and how to read them back with their code.

A note is persisted text: the ``note`` column keeps the English sentence (CSV exports, older
journals and other tools read it as is), and nothing is added to the schema. The History
translates a note by matching it against these templates (:func:`note_message`); a note that
matches none (written by an older version, or VTEX's own error text) is shown as it is.
Keep a template's wording once it has been written to journals, or add a new template beside it.
"""

from __future__ import annotations

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
