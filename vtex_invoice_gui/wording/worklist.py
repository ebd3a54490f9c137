"""Core message templates of the worklist package, merged into :data:`vtex_invoice_gui.wording.TEMPLATES`."""

from __future__ import annotations

from .mark import QT_TRANSLATE_NOOP

WORKLIST_TEMPLATES: dict[str, str] = {
    "worklist.not_admin_url": QT_TRANSLATE_NOOP(
        "CoreText", "That is not a VTEX Admin orders address. Open All orders in the VTEX Admin, set the filters, "
        "copy the address from the browser and paste it here."
    ),
    "worklist.admin_url_no_filters": QT_TRANSLATE_NOOP(
        "CoreText", "That address has no order filters. Set at least one filter in the VTEX Admin's All orders page "
        "and copy the address again."
    ),
}
