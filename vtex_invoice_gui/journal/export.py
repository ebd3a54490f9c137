"""The journal as CSV for the accountant: one line per write call, no bodies, no secrets."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from decimal import Decimal
from typing import TextIO

from .models import JournalEntry

CSV_COLUMNS = (
    "date", "store", "order", "operation", "invoice number", "type", "value", "state", "receipt",
    "error code", "error message",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_csv(entries: Iterable[JournalEntry], handle: TextIO, delimiter: str = ",") -> int:
    """Write the header and one line per entry; returns how many entries were written.

    Values are decimals with two places (``24.99``); dates are UTC ISO 8601.
    """
    writer = csv.writer(handle, delimiter=delimiter)
    writer.writerow(CSV_COLUMNS)
    written = 0
    for entry in entries:
        writer.writerow(_csv_row(entry))
        written += 1
    return written


def _csv_row(entry: JournalEntry) -> list[str]:
    value = "" if entry.value_cents is None else format(Decimal(entry.value_cents).scaleb(-2), ".2f")
    return [
        entry.created_at,
        entry.store,
        entry.order_id,
        entry.operation.value,
        entry.invoice_number or "",
        entry.invoice_type or "",
        value,
        entry.state.value,
        _cell(entry.receipt),
        _cell(entry.error_code),
        _cell(entry.error_message),
    ]


def _cell(text: str | None) -> str:
    """Server-supplied text, defused so a spreadsheet never runs it as a formula."""
    if not text:
        return ""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
