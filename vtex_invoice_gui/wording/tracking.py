"""Core message templates of the tracking import (``tracking_import``), merged into :data:`vtex_invoice_gui.wording.TEMPLATES`."""

from __future__ import annotations

from .mark import QT_TRANSLATE_NOOP

TRACKING_TEMPLATES: dict[str, str] = {
    "tracking_import.already": QT_TRANSLATE_NOOP(
        "CoreText",
        "Invoice {invoice} already has the tracking number {code}.",
    ),
    "tracking_import.bad_date": QT_TRANSLATE_NOOP(
        "CoreText",
        "The {field} {value} is not a date: write it as dd/mm/yyyy, dd/mm/yyyy hh:mm or yyyy-mm-dd.",
    ),
    "tracking_import.bad_delivered": QT_TRANSLATE_NOOP(
        "CoreText",
        "The delivered column says {value}: write yes or no (sim/não), or the delivery date.",
    ),
    "tracking_import.bad_xlsx": QT_TRANSLATE_NOOP(
        "CoreText",
        "The file {name} could not be read as an Excel workbook ({reason}). Open it in Excel and save it "
        "again as .xlsx or CSV.",
    ),
    "tracking_import.check_link": QT_TRANSLATE_NOOP(
        "CoreText",
        "The tracking link comes from the {carrier} template, which nobody has checked yet: open one to see "
        "that it works.",
    ),
    "tracking_import.delivered_before_dispatch": QT_TRANSLATE_NOOP(
        "CoreText",
        "The delivery date {delivered} is before the dispatch date {dispatched}: marketplaces reject it.",
    ),
    "tracking_import.delivered_no_date": QT_TRANSLATE_NOOP(
        "CoreText",
        "The row says delivered but gives no delivery date: add the event date or write the date in the "
        "delivered column.",
    ),
    "tracking_import.duplicate": QT_TRANSLATE_NOOP(
        "CoreText",
        "Row {line} already gives invoice {invoice} of order {order} the tracking number {code}.",
    ),
    "tracking_import.empty": QT_TRANSLATE_NOOP("CoreText", "The file {name} has no rows."),
    "tracking_import.event_incomplete": QT_TRANSLATE_NOOP(
        "CoreText",
        "The tracking event lacks its {missing}: an event needs a date, a city, a state and a description.",
    ),
    "tracking_import.in_future": QT_TRANSLATE_NOOP("CoreText", "The {what} {when} is in the future."),
    "tracking_import.invoice_not_found": QT_TRANSLATE_NOOP("CoreText", "The order {order} has no invoice {invoice}."),
    "tracking_import.marketplace_ambiguous": QT_TRANSLATE_NOOP(
        "CoreText",
        "{count} orders have the marketplace order id {order}: use the VTEX order id.",
    ),
    "tracking_import.marketplace_not_found": QT_TRANSLATE_NOOP(
        "CoreText",
        "No order has the marketplace order id {order}.",
    ),
    "tracking_import.no_code_on_invoice": QT_TRANSLATE_NOOP(
        "CoreText",
        "Invoice {invoice} has no tracking number yet and the row gives none: events need one.",
    ),
    "tracking_import.no_header": QT_TRANSLATE_NOOP(
        "CoreText",
        "No header row was found in the first {rows} rows of {name}: a row naming the order and the tracking "
        "number columns (for example Pedido and Rastreio). Add such a row, or name the columns with --map.",
    ),
    "tracking_import.no_order": QT_TRANSLATE_NOOP("CoreText", "The row names no order."),
    "tracking_import.no_order_column": QT_TRANSLATE_NOOP(
        "CoreText",
        "No column holds the order (order_id or marketplace_order_id). Name it with --map HEADER=order_id.",
    ),
    "tracking_import.no_sale_invoice": QT_TRANSLATE_NOOP(
        "CoreText",
        "The order {order} has no sale invoice yet: invoice it first.",
    ),
    "tracking_import.no_tracking": QT_TRANSLATE_NOOP(
        "CoreText",
        "The row has no tracking number and no event: nothing to send.",
    ),
    "tracking_import.no_tracking_column": QT_TRANSLATE_NOOP(
        "CoreText",
        "No column holds the tracking number. Name it with --map HEADER=tracking_number.",
    ),
    "tracking_import.not_text": QT_TRANSLATE_NOOP(
        "CoreText",
        "The file {name} is neither a CSV text file nor an Excel workbook (.xlsx). Save it from Excel as CSV "
        "or .xlsx and import that.",
    ),
    "tracking_import.not_valid": QT_TRANSLATE_NOOP("CoreText", "The row cannot be sent as it is: {problem}"),
    "tracking_import.old_xls": QT_TRANSLATE_NOOP(
        "CoreText",
        "The file {name} is an old Excel workbook (.xls). Open it in Excel and save it as .xlsx or CSV.",
    ),
    "tracking_import.order_not_found": QT_TRANSLATE_NOOP("CoreText", "VTEX has no order {order}."),
    "tracking_import.pattern": QT_TRANSLATE_NOOP(
        "CoreText",
        "The tracking number {code} does not look like a {carrier} code: check it.",
    ),
    "tracking_import.read_failed": QT_TRANSLATE_NOOP("CoreText", "The order {order} could not be read: {reason}"),
    "tracking_import.replaces": QT_TRANSLATE_NOOP("CoreText", "It replaces the tracking number {old} on the invoice."),
    "tracking_import.return_invoice": QT_TRANSLATE_NOOP(
        "CoreText",
        "Invoice {invoice} is a return (Input) invoice: returns take no tracking (the shopper would see the "
        "return as a delivery).",
    ),
    "tracking_import.s10_digit": QT_TRANSLATE_NOOP(
        "CoreText",
        "The Correios code {code} ends in check digit {found}, but its eight digits give {expected}: check "
        "the code (perhaps {suggestion}).",
    ),
    "tracking_import.scientific": QT_TRANSLATE_NOOP(
        "CoreText",
        "Excel turned the tracking number into a number ({value}): format the column as text in Excel and "
        "export the file again.",
    ),
    "tracking_import.sent_deliver": QT_TRANSLATE_NOOP(
        "CoreText",
        "Sent {events} event(s) and the delivery to invoice {invoice}.",
    ),
    "tracking_import.sent_patch": QT_TRANSLATE_NOOP(
        "CoreText",
        "Sent the tracking number {code} to invoice {invoice}.",
    ),
    "tracking_import.sent_put": QT_TRANSLATE_NOOP("CoreText", "Sent {events} event(s) to invoice {invoice}."),
    "tracking_import.status_takes_no_tracking": QT_TRANSLATE_NOOP(
        "CoreText",
        "The order {order} is {status}: it takes no tracking.",
    ),
    "tracking_import.too_large": QT_TRANSLATE_NOOP(
        "CoreText",
        "The file {name} is {size_mb} MB; the import reads spreadsheets up to {max_mb} MB. Split it into "
        "smaller files.",
    ),
    "tracking_import.too_many_columns": QT_TRANSLATE_NOOP(
        "CoreText",
        "The file {name} has more than {max} columns: it is not a tracking spreadsheet. Choose the carrier's "
        "or hub's CSV or XLSX file.",
    ),
    "tracking_import.too_many_rows": QT_TRANSLATE_NOOP(
        "CoreText",
        "The file {name} has more than {max} rows; the import reads at most {max} at a time. Split it into "
        "smaller files.",
    ),
    "tracking_import.unreadable": QT_TRANSLATE_NOOP("CoreText", "The file {name} cannot be read ({reason})."),
    "tracking_import.which_invoice": QT_TRANSLATE_NOOP(
        "CoreText",
        "The order {order} has {count} sale invoices ({invoices}): the row needs the invoice number.",
    ),
    "tracking_import.word_city": QT_TRANSLATE_NOOP("CoreText", "city"),
    "tracking_import.word_date": QT_TRANSLATE_NOOP("CoreText", "date"),
    "tracking_import.word_delivery_date": QT_TRANSLATE_NOOP("CoreText", "delivery date"),
    "tracking_import.word_description": QT_TRANSLATE_NOOP("CoreText", "description"),
    "tracking_import.word_dispatch_date": QT_TRANSLATE_NOOP("CoreText", "dispatch date"),
    "tracking_import.word_event_date": QT_TRANSLATE_NOOP("CoreText", "event date"),
    "tracking_import.word_state": QT_TRANSLATE_NOOP("CoreText", "state"),
    "tracking_import.would_deliver": QT_TRANSLATE_NOOP(
        "CoreText",
        "Would send {events} event(s) and the delivery to invoice {invoice}.",
    ),
    "tracking_import.would_patch": QT_TRANSLATE_NOOP(
        "CoreText",
        "Would send the tracking number {code} to invoice {invoice}.",
    ),
    "tracking_import.would_put": QT_TRANSLATE_NOOP("CoreText", "Would send {events} event(s) to invoice {invoice}."),
}
