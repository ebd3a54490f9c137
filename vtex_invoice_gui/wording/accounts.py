"""The words of accounts and settings: account names and base URLs, the keyring, the settings file.

Merged into :data:`vtex_invoice_gui.wording.TEMPLATES`; translated in the ``CoreText`` context.
"""

from __future__ import annotations

from .mark import QT_TRANSLATE_NOOP

ACCOUNT_TEMPLATES: dict[str, str] = {
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
}
