"""The Invoice tab's confirmation: the invoice about to be sent, and what is allowed but usually a mistake.

Shown by :meth:`~.invoice_tab.InvoiceTab.review` once the form is valid; the tab wires its
buttons (Back to the form, Confirm and send) to its own send flow.
"""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...fill import fill
from ...vtex import InvoiceNotification, Order
from ..runtime.language import on_language_change
from ..text.core_text import translate
from ..text.formatting import money_text
from ..widgets.banner import Banner, Role, Tone, set_tone
from ..returns.rules import warnings_for


class InvoiceConfirmBar(Banner):
    """"Send a sale (Output) invoice 123 of R$ 10,00 with 2 item line(s) to order …?", its warnings,
    and the two buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Role.WARNING, "invoiceConfirmBar", parent)
        self.confirm_label = QLabel(objectName="invoiceConfirmLabel")
        self.confirm_label.setWordWrap(True)
        self.warnings_label = QLabel(objectName="invoiceWarningsLabel")
        self.warnings_label.setWordWrap(True)
        set_tone(self.warnings_label, Tone.WARNING)
        self.confirm_button = QPushButton(self.tr("Confirm and send"), objectName="confirmSendButton")
        self.confirm_button.setAccessibleName(self.tr("Confirm and send the invoice"))
        self.cancel_button = QPushButton(self.tr("Back to the form"), objectName="cancelSendButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.warnings_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout.addLayout(buttons)
        self.hide()
        self._asked: tuple[InvoiceNotification, Order] | None = None
        on_language_change(self, lambda: self._asked is not None and not self.isHidden() and self.show_for(*self._asked))

    def show_for(self, invoice: InvoiceNotification, order: Order) -> None:
        """Ask about ``invoice`` for ``order``, with its warnings."""
        self._asked = (invoice, order)
        kind = self.tr("a sale (Output)") if invoice.type == "Output" else self.tr("a return (Input)")
        self.confirm_label.setText(
            fill(
                self.tr(
                    "Send {kind} invoice <b>{number}</b> of <b>{value}</b> with {lines} item line(s) to order "
                    "<b>{order}</b>?"
                ),
                kind=kind,
                number=escape(invoice.invoice_number),
                value=money_text(invoice.invoice_value, order.currency_code),
                lines=len(invoice.items),
                order=escape(order.order_id),
            )
        )
        warnings = self.warnings(invoice, order)
        self.warnings_label.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        self.show()

    def warnings(self, invoice: InvoiceNotification, order: Order) -> list[str]:
        """Things that are allowed but usually a mistake; shown with the question."""
        currency = order.currency_code
        m = partial(money_text, currency=currency)
        found: list[str] = []
        if invoice.type == "Output":
            remaining = order.remaining_cents
            if invoice.invoice_value < remaining:
                found.append(
                    fill(
                        self.tr("This is a partial invoice: {value} of the {remaining} still to invoice."),
                        value=m(invoice.invoice_value),
                        remaining=m(remaining),
                    )
                )
            elif invoice.invoice_value > remaining:
                found.append(
                    fill(
                        self.tr("The value is more than the {remaining} still to invoice; VTEX will likely refuse it."),
                        remaining=m(remaining),
                    )
                )
        else:
            found.append(self.tr("A return invoice makes VTEX refund the customer."))
            found.extend(warnings_for(order))  # not fully invoiced: refunds nothing; boleto: not refunded
            if invoice.invoice_value > order.returnable_cents:
                found.append(
                    fill(
                        self.tr("The value is more than the {returnable} that can still be returned."),
                        returnable=m(order.returnable_cents),
                    )
                )
        items = invoice.items_total_cents
        shipping = order.shipping_cents
        if items != invoice.invoice_value and items + shipping != invoice.invoice_value:
            found.append(
                fill(
                    self.tr(
                        "The items add up to {items} but the invoice value is {value} (shipping, {shipping} on this "
                        "order, is normally part of the value)."
                    ),
                    items=m(items),
                    value=m(invoice.invoice_value),
                    shipping=m(shipping),
                )
            )
        if invoice.invoice_key:
            from ...nfe import check_access_key  # the NF-e package loads when first needed

            for problem in check_access_key(invoice.invoice_key):
                found.append(fill(self.tr("Access key: {problem}"), problem=translate(problem)))
        elif invoice.type == "Output":
            found.append(self.tr("No access key: marketplaces usually need the NF-e key."))
        return found
