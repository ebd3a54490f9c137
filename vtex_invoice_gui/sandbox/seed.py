"""The sandbox store's deterministic seed: 28 BRL orders across the statuses a clerk meets.

Nothing here is random: ids, dates, documents and prices are fixed, so tests can name orders.
``SEED_IDS`` gives handy names for the orders with a special shape. ``make_large_order`` builds
an order with many lines for benchmarks (it is not part of the seed).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .builder import build_order, order_id_for
from .catalog import (
    ADDRESSES,
    B2B_CUSTOMER,
    B2B_HEADQUARTERS,
    B2B_WAREHOUSE,
    CUSTOMERS,
    PICKUP_PAULISTA,
    SKUS,
    nfe_key,
)
from .dates import at, plus
from .model import Event, Line, OrderSpec, PackageSpec, Sku


#: Payment data as VTEX puts it on a payment since 2026-05 (``connectorResponses``).
CONNECTOR_RESPONSES = {
    "Tid": "65738757", "ReturnCode": "200", "Message": "Autorizada", "authId": "A1B2C3",
    "nsu": "004512", "acquirer": "Cielo", "acquirerCnpj": "01.027.058/0001-91",
}  # fmt: skip
#: The older place (2025-08): an app in ``customData.customApps`` (the Orders API spec's shape).
MARKETPLACE_PAYMENT_APP = {
    "id": "integration-marketplace-netshoes", "major": 1,
    "fields": {
        "marketplacePaymentCnpjAcquirers": "01.425.787/0001-04",
        "marketplacePaymentAuthorizationCodes": "987654",
        "marketplacePaymentCreditCardBrands": "Visa",
        "marketplacePaymentMethods": "CreditCard",
    },
}  # fmt: skip


def _line(sku_id: str, quantity: int, discount: int = 0, promo: str = "DISCOUNT@MARKETPLACE") -> Line:
    return Line(SKUS[sku_id], quantity, discount, promo)


def _created(number: int) -> datetime:
    """Creation dates spread over November 2026, later numbers are more recent."""
    return plus(at("2026-11-02", 9, 5, 12, 345678), hours=number * 17, minutes=number * 7 % 60)


def _invoice(number: int, issued: datetime, **kwargs: Any) -> PackageSpec:
    nf = 123450 + number
    return PackageSpec(number=f"{nf:09d}", issued=issued, invoice_key=nfe_key(nf), **kwargs)


def _spec(number: int, status: str, who: int, lines: list[Line], **kwargs: Any) -> OrderSpec:
    return OrderSpec(
        number=number, status=status, created=_created(number), customer=CUSTOMERS[who % 16],
        address=ADDRESSES[who % len(ADDRESSES)], lines=lines, **kwargs,
    )


def _specs() -> list[OrderSpec]:
    c = _created
    transit = [
        Event("Cajamar", "SP", "Objeto postado", plus(c(13), days=1, hours=3)),
        Event("São Paulo", "SP", "Objeto em trânsito para a unidade de distribuição", plus(c(13), days=2)),
    ]
    delivered_events = [
        Event("Cajamar", "SP", "Coletado pela transportadora", plus(c(12), days=1, hours=2)),
        Event("Curitiba", "PR", "Saiu para entrega ao destinatário", plus(c(12), days=3, hours=1)),
        Event("Curitiba", "PR", "Entregue ao destinatário", plus(c(12), days=3, hours=6)),
    ]
    return [
        # --- ready-for-handling -------------------------------------------------------------
        _spec(0, "ready-for-handling", 0, [_line("2001", 2, 2000, "Promoção camisetas"), _line("2010", 1)],
              freight=1590, installments=3, coupon="BEMVINDO10"),
        _spec(1, "ready-for-handling", 1, [_line("3001", 1)], freight=0, freight_list=1990,
              carrier="Loggi", sla="Normal", payment="pix"),
        # the same SKU on two lines with different selling prices ("leve 3, pague 2")
        _spec(2, "ready-for-handling", 2,
              [_line("2002", 1), _line("2002", 2, 7990, "Leve 3 pague 2"), _line("3003", 1)], freight=1290),
        # B2B: corporate buyer, invoice address differs from the delivery address
        OrderSpec(number=3, status="ready-for-handling", created=c(3), customer=B2B_CUSTOMER,
                  address=B2B_WAREHOUSE, invoice_address=B2B_HEADQUARTERS,
                  lines=[_line("5001", 10, 2990, "Desconto atacado"), _line("5002", 4), _line("5003", 2)],
                  freight=4500, carrier="Braspress", sla="Transportadora", estimate_days=5, payment="boleto"),
        # pickup in store
        _spec(4, "ready-for-handling", 3, [_line("4001", 1), _line("4003", 1)], pickup=PICKUP_PAULISTA,
              carrier="Retirada na Loja", sla="Retirada na Loja Paulista", estimate_days=1),
        # a discount that does not divide evenly (4 x 17 - 3 = 65, sellingPrices split)
        _spec(5, "ready-for-handling", 4, [_line("6002", 4, 3, "Promoção balas"), _line("6001", 1)],
              freight=990, payment="pix"),
        # --- handling -----------------------------------------------------------------------
        _spec(6, "handling", 4, [_line("3010", 1, 20000, "Black Friday"), _line("3011", 1)],
              freight=0, freight_list=4990, carrier="Total Express", payment="mastercard", installments=10),
        _spec(7, "handling", 5, [_line("2001", 1), _line("2002", 1), _line("2010", 2, 3000), _line("3002", 1),
                                 _line("3003", 3), _line("4003", 1), _line("6001", 2), _line("7002", 4)],
              freight=2990, carrier="Jadlog", sla="Normal", estimate_days=6),
        _spec(8, "handling", 6, [_line("2020", 1), _line("6001", 2)], freight=1990,
              packages=[_invoice(8, plus(c(8), days=1), lines=((1, 2),), value=6580)]),
        _spec(9, "handling", 7, [_line("7001", 2), _line("7002", 3)], freight=1190, carrier="Correios PAC",
              sla="Normal", estimate_days=8, payment="boleto"),
        # --- ready-for-invoicing (pick-and-pack stores) -----------------------------------------
        _spec(10, "ready-for-invoicing", 8, [_line("4002", 1, 5000)], freight=2490),
        # --- payment-approved with partial Output invoices ------------------------------------
        _spec(11, "payment-approved", 9, [_line("3001", 1), _line("3002", 1), _line("3003", 2)], freight=1590,
              packages=[_invoice(11, plus(c(11), days=1), lines=((0, 1),), value=19990)]),
        _spec(12, "payment-approved", 10, [_line("4001", 1), _line("4002", 1), _line("4003", 2)],
              freight=3990, packages=[
                  _invoice(12, plus(c(12), hours=20), lines=((0, 1),), value=15990),
                  _invoice(112, plus(c(12), hours=22), lines=((2, 2),), value=17980),
              ]),
        # --- invoiced -------------------------------------------------------------------------
        _spec(13, "invoiced", 11, [_line("2020", 1, 5000), _line("2001", 2)], freight=1990,
              packages=[_invoice(13, plus(c(13), days=1), courier="Correios SEDEX", tracking_number="QB123456785BR",
                                 tracking_url="https://rastreamento.correios.com.br/app/index.php?objeto=QB123456785BR",
                                 events=tuple(transit))]),
        _spec(14, "invoiced", 12, [_line("7001", 1), _line("3003", 1)], freight=1290, carrier="Jadlog",
              packages=[_invoice(14, plus(c(12), days=1), courier="Jadlog", tracking_number="JD0001548721",
                                 tracking_url="https://www.jadlog.com.br/tracking?cte=JD0001548721",
                                 events=tuple(delivered_events), delivered=plus(c(12), days=3, hours=6))]),
        _spec(15, "invoiced", 13, [_line("3011", 2), _line("3002", 1)], freight=1490,
              packages=[_invoice(15, plus(c(15), days=1))]),
        _spec(16, "invoiced", 14, [_line("2001", 1), _line("2002", 1)], freight=1590, packages=[
            _invoice(16, plus(c(16), days=1), courier="Correios SEDEX", tracking_number="QB987654321BR"),
            _invoice(116, plus(c(16), days=9), lines=((1, 1),), value=7990, type="Input"),
        ]),
        # --- canceled -------------------------------------------------------------------------
        _spec(17, "canceled", 15, [_line("3010", 1)], freight=0, cancel_reason="Cliente desistiu da compra"),
        _spec(18, "canceled", 0, [_line("7002", 2)], freight=890, payment="boleto",
              cancel_reason="Boleto não pago no prazo"),
        # --- payment-pending ------------------------------------------------------------------
        _spec(19, "payment-pending", 1, [_line("4001", 1), _line("6001", 1)], freight=1990, payment="boleto"),
        _spec(20, "payment-pending", 2, [_line("2010", 1)], freight=1290, payment="pix"),
        # --- window-to-cancel -----------------------------------------------------------------
        _spec(21, "window-to-cancel", 3, [_line("3001", 1), _line("3003", 1)], freight=0, freight_list=1490),
        _spec(22, "window-to-cancel", 5, [_line("7001", 3, 1500, "Leve 3 com desconto")], freight=990),
        # --- a marketplace (Mercado Livre) order fulfilled by this store --------------------------
        _spec(23, "handling", 9, [_line("3002", 2)], freight=1890, origin="Fulfillment",
              marketplace_order_id="MLB-2000004521873", affiliate_id="MLB", sales_channel="2",
              carrier="Mercado Envios", sla="Normal"),
        # --- marketplace orders carrying the payment data their NF-e must repeat -----------------
        _spec(24, "handling", 4, [_line("2001", 1), _line("3003", 1)], freight=1290, origin="Fulfillment",
              marketplace_order_id="MGL-1472583690", affiliate_id="MGZ", sales_channel="3",
              payment="mastercard", connector_responses=CONNECTOR_RESPONSES),
        _spec(25, "handling", 6, [_line("2002", 1)], freight=990, origin="Fulfillment",
              marketplace_order_id="NS-88001234", affiliate_id="NTS", sales_channel="4",
              custom_apps=[MARKETPLACE_PAYMENT_APP]),
        # --- invoiced orders a return must handle with care (queue-and-batch.md section 4) ------
        # the same SKU on two lines, all invoiced: a return must name the SKU once (KI 1198829)
        _spec(26, "invoiced", 7, [_line("2002", 1), _line("2002", 2, 7990, "Leve 3 pague 2"), _line("3003", 1)],
              freight=1290, packages=[_invoice(26, plus(c(26), days=1))]),
        # paid by boleto, all invoiced: VTEX does not refund a boleto by itself
        _spec(27, "invoiced", 8, [_line("7001", 1), _line("6001", 2)], freight=990, payment="boleto",
              packages=[_invoice(27, plus(c(27), days=1))]),
    ]


SEED_IDS = {
    "ready": order_id_for(0),
    "free_shipping": order_id_for(1),
    "same_sku_twice": order_id_for(2),
    "b2b": order_id_for(3),
    "pickup": order_id_for(4),
    "uneven_discount": order_id_for(5),
    "handling": order_id_for(6),
    "many_items": order_id_for(7),
    "handling_partial": order_id_for(8),
    "handling_boleto": order_id_for(9),
    "ready_for_invoicing": order_id_for(10),
    "payment_approved_partial": order_id_for(11),
    "payment_approved_two_partials": order_id_for(12),
    "invoiced_in_transit": order_id_for(13),
    "invoiced_delivered": order_id_for(14),
    "invoiced_no_tracking": order_id_for(15),
    "invoiced_with_return": order_id_for(16),
    "canceled": order_id_for(17),
    "canceled_boleto": order_id_for(18),
    "payment_pending": order_id_for(19),
    "payment_pending_pix": order_id_for(20),
    "window_to_cancel": order_id_for(21),
    "window_to_cancel_discount": order_id_for(22),
    "marketplace": order_id_for(23),
    "marketplace_connector_payment": order_id_for(24),
    "marketplace_custom_data_payment": order_id_for(25),
    "invoiced_same_sku_twice": order_id_for(26),
    "invoiced_boleto": order_id_for(27),
}
"""Names for the seed orders, e.g. ``SEED_IDS["ready"] == "1368451234567-01"``."""


def seed_orders() -> dict[str, dict[str, Any]]:
    """A fresh copy of the seed: order id -> Get Order JSON."""
    orders = (build_order(spec) for spec in _specs())
    return {order["orderId"]: order for order in orders}


def make_large_order(n_items: int, number: int = 900, status: str = "handling") -> dict[str, Any]:
    """An order with ``n_items`` distinct lines (about 3 KB of JSON per line), for benchmarks.

    Add it with ``sandbox.add_order(make_large_order(330))``: roughly a 1 MB Get Order answer.
    """
    if n_items < 1:
        raise ValueError("n_items must be at least 1")
    base = list(SKUS.values())
    lines = []
    for i in range(n_items):
        template = base[i % len(base)]
        sku = Sku(
            id=str(100000 + i), product_id=str(200000 + i), ref_id=f"LRG-{i:05d}",
            ean=f"789{i:010d}", name=f"{template.name} #{i + 1}", price=template.price,
            list_price=template.list_price, brand=template.brand, category=template.category,
            image=template.image,
        )
        # A discount never exceeds half the unit price, so no line is sold below zero.
        lines.append(Line(sku, 1 + i % 3, discount=min((i % 4) * 7, template.price // 2)))
    spec = OrderSpec(number=number, status=status, created=at("2026-11-20", 10), customer=CUSTOMERS[0],
                     address=ADDRESSES[0], lines=lines, freight=n_items * 10)
    return build_order(spec)
