"""The pieces of VTEX's Get Order answer: items, prices, addresses, people, invoices (packages).

Every model accepts and keeps unknown fields, and every field is optional (vtex-api.md section 3);
money is integer cents (:data:`Cents`), dates are ``datetime`` (:data:`~.dates.VtexDateTime`).
:class:`~.order.Order` puts them together.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AliasChoices, BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_camel

from .dates import VtexDateTime


def _tolerant_cents(value: Any) -> Any:
    """Money from VTEX: ints, or floats/strings that hold a whole number of cents."""
    if value is None or isinstance(value, bool):
        return None if value is None else int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return round(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    raise ValueError("not an amount of cents")


Cents = Annotated[int | None, BeforeValidator(_tolerant_cents)]


class VtexModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="allow", defer_build=True)

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)


class Total(VtexModel):
    id: str | None = None
    name: str | None = None
    value: Cents = 0


class SellingPrice(VtexModel):
    value: Cents = 0
    quantity: int = 0


class PriceDefinition(VtexModel):
    selling_prices: list[SellingPrice] = Field(default_factory=list)
    calculated_selling_price: Cents = None
    total: Cents = None


class OrderItem(VtexModel):
    id: str = ""
    unique_id: str | None = None
    product_id: str | None = None
    ref_id: str | None = None
    ean: str | None = None
    seller_sku: str | None = None
    name: str | None = None
    quantity: int = 0
    seller: str | None = None
    price: Cents = None
    list_price: Cents = None
    selling_price: Cents = None
    tax: Cents = None
    price_definition: PriceDefinition | None = Field(
        default=None, validation_alias=AliasChoices("priceDefinition", "priceDefinitions", "price_definition")
    )
    unit_multiplier: float | None = None
    measurement_unit: str | None = None
    image_url: str | None = None
    is_gift: bool | None = None

    @property
    def unit_price_cents(self) -> int:
        """The unit price to invoice: priceDefinition first (VTEX's advice), then sellingPrice."""
        definition = self.price_definition
        if definition is not None:
            if definition.calculated_selling_price is not None:
                return definition.calculated_selling_price
            if definition.selling_prices:
                return definition.selling_prices[0].value or 0
        for candidate in (self.selling_price, self.price):
            if candidate is not None:
                return candidate
        return 0

    @property
    def total_cents(self) -> int:
        if self.price_definition is not None and self.price_definition.total is not None:
            return self.price_definition.total
        return self.unit_price_cents * self.quantity


class Address(VtexModel):
    address_type: str | None = None
    receiver_name: str | None = None
    postal_code: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    street: str | None = None
    number: str | None = None
    neighborhood: str | None = None
    complement: str | None = None
    reference: str | None = None

    def one_line(self) -> str:
        street = ", ".join(p for p in (self.street, self.number, self.complement) if p)
        place = " - ".join(p for p in (self.city, self.state) if p)
        return " · ".join(p for p in (street, self.neighborhood, place, self.postal_code) if p)


class LogisticsInfo(VtexModel):
    item_index: int | None = None
    selected_sla: str | None = None
    selected_delivery_channel: str | None = None
    delivery_channel: str | None = None
    price: Cents = None
    selling_price: Cents = None
    delivery_company: str | None = None
    shipping_estimate: str | None = None
    shipping_estimate_date: VtexDateTime = None


class ShippingData(VtexModel):
    address: Address | None = None
    logistics_info: list[LogisticsInfo] = Field(default_factory=list)


class InvoiceData(VtexModel):
    address: Address | None = None


class ClientProfile(VtexModel):
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    document_type: str | None = None
    document: str | None = None
    phone: str | None = None
    is_corporate: bool | None = None
    corporate_name: str | None = None
    trade_name: str | None = None
    corporate_document: str | None = None

    @property
    def display_name(self) -> str:
        if self.is_corporate and self.corporate_name:
            return self.corporate_name
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    @property
    def fiscal_document(self) -> str | None:
        """The CPF/CNPJ the NF-e should carry (corporate document for B2B)."""
        if self.is_corporate and self.corporate_document:
            return self.corporate_document
        return self.document


class StorePreferences(VtexModel):
    country_code: str | None = None
    currency_code: str | None = None
    currency_symbol: str | None = None
    time_zone: str | None = None


class CourierEvent(VtexModel):
    city: str | None = None
    state: str | None = None
    description: str | None = None
    create_date: VtexDateTime = None
    last_change: VtexDateTime = None


class CourierStatus(VtexModel):
    status: str | None = None
    finished: bool | None = None
    delivered_date: VtexDateTime = None
    dispatched_date: VtexDateTime = None
    data: list[CourierEvent] = Field(default_factory=list)


class PackageItem(VtexModel):
    item_index: int | None = None
    id: str | None = None
    quantity: int = 0
    price: Cents = None
    description: str | None = None


class Package(VtexModel):
    """An invoice already on the order (``packageAttachment.packages[]``)."""

    type: str | None = None
    invoice_number: str | None = None
    invoice_value: Cents = 0
    issuance_date: VtexDateTime = None
    invoice_key: str | None = None
    invoice_url: str | None = None
    embedded_invoice: str | None = None
    courier: str | None = None
    tracking_number: str | None = None
    tracking_url: str | None = None
    dispatched_date: VtexDateTime = Field(
        default=None, validation_alias=AliasChoices("dispatchedDate", "dispatchDate", "dispatched_date")
    )
    items: list[PackageItem] = Field(default_factory=list)
    courier_status: CourierStatus | None = None

    @model_validator(mode="after")
    def _dispatched_from_courier_status(self) -> Package:
        """The dispatch date as VTEX returns it: on the package, or in its ``courierStatus``."""
        if self.dispatched_date is None and self.courier_status is not None:
            self.dispatched_date = self.courier_status.dispatched_date
        return self

    @property
    def is_output(self) -> bool:
        return self.type != "Input"

    @property
    def events(self) -> list[CourierEvent]:
        return self.courier_status.data if self.courier_status else []

    @property
    def delivered(self) -> bool:
        return bool(self.courier_status and self.courier_status.finished)


class PackageAttachment(VtexModel):
    packages: list[Package] = Field(default_factory=list)
