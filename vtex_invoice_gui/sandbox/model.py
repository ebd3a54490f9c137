"""Compact descriptions of seed orders; ``builder.py`` turns them into Get Order JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Sku:
    """A catalog SKU. Prices in cents: ``price`` is the base price, ``list_price`` the "from" price."""

    id: str
    product_id: str
    ref_id: str
    ean: str | None
    name: str
    price: int
    list_price: int
    brand: str
    category: str
    image: str
    weight_g: int = 500
    measurement_unit: str = "un"


@dataclass(frozen=True)
class Line:
    """One order line: ``discount`` is the line's total discount in cents (spread over units)."""

    sku: Sku
    quantity: int
    discount: int = 0
    promo: str = "DISCOUNT@MARKETPLACE"
    gift: bool = False


@dataclass(frozen=True)
class Address:
    """A Brazilian address."""

    street: str
    number: str
    neighborhood: str
    city: str
    state: str
    postal_code: str
    lon: float
    lat: float
    complement: str = ""
    reference: str | None = None


@dataclass(frozen=True)
class Company:
    """Corporate data for B2B orders."""

    name: str
    trade_name: str
    cnpj: str
    state_inscription: str
    phone: str


@dataclass(frozen=True)
class Customer:
    """The shopper (clientProfileData)."""

    first_name: str
    last_name: str
    email: str
    cpf: str
    phone: str
    company: Company | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class PickupPoint:
    """A store where the shopper collects the order."""

    id: str
    name: str
    address: Address
    info: str = ""


@dataclass(frozen=True)
class Event:
    """A tracking event already on a seeded package."""

    city: str
    state: str
    description: str
    at: datetime


@dataclass(frozen=True)
class PackageSpec:
    """A seeded invoice. ``value=None`` means "the rest of the order value"."""

    number: str
    issued: datetime
    lines: tuple[tuple[int, int], ...] = ()  # (itemIndex, quantity); empty = every line in full
    value: int | None = None
    type: str = "Output"
    invoice_key: str | None = None
    courier: str | None = None
    tracking_number: str | None = None
    tracking_url: str | None = None
    events: tuple[Event, ...] = ()
    delivered: datetime | None = None


@dataclass
class OrderSpec:
    """Everything that varies between seed orders."""

    number: int  # drives orderId and sequence
    status: str
    created: datetime
    customer: Customer
    address: Address
    lines: list[Line]
    freight: int = 0  # total shipping in cents, spread over the lines
    freight_list: int | None = None  # shipping before its discount (None = freight)
    carrier: str = "Correios SEDEX"
    sla: str = "Expressa"
    estimate_days: int = 3
    payment: str = "visa"
    installments: int = 1
    pickup: PickupPoint | None = None
    invoice_address: Address | None = None
    packages: list[PackageSpec] = field(default_factory=list)
    origin: str = "Marketplace"
    marketplace_order_id: str = ""
    affiliate_id: str = ""
    sales_channel: str = "1"
    cancel_reason: str | None = None
    coupon: str | None = None
    # Marketplace payment data for the NF-e (NT 2025.001): the newer place, a payment's
    # ``connectorResponses``, and the older one, ``customData.customApps[].fields``.
    connector_responses: dict[str, Any] | None = None
    custom_apps: list[dict[str, Any]] | None = None
