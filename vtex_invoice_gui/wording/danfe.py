"""Core message templates of the DANFE and NF-e payment-data modules, merged into :data:`vtex_invoice_gui.wording.TEMPLATES`."""

from __future__ import annotations

from .mark import QT_TRANSLATE_NOOP

DANFE_TEMPLATES: dict[str, str] = {
    "danfe.no_documents": QT_TRANSLATE_NOOP("CoreText", "Give at least one NF-e XML to draw."),
    "danfe.draw_failed": QT_TRANSLATE_NOOP(
        "CoreText", "The DANFE of NF-e {number} could not be drawn ({kind}). Print it from the system that "
        "issued the NF-e."
    ),
    "nfe_payment.no_data": QT_TRANSLATE_NOOP(
        "CoreText", "This marketplace order carries no payment data for the NF-e (card brand, authorization "
        "code, acquirer CNPJ). Some marketplaces do not send it yet; without it the NF-e may be rejected."
    ),
    "nfe_payment.no_card": QT_TRANSLATE_NOOP(
        "CoreText", "The order was paid by card ({brand}, authorization {authorization}), but the NF-e has no "
        "card group (pag/detPag/card): the marketplace may reject it."
    ),
    "nfe_payment.method": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e says the payment was {nfe} (tPag {code}), the order says {order}."
    ),
    "nfe_payment.brand": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e's card brand is {nfe} (tBand {code}), the order's is {order}."
    ),
    "nfe_payment.authorization": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e's authorization code (cAut) is {nfe}, the order's (authId) is {order}."
    ),
    "nfe_payment.acquirer": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e's acquirer CNPJ (card/CNPJ) is {nfe}, the order's is {order}."
    ),
    "nfe_payment.no_intermediary": QT_TRANSLATE_NOOP(
        "CoreText", "This is a marketplace order ({intermediary}), but the NF-e names no intermediary "
        "(infIntermed, indIntermed=1)."
    ),
}

DANFE_PHRASES: dict[str, str] = {
    "total with IBS, CBS and IS": QT_TRANSLATE_NOOP("CoreText", "total with IBS, CBS and IS"),
}
