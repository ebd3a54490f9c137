"""The Invoice tab: review, confirm and send an invoice notification, then wait until VTEX shows it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from ...fill import fill
from ...journal import Operation
from ...sending.flow import SendRequest, invoice_request
from ...vtex import InvoiceNotification, Order, Receipt
from ..runtime.context import DeskContext
from ..runtime.language import on_language_change, relive
from ..runtime.drafts import DraftKeeper
from .draft import invoice_draft_state, restore_invoice_draft
from .form import InvoiceForm
from .review import InvoiceConfirmBar
from .nfe_import import NfeImport
from ..order.session import OrderSession
from ..sending.controller import SendController
from ..text.status_names import status_name
from ..widgets.banner import Tone, set_tone
from ..widgets.error_view import ErrorView
from ..widgets.receipt_view import ReceiptView
from ..widgets.scroll import scroll_into

class InvoiceTab(QWidget):
    """Form -> review (problems, duplicate guard, warnings) -> confirm -> send -> receipt -> re-read."""

    sent = Signal(object)  # the SendRequest VTEX accepted (a return clears the order's mark: ui/returns/bar.py)

    def __init__(
        self,
        ctx: DeskContext,
        session: OrderSession,
        errors: ErrorView,
        status: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceTab")
        self.ctx, self.session = ctx, session
        self._prefilled_for: str | None = None
        self._refill_next = False
        self._pending: InvoiceNotification | None = None

        self.form = InvoiceForm()
        self.form.use_remaining_button.clicked.connect(self._use_remaining)
        self.form.reset_items_button.clicked.connect(self._reset_items)
        self.form.typeChanged.connect(self._type_changed)
        self.form.edited.connect(self._form_edited)

        self.gate_label = QLabel(objectName="invoiceGateLabel")
        on_language_change(self.gate_label, lambda: self.gate_label.setText(self.blocked_reason() or ""))
        self.gate_label.setWordWrap(True)
        set_tone(self.gate_label, Tone.NOTICE)
        self.send_button = QPushButton(self.tr("Review and send…"), objectName="sendInvoiceButton")
        self.send_button.setAccessibleName(self.tr("Send invoice"))
        self.send_button.setToolTip(self.tr("Check the form, then confirm (Ctrl+Return)"))
        self.send_button.clicked.connect(self.review)

        self.confirm_bar = InvoiceConfirmBar()  # the review: what is about to be sent, and its warnings
        self.confirm_button, self.cancel_button = self.confirm_bar.confirm_button, self.confirm_bar.cancel_button
        self.warnings_label = self.confirm_bar.warnings_label
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.cancel_review)

        self.receipt = ReceiptView("receiptView")
        self.sender = SendController(ctx, session, self, self, errors, self.receipt, status, Operation.INVOICE)
        self.errors, self.status = errors, self.sender.status

        self.nfe = NfeImport(self, self)  # "Open NF-e XML…" and drops fill the form; its panel sits above it
        self.form.xml_importer = self.nfe.open_path
        self.form.xml_folder = ctx.settings.nfe_folder or ""
        self.form.xmlFolderChanged.connect(self._remember_folder)

        # Set by the window (ui/returns/bar.py): whether the return wizard is sending a return now.
        self.returns_busy: Callable[[], bool] = lambda: False
        body = self.body = scroll_into(self)
        body.addWidget(self.nfe.panel)
        body.addWidget(self.form, 1)
        body.addWidget(self.confirm_bar)
        send_row = QHBoxLayout()
        send_row.addWidget(self.gate_label, 1)
        send_row.addWidget(self.send_button)
        body.addLayout(send_row)
        body.addWidget(self.receipt)

        #: The clerk typed the invoice number while no order was shown or one was loading: the
        #: order's prefill and its saved draft must not wipe it.
        self.typed_ahead = False
        self.form.number_edit.textEdited.connect(self._number_typed)
        self.sender.orderRead.connect(self._order_changed)
        self.sender.changed.connect(self._update_send)
        self._order_changed(session.order)
        self.draft = DraftKeeper(ctx, session, self, "invoice", self)  # last: restores over the prefill
        body.insertWidget(0, self.draft.bar)

    # -- order ------------------------------------------------------------------------------
    @property
    def order(self) -> Order | None:
        return self.session.order

    def _order_changed(self, order: Order | None) -> None:
        self.cancel_review()
        if order is None:
            self._prefilled_for = None
            self.form.clear_all()
            self.receipt.clear()
        elif order.order_id != self._prefilled_for or self._refill_next:
            if order.order_id != self._prefilled_for:  # another order: its last receipt, from the journal
                what = self.tr("Invoice {invoice} received by VTEX")
                self.receipt.show_latest(self.ctx, (order.order_id, None), Operation.INVOICE, what)
            gate = order.invoice_gate()
            wanted = "Input" if gate.can_return and not gate.can_invoice else "Output"
            ahead = self.form.number_edit.text() if self.typed_ahead else ""
            self.form.prefill(order, wanted if order.order_id != self._prefilled_for else self.form.invoice_type)
            if ahead:  # typed before the order arrived: it is for this order, keep it (no draft over it)
                self.form.number_edit.setText(ahead)
            self._prefilled_for = order.order_id
            self._refill_next = False
        else:
            self.form.update_hints(order)  # same order read again: keep what the clerk typed
        self._update_send()

    # -- what the send controller asks of this tab (see ui/sending/controller.py) ----------------
    def sending_text(self, number: str) -> str:
        return fill(self.tr("Sending invoice {invoice}…"), invoice=number)

    def received_text(self, number: str) -> str:
        return fill(self.tr("Invoice {invoice} received by VTEX"), invoice=number)

    def failure_context(self, number: str, order_id: str) -> str:
        return fill(self.tr("Sending invoice {invoice} to order {order}"), invoice=number, order=order_id)

    def checked_subject(self, number: str) -> str:
        return fill(self.tr("Invoice {invoice}"), invoice=number)

    def reread_context(self, order_id: str) -> str:
        return fill(self.tr("Re-reading order {order} after sending"), order=order_id)

    def resend_what(self, request: SendRequest) -> str:
        return fill(self.tr("Invoice {invoice} of order {order}"), invoice=request.invoice_number, order=request.order_id)

    def on_sent(self, request: SendRequest, receipt: Receipt) -> None:
        number = request.invoice_number
        self.draft.sent()
        self.sent.emit(request)
        self.status(fill(self.tr("Invoice {invoice} sent; waiting for VTEX to show it on the order…"), invoice=number))
        self.receipt.add_note(self.tr("Waiting for VTEX to show the invoice on the order…"))

    def on_settled(self, request: SendRequest, shown: bool) -> None:
        number = request.invoice_number
        if shown:
            self._refill_next = True
            self.receipt.add_note(lambda: fill(self.tr("VTEX shows invoice {invoice} on the order."), invoice=number))
            self.status(fill(self.tr("Invoice {invoice} is on the order."), invoice=number))
        else:
            self.receipt.add_note(
                self.tr(
                    "VTEX accepted the invoice but does not show it on the order yet. Reload the order in a "
                    "minute; do not send it again."
                )
            )

    def on_reread_failed(self, request: SendRequest) -> None:
        self.receipt.add_note(self.tr("Could not re-read the order; reload it to see the new invoice."))

    def on_failed(self, request: SendRequest, duplicate: str | None) -> None:
        if duplicate:
            self.form.show_problems({"invoice_number": duplicate})
        self.send_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_confirmed(self) -> None:
        self._refill_next = True
        self._update_send()

    def on_unjournaled(self, request: SendRequest, order: Order) -> None:
        """After a send whose answer was lost, the fresh read tells whether it landed."""
        number = request.invoice_number
        if request.shown(order):
            note = self.tr("Invoice {invoice} is on the order: the send did reach VTEX. Nothing more to do.")
            self._refill_next = True
            self.errors.clear()
        else:
            note = self.tr(
                "Invoice {invoice} is not on the order. VTEX can take a moment to show a new invoice: if you "
                "sent it just now, reload again in a minute; send it again only if it is still missing."
            )
        self.receipt.add_note(lambda: fill(relive(note), invoice=number))
        self.status(fill(note, invoice=number))

    def _number_typed(self, _text: str) -> None:
        self.typed_ahead = self.session.loading or self.order is None

    def consume_typed_ahead(self) -> bool:
        """For the draft keeper, once per order shown: was the number typed before the order came?"""
        ahead, self.typed_ahead = self.typed_ahead, False
        return ahead

    def _remember_folder(self, folder: str) -> None:
        self.ctx.settings.nfe_folder = folder
        try:
            self.ctx.save_settings()
        except OSError:  # a read-only settings folder: the dialog just opens elsewhere next time
            pass

    def _type_changed(self, invoice_type: str) -> None:
        if self.order is not None:
            self.form.value_edit.set_cents(
                self.order.returnable_cents if invoice_type == "Input" else self.order.remaining_cents
            )
            self.form.items_model.set_items(self.order.suggested_invoice_items(invoice_type), self.order.currency_code)
        self._update_send()

    def _use_remaining(self) -> None:
        if self.order is not None:
            input_type = self.form.invoice_type == "Input"
            self.form.value_edit.set_cents(self.order.returnable_cents if input_type else self.order.remaining_cents)

    def _reset_items(self) -> None:
        if self.order is not None:
            self.form.items_model.set_items(
                self.order.suggested_invoice_items(self.form.invoice_type), self.order.currency_code
            )

    def _form_edited(self) -> None:
        if self.confirm_bar.isVisible() and not self.sender.in_flight:
            self.cancel_review()

    # -- gate -------------------------------------------------------------------------------
    def blocked_reason(self) -> str | None:
        order = self.order
        if order is None:
            return self.tr("Load an order first.")
        blocked = self.sender.target_blocked() or self.sender.blocked_reason(order.order_id)
        if blocked:  # no journal, the order field names another order, in flight, or a lost send
            return blocked
        gate = order.invoice_gate()
        if self.form.invoice_type == "Input":
            # VTEX accepts a return on any order (one not fully invoiced refunds nothing: the review warns).
            if not order.output_packages:
                return self.tr("Nothing was invoiced on this order: there is nothing to return.")
            if self.returns_busy():
                return self.tr("Another return is being sent. Returns go one at a time: wait for it to finish.")
        elif not gate.can_invoice:
            return fill(
                self.tr("This order cannot take a sale invoice now (status {status})."),
                status=status_name(order.status),
            )
        return None

    def _update_send(self) -> None:
        reason = self.blocked_reason()
        self.send_button.setEnabled(reason is None)
        self.confirm_button.setEnabled(self.sender.can_send)
        self.gate_label.setText(reason or "")

    # -- review and send --------------------------------------------------------------------
    def submit(self) -> None:
        """Ctrl+Return: review the form, or confirm when the review is showing."""
        if self.confirm_bar.isVisible():
            self.confirm()
        else:
            self.review()

    def review(self) -> bool:
        """Check everything; show problems, or the confirmation with its warnings."""
        if self.blocked_reason() is not None or self.order is None:
            return False
        self.form.value_edit.tidy()  # now, not when focus moves to the confirm button
        invoice, problems = self.form.build()
        if invoice is not None:
            duplicate = self.sender.refuse_duplicate(self.order.order_id, invoice.invoice_number, self.order)
            if duplicate:
                problems["invoice_number"] = duplicate
        self.form.show_problems(problems)
        if invoice is None or problems:
            return False
        self._pending = invoice
        self.confirm_bar.show_for(invoice, self.order)
        self.send_button.setEnabled(False)
        self.confirm_button.setFocus()
        scroll = self.findChild(QScrollArea)  # a short window: the question comes into view, once laid out
        if scroll is not None:
            QTimer.singleShot(0, scroll, lambda: scroll.ensureWidgetVisible(self.confirm_bar))
        return True

    def cancel_review(self) -> None:
        self._pending = None
        self.confirm_bar.hide()
        self._update_send()

    def confirm(self) -> None:
        invoice, order = self._pending, self.order
        if invoice is None or order is None or not self.confirm_button.isEnabled() or not self.sender.begin():
            return
        self._pending = None
        self.confirm_bar.hide()
        self._update_send()
        self.sender.send(invoice_request(order.order_id, invoice))

    def add_bar(self, widget: QWidget) -> None:
        """A row above the form (the returns row, ui/returns/bar.py)."""
        self.body.insertWidget(1, widget)

    # -- drafts (see drafts.py) -------------------------------------------------------------
    def draft_signals(self) -> list[SignalInstance]:
        return [self.form.edited, self.form.type_combo.currentIndexChanged]

    def draft_state(self) -> dict[str, Any]:
        return invoice_draft_state(self.form)

    def restore_draft(self, data: dict[str, Any]) -> None:
        number = str(data.get("number") or "").strip()
        if number and self.order is not None and self.order.package(number) is not None:
            raise LookupError(f"invoice {number} is on the order already")  # sent meanwhile: a stale draft
        restore_invoice_draft(self.form, data)

