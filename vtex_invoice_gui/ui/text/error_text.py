"""What each error means for the clerk, in the UI language.

The sentences live once, in ``vtex_invoice_gui/wording/errors.py`` (context ``ErrorText``): the
VTEX client's errors name their own headline and advice (``summary``/``advice``), and this module
picks the codes for the desk's other failures. VTEX's own code and message, the HTTP status and
the secret-free ``details()`` are passed through untouched.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject

from ...journal import DuplicateSendError, JournalError
from ...messages import Message
from ...secrets import SecretStoreUnavailable
from ...vtex import VtexError
from ...sending.clients import StoreNotReady
from .core_text import translate


@dataclass(frozen=True)
class ErrorReport:
    """An error, worded for the clerk."""

    headline: str
    advice: str
    status: int | None = None
    code: str | None = None
    vtex_message: str | None = None
    details: str = ""
    may_have_applied: bool = False
    kind: str = ""

    def as_text(self) -> str:
        """Everything, as plain text to copy for support (no secrets: ``details()`` is redacted)."""
        lines = [self.headline, self.advice]
        if self.status is not None:
            lines.append(f"HTTP {self.status}")
        if self.code or self.vtex_message:
            lines.append(" ".join(p for p in (self.code, self.vtex_message) if p))
        if self.details:
            lines += ["", self.details]
        return "\n".join(lines)


class ErrorText(QObject):
    """Maps an exception to an :class:`ErrorReport` in the UI language."""

    def describe(self, error: BaseException, context: str = "") -> ErrorReport:
        headline, advice = self._words(error)
        details = error.details() if isinstance(error, VtexError) else self._plain_details(error)
        if context:
            details = f"{context}\n{details}"
        if isinstance(error, VtexError):
            return ErrorReport(
                headline=headline,
                advice=advice,
                status=error.status,
                code=error.code,
                vtex_message=error.vtex_message,
                details=details,
                may_have_applied=error.may_have_applied,
                kind=type(error).__name__,
            )
        return ErrorReport(headline=headline, advice=advice, details=details, kind=type(error).__name__)

    @staticmethod
    def _plain_details(error: BaseException) -> str:
        if isinstance(error, (StoreNotReady, SecretStoreUnavailable, ValueError, JournalError)):
            return f"Error: {type(error).__name__}"
        return "".join(traceback.format_exception(error)).rstrip()

    def _words(self, error: BaseException) -> tuple[str, str]:
        if isinstance(error, VtexError):  # each class names its headline and advice (wording/errors.py)
            return translate(error.summary), translate(error.advice)
        if isinstance(error, StoreNotReady):
            if error.kind == "no-store":
                return _said("error.no_store"), _said("error.no_store_advice")
            return _said("error.no_key"), _said("error.no_key_advice")
        if isinstance(error, SecretStoreUnavailable):
            if error.reason == "timeout":
                seconds = QLocale().toString(float(error.seconds or 0), "g", 6)
                return _said("error.keyring_timeout", seconds=seconds), _said("error.keyring_timeout_advice")
            if error.reason == "locked":
                return _said("error.keyring_locked"), _said("error.keyring_locked_advice")
            return _said("error.no_keyring"), _said("error.no_keyring_advice")
        if isinstance(error, DuplicateSendError):
            return _said("error.duplicate"), translate(error)
        if isinstance(error, JournalError):
            return _said("error.journal"), translate(error)
        if isinstance(error, ValueError):
            return _said("error.not_accepted"), translate(error)
        return _said("error.unexpected"), _said("error.unexpected_advice")


def _said(code: str, **params: object) -> str:
    """The error sentence ``code`` (``wording/errors.py``) in the UI language."""
    return translate(Message(code).format(**params))
