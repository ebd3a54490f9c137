"""Request-body checks for the three write operations, the way OMS would reject them.

Every failure raises :class:`~.errors.ApiError` (400) whose message names the field.

Invoice numbers: VTEX accepts spaces, ``/`` and ``#`` in ``invoiceNumber`` but later breaks on
them (PATCH/PUT fail with "Invoice Not Found", 404 or 500; the order may never reach
``invoiced``; see the known issues in vtex-api.md section 5). The sandbox **rejects** such numbers
up front with a clear 400 instead of imitating the later breakage: only letters, digits, ``.``,
``_`` and ``-`` are accepted, at most 50 characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .dates import STORE_TZ, parse_delivered, parse_iso
from .errors import bad_request

INVOICE_NUMBER_RE = re.compile(r"^[A-Za-z0-9._-]{1,50}$")


@dataclass(frozen=True)
class InvoiceItem:
    sku_id: str
    price: int
    quantity: int
    description: str | None


@dataclass(frozen=True)
class InvoiceRequest:
    type: str
    issued: datetime
    number: str
    value: int
    items: list[InvoiceItem]
    invoice_key: str | None
    invoice_url: str | None
    embedded: str | None
    courier: str | None
    tracking_number: str | None
    tracking_url: str | None
    dispatched: datetime | None = None


@dataclass(frozen=True)
class TrackingNumberRequest:
    tracking_number: str
    tracking_url: str | None
    courier: str | None
    dispatched: datetime | None = None


@dataclass(frozen=True)
class TrackingEvent:
    city: str
    state: str
    description: str
    at: datetime


@dataclass(frozen=True)
class TrackingStatusRequest:
    delivered: bool
    delivered_at: datetime | None
    events: list[TrackingEvent]


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.")
    return body


def _required(body: dict[str, Any], name: str) -> Any:
    if name not in body or body[name] is None:
        raise bad_request(f"The field '{name}' is required.")
    return body[name]


def _optional_str(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        raise bad_request(f"The field '{name}' must be a string or null.")
    return value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_invoice_number(number: Any, field: str = "invoiceNumber") -> str:
    """The invoice-number rule described in the module docstring."""
    if not isinstance(number, str) or not number:
        raise bad_request(f"The field '{field}' must be a non-empty string.")
    if not INVOICE_NUMBER_RE.match(number):
        raise bad_request(
            f"The field '{field}' has characters VTEX cannot route later (spaces, '/', '#', ...): "
            f"{number!r}. Use only letters, digits, '.', '_' and '-' (at most 50)."
        )
    return number


def _invoice_value(raw: Any) -> int:
    if _is_int(raw):
        value = raw
    elif isinstance(raw, str) and raw.isascii() and raw.isdigit():
        value = int(raw)
    else:
        raise bad_request(
            "The field 'invoiceValue' must be the amount in cents without any decimal separator, "
            f"e.g. \"2499\" for 24.99; got {raw!r}."
        )
    if value <= 0:
        raise bad_request("The field 'invoiceValue' must be greater than 0.")
    return value


def _invoice_items(raw: Any) -> list[InvoiceItem]:
    if not isinstance(raw, list) or not raw:
        raise bad_request("The field 'items' must be a non-empty array of invoiced SKUs.")
    items = []
    for i, item in enumerate(raw):
        where = f"items[{i}]"
        if not isinstance(item, dict):
            raise bad_request(f"The field '{where}' must be an object.")
        sku = item.get("id")
        if not isinstance(sku, str) or not sku:
            raise bad_request(f"The field '{where}.id' (SKU id) is required and must be a string.")
        price = item.get("price")
        if not _is_int(price) or price < 0:
            raise bad_request(f"The field '{where}.price' must be a non-negative integer of cents (unit price).")
        quantity = item.get("quantity")
        if not _is_int(quantity) or quantity <= 0:
            raise bad_request(f"The field '{where}.quantity' must be an integer greater than 0.")
        description = item.get("description")
        if description is not None and not isinstance(description, str):
            raise bad_request(f"The field '{where}.description' must be a string or null.")
        items.append(InvoiceItem(sku, price, quantity, description))
    return items


def parse_invoice(body: Any) -> InvoiceRequest:
    """Validate a POST /invoice body."""
    body = _object(body)
    kind = _required(body, "type")
    if kind not in ("Output", "Input"):
        raise bad_request(f"The field 'type' must be 'Output' or 'Input'; got {kind!r}.")
    issued_raw = _required(body, "issuanceDate")
    try:
        issued = parse_iso(issued_raw, STORE_TZ)
    except (TypeError, ValueError):
        raise bad_request(
            f"The field 'issuanceDate' is not a valid ISO 8601 date-time: {issued_raw!r}."
        ) from None
    number = check_invoice_number(_required(body, "invoiceNumber"))
    value = _invoice_value(_required(body, "invoiceValue"))
    items = _invoice_items(_required(body, "items"))
    dispatched = _dispatched(body)
    return InvoiceRequest(
        type=kind, issued=issued, number=number, value=value, items=items,
        invoice_key=_optional_str(body, "invoiceKey"), invoice_url=_optional_str(body, "invoiceUrl"),
        embedded=_optional_str(body, "embeddedInvoice"), courier=_optional_str(body, "courier"),
        tracking_number=_optional_str(body, "trackingNumber"),
        tracking_url=_optional_str(body, "trackingUrl"), dispatched=dispatched,
    )


def _dispatched(body: dict[str, Any]) -> datetime | None:
    raw = _optional_str(body, "dispatchedDate")
    if not raw:
        return None
    try:
        return parse_iso(raw, STORE_TZ)
    except ValueError:
        raise bad_request(f"The field 'dispatchedDate' is not a valid date-time: {raw!r}.") from None


def parse_tracking_number(body: Any) -> TrackingNumberRequest:
    """Validate a PATCH /invoice/{n} body: ``trackingNumber`` is required and not null."""
    body = _object(body)
    number = _required(body, "trackingNumber")
    if not isinstance(number, str) or not number.strip():
        raise bad_request("The field 'trackingNumber' must be a non-empty string.")
    return TrackingNumberRequest(
        tracking_number=number, tracking_url=_optional_str(body, "trackingUrl"),
        courier=_optional_str(body, "courier"), dispatched=_dispatched(body),
    )


def _event(raw: Any, i: int) -> TrackingEvent:
    where = f"events[{i}]"
    if not isinstance(raw, dict):
        raise bad_request(f"The field '{where}' must be an object.")
    values = {}
    for name in ("city", "state", "description", "date"):
        value = raw.get(name)
        if not isinstance(value, str) or not value.strip():
            raise bad_request(f"The field '{where}.{name}' is required and must be a non-empty string.")
        values[name] = value
    try:
        moment = parse_iso(values["date"], STORE_TZ)
    except ValueError:
        raise bad_request(
            f"The field '{where}.date' is not a valid date (yyyy-mm-dd or ISO 8601): {values['date']!r}."
        ) from None
    return TrackingEvent(values["city"], values["state"], values["description"], moment)


def parse_tracking_status(body: Any) -> TrackingStatusRequest:
    """Validate a PUT /invoice/{n}/tracking body."""
    body = _object(body)
    for name in ("isDelivered", "deliveredDate", "events"):
        if name not in body:
            raise bad_request(f"The field '{name}' is required.")
    delivered = body["isDelivered"]
    if not isinstance(delivered, bool):
        raise bad_request("The field 'isDelivered' must be true or false.")
    raw_date = body["deliveredDate"]
    delivered_at = None
    if raw_date is not None:
        try:
            delivered_at = parse_delivered(raw_date)
        except ValueError:
            raise bad_request(
                f"The field 'deliveredDate' must use the format 'yyyy-mm-dd hh:mm'; got {raw_date!r}."
            ) from None
    if delivered and delivered_at is None:
        raise bad_request("The field 'deliveredDate' is required when 'isDelivered' is true.")
    events = body["events"]
    if not isinstance(events, list):
        raise bad_request("The field 'events' must be an array.")
    return TrackingStatusRequest(delivered, delivered_at, [_event(e, i) for i, e in enumerate(events)])
