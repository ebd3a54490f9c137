"""The Invoice tab: review, confirm and send an invoice notification, then wait until VTEX shows it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...fill import fill
from ...journal import DuplicateSendError, Operation, ReconcileOutcome
from ...vtex import InvoiceNotification, Order, Receipt, VtexError
from ..runtime.context import DeskContext, OrdersApi
from ..text.core_text import translate
from ..runtime.drafts import DraftKeeper
from .draft import invoice_draft_state, restore_invoice_draft
from .form import InvoiceForm
from .review import InvoiceConfirmBar
from .nfe_import import NfeImport
from ..order.session import OrderSession
from ..sending.resend_confirm import NotSentAgain, confirm_resend, recheck_then
from ..sending.outcome import attach_send_parts
from ..text.status_names import status_name
from ..widgets.banner import Tone, set_tone
from ..widgets.error_view import ErrorView
from ..widgets.receipt_view import ReceiptView
from ..widgets.scroll import scroll_into

class InvoiceTab(QWidget):
    """Form -> review (problems, duplicate guard, warnings) -> confirm -> send -> receipt -> re-read."""

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
        attach_send_parts(self, ctx, session, errors, status, Operation.INVOICE)
        self._prefilled_for: str | None = None
        self._refill_next = False
        self._sent: dict[tuple[str, str], Receipt] = {}  # (order, number) -> receipt, this session
        self._pending: InvoiceNotification | None = None
        self._ambiguous: InvoiceNotification | None = None  # sent, answer lost: check on the next read

        self.form = InvoiceForm()
        self.form.use_remaining_button.clicked.connect(self._use_remaining)
        self.form.reset_items_button.clicked.connect(self._reset_items)
        self.form.typeChanged.connect(self._type_changed)
        self.form.edited.connect(self._form_edited)

        self.gate_label = QLabel(objectName="invoiceGateLabel")
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

        self.nfe = NfeImport(self)  # "Open NF-e XML…" and drops fill the form; its panel sits above it
        self.form.xml_importer = self.nfe.open_path
        self.form.xml_folder = ctx.settings.nfe_folder or ""
        self.form.xmlFolderChanged.connect(self._remember_folder)

        body = scroll_into(self)
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
        session.orderChanged.connect(self._order_changed)
        self.guard.changed.connect(self._update_send)
        self.check.changed.connect(self._update_send)
        self.check.settled.connect(self._checked)
        self.check.failed.connect(lambda error: self.errors.show_error(error, self.tr("Checking the last send")))
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

    def _checked(self, number: str, outcome: ReconcileOutcome | None) -> None:
        """The reload after a lost answer settled the send's journal row (or found none)."""
        invoice, self._ambiguous = self._ambiguous, None
        if outcome is None:  # nothing journaled for it: judge from the order just read
            if invoice is not None and invoice.invoice_number == number and self.order is not None:
                self._report_ambiguous(self.order, invoice)
            return
        note = self.check.note(fill(self.tr("Invoice {invoice}"), invoice=number), outcome)
        self._refill_next = self._refill_next or outcome.verdict == "confirmed"
        if outcome.verdict == "confirmed":
            self.errors.clear()  # the red banner was about this send: it landed, nothing is wrong now
        self.receipt.add_note(note)
        self.status(note)
        self._update_send()

    def _report_ambiguous(self, order: Order, invoice: InvoiceNotification) -> None:
        """After a send whose answer was lost, the fresh read tells whether it landed."""
        number = invoice.invoice_number
        if order.package(number) is not None:
            note = self.tr("Invoice {invoice} is on the order: the send did reach VTEX. Nothing more to do.")
            self._refill_next = True
            self.errors.clear()
        else:
            note = self.tr(
                "Invoice {invoice} is not on the order. VTEX can take a moment to show a new invoice: if you "
                "sent it just now, reload again in a minute; send it again only if it is still missing."
            )
        self.receipt.add_note(fill(note, invoice=number))
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
        if self.confirm_bar.isVisible() and not self.guard.in_flight:
            self.cancel_review()

    # -- gate -------------------------------------------------------------------------------
    def blocked_reason(self) -> str | None:
        order = self.order
        if order is None:
            return self.tr("Load an order first.")
        blocked = self.guard.blocked()  # no journal, or the order field names another order
        if blocked:
            return blocked
        if self.guard.in_flight:
            return self.tr("Sending…")
        if self.guard.needs_reload:
            return self.tr("The last send may have reached VTEX. Reload the order before sending again.")
        checking = self.check.blocked_reason(order.order_id)
        if checking:
            return checking
        gate = order.invoice_gate()
        if self.form.invoice_type == "Input":
            if not gate.can_return:
                return fill(
                    self.tr("A return (Input) invoice needs a fully invoiced order (status is {status})."),
                    status=status_name(order.status),
                )
        elif not gate.can_invoice:
            return fill(
                self.tr("This order cannot take a sale invoice now (status {status})."),
                status=status_name(order.status),
            )
        return None

    def _update_send(self) -> None:
        reason = self.blocked_reason()
        self.send_button.setEnabled(reason is None)
        self.confirm_button.setEnabled(self.guard.can_send)
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
            duplicate = self._duplicate(invoice.invoice_number)
            if duplicate:
                problems["invoice_number"] = duplicate
        self.form.show_problems(problems)
        if invoice is None or problems:
            return False
        self._pending = invoice
        self.confirm_bar.show_for(invoice, self.order)
        self.send_button.setEnabled(False)
        self.confirm_button.setFocus()
        return True

    def cancel_review(self) -> None:
        self._pending = None
        self.confirm_bar.hide()
        self._update_send()

    def _duplicate(self, number: str) -> str | None:
        order = self.order
        assert order is not None
        existing = order.package(number)
        if existing is not None:
            return fill(
                self.tr(
                    "Invoice {invoice} is already on this order. Use a new number; to add tracking to it, use the "
                    "Tracking number tab."
                ),
                invoice=number,
            )
        receipt = self._sent.get((order.order_id, number))
        if receipt is not None:
            return (
                fill(
                    self.tr(
                        "Invoice {invoice} was sent to this order a moment ago (receipt {receipt}); VTEX may still "
                        "be applying it. Reload the order instead of sending it again."
                    ),
                    invoice=number,
                    receipt=receipt.receipt,
                )
            )
        return self.check.duplicate(order.order_id, number)  # what the journal knows of it

    def confirm(self) -> None:
        invoice, order = self._pending, self.order
        if invoice is None or order is None or not self.confirm_button.isEnabled() or not self.guard.begin():
            return
        self._pending = None
        self.confirm_bar.hide()
        self._update_send()
        order_id, number = order.order_id, invoice.invoice_number
        replaces = self.check.replaces(order_id, number)  # a lost send found absent: this one replaces it
        what = fill(self.tr("Invoice {invoice} of order {order}"), invoice=number, order=order_id)
        if replaces is not None and not confirm_resend(self, what):
            self.guard.end()
            self._update_send()
            return
        self.status(fill(self.tr("Sending invoice {invoice}…"), invoice=number))
        send = partial(_send_invoice, order_id, invoice, replaces)
        self.ctx.call(
            recheck_then(self.ctx.journal, self.ctx.apply_window, replaces, send),
            succeeded=partial(self._sent_ok, order_id, invoice, self.session.generation),
            failed=partial(self._send_failed, order_id, invoice),
            name="send_invoice",
        )

    def _sent_ok(self, order_id: str, invoice: InvoiceNotification, since: int, receipt: Receipt) -> None:
        self.guard.end()
        self.errors.clear()
        number = invoice.invoice_number
        self._sent[(order_id, number)] = receipt
        self.check.sent(order_id, number)
        self.draft.sent()
        self.receipt.show_receipt(receipt, fill(self.tr("Invoice {invoice} received by VTEX"), invoice=number))
        self.status(fill(self.tr("Invoice {invoice} sent; waiting for VTEX to show it on the order…"), invoice=number))
        self.receipt.add_note(self.tr("Waiting for VTEX to show the invoice on the order…"))

        def wait(api: OrdersApi) -> tuple[Order, bool]:
            return api.wait_for(order_id, lambda o: o.package(number) is not None, timeout=self.apply_timeout)

        self.ctx.call(
            wait,
            succeeded=partial(self._applied, number, since),
            failed=partial(self._wait_failed, order_id),
            name="wait_for",
        )

    def _applied(self, number: str, since: int, result: tuple[Order, bool]) -> None:
        order, shown = result
        if shown:
            self._refill_next = True
            self.receipt.add_note(fill(self.tr("VTEX shows invoice {invoice} on the order."), invoice=number))
            self.status(fill(self.tr("Invoice {invoice} is on the order."), invoice=number))
        else:
            self.receipt.add_note(
                self.tr(
                    "VTEX accepted the invoice but does not show it on the order yet. Reload the order in a "
                    "minute; do not send it again."
                )
            )
        self.session.refresh(order, since)

    def _wait_failed(self, order_id: str, error: BaseException) -> None:
        self.receipt.add_note(self.tr("Could not re-read the order; reload it to see the new invoice."))
        self.errors.show_error(error, fill(self.tr("Re-reading order {order} after sending"), order=order_id))

    def _send_failed(self, order_id: str, invoice: InvoiceNotification, error: BaseException) -> None:
        if isinstance(error, NotSentAgain):  # the last re-read before resending found it after all
            self.guard.end()
            self._checked(invoice.invoice_number, error.outcome)
            return
        ambiguous = isinstance(error, VtexError) and error.may_have_applied
        self.guard.end(may_have_applied=ambiguous)
        if ambiguous:
            self._ambiguous = invoice
            self.check.lost(order_id, invoice.invoice_number)  # the reload settles its journal row
        self.status("")
        context = (
            fill(self.tr("Sending invoice {invoice} to order {order}"), invoice=invoice.invoice_number, order=order_id)
        )
        self.errors.show_error(error, context)
        if isinstance(error, DuplicateSendError):  # the journal's guard: say why, and the way out
            why = self.check.duplicate(order_id, invoice.invoice_number) or translate(error)
            self.form.show_problems({"invoice_number": why})
        self._update_send()
        self.send_button.setFocus(Qt.FocusReason.OtherFocusReason)

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


def _send_invoice(order_id: str, invoice: InvoiceNotification, replaces: int | None, api: OrdersApi) -> Receipt:
    return api.send_invoice(order_id, invoice, force=replaces is not None, resend_of=replaces)
