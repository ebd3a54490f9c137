"""What an error means for the clerk: a headline and an advice for each kind of failure.

The VTEX client's errors (``vtex/errors.py``) name their headline and advice by code
(``summary``/``advice`` are :class:`~vtex_invoice_gui.messages.Message`), the error view
(``ui/text/error_text.py``) picks the codes of the desk's own failures. Merged into
:data:`vtex_invoice_gui.wording.TEMPLATES`; translated in the ``ErrorText`` context.
"""

from __future__ import annotations

from .mark import QT_TRANSLATE_NOOP

ERROR_CONTEXT = "ErrorText"

ERROR_TEMPLATES: dict[str, str] = {
    # -- the VTEX client's errors (headline, advice) --
    "error.vtex": QT_TRANSLATE_NOOP("ErrorText", "VTEX could not complete the request."),
    "error.vtex_advice": QT_TRANSLATE_NOOP("ErrorText", "Try again. If it keeps happening, copy the details for support."),
    "error.reload_first": QT_TRANSLATE_NOOP(
        "ErrorText",
        "VTEX may still have applied it. Reload the order before sending again, and send again only if it is not there.",
    ),
    "error.receipt_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "VTEX's receipt is for another order ({received}), not {expected}: the send is not confirmed."
    ),
    "error.outcome_unknown": QT_TRANSLATE_NOOP(
        "ErrorText", "The request was sent, but no answer came back: VTEX may or may not have applied it."
    ),
    "error.slow_answer": QT_TRANSLATE_NOOP(
        "ErrorText", "VTEX's answer came so slowly that the desk stopped waiting for it."
    ),
    "error.slow_answer_advice": QT_TRANSLATE_NOOP(
        "ErrorText", "Try again in a moment; nothing was lost. status.vtex.com shows whether VTEX has an incident."
    ),
    "error.transport": QT_TRANSLATE_NOOP("ErrorText", "No answer from VTEX: the connection failed."),
    "error.transport_advice": QT_TRANSLATE_NOOP(
        "ErrorText", "Check the internet connection and try again; nothing was lost."
    ),
    "error.auth": QT_TRANSLATE_NOOP("ErrorText", "VTEX did not accept the app key and token."),
    "error.auth_advice": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Check the app key and app token in Accounts (copy them again from the VTEX Admin, Account settings > "
        "Apps/API keys) and that the account name is right.",
    ),
    "error.permission": QT_TRANSLATE_NOOP("ErrorText", "The app key is valid, but its role may not do this."),
    "error.permission_advice": QT_TRANSLATE_NOOP(
        "ErrorText",
        "In the VTEX Admin (Account settings > Roles), give the key's role the '{resource}' resource, for example "
        "with the predefined role 'OMS - Full access'.",
    ),
    "error.not_found": QT_TRANSLATE_NOOP("ErrorText", "VTEX did not find that order or invoice."),
    "error.not_found_advice": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Check the order id (for example 1234567890123-01, or seq followed by the sequence number) and that it "
        "belongs to this store.",
    ),
    "error.order_state": QT_TRANSLATE_NOOP("ErrorText", "The order's status does not allow this action now."),
    "error.order_state_advice": QT_TRANSLATE_NOOP(
        "ErrorText", "Reload the order to see its current status, then do what that status allows."
    ),
    "error.bad_request": QT_TRANSLATE_NOOP("ErrorText", "VTEX rejected what was sent."),
    "error.bad_request_advice": QT_TRANSLATE_NOOP(
        "ErrorText", "Correct what VTEX's message below names and send again; the form is kept."
    ),
    "error.rate_limited": QT_TRANSLATE_NOOP("ErrorText", "VTEX is limiting requests from this store right now."),
    "error.rate_limited_wait": QT_TRANSLATE_NOOP("ErrorText", "Wait {seconds} seconds and send again; nothing was lost."),
    "error.rate_limited_minute": QT_TRANSLATE_NOOP("ErrorText", "Wait a minute and send again; nothing was lost."),
    "error.server": QT_TRANSLATE_NOOP("ErrorText", "VTEX had a problem answering (a server error on their side)."),
    "error.server_advice": QT_TRANSLATE_NOOP(
        "ErrorText", "Wait a moment and try again. status.vtex.com shows whether VTEX has an incident."
    ),
    "error.too_large": QT_TRANSLATE_NOOP(
        "ErrorText", "VTEX's answer was far larger than any order, so the desk stopped reading it."
    ),
    "error.too_large_advice": QT_TRANSLATE_NOOP(
        "ErrorText", "Try again later. If it keeps happening, copy the details for support."
    ),
    "error.unreadable_write": QT_TRANSLATE_NOOP(
        "ErrorText",
        "VTEX answered the send with something that is not data (a web page or broken data): it may or may not "
        "have applied it.",
    ),
    "error.invalid_response": QT_TRANSLATE_NOOP(
        "ErrorText", "VTEX answered with something that is not the data the API returns."
    ),
    "error.invalid_response_advice": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Check the account name and environment. A web page instead of data usually means the address is not a "
        "VTEX store or VTEX is having trouble.",
    ),
    # -- the desk's own failures, as the error view words them --
    "error.no_store": QT_TRANSLATE_NOOP("ErrorText", "No store is set up yet."),
    "error.no_store_advice": QT_TRANSLATE_NOOP(
        "ErrorText", "Open Accounts (toolbar) and add the store's account name, app key and app token."
    ),
    "error.no_key": QT_TRANSLATE_NOOP("ErrorText", "This store has no app key and token on this computer."),
    "error.no_key_advice": QT_TRANSLATE_NOOP(
        "ErrorText", "Open Accounts (toolbar), choose the store and enter its app key and app token."
    ),
    "error.keyring_timeout": QT_TRANSLATE_NOOP("ErrorText", "The system keyring did not answer within {seconds} s."),
    "error.keyring_timeout_advice": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Unlock or restart it (GNOME Keyring or KWallet) and try again, or keep the key for this session only in "
        "Accounts. Nothing you typed was lost.",
    ),
    "error.keyring_locked": QT_TRANSLATE_NOOP("ErrorText", "The system keyring is locked."),
    "error.keyring_locked_advice": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Unlock it (for example by logging in again), or keep the key for this session only in Accounts.",
    ),
    "error.no_keyring": QT_TRANSLATE_NOOP("ErrorText", "No system keyring is available to keep the app key and token."),
    "error.no_keyring_advice": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Install and unlock a keyring (GNOME Keyring or KWallet on Linux), or keep the key for this session only "
        "in Accounts.",
    ),
    "error.duplicate": QT_TRANSLATE_NOOP(
        "ErrorText", "This invoice was already sent to this order; it was not sent again."
    ),
    "error.journal": QT_TRANSLATE_NOOP("ErrorText", "The desk could not write its journal, so nothing was sent."),
    "error.not_accepted": QT_TRANSLATE_NOOP("ErrorText", "That was not accepted."),
    "error.unexpected": QT_TRANSLATE_NOOP("ErrorText", "Something unexpected went wrong."),
    "error.unexpected_advice": QT_TRANSLATE_NOOP(
        "ErrorText", "Nothing was lost: the form is kept. Copy the details and send them to support."
    ),
    # -- what the desk found wrong with an answer (the error view's "The desk found" line; VTEX's
    #    message slot of the details keeps the English) --
    "error.found_html": QT_TRANSLATE_NOOP("ErrorText", "an HTML page instead of data"),
    "error.found_not_json": QT_TRANSLATE_NOOP("ErrorText", "expected JSON data, got '{content_type}'"),
    "error.found_no_content_type": QT_TRANSLATE_NOOP("ErrorText", "expected JSON data, got no content type"),
    "error.found_broken_json": QT_TRANSLATE_NOOP("ErrorText", "broken JSON data"),
    "error.found_unexpected_data": QT_TRANSLATE_NOOP("ErrorText", "unexpected data ({where}: {problem})"),
    "error.found_redirect": QT_TRANSLATE_NOOP("ErrorText", "redirected to {location}"),
    "error.found_redirect_nowhere": QT_TRANSLATE_NOOP("ErrorText", "redirected to another page"),
    "error.found_too_large": QT_TRANSLATE_NOOP(
        "ErrorText", "the answer is larger than {limit_mb} MB; stopped reading it"
    ),
    "error.found_too_slow": QT_TRANSLATE_NOOP(
        "ErrorText", "the answer took more than {seconds} s in all; stopped waiting for it"
    ),
    "error.found_other_receipt": QT_TRANSLATE_NOOP("ErrorText", "receipt for order '{received}', not '{expected}'"),
}
