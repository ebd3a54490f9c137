"""What a journal row is (:class:`JournalEntry`), its states and operations, and History filters."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from ..messages import Message
from ..wording import TEMPLATES
from .notes import note_message


class SendState(StrEnum):
    """Where a write stands.

    ``pending``: journaled, not yet handed to the network. ``sent``: handed to the network, no
    answer yet. ``confirmed``: VTEX answered 2xx, or a re-read of the order showed it applied.
    ``failed``: certainly not applied (VTEX refused it, it never left, or reconciliation found it
    absent and it was sent again as another row). ``unknown``: it may or may not have been applied;
    only re-reading the order settles it.
    """

    PENDING = "pending"
    SENT = "sent"
    CONFIRMED = "confirmed"
    FAILED = "failed"
    UNKNOWN = "unknown"


#: States whose outcome is not settled: start-up reconciliation looks at these.
UNSETTLED = (SendState.PENDING, SendState.SENT, SendState.UNKNOWN)
#: Which state may follow which; confirmed and failed are final.
TRANSITIONS: dict[SendState, tuple[SendState, ...]] = {
    SendState.PENDING: (SendState.SENT, SendState.CONFIRMED, SendState.FAILED, SendState.UNKNOWN),
    SendState.SENT: (SendState.CONFIRMED, SendState.FAILED, SendState.UNKNOWN),
    SendState.UNKNOWN: (SendState.CONFIRMED, SendState.FAILED, SendState.UNKNOWN),
    SendState.CONFIRMED: (),
    SendState.FAILED: (),
}


class Operation(StrEnum):
    INVOICE = "invoice"  # POST /invoice (Output or Input)
    TRACKING_NUMBER = "tracking_number"  # PATCH /invoice/{n}
    TRACKING_EVENTS = "tracking_events"  # PUT /invoice/{n}/tracking
    START_HANDLING = "start_handling"  # POST /start-handling


def utc_now() -> str:
    """Now as fixed-width UTC ISO 8601 (``2026-11-21T17:56:00.123456+00:00``): sorts as text."""
    return to_utc_text(datetime.now(UTC))


def to_utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.astimezone()  # naive means the computer's local time
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def utc_moment(text: str | None) -> datetime | None:
    """A date the journal wrote (:func:`to_utc_text`) read back; None when there is none."""
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


@dataclass(frozen=True)
class JournalEntry:
    """One write call, as journaled. Dates are UTC ISO 8601 text.

    ``attempts`` counts how many times this write went out, including the rows it re-sends
    (a first send has 1, its re-send 2, ...).

    ``body_json`` is the exact JSON that was (or was to be) sent; it is ``None`` in rows read by
    :meth:`Journal.query` unless ``with_body=True`` (an embedded NF-e XML can be large).
    """

    id: int
    store: str
    order_id: str
    operation: Operation
    invoice_number: str | None
    invoice_type: str | None
    value_cents: int | None
    body_json: str | None
    state: SendState
    receipt: str | None
    receipt_date: str | None
    error_code: str | None
    error_message: str | None
    http_status: int | None
    error_kind: str | None
    created_at: str
    updated_at: str
    attempts: int
    note: str | None
    resent_from: int | None
    sent_at: str | None = None  # when the request last went out (``None`` while ``pending``)
    owner: str | None = None  # the token of the journal (process) settling it (see owner.py)
    note_code: str | None = None  # the note's message code and params (JSON), since schema 5
    note_params: str | None = None
    batch: str | None = None  # the batch or import it was sent in (schema 6); None: sent by hand

    @property
    def note_message(self) -> Message | None:
        """The note as a message to word at display time: from its code and params, or, for a row
        written before notes had codes, read back from its English (None: not the desk's words)."""
        if self.note_code and self.note_code in TEMPLATES:
            return Message(self.note_code, json.loads(self.note_params or "{}"))
        return note_message(self.note)

    @property
    def body(self) -> dict[str, Any] | None:
        return None if self.body_json is None else json.loads(self.body_json)

    @property
    def created(self) -> datetime | None:
        """``created_at`` as a date (None only for a row some other program wrote badly)."""
        return utc_moment(self.created_at)

    @property
    def last_sent(self) -> datetime | None:
        """When the request last went out, else when the row was made."""
        return utc_moment(self.sent_at) or self.created

    @property
    def settled(self) -> bool:
        return self.state in (SendState.CONFIRMED, SendState.FAILED)

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> JournalEntry:
        keys = row.keys()
        return cls(
            id=row["id"],
            store=row["store"],
            order_id=row["order_id"],
            operation=Operation(row["operation"]),
            invoice_number=row["invoice_number"],
            invoice_type=row["invoice_type"],
            value_cents=row["value_cents"],
            body_json=row["body"] if "body" in keys else None,
            state=SendState(row["state"]),
            receipt=row["receipt"],
            receipt_date=row["receipt_date"],
            error_code=row["error_code"],
            error_message=row["error_message"],
            http_status=row["http_status"],
            error_kind=row["error_kind"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            attempts=row["attempts"],
            note=row["note"],
            resent_from=row["resent_from"],
            sent_at=row["sent_at"],
            owner=row["owner"] if "owner" in keys else None,
            note_code=row["note_code"] if "note_code" in keys else None,
            note_params=row["note_params"] if "note_params" in keys else None,
            batch=row["batch"] if "batch" in keys else None,
        )


@dataclass(frozen=True)
class JournalFilter:
    """History filters; ``None`` means "any". All given filters must match.

    ``date_from`` is inclusive and ``date_to`` exclusive when they are datetimes (naive ones are
    local time). A plain :class:`date` means a whole local day: ``date_to=date(2026, 11, 21)``
    includes all of the 21st. ``text`` finds rows whose order id, invoice number, receipt or error
    message contains it (case-insensitive for ASCII letters).
    """

    store: str | None = None
    order_id: str | None = None
    invoice_number: str | None = None
    operation: Operation | str | None = None
    state: SendState | str | tuple[SendState | str, ...] | None = None
    date_from: datetime | date | None = None
    date_to: datetime | date | None = None
    text: str | None = None
    batch: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL ``WHERE`` clause (or ``""``) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.store is not None:
            clauses.append("store = ?")
            params.append(self.store)
        if self.order_id:
            clauses.append("order_id = ?")
            params.append(self.order_id.strip())
        if self.batch:
            clauses.append("batch = ?")
            params.append(self.batch)
        if self.invoice_number:
            clauses.append("invoice_number = ?")
            params.append(self.invoice_number.strip())
        if self.operation is not None:
            clauses.append("operation = ?")
            params.append(Operation(self.operation).value)
        if self.state is not None:
            states = (self.state,) if isinstance(self.state, str) else tuple(self.state)
            clauses.append(f"state IN ({', '.join('?' * len(states))})")
            params.extend(SendState(s).value for s in states)
        if self.date_from is not None:
            clauses.append("created_at >= ?")
            params.append(_bound(self.date_from, end=False))
        if self.date_to is not None:
            clauses.append("created_at < ?")
            params.append(_bound(self.date_to, end=True))
        text = (self.text or "").strip()
        if text:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            fields = ("order_id", "invoice_number", "receipt", "error_message", "batch")
            clauses.append("(" + " OR ".join(f"{f} LIKE ? ESCAPE '\\'" for f in fields) + ")")
            params.extend([pattern] * len(fields))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _bound(value: datetime | date, *, end: bool) -> str:
    if isinstance(value, datetime):
        return to_utc_text(value)
    day = value + timedelta(days=1) if end else value
    return to_utc_text(datetime.combine(day, time()))  # local midnight
