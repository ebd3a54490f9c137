"""VTEX's refund rules, said before a return is sent, and the refund the order shows after.

Facts: queue-and-batch.md section 4. The warnings (refunds nothing, boleto) depend on the order;
the notes (Notify refund, one at a time, no tracking) hold for every return.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...fill import fill
from ...returns import Refund, fully_invoiced, is_boleto
from ...vtex import Order
from ..text.formatting import money_text
from ..widgets.banner import Banner, Role


def warnings_for(order: Order) -> list[str]:
    """What makes this return refund less than the clerk expects."""
    found: list[str] = []
    if not fully_invoiced(order):
        found.append(QCoreApplication.translate(
            "ReturnRules",
            "This order is not fully invoiced. VTEX accepts the return but refunds nothing: it refunds only "
            "orders that were fully invoiced first.",
        ))
    if is_boleto(order):
        found.append(QCoreApplication.translate(
            "ReturnRules",
            "Paid by boleto: VTEX does not refund it automatically. Refund the customer yourself, by voucher "
            "or bank transfer.",
        ))
    return found


def notes() -> list[str]:
    """The rules of every return."""
    return [
        QCoreApplication.translate(
            "ReturnRules", "The app key needs the Notify refund resource (in a role such as OMS - Full access)."),
        QCoreApplication.translate(
            "ReturnRules", "Returns are sent one at a time: VTEX can lose refunds sent together."),
        QCoreApplication.translate(
            "ReturnRules",
            "A return takes no tracking: VTEX would show the customer a delivery that is not happening.",
        ),
    ]


def refund_text(refund: Refund, currency: str) -> str:
    """Requested vs refunded, as the order shows it."""
    requested = money_text(refund.requested, currency)
    if refund.refunded is None:
        text = QCoreApplication.translate("ReturnRules", "Requested {requested}; the order does not show a refund yet.")
        return fill(text, requested=requested)
    refunded = money_text(refund.refunded, currency)
    if refund.refunded >= refund.requested:
        text = QCoreApplication.translate("ReturnRules", "Requested {requested}; refunded {refunded}.")
    else:
        text = QCoreApplication.translate(
            "ReturnRules",
            "Requested {requested}; refunded only {refunded}. Refund the difference to the customer yourself "
            "(voucher or bank transfer), or check the payment in the VTEX Admin.",
        )
    return fill(text, requested=requested, refunded=refunded)


class RulesPanel(Banner):
    """Warnings first (in the warning colours), then the rules of every return."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Role.WARNING, "returnRulesPanel", parent)
        self.warnings_label = QLabel(objectName="returnWarningsLabel")
        self.warnings_label.setWordWrap(True)
        self.notes_label = QLabel(objectName="returnNotesLabel")
        self.notes_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.notes_label)
        self.notes_label.setText("\n".join(f"• {n}" for n in notes()))

    def show_for(self, order: Order | None) -> None:
        found = warnings_for(order) if order is not None else []
        self.warnings_label.setText("\n".join(f"⚠ {w}" for w in found))
        self.warnings_label.setVisible(bool(found))

    def warnings(self) -> str:
        return self.warnings_label.text() if self.warnings_label.isVisible() else ""
