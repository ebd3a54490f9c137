"""VTEX order status names in the clerk's language.

VTEX sends a code (``ready-for-handling``); its Admin shows a name ("Ready for handling", "Pronto
para o manuseio"). The names here follow VTEX's status table (docs/vtex-api.md §4.1) and are
marked with ``QT_TRANSLATE_NOOP`` so that lupdate puts them in the ``.ts`` files. A code VTEX
adds later is shown as it comes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "VtexStatus"

NAMES: dict[str, str] = {
    "order-created": QT_TRANSLATE_NOOP("VtexStatus", "Order created"),
    "order-accepted": QT_TRANSLATE_NOOP("VtexStatus", "Order accepted"),
    "payment-pending": QT_TRANSLATE_NOOP("VtexStatus", "Payment pending"),
    "payment-approved": QT_TRANSLATE_NOOP("VtexStatus", "Payment approved"),
    "waiting-for-sellers-confirmation": QT_TRANSLATE_NOOP("VtexStatus", "Waiting for seller confirmation"),
    "waiting-for-authorization": QT_TRANSLATE_NOOP("VtexStatus", "Waiting for seller confirmation"),
    "waiting-ffmt-authorization": QT_TRANSLATE_NOOP("VtexStatus", "Waiting for fulfillment authorization"),
    "waiting-for-fulfillment": QT_TRANSLATE_NOOP("VtexStatus", "Waiting for fulfillment authorization"),
    "waiting-for-mkt-authorization": QT_TRANSLATE_NOOP("VtexStatus", "Waiting for marketplace authorization"),
    "window-to-cancel": QT_TRANSLATE_NOOP("VtexStatus", "Cancellation window"),
    "ready-for-handling": QT_TRANSLATE_NOOP("VtexStatus", "Ready for handling"),
    "start-handling": QT_TRANSLATE_NOOP("VtexStatus", "Starting handling"),
    "handling": QT_TRANSLATE_NOOP("VtexStatus", "Handling shipping"),
    "ready-for-invoicing": QT_TRANSLATE_NOOP("VtexStatus", "Ready for invoicing"),
    "invoice": QT_TRANSLATE_NOOP("VtexStatus", "Verifying invoice"),
    "invoiced": QT_TRANSLATE_NOOP("VtexStatus", "Invoiced"),
    "request-cancel": QT_TRANSLATE_NOOP("VtexStatus", "Cancellation requested"),
    "cancellation-requested": QT_TRANSLATE_NOOP("VtexStatus", "Cancellation requested"),
    "cancel": QT_TRANSLATE_NOOP("VtexStatus", "Canceling"),
    "canceled": QT_TRANSLATE_NOOP("VtexStatus", "Canceled"),
}


def status_name(code: str | None) -> str:
    """``Preparando entrega (handling)``: the name in the UI language and VTEX's code (for support).

    The code is left out when the name only repeats it (``Invoiced``); an unknown code comes back
    as it is; no status at all is ``?``.
    """
    if not code:
        return "?"
    name = NAMES.get(code)
    if name is None:
        return code
    shown = QCoreApplication.translate(CONTEXT, name)
    return shown if shown.lower() == code.replace("-", " ") else f"{shown} ({code})"
