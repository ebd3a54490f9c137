"""Sentences of the command line and the logs only (they speak English; the desk never shows them), so
not marked for translation. Merged into :data:`vtex_invoice_gui.wording.TEMPLATES` like the others."""

from __future__ import annotations

CLI_TEMPLATES: dict[str, str] = {
    "cli.no_store": (
        "No saved store named '{store}' in {folder} (saved: {known}). Add it in the desk under Accounts, or "
        "check --store."
    ),
    "cli.no_key": "Store '{store}' has no app key and token in the keyring; enter them in the desk under Accounts.",
    "cli.keyring": "The keyring could not be read: {reason}",
    "cli.env_missing": "--base-url needs the app key and token in {key} and {token}.",
    "cli.bad_url": "--base-url: {problem}",
    "cli.vtex_says": "{summary} VTEX says: {said}",  # an error's text (str), as logs and the CLI read it
    "cli.env_credentials": "{problem} (from {key}/{token})",
    "cli.no_stores_yet": "none yet",
    "cli.no_store_set_up": "No store is set up (stores: {known}); give --store or --base-url.",
    "cli.needs_store": "Name the store: --store STORE, or --base-url URL for a local sandbox.",
}
