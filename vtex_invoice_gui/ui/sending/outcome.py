"""What the Tracking number and Tracking events tabs do when a send fails or its check settles.

Both tabs send one write per invoice and handle the outcome alike; each keeps its own wording
(``failure_context``, ``checked_subject``, ``reread_context``), so its strings stay in its own
translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...journal import Operation, ReconcileOutcome
from ...vtex import VtexError
from .check import SendCheck
from .guard import SendGuard

if TYPE_CHECKING:
    from ..runtime.context import DeskContext
    from ..order.session import OrderSession
    from ..widgets.error_view import ErrorView
    from ..widgets.receipt_view import ReceiptView

#: How long to re-read the order after a send until the change shows (VTEX is asynchronous).
APPLY_TIMEOUT = 30.0


def attach_send_parts(
    tab: QWidget,
    ctx: DeskContext,
    session: OrderSession,
    errors: ErrorView,
    status: Callable[[str], None] | None,
    operation: Operation,
) -> None:
    """What every sending tab holds: context, order session, error view, status line, the send
    guard (no double send, reload after an ambiguous failure) and the journal check of lost sends."""
    tab.ctx, tab.session, tab.errors = ctx, session, errors  # type: ignore[attr-defined]
    tab.status = status or (lambda _text: None)  # type: ignore[attr-defined]
    tab.guard = SendGuard(session, tab)  # type: ignore[attr-defined]
    tab.check = SendCheck(ctx, session, tab.guard, operation, tab)  # type: ignore[attr-defined]
    tab.apply_timeout = APPLY_TIMEOUT  # type: ignore[attr-defined]


class InvoiceSendOutcome:
    """Mixin for a tab with ``guard``, ``check``, ``errors``, ``receipt``, ``status`` and ``_update_send``."""

    guard: SendGuard
    check: SendCheck
    errors: ErrorView
    receipt: ReceiptView
    status: Callable[..., None]

    def failure_context(self, number: str, order_id: str) -> str:
        raise NotImplementedError

    def checked_subject(self, number: str) -> str:
        raise NotImplementedError

    def reread_context(self, order_id: str) -> str:
        raise NotImplementedError

    def _update_send(self) -> None:
        raise NotImplementedError

    def _reread_failed(self, order_id: str, error: BaseException) -> None:
        self.errors.show_error(error, self.reread_context(order_id))

    def _failed(self, order_id: str, number: str, error: BaseException) -> None:
        ambiguous = isinstance(error, VtexError) and error.may_have_applied
        self.guard.end(may_have_applied=ambiguous)
        if ambiguous:
            self.check.lost(order_id, number)  # the reload settles its journal row
        self.status("")
        self.errors.show_error(error, self.failure_context(number, order_id))
        self._update_send()

    def _checked(self, number: str, outcome: ReconcileOutcome | None) -> None:
        note = self.check.note(self.checked_subject(number), outcome)
        if outcome is not None and outcome.verdict == "confirmed":
            self.errors.clear()  # the send the banner was about did land
        if note:
            self.receipt.add_note(note)
            self.status(note)
