"""What each error means for the clerk, in translatable words.

The core's errors carry English ``summary``/``advice``; here each error class maps to ``self.tr()``
sentences so that Qt Linguist can translate them. VTEX's own code and message, the HTTP status
and the secret-free ``details()`` are passed through untouched.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject

from ...fill import fill
from ...journal import DuplicateSendError, JournalError
from ...secrets import SecretStoreUnavailable
from ...vtex import (
    AuthError,
    BadRequestError,
    InvalidResponseError,
    NotFoundError,
    OrderStateError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitedError,
    ReceiptMismatchError,
    ResponseTooLargeError,
    ServerError,
    SlowAnswerError,
    TransportError,
    VtexError,
)
from ...vtex.errors import RESOURCE_BY_OPERATION
from ..runtime.context import StoreNotReady
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

    def _words(self, error: BaseException) -> tuple[str, str]:  # noqa: C901 - one branch per class
        reload_first = self.tr(
            "VTEX may still have applied it. Reload the order before sending again, and send "
            "again only if it is not there."
        )
        if isinstance(error, ReceiptMismatchError):
            return (
                fill(
                    self.tr(
                        "VTEX's receipt is for another order ({received}), not {expected}: the send is not confirmed."
                    ),
                    received=error.received_order_id,
                    expected=error.expected_order_id,
                ),
                reload_first,
            )
        if isinstance(error, OutcomeUnknownError):
            return (
                self.tr("The request was sent, but no answer came back: VTEX may or may not have applied it."),
                reload_first,
            )
        if isinstance(error, SlowAnswerError):
            return (
                self.tr("VTEX's answer came so slowly that the desk stopped waiting for it."),
                self.tr("Try again in a moment; nothing was lost. status.vtex.com shows whether VTEX has an incident."),
            )
        if isinstance(error, TransportError):
            return (
                self.tr("No answer from VTEX: the connection failed."),
                self.tr("Check the internet connection and try again; nothing was lost."),
            )
        if isinstance(error, AuthError):
            return (
                self.tr("VTEX did not accept the app key and token."),
                self.tr(
                    "Check the app key and app token in Accounts (copy them again from the VTEX "
                    "Admin, Account settings > Apps/API keys) and that the account name is right."
                ),
            )
        if isinstance(error, PermissionDeniedError):
            resource = RESOURCE_BY_OPERATION.get(error.operation or "", "Notify invoice")
            return (
                self.tr("The app key is valid, but its role may not do this."),
                fill(
                    self.tr(
                        "In the VTEX Admin (Account settings > Roles), give the key's role the '{resource}' "
                        "resource, for example with the predefined role 'OMS - Full access'."
                    ),
                    resource=resource,
                ),
            )
        if isinstance(error, NotFoundError):
            return (
                self.tr("VTEX did not find that order or invoice."),
                self.tr(
                    "Check the order id (for example 1234567890123-01, or seq followed by the "
                    "sequence number) and that it belongs to this store."
                ),
            )
        if isinstance(error, OrderStateError):
            return (
                self.tr("The order's status does not allow this action now."),
                self.tr("Reload the order to see its current status, then do what that status allows."),
            )
        if isinstance(error, BadRequestError):
            return (
                self.tr("VTEX rejected what was sent."),
                self.tr("Correct what VTEX's message below names and send again; the form is kept."),
            )
        if isinstance(error, RateLimitedError):
            if error.retry_after:
                wait = fill(
                    self.tr("Wait {seconds} seconds and send again; nothing was lost."),
                    seconds=f"{error.retry_after:.0f}",
                )
            else:
                wait = self.tr("Wait a minute and send again; nothing was lost.")
            return self.tr("VTEX is limiting requests from this store right now."), wait
        if isinstance(error, ServerError):
            advice = (
                reload_first
                if error.may_have_applied
                else self.tr("Wait a moment and try again. status.vtex.com shows whether VTEX has an incident.")
            )
            return self.tr("VTEX had a problem answering (a server error on their side)."), advice
        if isinstance(error, ResponseTooLargeError):
            return (
                self.tr("VTEX's answer was far larger than any order, so the desk stopped reading it."),
                reload_first
                if error.may_have_applied
                else self.tr("Try again later. If it keeps happening, copy the details for support."),
            )
        if isinstance(error, InvalidResponseError) and error.may_have_applied:  # a write's unreadable 2xx
            return (
                self.tr(
                    "VTEX answered the send with something that is not data (a web page or broken data): "
                    "it may or may not have applied it."
                ),
                reload_first,
            )
        if isinstance(error, InvalidResponseError):
            return (
                self.tr("VTEX answered with something that is not the data the API returns."),
                self.tr(
                    "Check the account name and environment. A web page instead of data usually "
                    "means the address is not a VTEX store or VTEX is having trouble."
                ),
            )
        if isinstance(error, VtexError):
            return self.tr("VTEX could not complete the request."), self.tr(
                "Try again. If it keeps happening, copy the details for support."
            )
        if isinstance(error, StoreNotReady):
            if error.kind == "no-store":
                return self.tr("No store is set up yet."), self.tr(
                    "Open Accounts (toolbar) and add the store's account name, app key and app token."
                )
            return (
                self.tr("This store has no app key and token on this computer."),
                self.tr("Open Accounts (toolbar), choose the store and enter its app key and app token."),
            )
        if isinstance(error, SecretStoreUnavailable):
            if error.reason == "timeout":
                seconds = QLocale().toString(float(error.seconds or 0), "g", 6)
                headline = fill(self.tr("The system keyring did not answer within {seconds} s."), seconds=seconds)
                return headline, self.tr(
                    "Unlock or restart it (GNOME Keyring or KWallet) and try again, or keep the key for this "
                    "session only in Accounts. Nothing you typed was lost."
                )
            if error.reason == "locked":
                return self.tr("The system keyring is locked."), self.tr(
                    "Unlock it (for example by logging in again), or keep the key for this session only in Accounts."
                )
            return self.tr("No system keyring is available to keep the app key and token."), self.tr(
                "Install and unlock a keyring (GNOME Keyring or KWallet on Linux), or keep the key "
                "for this session only in Accounts."
            )
        if isinstance(error, DuplicateSendError):
            return self.tr("This invoice was already sent to this order; it was not sent again."), translate(error)
        if isinstance(error, JournalError):
            return self.tr("The desk could not write its journal, so nothing was sent."), translate(error)
        if isinstance(error, ValueError):
            return self.tr("That was not accepted."), translate(error)
        return self.tr("Something unexpected went wrong."), self.tr(
            "Nothing was lost: the form is kept. Copy the details and send them to support."
        )
