"""The words of what to check before an NF-e is sent: the reader's warnings and notes, and the
findings of an NF-e against its order (``nfe.model``, ``nfe.reader``, ``nfe.mapping``).

One template per message code ``nfe_finding.*``; the :class:`~vtex_invoice_gui.nfe.mapping.Finding`
that carries it keeps its short code (``total_differs``) for the batch and the tests. Amounts are
params ending in ``_cents`` (R$ 1,234.56 in English, the locale's money in the UI), quantities are
exact decimals. Merged into :data:`vtex_invoice_gui.wording.TEMPLATES`; translated in the
``CoreText`` context.
"""

from __future__ import annotations

from .mark import QT_TRANSLATE_NOOP

FINDING_TEMPLATES: dict[str, str] = {
    # -- what the NF-e itself says (nfe.model.NfeDocument.warnings)
    "nfe_finding.homologation": QT_TRANSLATE_NOOP(
        "CoreText", "This NF-e was issued in the SEFAZ test environment (homologation, tpAmb=2): it has no legal value."
    ),
    "nfe_finding.no_protocol": QT_TRANSLATE_NOOP(
        "CoreText", "This file has no SEFAZ authorization protocol (protNFe), so it does not prove that the NF-e "
        "was authorized. Prefer the authorized XML (nfeProc)."
    ),
    "nfe_finding.not_authorized": QT_TRANSLATE_NOOP(
        "CoreText", "SEFAZ status of this NF-e is {status} ({reason}), not 100 (authorized): it must not be used "
        "as the invoice of an order."
    ),
    "nfe_finding.not_authorized_no_reason": QT_TRANSLATE_NOOP(
        "CoreText", "SEFAZ status of this NF-e is {status}, not 100 (authorized): it must not be used as the "
        "invoice of an order."
    ),
    "nfe_finding.nfce": QT_TRANSLATE_NOOP(
        "CoreText", "This is an NFC-e (model 65, consumer receipt), not an NF-e (model 55). Check that the "
        "marketplace accepts an NFC-e."
    ),
    "nfe_finding.unusual_model": QT_TRANSLATE_NOOP("CoreText", "The model is {model}; an NF-e is model 55 (NFC-e 65)."),
    "nfe_finding.special_purpose": QT_TRANSLATE_NOOP(
        "CoreText", "This NF-e is {what} (finNFe={purpose}), not a normal sale or a return."
    ),
    "nfe_finding.reform_total": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e total with IBS, CBS and IS (vNFTot) is {reform_total_cents}; the invoice value sent to "
        "VTEX stays the NF-e value (vNF), {total_cents}."
    ),
    # -- how the reader read it (nfe.reader)
    "nfe_finding.time_without_offset": QT_TRANSLATE_NOOP(
        "CoreText", "The issue time in the XML has no time zone; Brasília time (-03:00) was assumed."
    ),
    "nfe_finding.date_only": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e only has an issue date (old layout); midnight Brasília time was used."
    ),
    # -- the NF-e against its order (nfe.mapping)
    "nfe_finding.key_problem": QT_TRANSLATE_NOOP("CoreText", "Access key: {problem}"),
    "nfe_finding.total_differs": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e total ({total_cents}) is not the {remaining_cents} still to invoice on the order."
    ),
    "nfe_finding.total_differs_return": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e total ({total_cents}) is not the {remaining_cents} that can still be returned on the "
        "order."
    ),
    "nfe_finding.recipient_mismatch": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e recipient is {nfe_document}, but the order's client is {order_document}: is this the "
        "NF-e of this order?"
    ),
    "nfe_finding.recipient_missing": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e names no recipient document, but the order's client is {order_document}."
    ),
    "nfe_finding.unmatched_items": QT_TRANSLATE_NOOP(
        "CoreText", "{count} NF-e line(s) match no item of the order by EAN, refId or SKU: {lines}. Choose the "
        "order item for each, or leave it off the invoice."
    ),
    "nfe_finding.more_lines": QT_TRANSLATE_NOOP("CoreText", "{lines} and {count} more"),
    "nfe_finding.ambiguous_item": QT_TRANSLATE_NOOP(
        "CoreText", "NF-e line {line} fits several SKUs of the order ({skus}); choose the right one."
    ),
    "nfe_finding.quantity_not_whole": QT_TRANSLATE_NOOP(
        "CoreText", "NF-e line {line} has quantity {quantity} {unit}, which is not a whole number: enter the "
        "quantity of SKU {sku} in the order's units."
    ),
    "nfe_finding.merged_lines": QT_TRANSLATE_NOOP(
        "CoreText", "NF-e lines {lines} are the same SKU {sku}: they make one invoice line (VTEX wants one line per "
        "SKU)."
    ),
    "nfe_finding.quantity_above_remaining": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e invoices {quantity} of SKU {sku} ({name}), but only {remaining} remain on the order."
    ),
    "nfe_finding.quantity_above_returnable": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e invoices {quantity} of SKU {sku} ({name}), but only {remaining} can still be "
        "returned on the order."
    ),
}

#: The NF-e purposes (``finNFe``) named inside ``nfe_finding.special_purpose``.
FINDING_PHRASES: dict[str, str] = {
    "a complementary NF-e": QT_TRANSLATE_NOOP("CoreText", "a complementary NF-e"),
    "an adjustment NF-e": QT_TRANSLATE_NOOP("CoreText", "an adjustment NF-e"),
    "a credit note": QT_TRANSLATE_NOOP("CoreText", "a credit note"),
    "a debit note": QT_TRANSLATE_NOOP("CoreText", "a debit note"),
}
