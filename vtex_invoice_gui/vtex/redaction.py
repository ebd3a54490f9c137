"""Keys and tokens hidden from everything the client writes: error texts, details, log records.

Re-exported by :mod:`.errors`, where the errors that carry such texts live.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import threading
from typing import Protocol, TypeVar
from urllib.parse import quote, quote_plus


class _Carrier(Protocol):
    """What :func:`redact_error` reads and rewrites: a ``VtexError`` (named by shape, so this module
    stays below ``errors.py``, which re-exports it)."""

    code: str | None
    vtex_message: str | None
    body: str | None
    args: tuple[object, ...]


_E = TypeVar("_E", bound=_Carrier)


@functools.lru_cache(maxsize=64)
def secret_forms(secret: str) -> frozenset[str]:
    """Every way ``secret`` may be spelled in text from the HTTP library or a server.

    The secret itself and its core without surrounding whitespace, each also escaped as Python
    prints it (``repr`` of the text and of its bytes, ``b'...'``), as JSON writes it, and
    percent-encoded (as in a URL or a form). Forms shorter than 4 characters are left out.
    """
    forms: set[str] = set()
    for text in {secret, secret.strip()}:
        raw = text.encode("utf-8", "backslashreplace")
        forms |= {
            text,
            repr(text)[1:-1],
            repr(raw)[2:-1],
            text.encode("unicode_escape").decode("ascii"),
            json.dumps(text)[1:-1],
            json.dumps(text, ensure_ascii=False)[1:-1],
            quote(text, safe=""),
            quote(text),
            quote_plus(text),
        }
    return frozenset(form for form in forms if len(form) >= 4)


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """Replace every secret that occurs in ``text``, in any of its escaped forms, with ``***``."""
    forms: set[str] = set()
    for secret in secrets:
        if secret and len(secret.strip()) >= 4:
            forms |= secret_forms(secret)
    for form in sorted(forms, key=len, reverse=True):  # longest first: a form may hold another
        if "%" in form:  # percent-encoding may use either case of hex digits: %0a or %0A
            text = re.sub(re.escape(form), "***", text, flags=re.IGNORECASE)
        else:
            text = text.replace(form, "***")
    return text


_live_secrets: set[str] = set()
_live_lock = threading.Lock()


def remember_secrets(*secrets: str) -> None:
    """Keys and tokens in use in this process, for :class:`RedactingFilter` to hide from logs."""
    with _live_lock:
        _live_secrets.update(s for s in secrets if s and len(s.strip()) >= 4)


class RedactingFilter(logging.Filter):
    """Hides every key and token in use (:func:`remember_secrets`), in any escaped form, from log
    records: their message and their traceback. Put on every handler that writes somewhere."""

    def filter(self, record: logging.LogRecord) -> bool:
        with _live_lock:
            secrets = tuple(_live_secrets)
        if not secrets:
            return True
        message = record.getMessage()
        cleaned = redact(message, secrets)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, secrets)
        return True


def redact_error(error: _E, secrets: tuple[str, ...]) -> _E:
    """``error`` with every text it carries (message, code, VTEX's message, body) redacted."""
    error.code = redact(error.code, secrets) if error.code else error.code
    error.vtex_message = _redacted(error.vtex_message, secrets) if error.vtex_message else error.vtex_message
    error.body = redact(error.body, secrets) if error.body else error.body
    error.args = tuple(_redacted(arg, secrets) if isinstance(arg, str) else arg for arg in error.args)
    return error


def _redacted(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` itself when it holds no secret (a :class:`~vtex_invoice_gui.messages.Message` keeps its
    code, for the UI to translate), else its redacted copy (plain text)."""
    redacted = redact(text, secrets)
    return text if redacted == text else redacted
