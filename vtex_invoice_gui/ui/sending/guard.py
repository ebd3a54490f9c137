"""Keeps a write from going out twice: while it is in flight, and after an ambiguous failure.

After an error that may have been applied (no answer to a POST, a 5xx on a write), sending is
blocked until the order has been read again (a read that *started* after the failure), so the
clerk sees whether it landed instead of posting blindly.

Nothing goes out either while :meth:`~.order_session.OrderSession.send_blocked` says why not (no
journal this session; the order field names another order than the one the form is for).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..order.session import OrderSession


class SendGuard(QObject):
    changed = Signal()

    def __init__(self, session: OrderSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.in_flight = False
        self._blocked_at: int | None = None
        session.orderChanged.connect(self._order_read)
        session.targetChanged.connect(self.changed)

    @property
    def needs_reload(self) -> bool:
        return self._blocked_at is not None

    @property
    def can_send(self) -> bool:
        return not self.in_flight and not self.needs_reload and self.blocked() is None

    def blocked(self) -> str | None:
        """Why no send may go out now, whatever the tab (see the module's docstring)."""
        return self.session.send_blocked()

    def begin(self) -> bool:
        """Claim the right to send; False when a send is in flight or a reload is due."""
        if not self.can_send:
            return False
        self.in_flight = True
        self.changed.emit()
        return True

    def end(self, *, may_have_applied: bool = False) -> None:
        self.in_flight = False
        if may_have_applied:
            self._blocked_at = self.session.generation
        self.changed.emit()

    def _order_read(self, _order: object) -> None:
        if self._blocked_at is not None and self.session.loaded_generation > self._blocked_at:
            self._blocked_at = None
            self.changed.emit()
