"""A tolerant model of VTEX's Get Order answer, holding what an invoicing desk needs.

VTEX's order JSON is large and not fully consistent with its own schema (vtex-api.md section 3), so
every model here accepts and keeps unknown fields, and every field is optional. On top of the data,
:class:`Order` answers the questions a clerk asks: how much is invoiced, what remains, which
quantities are still to invoice, and whether the order can be invoiced now (and why not).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pydantic import Field

from .dates import VtexDateTime
from .order_parts import (
    Address,
    ClientProfile,
    CourierEvent,
    CourierStatus,
    Cents,
    InvoiceData,
    LogisticsInfo,
    OrderItem,
    Package,
    PackageAttachment,
    PackageItem,
    PriceDefinition,
    SellingPrice,
    ShippingData,
    StorePreferences,
    Total,
    VtexModel,
)
from .payloads import InvoiceItem

__all__ = [
    "Gate", "InvoiceGate", "Order", "OrderList", "OrderSummary", "Paging",
    "Address", "Cents", "ClientProfile", "CourierEvent", "CourierStatus", "InvoiceData", "LogisticsInfo",
    "OrderItem", "Package", "PackageAttachment", "PackageItem", "PriceDefinition", "SellingPrice",
    "ShippingData", "StorePreferences", "Total", "VtexModel",
]  # fmt: skip


class Gate(StrEnum):
    """Whether an order can take an invoice now, and the reason (the UI words it)."""

    READY = "ready"  # handling / ready-for-invoicing: the main invoicing state
    READY_NOT_HANDLED = "ready-not-handled"  # ready-for-handling: allowed; start handling first is usual
    PARTIAL = "partial"  # payment-approved with Output invoices already: the rest can be invoiced
    NOT_PAID = "not-paid"
    WAITING = "waiting"  # grace or authorization windows, checkout processing
    VERIFYING = "verifying"  # "invoice": VTEX is settling; re-poll
    INVOICED = "invoiced"  # final: only tracking and Input returns
    CANCELED = "canceled"
    INCOMPLETE = "incomplete"
    UNKNOWN = "unknown"


_GATE_BY_STATUS = {
    "handling": Gate.READY,
    "ready-for-invoicing": Gate.READY,
    "ready-for-handling": Gate.READY_NOT_HANDLED,
    "payment-pending": Gate.NOT_PAID,
    "invoice": Gate.VERIFYING,
    "invoiced": Gate.INVOICED,
    "canceled": Gate.CANCELED,
    "cancel": Gate.CANCELED,
    "request-cancel": Gate.CANCELED,
    "cancellation-requested": Gate.CANCELED,
}
_WAITING = {
    "order-created", "on-order-completed", "on-order-completed-ffm", "order-accepted",
    "waiting-for-authorization", "waiting-for-sellers-confirmation", "waiting-ffmt-authorization",
    "waiting-for-manual-authorization", "waiting-for-fulfillment", "authorize-fulfillment",
    "waiting-for-mkt-authorization", "waiting-seller-handling", "window-to-cancel",
    "start-handling", "window-to-change-payment", "window-to-change-seller",
}


@dataclass(frozen=True)
class InvoiceGate:
    gate: Gate
    status: str

    @property
    def can_invoice(self) -> bool:
        return self.gate in (Gate.READY, Gate.READY_NOT_HANDLED, Gate.PARTIAL)

    @property
    def can_return(self) -> bool:
        return self.gate is Gate.INVOICED

    @property
    def can_track(self) -> bool:
        return self.gate in (Gate.READY, Gate.READY_NOT_HANDLED, Gate.PARTIAL, Gate.INVOICED, Gate.VERIFYING)


class Order(VtexModel):
    """The Get Order answer, tolerant of what VTEX adds or leaves out."""

    order_id: str = ""
    sequence: str | None = None
    status: str | None = None
    status_description: str | None = None
    value: Cents = 0
    creation_date: VtexDateTime = None
    last_change: VtexDateTime = None
    invoiced_date: VtexDateTime = None
    authorized_date: VtexDateTime = None
    totals: list[Total] = Field(default_factory=list)
    items: list[OrderItem] = Field(default_factory=list)
    package_attachment: PackageAttachment | None = None
    shipping_data: ShippingData | None = None
    invoice_data: InvoiceData | None = None
    client_profile_data: ClientProfile | None = None
    store_preferences_data: StorePreferences | None = None
    workflow_is_in_error: bool | None = None

    # -- invoices ---------------------------------------------------------------------------
    @property
    def packages(self) -> list[Package]:
        return self.package_attachment.packages if self.package_attachment else []

    @property
    def output_packages(self) -> list[Package]:
        return [p for p in self.packages if p.is_output]

    @property
    def input_packages(self) -> list[Package]:
        return [p for p in self.packages if not p.is_output]

    def package(self, invoice_number: str) -> Package | None:
        for package in self.packages:
            if package.invoice_number == invoice_number:
                return package
        return None

    @property
    def invoiced_cents(self) -> int:
        """Sum of the sale (Output) invoices; returns are kept apart (a VTEX bug once mixed them)."""
        return sum(p.invoice_value or 0 for p in self.output_packages)

    @property
    def returned_cents(self) -> int:
        return sum(p.invoice_value or 0 for p in self.input_packages)

    @property
    def remaining_cents(self) -> int:
        return max((self.value or 0) - self.invoiced_cents, 0)

    @property
    def returnable_cents(self) -> int:
        return max(self.invoiced_cents - self.returned_cents, 0)

    @property
    def totals_cents(self) -> int:
        return sum(t.value or 0 for t in self.totals)

    @property
    def shipping_cents(self) -> int:
        return sum(t.value or 0 for t in self.totals if t.id == "Shipping")

    # -- gate -------------------------------------------------------------------------------
    def invoice_gate(self) -> InvoiceGate:
        status = (self.status or "").strip()
        if not status:
            return InvoiceGate(Gate.INCOMPLETE, status)
        if status == "payment-approved":
            return InvoiceGate(Gate.PARTIAL if self.output_packages else Gate.WAITING, status)
        if status in _GATE_BY_STATUS:
            return InvoiceGate(_GATE_BY_STATUS[status], status)
        if status in _WAITING:
            return InvoiceGate(Gate.WAITING, status)
        return InvoiceGate(Gate.UNKNOWN, status)

    # -- items ------------------------------------------------------------------------------
    def invoiced_quantities(self, invoice_type: str = "Output") -> dict[int, int]:
        """Quantity already on invoices of one type, by item index."""
        done: dict[int, int] = {}
        for package in self.packages:
            if (package.type or "Output") != invoice_type:
                continue
            for item in package.items:
                index = item.item_index
                if index is None and item.id is not None:
                    index = next((i for i, it in enumerate(self.items) if it.id == item.id), None)
                if index is not None:
                    done[index] = done.get(index, 0) + item.quantity
        return done

    def remaining_quantities(self) -> dict[int, int]:
        """Quantity still to invoice, by item index."""
        done = self.invoiced_quantities("Output")
        return {i: max(item.quantity - done.get(i, 0), 0) for i, item in enumerate(self.items)}

    def suggested_invoice_items(self, invoice_type: str = "Output") -> list[InvoiceItem]:
        """One line per SKU with the quantity still to invoice (or, for a return, returnable).

        When one SKU sits on several order lines with different prices, the line carries the
        rounded average unit price; VTEX wants a single line per SKU (vtex-api.md section 3.4).
        """
        if invoice_type == "Input":
            sold = self.invoiced_quantities("Output")
            back = self.invoiced_quantities("Input")
            quantities = {i: max(sold.get(i, 0) - back.get(i, 0), 0) for i in range(len(self.items))}
        else:
            quantities = self.remaining_quantities()
        merged: dict[str, list[int]] = {}
        names: dict[str, str | None] = {}
        for index, item in enumerate(self.items):
            quantity = quantities.get(index, 0)
            if quantity <= 0 or not item.id:
                continue
            qty_total = merged.setdefault(item.id, [0, 0])
            qty_total[0] += quantity
            qty_total[1] += item.unit_price_cents * quantity
            names.setdefault(item.id, item.name)
        # A negative figure from VTEX (a discount larger than the price) is no price to invoice:
        # the line starts at zero and the form's totals check shows the clerk the difference.
        return [
            InvoiceItem(id=sku, quantity=qty, price=max((total * 2 + qty) // (2 * qty), 0), description=names[sku])
            for sku, (qty, total) in merged.items()
        ]

    # -- addresses and people ---------------------------------------------------------------
    @property
    def invoicing_address(self) -> Address | None:
        """``invoiceData.address`` when present, else the shipping address (vtex-api.md 4.5)."""
        if self.invoice_data and self.invoice_data.address:
            return self.invoice_data.address
        return self.shipping_data.address if self.shipping_data else None

    @property
    def default_courier(self) -> str | None:
        if not self.shipping_data:
            return None
        for info in self.shipping_data.logistics_info:
            if info.delivery_company:
                return info.delivery_company
        return None

    @property
    def is_pickup(self) -> bool:
        if not self.shipping_data:
            return False
        return any(
            (info.selected_delivery_channel or info.delivery_channel or "").startswith("pickup")
            for info in self.shipping_data.logistics_info
        )

    @property
    def currency_code(self) -> str:
        prefs = self.store_preferences_data
        return (prefs.currency_code if prefs and prefs.currency_code else None) or "BRL"


class OrderSummary(VtexModel):
    """A row of List Orders (the list lags ~4 minutes: always re-read the detail)."""

    order_id: str = ""
    creation_date: VtexDateTime = None
    client_name: str | None = None
    total_value: Cents = None
    status: str | None = None
    status_description: str | None = None
    sequence: str | None = None
    marketplace_order_id: str | None = Field(default=None, alias="marketPlaceOrderId")
    shipping_estimated_date: VtexDateTime = Field(default=None, alias="ShippingEstimatedDate")


class Paging(VtexModel):
    total: int = 0
    pages: int = 0
    current_page: int = 1
    per_page: int = 15


class OrderList(VtexModel):
    """A page of List Orders; ``orders`` is VTEX's ``list``."""

    orders: list[OrderSummary] = Field(default_factory=list, alias="list")
    paging: Paging = Field(default_factory=Paging)
