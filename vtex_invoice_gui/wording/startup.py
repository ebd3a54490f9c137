"""The words of start-up: damaged or unwritable files of the desk, no display.

Part of :data:`vtex_invoice_gui.wording.TEMPLATES` (merged there), in the same ``CoreText`` context.
"""

from __future__ import annotations

from .mark import QT_TRANSLATE_NOOP

STARTUP_TEMPLATES: dict[str, str] = {
    "settings.not_text": QT_TRANSLATE_NOOP(
        "CoreText", "The settings file {path} is not readable text (damaged, or not written by the desk) and has "
        "been set aside as {backup}. The desk starts with empty settings: add your stores again under Accounts."
    ),
    "settings.no_log": QT_TRANSLATE_NOOP(
        "CoreText", "The desk cannot write its log files in {folder} ({reason}), so it runs without them. Make "
        "that folder writable so that problems can be traced."
    ),
    "app.no_display": QT_TRANSLATE_NOOP(
        "CoreText", "No graphical display was found, so VTEX Invoice Desk cannot open its window: start it from "
        "a desktop session, or for a headless try run: xvfb-run -a vtex-invoice-gui --demo"
    ),
    "journal.damaged": QT_TRANSLATE_NOOP("CoreText", "The journal file {path} is damaged ({reason})."),
    "journal.set_aside": QT_TRANSLATE_NOOP(
        "CoreText", "The journal file was damaged and has been set aside as {backup}; a new, empty journal was "
        "started. Sends made before are not in the History: before sending an invoice again, load the order and "
        "check its invoices. Keep the set-aside file for support."
    ),
    "journal.sending_blocked": QT_TRANSLATE_NOOP(
        "CoreText", "Sending is blocked: {problem} You can still load and read orders, but nothing can be sent "
        "without the journal (and drafts last only until the desk closes). Make the folder {folder} writable "
        "(and check for free disk space), then start the desk again."
    ),
}
