"""An NF-e's payment group (``pag/detPag``, its ``card``) and intermediary (``infIntermed``),
cross-checked against what the marketplace order says (:mod:`vtex_invoice_gui.vtex.payment_data`).

Marketplaces reject an NF-e whose card brand, authorization code or acquirer CNPJ differs from
theirs (NT 2025.001), so the desk warns before the clerk sends it. Pure core, no Qt; the
findings are :class:`~vtex_invoice_gui.messages.Message` objects with ``nfe_payment.*`` codes.
"""

from __future__ import annotations

import re

from ..messages import Message
from ..vtex.payment_data import NfePaymentFacts
from .model import NfeDocument, NfePayment

#: tPag codes of the NF-e (MOC 7.0): the ones a web shop meets.
PAYMENT_TYPES = {
    "01": "cash", "03": "credit card", "04": "debit card", "05": "store credit",
    "15": "boleto", "16": "bank deposit", "17": "Pix", "18": "transfer", "90": "no payment", "99": "other",
}  # fmt: skip
#: tBand codes (card brands) of the NF-e.
CARD_BRANDS = {
    "01": "Visa", "02": "Mastercard", "03": "American Express", "04": "Sorocred", "05": "Diners Club",
    "06": "Elo", "07": "Hipercard", "08": "Aura", "09": "Cabal", "99": "other",
}  # fmt: skip
_METHOD_CODES = {
    "creditcard": "03", "credit": "03", "debitcard": "04", "debit": "04", "instantpayment": "17", "pix": "17",
    "bankinvoice": "15", "boleto": "15", "boletobancario": "15",
}  # fmt: skip
_BRAND_CODES = {
    "visa": "01", "mastercard": "02", "master": "02", "americanexpress": "03", "amex": "03",
    "sorocred": "04", "diners": "05", "dinersclub": "05", "elo": "06", "hipercard": "07",
    "aura": "08", "cabal": "09",
}  # fmt: skip

MSG_NO_DATA = Message("nfe_payment.no_data")
MSG_NO_CARD = Message("nfe_payment.no_card")
MSG_METHOD = Message("nfe_payment.method")
MSG_BRAND = Message("nfe_payment.brand")
MSG_AUTHORIZATION = Message("nfe_payment.authorization")
MSG_ACQUIRER = Message("nfe_payment.acquirer")
MSG_NO_INTERMEDIARY = Message("nfe_payment.no_intermediary")


def read_nfe_payment(doc: NfeDocument) -> NfePayment:
    """The payment group of an NF-e read by :func:`~vtex_invoice_gui.nfe.read_nfe`, which reads it
    with the rest of the file on the reading thread (not again on the window's)."""
    return doc.payment


def _key(value: str) -> str:
    return re.sub(r"[^0-9a-z]", "", value.lower())


def method_code(method: str) -> str | None:
    """The tPag code of a VTEX payment group or marketplace method name; None if unknown."""
    return _METHOD_CODES.get(_key(method))


def brand_code(brand: str) -> str | None:
    """The tBand code of a card brand name; None if unknown."""
    return _BRAND_CODES.get(_key(brand))


def _digits(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value).upper()


def check_payment(facts: NfePaymentFacts, nfe: NfePayment | None) -> list[Message]:
    """What the clerk should know before sending this NF-e for this order (empty: all agree).

    Without an NF-e (``nfe`` None) only the order's own gap is reported.
    """
    found: list[Message] = []
    if facts.is_marketplace and not facts.has_payment_data:
        found.append(MSG_NO_DATA)
    if nfe is None:
        return found
    if facts.is_marketplace and not (nfe.intermediary_cnpj or nfe.intermediary_flag == "1"):
        found.append(MSG_NO_INTERMEDIARY.format(intermediary=facts.intermediary))
    wanted_method = method_code(facts.method) if facts.method else None
    if wanted_method and nfe.payment_type and wanted_method != nfe.payment_type:
        shown = PAYMENT_TYPES.get(nfe.payment_type, nfe.payment_type)
        found.append(MSG_METHOD.format(nfe=shown, code=nfe.payment_type, order=facts.method))
    if not facts.has_payment_data:
        return found
    if not nfe.has_card:
        found.append(MSG_NO_CARD.format(brand=facts.brand or "?", authorization=facts.authorization or "?"))
        return found
    wanted_brand = brand_code(facts.brand) if facts.brand else None
    if wanted_brand and nfe.brand != wanted_brand:
        shown = CARD_BRANDS.get(nfe.brand, nfe.brand or "none")
        found.append(MSG_BRAND.format(nfe=shown, code=nfe.brand or "-", order=facts.brand))
    if facts.authorization and _digits(nfe.authorization) != _digits(facts.authorization):
        found.append(MSG_AUTHORIZATION.format(nfe=nfe.authorization or "none", order=facts.authorization))
    if facts.acquirer_cnpj and _digits(nfe.acquirer_cnpj) != _digits(facts.acquirer_cnpj):
        found.append(MSG_ACQUIRER.format(nfe=nfe.acquirer_cnpj or "none", order=facts.acquirer_cnpj))
    return found
