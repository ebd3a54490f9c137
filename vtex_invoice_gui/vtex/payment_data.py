"""What a marketplace order says its NF-e must carry: payment method, card brand, authorization
code, acquirer CNPJ and the intermediary (NT 2025.001). Pure core, no Qt.

VTEX puts the payment facts in two places (queue-and-batch.md section 5):

- since 2026-05 on each payment, ``paymentData.transactions[].payments[].connectorResponses``
  (``authId``, ``acquirerCnpj``; the method and brand are the payment's ``group`` and
  ``paymentSystemName``);
- before that (2025-08), in ``customData.customApps[].fields`` as ``marketplacePaymentMethods``,
  ``marketplacePaymentCreditCardBrands``, ``marketplacePaymentAuthorizationCodes`` and
  ``marketplacePaymentCnpjAcquirers``.

The newer place wins when both hold a value. Every model is tolerant: unknown fields are kept,
wrong types become "not given", so an odd order never stops the desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from .order import Order


def _text(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | str):
        text = str(value).strip()
        return text or None
    return None


Text = Annotated[str | None, BeforeValidator(_text)]


class _Loose(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ConnectorResponses(_Loose):
    auth_id: Text = Field(default=None, alias="authId")
    acquirer_cnpj: Text = Field(default=None, alias="acquirerCnpj")
    acquirer: Text = None
    tid: Text = Field(default=None, alias="Tid")
    nsu: Text = None


class Payment(_Loose):
    group: Text = None
    payment_system_name: Text = Field(default=None, alias="paymentSystemName")
    connector_responses: ConnectorResponses | None = Field(default=None, alias="connectorResponses")


class Transaction(_Loose):
    payments: list[Payment] = Field(default_factory=list)


class PaymentData(_Loose):
    transactions: list[Transaction] = Field(default_factory=list)


class CustomAppFields(_Loose):
    methods: Text = Field(default=None, alias="marketplacePaymentMethods")
    brands: Text = Field(default=None, alias="marketplacePaymentCreditCardBrands")
    authorization_codes: Text = Field(default=None, alias="marketplacePaymentAuthorizationCodes")
    acquirer_cnpjs: Text = Field(default=None, alias="marketplacePaymentCnpjAcquirers")


class CustomApp(_Loose):
    id: Text = None
    fields: CustomAppFields | None = None


class CustomData(_Loose):
    custom_apps: list[CustomApp] = Field(default_factory=list, alias="customApps")


class Marketplace(_Loose):
    name: Text = None


class _PaymentView(_Loose):
    """The parts of the Get Order answer this module reads (kept by :class:`Order` as extras)."""

    payment_data: PaymentData | None = Field(default=None, alias="paymentData")
    custom_data: CustomData | None = Field(default=None, alias="customData")
    marketplace: Marketplace | None = None
    marketplace_order_id: Text = Field(default=None, alias="marketplaceOrderId")
    affiliate_id: Text = Field(default=None, alias="affiliateId")
    origin: Text = None


#: Where a fact was found, for the panel's tooltip.
FROM_CONNECTOR = "connectorResponses"
FROM_CUSTOM_DATA = "customData"


@dataclass(frozen=True, slots=True)
class NfePaymentFacts:
    """What the order says the NF-e must carry. Empty strings are "not sent"."""

    method: str = ""  # e.g. "creditCard" / "CreditCard"
    brand: str = ""  # e.g. "Visa"
    authorization: str = ""  # authId / marketplacePaymentAuthorizationCodes
    acquirer_cnpj: str = ""  # as VTEX gives it (may be formatted)
    intermediary: str = ""  # marketplace name or affiliate id
    marketplace_order_id: str = ""
    source: str = ""  # FROM_CONNECTOR, FROM_CUSTOM_DATA or "" (nothing sent)
    is_marketplace: bool = False

    @property
    def has_payment_data(self) -> bool:
        """True when the marketplace sent the card facts (the brand alone is VTEX's own)."""
        return bool(self.authorization or self.acquirer_cnpj)


#: The Get Order keys the view reads: only these are validated (the whole of the order's extras,
#: a 330-item order's item metadata among them, took ~4 ms to copy each time an order was shown).
_VIEW_KEYS = tuple(field.alias or name for name, field in _PaymentView.model_fields.items())


def _view(order: Order) -> _PaymentView:
    extra = order.model_extra or {}
    try:
        return _PaymentView.model_validate({key: extra[key] for key in _VIEW_KEYS if key in extra})
    except ValidationError:  # a shape we do not know: treat as "nothing sent"
        return _PaymentView()


def _first_payment(view: _PaymentView) -> Payment | None:
    payments = [p for t in (view.payment_data.transactions if view.payment_data else []) for p in t.payments]
    with_data = [p for p in payments if p.connector_responses and p.connector_responses.auth_id]
    return (with_data or payments or [None])[0]


def is_boleto(order: Order) -> bool:
    """Paid by boleto: VTEX does not refund it automatically (the store refunds by voucher or transfer)."""
    view = _view(order)
    payments = [p for t in (view.payment_data.transactions if view.payment_data else []) for p in t.payments]
    return any(
        (p.group or "").lower() == "bankinvoice" or "boleto" in (p.payment_system_name or "").lower()
        for p in payments
    )


def _custom_fields(view: _PaymentView) -> CustomAppFields | None:
    for app in view.custom_data.custom_apps if view.custom_data else []:
        fields = app.fields
        if fields and (fields.authorization_codes or fields.acquirer_cnpjs or fields.brands or fields.methods):
            return fields
    return None


def nfe_payment_facts(order: Order) -> NfePaymentFacts:
    """The payment and intermediary facts of ``order`` for its NF-e (see the module notes)."""
    view = _view(order)
    payment = _first_payment(view)
    connector = payment.connector_responses if payment else None
    custom = _custom_fields(view)
    authorization = (connector.auth_id if connector else None) or (custom.authorization_codes if custom else None)
    acquirer = (connector.acquirer_cnpj if connector else None) or (custom.acquirer_cnpjs if custom else None)
    from_connector = bool(connector and (connector.auth_id or connector.acquirer_cnpj))
    if from_connector:
        method = payment.group if payment else None
        brand = payment.payment_system_name if payment else None
        source = FROM_CONNECTOR
    elif custom is not None:
        method, brand, source = custom.methods, custom.brands, FROM_CUSTOM_DATA
    else:
        method = payment.group if payment else None
        brand = payment.payment_system_name if payment and payment.group == "creditCard" else None
        source = ""
    marketplace_name = view.marketplace.name if view.marketplace else None
    is_marketplace = bool(view.marketplace_order_id or view.affiliate_id)
    return NfePaymentFacts(
        method=method or "",
        brand=brand or "",
        authorization=authorization or "",
        acquirer_cnpj=acquirer or "",
        intermediary=(view.affiliate_id or marketplace_name or "") if is_marketplace else "",
        marketplace_order_id=view.marketplace_order_id or "",
        source=source,
        is_marketplace=is_marketplace,
    )
