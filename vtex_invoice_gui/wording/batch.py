"""The words of the batch (:mod:`vtex_invoice_gui.batch`): its row messages, marked for lupdate.

Merged into :data:`vtex_invoice_gui.wording.TEMPLATES`; translated in the ``CoreText`` context.
"""

from __future__ import annotations

from .mark import QT_TRANSLATE_NOOP

BATCH_TEMPLATES: dict[str, str] = {
    "batch.not_xml": QT_TRANSLATE_NOOP(
        "CoreText", "Not an XML or ZIP file; skipped."
    ),
    "batch.unsafe_name": QT_TRANSLATE_NOOP(
        "CoreText", "The ZIP member name is not a plain relative path (absolute, '..' or a drive); it was not read."
    ),
    "batch.too_many_members": QT_TRANSLATE_NOOP(
        "CoreText", "The ZIP holds {count} members, more than the {limit} a batch reads; split it into smaller ZIPs."
    ),
    "batch.zip_too_large_total": QT_TRANSLATE_NOOP(
        "CoreText", "The ZIP's members add up to {size_mb} MB uncompressed, more than the {limit_mb} MB a batch "
        "reads; split it into smaller ZIPs."
    ),
    "batch.member_too_large": QT_TRANSLATE_NOOP(
        "CoreText", "The file is {size_mb} MB; an NF-e XML is at most {limit_mb} MB. It was not read."
    ),
    "batch.zip_bomb": QT_TRANSLATE_NOOP(
        "CoreText", "The ZIP member is compressed {ratio} times, far more than any XML: it looks like a zip bomb "
        "and was not read."
    ),
    "batch.size_lie": QT_TRANSLATE_NOOP(
        "CoreText", "The ZIP member holds more data than its header declares: the ZIP is damaged or crafted; it was "
        "not read."
    ),
    "batch.bad_zip": QT_TRANSLATE_NOOP(
        "CoreText", "The ZIP file cannot be opened ({reason})."
    ),
    "batch.encrypted": QT_TRANSLATE_NOOP(
        "CoreText", "The ZIP member is password-protected; it was not read."
    ),
    "batch.nested_too_deep": QT_TRANSLATE_NOOP(
        "CoreText", "A ZIP inside a ZIP inside a ZIP is not followed; unpack it and add the inner files."
    ),
    "batch.unreadable": QT_TRANSLATE_NOOP(
        "CoreText", "The file cannot be read ({reason})."
    ),
    "batch.not_regular": QT_TRANSLATE_NOOP(
        "CoreText", "This is not a regular file (a device, a pipe or a link); it was not read."
    ),
    "batch.unmatched": QT_TRANSLATE_NOOP(
        "CoreText", "No order found for this NF-e (no order id in xPed, infCpl or infAdFisco, and no single "
        "to-invoice order with its recipient and total); pick the order."
    ),
    "batch.already_on_order": QT_TRANSLATE_NOOP(
        "CoreText", "Invoice {number} is already on order {order}; it is not sent again."
    ),
    "batch.key_already_on_order": QT_TRANSLATE_NOOP(
        "CoreText", "An invoice with this access key ({number}) is already on order {order}; it is not sent again."
    ),
    "batch.same_key": QT_TRANSLATE_NOOP(
        "CoreText", "The same NF-e (access key) as {other}; only that file is used."
    ),
    "batch.same_number": QT_TRANSLATE_NOOP(
        "CoreText", "Invoice number {number} for order {order} is also in {other}; only that file is used. Check "
        "which is right."
    ),
    "batch.gate_sale": QT_TRANSLATE_NOOP(
        "CoreText", "Order {order} cannot take a sale invoice now (status {status})."
    ),
    "batch.gate_return": QT_TRANSLATE_NOOP(
        "CoreText", "A return (Input) invoice needs a fully invoiced order; order {order} is {status}."
    ),
    "batch.above_remaining": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e total is more than what is left to invoice on order {order}: it cannot be its invoice "
        "as it stands."
    ),
    "batch.invalid_invoice": QT_TRANSLATE_NOOP(
        "CoreText", "The invoice cannot be sent as it stands: {problem}"
    ),
    "batch.excluded": QT_TRANSLATE_NOOP(
        "CoreText", "Excluded by the clerk."
    ),
    "batch.over_batch": QT_TRANSLATE_NOOP(
        "CoreText", "Together with the earlier files of this batch for order {order} ({others}), this NF-e is more "
        "than the order has left to invoice (or to return); check which files belong to it."
    ),
    # the send queue (sending/queue.py): a batch of invoices, a tracking import
    "queue.not_shown_yet": QT_TRANSLATE_NOOP(
        "CoreText", "VTEX accepted it but does not show it on the order yet; run again later to check (nothing is "
        "sent twice)."
    ),
    "queue.no_answer": QT_TRANSLATE_NOOP(
        "CoreText", "No answer from VTEX ({problem}): it may or may not have applied it. Run again: the desk re-reads "
        "the order and sends only what is not there."
    ),
    "queue.cancelled": QT_TRANSLATE_NOOP("CoreText", "Not sent: cancelled before this row."),
    "queue.earlier_run": QT_TRANSLATE_NOOP(
        "CoreText", "Already sent by an earlier run (journal #{id}), and it is on the order; not sent again."
    ),
    "queue.confirmed_not_shown": QT_TRANSLATE_NOOP(
        "CoreText", "An earlier run sent it and VTEX confirmed it (journal #{id}), but the order does not show it "
        "yet; not sent again. Check the order later."
    ),
    "queue.still_settling": QT_TRANSLATE_NOOP(
        "CoreText", "An earlier send of it (journal #{id}) is not settled yet; it was not sent again. Run again later."
    ),
    "queue.vtex_says": QT_TRANSLATE_NOOP("CoreText", "{summary} VTEX says: {said}"),
}
