"""The words of the forms: payload checks, pydantic's built-in checks (by error type) and amounts typed wrong.

Merged into :data:`vtex_invoice_gui.wording.TEMPLATES`; translated in the ``CoreText`` context.
"""

from __future__ import annotations

from .mark import QT_TRANSLATE_NOOP

FORM_TEMPLATES: dict[str, str] = {
    "payload.cents_whole": QT_TRANSLATE_NOOP("CoreText", "Must be a whole number of cents"),
    "payload.cents_format": QT_TRANSLATE_NOOP(
        "CoreText", "Must be a whole number of cents (e.g. 2499 for 24.99), without a decimal separator"
    ),
    "payload.issuance_needs_time": QT_TRANSLATE_NOOP(
        "CoreText", "The issuance date needs a time of day as well as the date."
    ),
    "payload.order_id_empty": QT_TRANSLATE_NOOP("CoreText", "Enter an order id."),
    "payload.invoice_number_empty": QT_TRANSLATE_NOOP("CoreText", "Enter the invoice number."),
    "payload.invoice_number_too_long": QT_TRANSLATE_NOOP(
        "CoreText", "The invoice number is longer than {max} characters."
    ),
    "payload.invoice_number_characters": QT_TRANSLATE_NOOP(
        "CoreText", "The invoice number may only contain letters, digits and '-' (found {found}). VTEX "
        "accepts other characters but then fails on tracking updates."
    ),
    "payload.item_no_sku": QT_TRANSLATE_NOOP("CoreText", "Every item needs its SKU id."),
    "payload.url": QT_TRANSLATE_NOOP("CoreText", "Must be a web address starting with http:// or https://"),
    "payload.sku_twice": QT_TRANSLATE_NOOP(
        "CoreText", "SKU {sku} appears on more than one line; VTEX needs one line per SKU with the total "
        "quantity."
    ),
    "payload.dispatch_before_issuance": QT_TRANSLATE_NOOP("CoreText", "The dispatch date is before the issuance date."),
    "payload.tracking_number_empty": QT_TRANSLATE_NOOP("CoreText", "Enter the tracking number."),
    "payload.delivered_needs_date": QT_TRANSLATE_NOOP(
        "CoreText", "A delivered parcel needs the delivered date and time."
    ),
    "payload.date_without_delivery": QT_TRANSLATE_NOOP(
        "CoreText", "A delivered date is only sent when the parcel is marked delivered."
    ),
    "payload.no_events": QT_TRANSLATE_NOOP(
        "CoreText", "Add at least one tracking event, or mark the parcel delivered."
    ),
    "payload.delivered_before_dispatch": QT_TRANSLATE_NOOP(
        "CoreText", "The delivered date is before the dispatch date."
    ),
    "payload.delivered_before_event": QT_TRANSLATE_NOOP(
        "CoreText", "The delivered date is before the last tracking event."
    ),
    **dict.fromkeys(
        ("pydantic.missing", "pydantic.required"),
        QT_TRANSLATE_NOOP("CoreText", "This field is required."),
    ),
    "pydantic.string_too_short": QT_TRANSLATE_NOOP("CoreText", "Enter at least {min_length} characters."),
    "pydantic.string_too_long": QT_TRANSLATE_NOOP("CoreText", "Enter at most {max_length} characters."),
    "pydantic.too_short": QT_TRANSLATE_NOOP("CoreText", "Add at least {min_length} lines."),
    "pydantic.too_short_one": QT_TRANSLATE_NOOP("CoreText", "Add at least one line."),
    "pydantic.too_long": QT_TRANSLATE_NOOP("CoreText", "Keep at most {max_length} lines."),
    "pydantic.greater_than": QT_TRANSLATE_NOOP("CoreText", "Must be greater than {gt}."),
    "pydantic.greater_than_equal": QT_TRANSLATE_NOOP("CoreText", "Must be {ge} or more."),
    "pydantic.less_than": QT_TRANSLATE_NOOP("CoreText", "Must be less than {lt}."),
    "pydantic.less_than_equal": QT_TRANSLATE_NOOP("CoreText", "Must be {le} or less."),
    **dict.fromkeys(
        ("pydantic.int_type", "pydantic.int_parsing", "pydantic.int_from_float", "pydantic.int_parsing_size"),
        QT_TRANSLATE_NOOP("CoreText", "Must be a whole number."),
    ),
    **dict.fromkeys(
        ("pydantic.float_type", "pydantic.float_parsing", "pydantic.decimal_type", "pydantic.decimal_parsing"),
        QT_TRANSLATE_NOOP("CoreText", "Must be a number."),
    ),
    "pydantic.string_type": QT_TRANSLATE_NOOP("CoreText", "Must be text."),
    **dict.fromkeys(
        ("pydantic.bool_type", "pydantic.bool_parsing"),
        QT_TRANSLATE_NOOP("CoreText", "Must be yes or no."),
    ),
    **dict.fromkeys(
        (
            "pydantic.datetime_type", "pydantic.datetime_parsing",
            "pydantic.datetime_from_date_parsing", "pydantic.datetime_object_invalid",
        ),
        QT_TRANSLATE_NOOP("CoreText", "Not a valid date and time."),
    ),
    **dict.fromkeys(
        (
            "pydantic.date_type", "pydantic.date_parsing",
            "pydantic.date_from_datetime_parsing", "pydantic.date_from_datetime_inexact",
        ),
        QT_TRANSLATE_NOOP("CoreText", "Not a valid date."),
    ),
    **dict.fromkeys(
        ("pydantic.literal_error", "pydantic.enum"),
        QT_TRANSLATE_NOOP("CoreText", "Must be {expected}."),
    ),
    "money.empty": QT_TRANSLATE_NOOP("CoreText", "Enter an amount."),
    "money.two_decimal_separators": QT_TRANSLATE_NOOP(
        "CoreText", "'{text}' has more than one decimal separator '{decimal_sep}'."
    ),
    "money.no_cents": QT_TRANSLATE_NOOP("CoreText", "Add the cents after '{decimal_sep}' or remove it."),
    "money.too_many_decimals": QT_TRANSLATE_NOOP("CoreText", "An amount has at most two decimal places (cents)."),
    "money.grouping": QT_TRANSLATE_NOOP(
        "CoreText", "'{text}': thousands separators ('{group}') go every three digits, and the decimal "
        "separator is '{decimal_sep}'."
    ),
    "money.format": QT_TRANSLATE_NOOP(
        "CoreText", "'{text}' does not fit this language's number format: the decimal separator is "
        "'{decimal_sep}' and thousands are grouped with {groups} (for example {example})."
    ),
    "money.not_a_number": QT_TRANSLATE_NOOP(
        "CoreText", "'{text}' is not an amount; type digits, for example 1234{decimal_sep}56."
    ),
}

#: Words put inside the money and payload sentences (a separator that is a space, "or").
FORM_PHRASES: dict[str, str] = {
    "space": QT_TRANSLATE_NOOP("CoreText", "space"),
    "a space": QT_TRANSLATE_NOOP("CoreText", "a space"),
    "or": QT_TRANSLATE_NOOP("CoreText", "or"),
}
