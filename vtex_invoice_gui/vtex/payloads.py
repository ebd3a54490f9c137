"""The bodies we send to VTEX (invoice, tracking number, tracking events) and the receipt it answers.

Python attributes are snake_case; :meth:`WireModel.to_wire` gives exactly the JSON VTEX expects
(camelCase names, ``invoiceValue`` as the string of cents the spec declares, dates in the format
each endpoint wants, no floats anywhere). Every rule that VTEX enforces late, or not at all but then
breaks on, is checked here first with a message a clerk can act on.
"""

from __future__ import annotations

import re
import datetime as dt
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_serializer,
    field_validator,
    model_validator,
)
from pydantic.alias_generators import to_camel

from ..messages import Message, message_of

INVOICE_NUMBER_PATTERN = re.compile(r"[A-Za-z0-9-]+", re.ASCII)
INVOICE_NUMBER_MAX = 50
DELIVERED_DATE_FORMAT = "%Y-%m-%d %H:%M"
EVENT_DATE_FORMAT = "%Y-%m-%d"


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _no_spaces(value: Any) -> Any:
    """``BR 1234 5678 9XX`` -> ``BR123456789XX``: carriers print tracking numbers in groups."""
    return "".join(value.split()) if isinstance(value, str) else value


Text = Annotated[str, BeforeValidator(_strip)]
OptionalText = Annotated[str | None, BeforeValidator(_blank_to_none)]
#: A tracking number: no spaces anywhere (the carriers' sites do not find it with them).
TrackingNumber = Annotated[str | None, BeforeValidator(_blank_to_none), BeforeValidator(_no_spaces)]


# Clerk-facing sentences: English text with a stable code (see ``vtex_invoice_gui.messages``).
MSG_CENTS_WHOLE = Message("payload.cents_whole")
MSG_CENTS_FORMAT = Message("payload.cents_format")
MSG_ISSUANCE_NEEDS_TIME = Message("payload.issuance_needs_time")
MSG_ORDER_ID_EMPTY = Message("payload.order_id_empty")
MSG_NUMBER_EMPTY = Message("payload.invoice_number_empty")
MSG_NUMBER_TOO_LONG = Message("payload.invoice_number_too_long")
MSG_NUMBER_CHARACTERS = Message("payload.invoice_number_characters")
MSG_ITEM_NO_SKU = Message("payload.item_no_sku")
MSG_URL = Message("payload.url")
MSG_SKU_TWICE = Message("payload.sku_twice")
MSG_DISPATCH_BEFORE_ISSUANCE = Message("payload.dispatch_before_issuance")
MSG_TRACKING_NUMBER_EMPTY = Message("payload.tracking_number_empty")
MSG_DELIVERED_NEEDS_DATE = Message("payload.delivered_needs_date")
MSG_DATE_WITHOUT_DELIVERY = Message("payload.date_without_delivery")
MSG_NO_EVENTS = Message("payload.no_events")
MSG_DELIVERED_BEFORE_DISPATCH = Message("payload.delivered_before_dispatch")
MSG_DELIVERED_BEFORE_EVENT = Message("payload.delivered_before_event")


def _strict_cents(value: Any) -> Any:
    """Integer cents only: no floats, no decimal separators, no booleans."""
    if isinstance(value, bool):
        raise ValueError(MSG_CENTS_WHOLE)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    raise ValueError(MSG_CENTS_FORMAT)


Cents = Annotated[int, BeforeValidator(_strict_cents)]


def with_offset(value: datetime) -> datetime:
    """``value`` with a UTC offset: a naive date-time is what the clerk typed, in the clerk's own
    time zone (the computer's), never UTC. VTEX always gets an offset (``issuanceDate`` "must add
    date and time"; a São Paulo 14:30 must not become 11:30)."""
    if value.tzinfo is None or value.utcoffset() is None:
        return value.astimezone()
    return value


def check_order_id(order_id: str) -> str:
    """The order id without the spaces around it; ValueError when nothing is left."""
    order_id = (order_id or "").strip()
    if not order_id:
        raise ValueError(MSG_ORDER_ID_EMPTY)
    return order_id


def check_invoice_number(number: str) -> str:
    """Return the invoice number if VTEX's routes can carry it, else raise ValueError."""
    if not number:
        raise ValueError(MSG_NUMBER_EMPTY)
    if len(number) > INVOICE_NUMBER_MAX:
        raise ValueError(MSG_NUMBER_TOO_LONG.format(max=INVOICE_NUMBER_MAX))
    if not INVOICE_NUMBER_PATTERN.fullmatch(number):
        bad = sorted({c for c in number if not (c.isascii() and (c.isalnum() or c == "-"))})
        shown = " ".join("space" if c == " " else repr(c) for c in bad)
        # ``characters``: the refused characters themselves, for the UI to show in its words.
        raise ValueError(MSG_NUMBER_CHARACTERS.format(found=shown, characters=tuple(bad)))
    return number


class WireModel(BaseModel):
    """Base for request bodies: camelCase on the wire, unknown input refused."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="forbid",
        str_max_length=5_000_000,
        defer_build=True,  # built on first use (on a worker), not while the app starts
    )

    def to_wire(self) -> dict[str, Any]:
        """The JSON body as VTEX expects it."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


class InvoiceItem(WireModel):
    """One SKU line of an invoice: SKU id, unit price in cents, quantity."""

    id: Text = Field(min_length=1)
    price: Cents = Field(ge=0, description="Unit price in cents; VTEX multiplies by quantity.")
    quantity: int = Field(gt=0, strict=True)
    description: OptionalText = None

    @field_validator("id", mode="after")
    @classmethod
    def _id_not_blank(cls, value: str) -> str:
        if not value:
            raise ValueError(MSG_ITEM_NO_SKU)
        return value


class InvoiceNotification(WireModel):
    """The POST /invoice body (operation ``InvoiceNotification``)."""

    type: Literal["Output", "Input"] = "Output"
    issuance_date: datetime
    invoice_number: Text
    invoice_value: Cents = Field(gt=0, description="Total in cents; sent as a string of digits.")
    invoice_key: OptionalText = None
    invoice_url: OptionalText = None
    embedded_invoice: str | None = None
    courier: OptionalText = None
    tracking_number: TrackingNumber = None
    tracking_url: OptionalText = None
    dispatched_date: datetime | None = None
    items: list[InvoiceItem] = Field(min_length=1)

    @field_validator("invoice_number", mode="after")
    @classmethod
    def _number(cls, value: str) -> str:
        return check_invoice_number(value)

    @field_validator("issuance_date", mode="before")
    @classmethod
    def _issuance_has_time(cls, value: Any) -> Any:
        if isinstance(value, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value):
            raise ValueError(MSG_ISSUANCE_NEEDS_TIME)  # VTEX: "You must add date and time"
        return value

    @field_validator("issuance_date", mode="after")
    @classmethod
    def _issuance_aware(cls, value: datetime) -> datetime:
        return with_offset(value)

    @field_validator("dispatched_date", mode="after")
    @classmethod
    def _dispatch_aware(cls, value: datetime | None) -> datetime | None:
        return None if value is None else with_offset(value)

    @field_validator("invoice_url", "tracking_url", mode="after")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"https?://[^\s/]+", value):
            raise ValueError(MSG_URL)
        return value

    @field_validator("embedded_invoice", mode="before")
    @classmethod
    def _xml_blank(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @model_validator(mode="after")
    def _one_line_per_sku(self) -> InvoiceNotification:
        seen: set[str] = set()
        for item in self.items:
            if item.id in seen:
                raise ValueError(MSG_SKU_TWICE.format(sku=item.id))
            seen.add(item.id)
        if self.dispatched_date and self.dispatched_date < self.issuance_date:
            raise ValueError(MSG_DISPATCH_BEFORE_ISSUANCE)
        return self

    @field_serializer("invoice_value")
    def _value_as_string(self, value: int) -> str:
        return str(value)

    @field_serializer("issuance_date", "dispatched_date")
    def _iso(self, value: datetime | None) -> str | None:
        return None if value is None else value.isoformat()

    @property
    def items_total_cents(self) -> int:
        return sum(item.price * item.quantity for item in self.items)


class TrackingInfo(WireModel):
    """The PATCH /invoice/{invoiceNumber} body: tracking number, URL, carrier, dispatch date."""

    tracking_number: Annotated[str, BeforeValidator(_no_spaces), Field(min_length=1)]
    tracking_url: OptionalText = None
    courier: OptionalText = None
    dispatched_date: datetime | None = None

    @field_validator("tracking_number", mode="after")
    @classmethod
    def _number_present(cls, value: str) -> str:
        if not value:
            raise ValueError(MSG_TRACKING_NUMBER_EMPTY)
        return value

    @field_validator("tracking_url", mode="after")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return InvoiceNotification._url(value)

    @field_validator("dispatched_date", mode="after")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        return None if value is None else with_offset(value)

    @field_serializer("dispatched_date")
    def _iso(self, value: datetime | None) -> str | None:
        return None if value is None else value.isoformat()

    def to_wire(self) -> dict[str, Any]:
        # The spec requires all four fields; the three optional ones are nullable.
        return self.model_dump(mode="json", by_alias=True)


class TrackingEvent(WireModel):
    """One tracking event: where and when the parcel was, and what happened."""

    city: Text = Field(min_length=1)
    state: Text = Field(min_length=1)
    description: Text = Field(min_length=1)
    date: dt.date

    @field_serializer("date")
    def _day(self, value: dt.date) -> str:
        return value.strftime(EVENT_DATE_FORMAT)


class TrackingStatus(WireModel):
    """The PUT /invoice/{invoiceNumber}/tracking body: events, and delivery when it happened.

    ``dispatched_at`` is context, not sent: the invoice's dispatch date, so that a delivered date
    before dispatch is caught here instead of by a marketplace later.
    """

    is_delivered: bool = False
    delivered_date: datetime | None = None
    events: list[TrackingEvent] = Field(default_factory=list)
    dispatched_at: datetime | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _delivery_rules(self) -> TrackingStatus:
        if self.is_delivered and self.delivered_date is None:
            raise ValueError(MSG_DELIVERED_NEEDS_DATE)
        if not self.is_delivered and self.delivered_date is not None:
            raise ValueError(MSG_DATE_WITHOUT_DELIVERY)
        if not self.is_delivered and not self.events:
            raise ValueError(MSG_NO_EVENTS)
        if self.delivered_date is not None:
            delivered = _naive(self.delivered_date)
            if self.dispatched_at is not None and delivered < _naive(self.dispatched_at):
                raise ValueError(MSG_DELIVERED_BEFORE_DISPATCH)
            latest_event = max((event.date for event in self.events), default=None)
            if latest_event is not None and delivered.date() < latest_event:
                raise ValueError(MSG_DELIVERED_BEFORE_EVENT)
        return self

    @field_serializer("delivered_date")
    def _delivered(self, value: datetime | None) -> str | None:
        return None if value is None else value.strftime(DELIVERED_DATE_FORMAT)

    def to_wire(self) -> dict[str, Any]:
        # isDelivered, deliveredDate (nullable) and events are all required by the spec.
        return self.model_dump(mode="json", by_alias=True)


def _naive(value: datetime) -> datetime:
    """Compare wall-clock times: VTEX's delivered date carries no offset."""
    return value.replace(tzinfo=None)


class Receipt(BaseModel):
    """VTEX's answer to a write: when it was received, the order, and the protocol code."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="allow", defer_build=True)

    date: str
    order_id: str
    receipt: str

    @field_validator("date", "order_id", "receipt", mode="before")
    @classmethod
    def _string(cls, value: Any) -> Any:
        if value is None or isinstance(value, str | int):
            return None if value is None else str(value)
        raise ValueError("must be a string")


def field_problems(exc: Exception) -> dict[str, Message]:
    """Turn a pydantic ValidationError into ``{python_field_name: message}`` for form fields.

    Model-level problems (no field) are keyed ``""``; item problems as ``items.2.quantity``.
    Each message is a :class:`~vtex_invoice_gui.messages.Message` (a ``str``): the English
    sentence, with the code of this module's own checks (``payload.*``) or, for pydantic's
    built-in checks, ``pydantic.<error type>`` and pydantic's context (``{"gt": 0}``...) as params.
    """
    from pydantic import ValidationError

    if not isinstance(exc, ValidationError):
        found = message_of(exc)
        return {"": found if isinstance(found, Message) else Message(text=found)}
    problems: dict[str, Message] = {}
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()))
        message = str(error.get("msg", "invalid value"))
        for prefix in ("Value error, ", "Assertion failed, "):
            message = message.removeprefix(prefix)
        problems.setdefault(where, _problem(error, message[:1].upper() + message[1:]))
    return problems


def _problem(error: Any, english: str) -> Message:
    """The code and params of one pydantic error, on its English sentence."""
    kind = str(error.get("type", ""))
    context = dict(error.get("ctx") or {})
    if kind in ("value_error", "assertion_error"):
        cause = message_of(context["error"]) if isinstance(context.get("error"), BaseException) else None
        if isinstance(cause, Message) and cause.code:
            return Message(cause.code, cause.params, text=english)
        return Message(text=english)
    params = {name: str(value) if isinstance(value, BaseException) else value for name, value in context.items()}
    return Message(f"pydantic.{kind}" if kind else "", params, text=english)
