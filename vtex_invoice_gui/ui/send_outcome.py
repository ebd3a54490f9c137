"""What the Tracking number and Tracking events tabs do when a send fails or its check settles.

Both tabs send one write per invoice and handle the outcome alike; each keeps its own wording
(``failure_context``, ``checked_subject``, ``reread_context``), so its strings stay in its own
translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..journal import ReconcileOutcome
from ..vtex import VtexError

if TYPE_CHECKING:
    from .send_check import SendCheck
    from .send_guard import SendGuard
    from .widgets.error_view import ErrorView
    from .widgets.receipt_view import ReceiptView


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
        if note:
            self.receipt.add_note(note)
            self.status(note)
