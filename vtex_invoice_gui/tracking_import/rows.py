"""Rows of a mapped spreadsheet as import rows: cleaned codes, aware dates, the event, the problems.

VTEX's Admin order export has one row per SKU; :func:`collapse_admin_export` keeps one row per
order and invoice (the export lists several invoice and tracking numbers comma-separated).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from ..messages import Message
from .carriers import clean_code
from .dates import parse_date
from .reader import Cell, Row

MSG_BAD_DATE = Message("tracking_import.bad_date")
MSG_BAD_DELIVERED = Message("tracking_import.bad_delivered")
MSG_EVENT_INCOMPLETE = Message("tracking_import.event_incomplete")
MSG_DELIVERED_NO_DATE = Message("tracking_import.delivered_no_date")

MSG_SCIENTIFIC = Message("tracking_import.scientific")
_SCIENTIFIC = re.compile(r"\d+(?:[.,]\d+)?[eE]\+?\d+")

#: Words put inside the sentences above (their own codes, so the desk can translate them).
WORDS = {
    "date": Message("tracking_import.word_date"),
    "city": Message("tracking_import.word_city"),
    "state": Message("tracking_import.word_state"),
    "description": Message("tracking_import.word_description"),
    "dispatched_date": Message("tracking_import.word_dispatch_date"),
    "event_date": Message("tracking_import.word_event_date"),
    "delivered": Message("tracking_import.word_delivery_date"),
}

_YES = {"yes", "y", "true", "1", "sim", "s", "si", "x", "entregue", "entregado", "delivered"}
_NO = {"no", "n", "false", "0", "nao", "não", ""}


@dataclass
class Event:
    date: datetime
    city: str
    state: str
    description: str


@dataclass
class ImportRow:
    """One row to import, as read (``line`` is its line in the spreadsheet, 1-based)."""

    line: int
    order_id: str = ""
    marketplace_order_id: str = ""
    invoice_number: str = ""
    tracking_number: str = ""
    #: The tracking cell as written (an Admin export cell may list several codes).
    raw_tracking: str = ""
    courier: str = ""
    tracking_url: str = ""
    dispatched_date: datetime | None = None
    event: Event | None = None
    delivered: bool = False
    delivered_date: datetime | None = None
    #: Problems with the row itself (a date that is not one): the row is not sent.
    problems: list[Message] = field(default_factory=list)

    @property
    def is_blank(self) -> bool:
        return not (self.order_id or self.marketplace_order_id or self.tracking_number)


def _text(cell: Cell) -> str:
    return cell.strip() if isinstance(cell, str) else str(cell)


def build_rows(
    rows: Sequence[Row], header_index: int, mapping: Mapping[int, str], tz: tzinfo | None = None
) -> list[ImportRow]:
    """One :class:`ImportRow` per data row after the header (blank rows left out)."""
    built = []
    for offset, row in enumerate(rows[header_index + 1 :], start=header_index + 2):
        cells = {f: row[i] for i, f in mapping.items() if i < len(row)}
        item = _build(offset, cells, tz)
        if not item.is_blank:
            built.append(item)
    return built


def _build(line: int, cells: Mapping[str, Cell], tz: tzinfo | None) -> ImportRow:
    row = ImportRow(line=line)
    texts = {name: _text(value) for name, value in cells.items()}
    row.order_id = texts.get("order_id", "")
    row.marketplace_order_id = texts.get("marketplace_order_id", "")
    row.invoice_number = texts.get("invoice_number", "")
    row.raw_tracking = texts.get("tracking_number", "")
    row.tracking_number = clean_code(row.raw_tracking)
    if _SCIENTIFIC.fullmatch(row.raw_tracking.strip()):
        row.problems.append(MSG_SCIENTIFIC.format(value=row.raw_tracking.strip()))
    row.courier = " ".join(texts.get("courier", "").split())
    row.tracking_url = texts.get("tracking_url", "")
    row.dispatched_date = _date(row, "dispatched_date", cells, tz)
    event_date = _date(row, "event_date", cells, tz)
    _delivered(row, cells.get("delivered", ""), tz, event_date)
    parts = {"date": event_date, "city": texts.get("event_city", ""), "state": texts.get("event_state", ""),
             "description": texts.get("event_description", "")}  # fmt: skip
    given = [name for name, value in parts.items() if value]
    if given == ["date"] and row.delivered:
        return row  # the date is the delivery's, there is no event
    if given:
        missing = tuple(WORDS[name] for name, value in parts.items() if not value)
        if missing:
            row.problems.append(MSG_EVENT_INCOMPLETE.format(missing=missing))
        else:
            row.event = Event(event_date, parts["city"], parts["state"], parts["description"])  # type: ignore[arg-type]
    return row


def _date(row: ImportRow, name: str, cells: Mapping[str, Cell], tz: tzinfo | None) -> datetime | None:
    value = cells.get(name)
    try:
        return parse_date(value, tz)
    except ValueError:
        row.problems.append(MSG_BAD_DATE.format(field=WORDS[name], value=_text(value or "")))
        return None


def _delivered(row: ImportRow, value: Cell, tz: tzinfo | None, event_date: datetime | None) -> None:
    word = _text(value).casefold()
    if word in _NO:
        return
    if word in _YES:
        row.delivered, row.delivered_date = True, event_date
    else:
        try:
            row.delivered, row.delivered_date = True, parse_date(value, tz)
        except ValueError:
            row.problems.append(MSG_BAD_DELIVERED.format(value=_text(value)))
            return
    if row.delivered and row.delivered_date is None:
        row.problems.append(MSG_DELIVERED_NO_DATE)


def _split(value: str) -> list[str]:
    return [part for part in re.split(r"[,;\s]+", value) if part]


def collapse_admin_export(rows: Sequence[ImportRow]) -> list[ImportRow]:
    """One row per order and invoice from VTEX's Admin export (one row per SKU there).

    A cell listing several invoices (``"4711, 4712"``) with as many tracking numbers is paired in
    order; with one tracking number for several invoices the number goes to each of them.
    """
    seen: dict[tuple[str, str], ImportRow] = {}
    for row in rows:
        invoices = _split(row.invoice_number) or [""]
        codes = [clean_code(part) for part in re.split(r"[,;]+", row.raw_tracking) if clean_code(part)]
        for index, invoice in enumerate(invoices):
            code = codes[index] if len(codes) == len(invoices) else (codes[0] if len(codes) == 1 else "")
            key = (row.order_id, invoice)
            if key in seen:
                continue
            copy = ImportRow(**{**row.__dict__, "invoice_number": invoice, "tracking_number": code,
                                "problems": list(row.problems)})  # fmt: skip
            seen[key] = copy
    return [row for row in seen.values() if not row.is_blank]



def edited(
    row: ImportRow, *, order_id: str, invoice_number: str, tracking_number: str, courier: str,
    dispatched_date: str | datetime | None, tz: tzinfo | None = None,
) -> ImportRow:
    """A copy of ``row`` with the clerk's corrections (the file is never changed): the tracking
    number cleaned, the dispatch date parsed; the problems of the fields corrected are found again,
    the others (an incomplete event) kept."""
    new = ImportRow(**{**row.__dict__, "problems": []})
    new.order_id, new.invoice_number = order_id.strip(), invoice_number.strip()
    new.raw_tracking, new.tracking_number = tracking_number.strip(), clean_code(tracking_number)
    new.courier = " ".join(courier.split())
    dispatch_word = WORDS["dispatched_date"]
    for problem in row.problems:
        if problem.code == MSG_SCIENTIFIC.code:
            continue
        if problem.code == MSG_BAD_DATE.code and problem.params.get("field") == dispatch_word:
            continue
        new.problems.append(problem)
    if _SCIENTIFIC.fullmatch(new.raw_tracking):
        new.problems.insert(0, MSG_SCIENTIFIC.format(value=new.raw_tracking))
    new.dispatched_date = _date(new, "dispatched_date", {"dispatched_date": dispatched_date}, tz)
    return new
