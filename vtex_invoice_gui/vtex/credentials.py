"""App keys and tokens as the desk accepts them: stripped, and only characters VTEX keys have.

VTEX app keys look like ``vtexappkey-mystore-ABCDEF`` and tokens are long runs of capital letters
and digits: printable ASCII with no space. A key pasted with a trailing line break or tab (from an
environment variable, a spreadsheet, a keyring entry written by another tool) is stripped here; a
key with a control character, a space or a non-ASCII letter *inside* it was mangled while copying,
and is refused with a sentence that says to copy it again. Every place a key enters the desk (the
Accounts dialog, the keyring, the environment, the client) goes through :func:`clean_app_key` and
:func:`clean_app_token`, so the HTTP library never sees (nor prints, in an error) a mangled one.

No message raised here contains the value.
"""

from __future__ import annotations

import re

from ..messages import Message

MSG_KEY_CHARACTERS = Message("secrets.key_characters")
MSG_TOKEN_CHARACTERS = Message("secrets.token_characters")

#: What a key or token may hold: printable ASCII, no space (VTEX's are letters, digits and '-').
_ALLOWED = re.compile(r"[\x21-\x7e]*", re.ASCII)
#: What is stripped around one: whitespace of any kind, and the invisible marks a copy can add.
_AROUND = " \t\r\n\v\f\x00\x85\xa0\u200b\u200c\u200d\u2028\u2029\u2060\ufeff"


class CredentialError(ValueError):
    """A key or token with characters VTEX keys never have; the argument is a :class:`Message`."""


def _clean(value: str, problem: Message) -> str:
    text = (value or "").strip(_AROUND).strip()
    if not _ALLOWED.fullmatch(text):
        raise CredentialError(problem)
    return text


def clean_app_key(value: str) -> str:
    """``value`` without surrounding whitespace; :class:`CredentialError` when it holds others."""
    return _clean(value, MSG_KEY_CHARACTERS)


def clean_app_token(value: str) -> str:
    """``value`` without surrounding whitespace; :class:`CredentialError` when it holds others."""
    return _clean(value, MSG_TOKEN_CHARACTERS)
