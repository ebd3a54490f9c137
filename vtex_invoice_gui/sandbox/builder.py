"""Turn an :class:`OrderSpec` into the JSON that Get Order returns.

Money is integer cents and always consistent: ``value == sum(totals[].value)``,
``Items + Discounts == sum(items[].priceDefinition.total)`` and ``Shipping`` is the sum of
``logisticsInfo[].sellingPrice``. A discount that does not divide evenly over the units of a
line is spread one cent at a time, which gives two ``sellingPrices`` entries, as VTEX does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .dates import plus, vtex_iso
from .model import OrderSpec
from .packages import seed_package
from .parts import build_address, build_client, build_item, build_logistics, hex_id

STATUS_DESCRIPTIONS = {
    "waiting-for-authorization": "Aguardando autorização para despachar",
    "payment-pending": "Pagamento Pendente",
    "payment-approved": "Pagamento Aprovado",
    "window-to-cancel": "Carência para Cancelamento",
    "ready-for-handling": "Pronto para o manuseio",
    "handling": "Preparando Entrega",
    "ready-for-invoicing": "Pronto para faturamento",
    "invoice": "Verificando Fatura",
    "invoiced": "Faturado",
    "cancellation-requested": "Cancelamento Solicitado",
    "canceled": "Cancelado",
}

PAYMENT_SYSTEMS = {
    "visa": ("2", "Visa", "creditCard"),
    "mastercard": ("4", "Mastercard", "creditCard"),
    "boleto": ("6", "Boleto Bancário", "bankInvoice"),
    "pix": ("125", "Pix", "instantPayment"),
}

STORE_PREFERENCES = {
    "countryCode": "BRA",
    "currencyCode": "BRL",
    "currencyFormatInfo": {
        "CurrencyDecimalDigits": 2,
        "CurrencyDecimalSeparator": ",",
        "CurrencyGroupSeparator": ".",
        "CurrencyGroupSize": 3,
        "StartsWithCurrencySymbol": True,
    },
    "currencyLocale": 1046,
    "currencySymbol": "R$",
    "timeZone": "E. South America Standard Time",
}

SELLER_NAME = "Loja Sandbox"


def order_id_for(number: int) -> str:
    """``0`` -> ``1368451234567-01``; numbers keep the 13-digit shape."""
    return f"{1368451234567 + number * 1011:013d}-01"


def sequence_for(number: int) -> str:
    """``0`` -> ``502334``."""
    return str(502334 + number)


def set_status(order: dict[str, Any], status: str, when: datetime) -> None:
    """Move ``order`` to ``status`` and update the fields that follow from it."""
    order["status"] = status
    order["statusDescription"] = STATUS_DESCRIPTIONS.get(status, status)
    order["lastChange"] = vtex_iso(when)
    invoiced_any = bool(order.get("packageAttachment", {}).get("packages"))
    order["allowCancellation"] = status not in {"invoiced", "canceled"} and not invoiced_any
    if status == "invoiced" and not order.get("invoicedDate"):
        order["invoicedDate"] = vtex_iso(when)


def _payment(spec: OrderSpec, order_id: str, value: int) -> dict[str, Any]:
    system, name, group = PAYMENT_SYSTEMS[spec.payment]
    card = group == "creditCard"
    payment = {
        "id": hex_id(order_id, "payment", upper=True),
        "paymentSystem": system,
        "paymentSystemName": name,
        "value": value,
        "installments": spec.installments,
        "referenceValue": value,
        "cardHolder": None,
        "cardNumber": None,
        "firstDigits": "411111" if card else None,
        "lastDigits": "1111" if card else None,
        "cvv2": None,
        "expireMonth": None,
        "expireYear": None,
        "url": None,
        "giftCardId": None,
        "giftCardName": None,
        "giftCardCaption": None,
        "redemptionCode": None,
        "group": group,
        "tid": hex_id(order_id, "tid")[:12],
        "dueDate": vtex_iso(plus(spec.created, days=3)) if group == "bankInvoice" else None,
        "connectorResponses": dict(spec.connector_responses or {}),
        "giftCardProvider": None,
        "giftCardAsDiscount": None,
        "koinUrl": None,
        "accountId": None,
        "parentAccountId": None,
        "bankIssuedInvoiceIdentificationNumber": None,
        "bankIssuedInvoiceIdentificationNumberFormatted": None,
        "bankIssuedInvoiceBarCodeNumber": None,
        "bankIssuedInvoiceBarCodeType": None,
        "billingAddress": None,
        "paymentOrigin": None,
    }
    return {
        "giftCards": [],
        "transactions": [
            {
                "isActive": True,
                "transactionId": hex_id(order_id, "transaction", upper=True),
                "merchantName": "SANDBOX",
                "payments": [payment],
            }
        ],
    }


def _totals(items: list[dict[str, Any]], logistics: list[dict[str, Any]]) -> list[dict[str, Any]]:
    gross = sum(it["price"] * it["quantity"] for it in items)
    net = sum(it["priceDefinition"]["total"] for it in items)
    shipping = sum(li["sellingPrice"] for li in logistics)
    shipping_list = sum(li["listPrice"] for li in logistics)
    freight: dict[str, Any] = {"id": "Shipping", "name": "Total Freight", "value": shipping}
    if shipping_list != shipping:
        freight["alternativeTotals"] = [
            {"id": "AlternativeShippingTotal", "name": "Alternative Shipping Total", "value": shipping_list},
            {"id": "AlternativeShippingDiscount", "name": "Alternative Shipping Discount",
             "value": shipping - shipping_list},
        ]
    return [
        {"id": "Items", "name": "Total Items", "value": gross},
        {"id": "Discounts", "name": "Total Discounts", "value": net - gross},
        freight,
        {"id": "Tax", "name": "Total Tax", "value": 0},
    ]


def _tracking_hints(spec: OrderSpec, order_id: str) -> list[dict[str, Any]] | None:
    """Marketplace orders carry the marketplace's shipping label (``shippingData.trackingHints``)."""
    if not spec.marketplace_order_id:
        return None
    label = hex_id(order_id, "label")[:12].upper()
    return [{"trackingId": label, "courierName": spec.carrier,
             "trackingUrl": f"https://envios.sandbox.invalid/{label}", "trackingLabel": f"{label}.pdf"}]


def _benefits(spec: OrderSpec, order_id: str) -> list[dict[str, Any]]:
    """One promotion per distinct price tag name, as ``rateAndBenefitsIdentifiers`` lists them."""
    names = sorted({line.promo for line in spec.lines if line.discount})
    return [{"id": hex_id(order_id, name)[:8] + "-" + hex_id(name)[:4], "name": name, "featured": False,
             "description": name, "matchedParameters": {}, "additionalInfo": None} for name in names]


def build_order(spec: OrderSpec) -> dict[str, Any]:
    """The full Get Order answer for ``spec``."""
    order_id = order_id_for(spec.number)
    customer = spec.customer
    address_id = hex_id(customer.email, "address")
    items = [build_item(order_id, i, line) for i, line in enumerate(spec.lines)]
    logistics = build_logistics(spec, address_id)
    totals = _totals(items, logistics)
    value = sum(t["value"] for t in totals)
    if spec.pickup:
        shipping_address = build_address(spec.pickup.address, customer.full_name, "pickup", spec.pickup.id)
    else:
        shipping_address = build_address(spec.address, customer.full_name, "residential", address_id)
    invoice_data = None
    if spec.invoice_address:
        receiver = customer.company.name if customer.company else customer.full_name
        invoice_data = {
            "address": build_address(spec.invoice_address, receiver, "residential", hex_id(order_id, "inv")),
            "userPaymentInfo": None,
            "invoiceSubject": None,
        }
    authorized = None if spec.status == "payment-pending" else vtex_iso(plus(spec.created, minutes=3))
    order: dict[str, Any] = {
        "orderId": order_id,
        "sequence": sequence_for(spec.number),
        "marketplaceOrderId": spec.marketplace_order_id,
        "marketplaceServicesEndpoint": "https://sandbox.vtexcommercestable.com.br/api/oms?an=sandbox",
        "sellerOrderId": f"00-{order_id}",
        "origin": spec.origin,
        "affiliateId": spec.affiliate_id,
        "salesChannel": spec.sales_channel,
        "merchantName": None,
        "status": spec.status,
        "workflowIsInError": False,
        "statusDescription": STATUS_DESCRIPTIONS.get(spec.status, spec.status),
        "value": value,
        "creationDate": vtex_iso(spec.created),
        "lastChange": vtex_iso(plus(spec.created, minutes=40)),
        "orderGroup": order_id.rsplit("-", 1)[0],
        "followUpEmail": hex_id(order_id, "followup")[:16] + "@ct.vtex.com.br",
        "lastMessage": None,
        "hostname": "sandbox",
        "isCompleted": True,
        "roundingError": 0,
        "orderFormId": hex_id(order_id, "orderForm"),
        "allowCancellation": True,
        "allowEdition": False,
        "isCheckedIn": False,
        "authorizedDate": authorized,
        "invoicedDate": None,
        "cancelReason": spec.cancel_reason,
        "checkedInPickupPointId": None,
        "totals": totals,
        "sellers": [
            {"id": "1", "name": SELLER_NAME, "logo": None,
             "fulfillmentEndpoint": "http://fulfillment.vtexcommerce.com.br/api/fulfillment?an=sandbox"}
        ],
        "clientPreferencesData": {"locale": "pt-BR", "optinNewsLetter": False},
        "cancellationData": None,
        "taxData": None,
        "subscriptionData": None,
        "itemMetadata": {"Items": [
            {"Id": it["id"], "Seller": "1", "Name": it["name"], "SkuName": it["name"],
             "ProductId": it["productId"], "RefId": it["refId"], "Ean": it["ean"] or "",
             "ImageUrl": it["imageUrl"], "DetailUrl": it["detailUrl"], "AssemblyOptions": []}
            for it in items
        ]},
        "marketplace": {"baseURL": "http://oms.vtexinternal.com.br/api/oms?an=sandbox",
                        "isCertified": None, "name": "sandbox"},
        "storePreferencesData": dict(STORE_PREFERENCES),
        "customData": {"customApps": spec.custom_apps, "customFields": []} if spec.custom_apps else None,
        "commercialConditionData": None,
        "openTextField": None,
        "invoiceData": invoice_data,
        "changesAttachment": None,
        "callCenterOperatorData": None,
        "packageAttachment": {"packages": []},
        "paymentData": _payment(spec, order_id, value),
        "shippingData": {
            "id": "shippingData",
            "address": shipping_address,
            "logisticsInfo": logistics,
            "trackingHints": _tracking_hints(spec, order_id),
            "contactInformation": [],
            "selectedAddresses": [shipping_address],
        },
        "ratesAndBenefitsData": {"id": "ratesAndBenefitsData", "rateAndBenefitsIdentifiers": _benefits(spec, order_id)},
        "marketingData": None,
        "giftRegistryData": None,
        "clientProfileData": build_client(customer),
        "items": items,
        "marketplaceItems": [],
    }
    if spec.coupon:
        order["marketingData"] = {
            "id": "marketingData", "utmSource": "", "utmPartner": "", "utmMedium": "",
            "utmCampaign": "", "coupon": spec.coupon, "utmiCampaign": "", "utmipage": "",
            "utmiPart": "", "marketingTags": [],
        }
    if spec.status == "canceled":
        order["cancellationData"] = {
            "RequestedByUser": True, "RequestedBySystem": False, "RequestedBySellerNotification": False,
            "RequestedByPaymentNotification": False, "Reason": spec.cancel_reason,
            "CancellationDate": vtex_iso(plus(spec.created, hours=2)),
        }
    invoiced = 0
    last = spec.created
    for package_spec in spec.packages:
        package = seed_package(order, package_spec, invoiced)
        order["packageAttachment"]["packages"].append(package)
        if package["type"] == "Output":
            invoiced += package["invoiceValue"]
        last = max(last, package_spec.issued, *(e.at for e in package_spec.events))
    set_status(order, spec.status, plus(last, minutes=40))
    if spec.status == "invoiced":
        order["invoicedDate"] = vtex_iso(plus(spec.packages[0].issued, minutes=2))
    return order
