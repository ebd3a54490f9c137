"""The words of :mod:`.core_text`: every core message code with its English template, marked for lupdate.

``TEMPLATES`` maps a :class:`~vtex_invoice_gui.messages.Message` code to its English template
(``{name}`` placeholders, filled from the message's params); ``PHRASES`` holds the English words
and phrases that core messages put inside their sentences (NF-e field names, access-key parts,
journal states), keyed by that English text. Both are translated in the ``CoreText`` context.
A code missing here is shown in English: add it here, run ``packaging/i18n.py`` and translate.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .core_batch import BATCH_TEMPLATES
from .core_startup import STARTUP_TEMPLATES

TEMPLATES: dict[str, str] = {
    "payload.cents_whole": QT_TRANSLATE_NOOP("CoreText", "Must be a whole number of cents"),
    "payload.cents_format": QT_TRANSLATE_NOOP(
        "CoreText", "Must be a whole number of cents (e.g. 2499 for 24.99), without a decimal separator"
    ),
    "payload.issuance_needs_time": QT_TRANSLATE_NOOP(
        "CoreText", "The issuance date needs a time of day as well as the date."
    ),
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
    "nfe.not_bytes": QT_TRANSLATE_NOOP("CoreText", "The NF-e must be given as the raw bytes of the file (got {kind})."),
    "nfe.empty": QT_TRANSLATE_NOOP("CoreText", "The file is empty; it is not an NF-e XML."),
    "nfe.too_large": QT_TRANSLATE_NOOP(
        "CoreText", "The file is {size_mb} MB; an NF-e XML is at most {limit_mb} MB, so this is probably not "
        "an NF-e. It was not read."
    ),
    "nfe.too_many_elements": QT_TRANSLATE_NOOP(
        "CoreText", "The file holds {count} XML elements, but an NF-e has at most {limit}: this is not an "
        "NF-e, and it was not read. Choose the NF-e XML file of the order."
    ),
    "nfe.too_many_attributes": QT_TRANSLATE_NOOP(
        "CoreText", "The file holds {count} XML attributes, but an NF-e has at most {limit}: this is not an "
        "NF-e, and it was not read. Choose the NF-e XML file of the order."
    ),
    "nfe.too_many_namespaces": QT_TRANSLATE_NOOP(
        "CoreText", "The file declares {count} XML namespaces, but an NF-e declares at most {limit}: this is "
        "not an NF-e, and it was not read. Choose the NF-e XML file of the order."
    ),
    "nfe.not_a_file": QT_TRANSLATE_NOOP(
        "CoreText", "This is not a regular file (it is a folder, a device or a pipe); choose the NF-e XML file "
        "itself."
    ),
    "nfe.pdf": QT_TRANSLATE_NOOP(
        "CoreText", "This file is a PDF (probably the DANFE printout), not the NF-e XML. Ask for the XML "
        "file of the NF-e."
    ),
    "nfe.zip": QT_TRANSLATE_NOOP("CoreText", "This file is a ZIP archive. Extract the NF-e XML from it first."),
    "nfe.dtd": QT_TRANSLATE_NOOP(
        "CoreText", "The file contains a DTD/entity declaration, which is not allowed in an NF-e; it was not "
        "read."
    ),
    "nfe.malformed": QT_TRANSLATE_NOOP(
        "CoreText", "The file is truncated or not well-formed XML (line {line}, column {column}): {reason}."
    ),
    "nfe.unknown_encoding": QT_TRANSLATE_NOOP(
        "CoreText", "The file declares the text encoding '{encoding}', which is unknown; it was not read."
    ),
    "nfe.bad_encoding": QT_TRANSLATE_NOOP(
        "CoreText", "The file says its text encoding is {encoding}, but its bytes are not {encoding}."
    ),
    "nfe.not_nfe_root": QT_TRANSLATE_NOOP(
        "CoreText", "This file is not an NF-e XML: its main element is <{root}>, expected <nfeProc> or <NFe>."
    ),
    "nfe.not_nfe_namespace": QT_TRANSLATE_NOOP(
        "CoreText", "This file is not an NF-e XML: it uses the XML namespace '{namespace}' instead of the "
        "NF-e namespace."
    ),
    "nfe.event": QT_TRANSLATE_NOOP(
        "CoreText", "This file is an NF-e event (for example a cancellation or a correction letter), not the "
        "NF-e itself. Ask for the XML of the NF-e."
    ),
    "nfe.other_document": QT_TRANSLATE_NOOP("CoreText", "This file is not an NF-e XML: it is {what}."),
    "nfe.missing": QT_TRANSLATE_NOOP("CoreText", "The NF-e is incomplete: {what} ({path}) is missing."),
    "nfe.missing_field": QT_TRANSLATE_NOOP("CoreText", "The NF-e is incomplete: the {field} ({path}) is missing."),
    "nfe.invalid": QT_TRANSLATE_NOOP("CoreText", "The NF-e has an invalid {what} ({path}): '{value}'."),
    "nfe.item_missing": QT_TRANSLATE_NOOP("CoreText", "The NF-e is incomplete: item {item} has no {what} ({path})."),
    "nfe.item_invalid": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e has an invalid {what} in item {item} ({path}): '{value}'."
    ),
    "nfe.item_no_product": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e is incomplete: the product of item {item} (det/prod) is missing."
    ),
    "nfe.no_key": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e has no access key: neither infNFe/@Id nor protNFe/infProt/chNFe is present."
    ),
    "nfe.protocol_key_mismatch": QT_TRANSLATE_NOOP(
        "CoreText", "The authorization protocol in this file is for access key {protocol_key}, but the NF-e "
        "in it has access key {document_key}. The file was put together wrongly; ask for the "
        "authorized XML (nfeProc) of this NF-e again."
    ),
    "nfe.internal": QT_TRANSLATE_NOOP(
        "CoreText", "The file could not be read as an NF-e because of an unexpected problem ({kind})."
    ),
    "nfe_key.empty": QT_TRANSLATE_NOOP("CoreText", "The access key is empty."),
    "nfe_key.length": QT_TRANSLATE_NOOP("CoreText", "The access key has {length} characters but must have exactly 44."),
    "nfe_key.length_hint": QT_TRANSLATE_NOOP(
        "CoreText", "The access key has {length} characters but must have exactly 44. Remove the spaces, "
        "dots or the 'NFe' prefix around it."
    ),
    "nfe_key.character_digit": QT_TRANSLATE_NOOP(
        "CoreText", "Position {position} ({part}) holds '{char}', but only digits are allowed there."
    ),
    "nfe_key.character_cnpj": QT_TRANSLATE_NOOP(
        "CoreText", "Position {position} ({part}) holds '{char}', but only digits and capital letters are "
        "allowed there."
    ),
    "nfe_key.more_characters": QT_TRANSLATE_NOOP("CoreText", "{count} more characters are not allowed where they are."),
    "nfe_key.state": QT_TRANSLATE_NOOP(
        "CoreText", "The state code (cUF, positions 1-2) is {value}, which is not a Brazilian state code (SP "
        "is 35, RJ 33, MG 31)."
    ),
    "nfe_key.month": QT_TRANSLATE_NOOP(
        "CoreText", "The month in the key (positions 5-6) is {value}; it must be 01 to 12."
    ),
    "nfe_key.cnpj": QT_TRANSLATE_NOOP(
        "CoreText", "The emitter CNPJ in the key (positions 7-20) is {value}, which is not a valid CNPJ or "
        "CPF: its check digits are wrong."
    ),
    "nfe_key.model": QT_TRANSLATE_NOOP(
        "CoreText", "The model in the key (positions 21-22) is {value}; an NF-e is model 55 and an NFC-e "
        "model 65."
    ),
    "nfe_key.number_zero": QT_TRANSLATE_NOOP(
        "CoreText", "The invoice number in the key (positions 26-34) is 000000000; NF-e numbers start at 1."
    ),
    "nfe_key.emission_type": QT_TRANSLATE_NOOP(
        "CoreText", "The emission type in the key (position 35) is 0; it must be 1 to 9."
    ),
    "nfe_key.check_digit": QT_TRANSLATE_NOOP(
        "CoreText", "The check digit is {given} but should be {expected}: the key was probably mistyped."
    ),
    "nfe_cross.number": QT_TRANSLATE_NOOP(
        "CoreText", "The key says invoice number {key} but the XML says {xml} (ide/nNF)."
    ),
    "nfe_cross.series": QT_TRANSLATE_NOOP("CoreText", "The key says series {key} but the XML says {xml} (ide/serie)."),
    "nfe_cross.model": QT_TRANSLATE_NOOP("CoreText", "The key says model {key} but the XML says {xml} (ide/mod)."),
    "nfe_cross.state": QT_TRANSLATE_NOOP("CoreText", "The key says state code {key} but the XML says {xml} (ide/cUF)."),
    "nfe_cross.emitter": QT_TRANSLATE_NOOP(
        "CoreText", "The key holds emitter {key} but the XML emitter is {xml} ({where})."
    ),
    "nfe_cross.year_month": QT_TRANSLATE_NOOP(
        "CoreText", "The key says the NF-e was issued in {key_month}/20{key_year} but the XML issue date is "
        "{xml_date}."
    ),
    "nfe_cross.emission_type": QT_TRANSLATE_NOOP(
        "CoreText", "The key says emission type {key} but the XML says {xml} (ide/tpEmis)."
    ),
    "account.name_empty": QT_TRANSLATE_NOOP("CoreText", "Enter the store's VTEX account name (for example: mystore)."),
    "account.name_invalid": QT_TRANSLATE_NOOP(
        "CoreText", "'{name}' is not a VTEX account name: use only lowercase letters a-z, digits and inner "
        "hyphens, as in https://ACCOUNT.vtexcommercestable.com.br."
    ),
    "account.url_invalid": QT_TRANSLATE_NOOP("CoreText", "'{url}' is not a valid address: {reason}."),
    "account.url_scheme": QT_TRANSLATE_NOOP("CoreText", "A base URL must start with http:// or https://."),
    "account.url_credentials": QT_TRANSLATE_NOOP("CoreText", "A base URL must not contain a user name or password."),
    "account.url_not_loopback": QT_TRANSLATE_NOOP(
        "CoreText", "A custom base URL is only allowed for the local sandbox (127.0.0.1, localhost or ::1). "
        "For a real store, enter its account name instead."
    ),
    "account.url_path": QT_TRANSLATE_NOOP(
        "CoreText", "A base URL must be only scheme, host and port (no path or query)."
    ),
    "account.environment": QT_TRANSLATE_NOOP("CoreText", "Unknown environment '{environment}'; use one of {allowed}."),
    "account.not_store_address": QT_TRANSLATE_NOOP(
        "CoreText", "'{text}' is not a VTEX store address. Enter just the account name, the part before "
        ".vtexcommercestable.com.br."
    ),
    "secrets.both_needed": QT_TRANSLATE_NOOP("CoreText", "Both the app key and the app token are needed."),
    "secrets.locked": QT_TRANSLATE_NOOP(
        "CoreText", "The system keyring is locked. Unlock it (for example by logging in again or opening "
        "your keyring manager) and try again, or keep the key for this session only."
    ),
    "secrets.unavailable": QT_TRANSLATE_NOOP(
        "CoreText", "No system keyring is available to keep the app key and token safely ({reason}). On "
        "Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); on "
        "Windows and macOS the system keychain is used. You can keep the key for this session "
        "only instead."
    ),
    "secrets.no_answer": QT_TRANSLATE_NOOP(
        "CoreText", "The system keyring did not answer within {seconds} s. Unlock or restart it (GNOME "
        "Keyring or KWallet) and try again, or keep the key for this session only."
    ),
    "secrets.where_no_keyring": QT_TRANSLATE_NOOP("CoreText", "no keyring available"),
    "secrets.where_no_answer": QT_TRANSLATE_NOOP("CoreText", "the system keyring, which is not answering"),
    "secrets.where_keyring": QT_TRANSLATE_NOOP("CoreText", "the system keyring ({name})"),
    "secrets.where_session": QT_TRANSLATE_NOOP("CoreText", "this session only (forgotten when the app closes)"),
    "secrets.key_characters": QT_TRANSLATE_NOOP(
        "CoreText", "The app key contains a character VTEX app keys never have (a line break, tab, space, or "
        "an invisible or accented character), usually picked up while copying it. Copy the app key again "
        "from the VTEX Admin (Account settings > Apps/API keys) and enter it again in Accounts."
    ),
    "secrets.token_characters": QT_TRANSLATE_NOOP(
        "CoreText", "The app token contains a character VTEX app tokens never have (a line break, tab, space, "
        "or an invisible or accented character), usually picked up while copying it. Copy the app token "
        "again from the VTEX Admin (Account settings > Apps/API keys) and enter it again in Accounts."
    ),
    "app.env_credentials": QT_TRANSLATE_NOOP(
        "CoreText", "{problem} They came from the environment variables {key} and {token}: set them again, "
        "without spaces or line breaks inside."
    ),
    "settings.unreadable": QT_TRANSLATE_NOOP("CoreText", "The settings file {path} could not be read ({reason})."),
    "settings.damaged": QT_TRANSLATE_NOOP(
        "CoreText", "The settings file was damaged and has been set aside as {backup}; starting with empty "
        "settings ({count} problem(s))."
    ),
    "journal.duplicate_confirmed": QT_TRANSLATE_NOOP(
        "CoreText", "Invoice {invoice} of order {order} was already sent on {when} UTC (journal #{id}): VTEX "
        "confirmed it. It is already on the order; nothing to do. To change an invoice, send a "
        "return (Input) and a new invoice with a different number."
    ),
    "journal.duplicate_unfinished": QT_TRANSLATE_NOOP(
        "CoreText", "Invoice {invoice} of order {order} was already sent on {when} UTC (journal #{id}): that "
        "send has not finished (or the app stopped while it was going out). Reconcile it first "
        "(re-read the order); send again only if it is not there."
    ),
    "journal.duplicate_unknown": QT_TRANSLATE_NOOP(
        "CoreText", "Invoice {invoice} of order {order} was already sent on {when} UTC (journal #{id}): "
        "VTEX's answer never arrived, so it may or may not have been applied. Reconcile it first "
        "(re-read the order); send again only if it is not there."
    ),
    "journal.busy": QT_TRANSLATE_NOOP("CoreText", "The journal is busy or cannot be written: {reason}."),
    "journal.not_written": QT_TRANSLATE_NOOP("CoreText", "The journal could not be written: {reason}."),
    "journal.no_row": QT_TRANSLATE_NOOP("CoreText", "There is no journal row #{id}."),
    "journal.cannot_open": QT_TRANSLATE_NOOP(
        "CoreText", "Cannot open the journal at {path}: {reason}. Check that the folder is writable."
    ),
    "journal.no_wal": QT_TRANSLATE_NOOP(
        "CoreText", "The journal at {path} cannot use write-ahead logging (mode {mode})."
    ),
    "journal.newer": QT_TRANSLATE_NOOP(
        "CoreText", "The journal was written by a newer version of VTEX Invoice Desk (schema {found}, this "
        "version knows {known}). Update the app."
    ),
    "journal.migrate": QT_TRANSLATE_NOOP("CoreText", "Cannot update the journal's format: {reason}."),
    "journal.cannot_resend": QT_TRANSLATE_NOOP(
        "CoreText", "Journal row #{id} is {state}; only an unsettled send can be sent again."
    ),
    "journal.cannot_resend_in_flight": QT_TRANSLATE_NOOP(
        "CoreText", "Journal row #{id} is {state} and still in flight; only an unsettled send can be sent "
        "again."
    ),
    "journal.cannot_move": QT_TRANSLATE_NOOP("CoreText", "Journal row #{id} is {state}; it cannot become {target}."),
    "journal.not_unsettled": QT_TRANSLATE_NOOP(
        "CoreText", "Journal row #{id} is {state}; only an unsettled send is sent again."
    ),
    "journal.no_order_id": QT_TRANSLATE_NOOP("CoreText", "Enter an order id."),
    "journal.desk_running": QT_TRANSLATE_NOOP(
        "CoreText", "Another VTEX Invoice Desk is already using this data folder ({folder}): process {pid} on "
        "{host}, started {started} UTC. Switch to that window, or close it and start again; two desks on one "
        "folder could send the same invoice twice."
    ),
    "journal_note.confirmed": QT_TRANSLATE_NOOP("CoreText", "confirmed by re-reading the order"),
    "journal_note.not_on_order": QT_TRANSLATE_NOOP(
        "CoreText", "not on the order when re-read at {time} UTC; may be sent again"
    ),
    "journal_note.resent": QT_TRANSLATE_NOOP("CoreText", "not applied; sent again as #{id}"),
    "journal_note.not_recorded": QT_TRANSLATE_NOOP("CoreText", "not sent: the journal could not record the send"),
    "reconcile.what_invoice": QT_TRANSLATE_NOOP("CoreText", "invoice {invoice} of order {order} (#{id})"),
    "reconcile.what_tracking_number": QT_TRANSLATE_NOOP(
        "CoreText", "the tracking number of invoice {invoice}, order {order} (#{id})"
    ),
    "reconcile.what_tracking_events": QT_TRANSLATE_NOOP(
        "CoreText", "the tracking events of invoice {invoice}, order {order} (#{id})"
    ),
    "reconcile.what_start_handling": QT_TRANSLATE_NOOP("CoreText", "start handling of order {order} (#{id})"),
    "reconcile.already_settled": QT_TRANSLATE_NOOP("CoreText", "#{id} is already {state}."),
    "reconcile.in_flight": QT_TRANSLATE_NOOP("CoreText", "#{id} is still being sent."),
    "reconcile.owned_elsewhere": QT_TRANSLATE_NOOP(
        "CoreText", "{What} is being settled by another program using this data folder (process {pid} on "
        "{host}); it is left to it."
    ),
    "reconcile.pending": QT_TRANSLATE_NOOP(
        "CoreText", "VTEX has not shown {what} yet; checking again in {seconds} s."
    ),
    "reconcile.order_not_found": QT_TRANSLATE_NOOP(
        "CoreText", "Could not check {what}: VTEX does not find order {order}."
    ),
    "reconcile.check_failed": QT_TRANSLATE_NOOP("CoreText", "Could not check {what}: {error} {advice}"),
    "reconcile.confirmed": QT_TRANSLATE_NOOP("CoreText", "{What} is on the order: confirmed."),
    "reconcile.settled_meanwhile": QT_TRANSLATE_NOOP("CoreText", "#{id} was settled meanwhile ({state})."),
    "reconcile.not_found": QT_TRANSLATE_NOOP(
        "CoreText", "{What} is not on the order: VTEX did not apply it. It can be sent again."
    ),
    "reconcile.store_not_set_up": QT_TRANSLATE_NOOP("CoreText", "Cannot check {what}: store '{store}' is not set up."),
    "reconcile.store_failed": QT_TRANSLATE_NOOP(
        "CoreText", "Cannot check {what}: store '{store}' is not set up ({reason})."
    ),
    "reconcile.error": QT_TRANSLATE_NOOP("CoreText", "Could not check {what}: {error}"),
    "reconcile.resent": QT_TRANSLATE_NOOP("CoreText", "{What} was sent again as #{id}."),
    "reconcile.resent_new_row": QT_TRANSLATE_NOOP("CoreText", "{What} was sent again as a new row."),
}

PHRASES: dict[str, str] = {
    "product code": QT_TRANSLATE_NOOP("CoreText", "product code"),
    "description": QT_TRANSLATE_NOOP("CoreText", "description"),
    "quantity": QT_TRANSLATE_NOOP("CoreText", "quantity"),
    "unit price": QT_TRANSLATE_NOOP("CoreText", "unit price"),
    "item total": QT_TRANSLATE_NOOP("CoreText", "item total"),
    "discount": QT_TRANSLATE_NOOP("CoreText", "discount"),
    "issue date-time": QT_TRANSLATE_NOOP("CoreText", "issue date-time"),
    "issue date": QT_TRANSLATE_NOOP("CoreText", "issue date"),
    "operation type": QT_TRANSLATE_NOOP("CoreText", "operation type"),
    "purpose": QT_TRANSLATE_NOOP("CoreText", "purpose"),
    "environment": QT_TRANSLATE_NOOP("CoreText", "environment"),
    "SEFAZ status": QT_TRANSLATE_NOOP("CoreText", "SEFAZ status"),
    "authorization time": QT_TRANSLATE_NOOP("CoreText", "authorization time"),
    "invoice number": QT_TRANSLATE_NOOP("CoreText", "invoice number"),
    "series": QT_TRANSLATE_NOOP("CoreText", "series"),
    "model": QT_TRANSLATE_NOOP("CoreText", "model"),
    "total": QT_TRANSLATE_NOOP("CoreText", "total"),
    "state code": QT_TRANSLATE_NOOP("CoreText", "state code"),
    "emission type": QT_TRANSLATE_NOOP("CoreText", "emission type"),
    "the NF-e itself": QT_TRANSLATE_NOOP("CoreText", "the NF-e itself"),
    "the NF-e data": QT_TRANSLATE_NOOP("CoreText", "the NF-e data"),
    "the identification block": QT_TRANSLATE_NOOP("CoreText", "the identification block"),
    "the issue date": QT_TRANSLATE_NOOP("CoreText", "the issue date"),
    "the emitter CNPJ or CPF": QT_TRANSLATE_NOOP("CoreText", "the emitter CNPJ or CPF"),
    "state code (cUF)": QT_TRANSLATE_NOOP("CoreText", "state code (cUF)"),
    "year and month (AAMM)": QT_TRANSLATE_NOOP("CoreText", "year and month (AAMM)"),
    "emitter CNPJ": QT_TRANSLATE_NOOP("CoreText", "emitter CNPJ"),
    "emission type (tpEmis)": QT_TRANSLATE_NOOP("CoreText", "emission type (tpEmis)"),
    "random code (cNF)": QT_TRANSLATE_NOOP("CoreText", "random code (cNF)"),
    "check digit": QT_TRANSLATE_NOOP("CoreText", "check digit"),
    "a CT-e (transport document)": QT_TRANSLATE_NOOP("CoreText", "a CT-e (transport document)"),
    "a CT-e OS (transport document)": QT_TRANSLATE_NOOP("CoreText", "a CT-e OS (transport document)"),
    "an MDF-e (cargo manifest)": QT_TRANSLATE_NOOP("CoreText", "an MDF-e (cargo manifest)"),
    "a CF-e SAT receipt": QT_TRANSLATE_NOOP("CoreText", "a CF-e SAT receipt"),
    "an NFS-e (service invoice)": QT_TRANSLATE_NOOP("CoreText", "an NFS-e (service invoice)"),
    "pending": QT_TRANSLATE_NOOP("CoreText", "pending"),
    "sent": QT_TRANSLATE_NOOP("CoreText", "sent"),
    "confirmed": QT_TRANSLATE_NOOP("CoreText", "confirmed"),
    "failed": QT_TRANSLATE_NOOP("CoreText", "failed"),
    "unknown": QT_TRANSLATE_NOOP("CoreText", "unknown"),
    "space": QT_TRANSLATE_NOOP("CoreText", "space"),
    "a space": QT_TRANSLATE_NOOP("CoreText", "a space"),
    "or": QT_TRANSLATE_NOOP("CoreText", "or"),
}

TEMPLATES.update(STARTUP_TEMPLATES)  # the desk's own files and the display at start-up
TEMPLATES.update(BATCH_TEMPLATES)  # batch invoicing's rows
from .core_danfe import DANFE_PHRASES, DANFE_TEMPLATES  # noqa: E402 - kept apart for size

TEMPLATES.update(DANFE_TEMPLATES)
PHRASES.update(DANFE_PHRASES)
from .core_tracking import TRACKING_TEMPLATES  # noqa: E402 - kept apart for size

TEMPLATES.update(TRACKING_TEMPLATES)
from .core_worklist import WORKLIST_TEMPLATES  # noqa: E402 - the queues' messages (issue 13)

TEMPLATES.update(WORKLIST_TEMPLATES)
