"""The return wizard: pick what comes back, see VTEX's refund rules, send one return, see the refund.

It works on the order the desk shows (the session's), computes everything from that order's
invoices (``returns/``), and sends through its own :class:`~..sending.controller.SendController`
(the one send path). The :class:`~.launcher.ReturnsDesk` that opens it makes sure two returns are
never in flight at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError
from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...fill import fill
from ...journal import Operation
from ...returns import (
    Problem, ReturnLine, ReturnPlan, fully_invoiced, refund_of, refundable_cents, return_lines, shipping_cap,
)
from ...sending.flow import SendRequest, invoice_request
from ...vtex import InvoiceNotification, Order, Receipt, field_problems
from ..keyboard import tabs_leave_tables
from ..order.session import OrderSession
from ..runtime.context import DeskContext
from ..runtime.drafts import DraftKeeper
from ..sending.controller import SendController
from ..text.core_text import translate_problems
from ..text.formatting import aware_datetime, money_text
from ..widgets.banner import Tone, set_tone
from ..widgets.error_view import ErrorView
from ..widgets.fields import datetime_edit, problem_label
from ..widgets.money_edit import MoneyEdit
from ..widgets.receipt_view import ReceiptView
from ..widgets.tables import fit_columns
from .draft import DRAFT_NAME, WizardOrder, restore_return_draft, return_draft_signals, return_draft_state
from .model import ReturnItemsModel
from .nfe import ReturnNfe
from .rules import RulesPanel, refund_text

class ReturnsHost(Protocol):
    """What the wizard asks of the window's returns (:class:`~.launcher.ReturnsDesk`)."""

    def other_return_in_flight(self, asking: object) -> bool: ...
    def status(self, text: str) -> None: ...
    def return_sent(self, order_id: str) -> None: ...


class ReturnWizard(QDialog):
    def __init__(
        self, ctx: DeskContext, session: OrderSession, desk: ReturnsHost, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("returnWizard")
        self.setWindowTitle(self.tr("Return"))
        self.ctx, self.session, self.desk = ctx, session, desk
        self.order_id: str | None = None
        self.sent_number: str | None = None  # the return sent from here, whose refund is shown

        self.title = QLabel(objectName="returnTitle")
        self.title.setWordWrap(True)
        self.rules = RulesPanel()
        self.model = ReturnItemsModel(self)
        self.model.quantitiesChanged.connect(self._edited)
        self.table = QTableView(objectName="returnItemsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Items to return"))
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=1)
        self.all_button = QPushButton(self.tr("Return everything"), objectName="returnAllButton")
        self.all_button.clicked.connect(self.model.return_all)
        self.shipping_edit = MoneyEdit()
        self.shipping_edit.setObjectName("returnShippingEdit")
        self.shipping_edit.setAccessibleName(self.tr("Shipping refund"))
        self.shipping_edit.textChanged.connect(self._edited)
        self.shipping_hint = QLabel(objectName="returnShippingHint")
        self.value_label = QLabel(objectName="returnValueLabel")
        self.number_edit = QLineEdit(objectName="returnNumberEdit", placeholderText=self.tr("e.g. 000123456"))
        self.number_edit.setAccessibleName(self.tr("Return invoice number"))
        self.number_edit.setMaxLength(50)
        self.issued_edit = datetime_edit("returnIssuedEdit", self.tr("Issuance date and time"))
        self.key_edit = QLineEdit(objectName="returnKeyEdit", placeholderText=self.tr("44-digit NF-e access key"))
        self.key_edit.setAccessibleName(self.tr("Access key"))
        self.nfe = ReturnNfe(self, self)
        self.nfe_button = QPushButton(self.tr("Open NF-e of return…"), objectName="returnNfeButton")
        self.nfe_button.setToolTip(self.tr("Fill the return from its NF-e XML (finNFe 4); you can also drop the file"))
        self.nfe_button.clicked.connect(self.nfe.choose)
        self.confirm_box = QCheckBox(self.tr("Send it anyway: I understand VTEX will refund nothing"),
                                     objectName="returnConfirmBox")
        self.confirm_box.toggled.connect(self.update_state)
        self.problem_labels = {k: problem_label(f"return{k.title()}Problem") for k in ("items", "shipping", "value",
                                                                                     "number", "")}
        self.gate_label = QLabel(objectName="returnGateLabel")
        self.gate_label.setWordWrap(True)
        set_tone(self.gate_label, Tone.NOTICE)
        self.send_button = QPushButton(self.tr("Send return"), objectName="sendReturnButton")
        self.send_button.clicked.connect(self.send)
        self.close_button = QPushButton(self.tr("Close"), objectName="closeReturnButton")
        self.close_button.clicked.connect(self.close)
        self.refund_label = QLabel(objectName="returnRefundLabel")
        self.refund_label.setWordWrap(True)
        self.refund_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors = ErrorView()
        self.receipt = ReceiptView("returnReceiptView")
        self.sender = SendController(ctx, session, self, self, self.errors, self.receipt, self._status,
                                     Operation.INVOICE)
        self.sender.orderRead.connect(self._order_read)
        self.sender.changed.connect(self.update_state)
        for button in (self.all_button, self.nfe_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field sends (after every check), never opens a file
        self.send_button.setDefault(True)
        self._layout()
        self.draft_order = WizardOrder(self)
        self.draft = DraftKeeper(ctx, self.draft_order, self, DRAFT_NAME, self)  # type: ignore[arg-type]
        self.layout().insertWidget(0, self.draft.bar)
        tabs_leave_tables(self)  # Tab goes on to the fields; arrows and F2 work the table
        self.nfe.take_drops()  # then: the window's own drop target leaves the wizard alone
        self.setProperty("ownFileDrops", True)  # an NF-e dropped here fills the return, not the Invoice tab
        self.resize(760, 640)

    def _layout(self) -> None:
        form = QFormLayout()
        shipping = QHBoxLayout()
        shipping.addWidget(self.shipping_edit)
        shipping.addWidget(self.shipping_hint, 1)
        shipping_label = QLabel(self.tr("&Shipping refund:"))
        shipping_label.setBuddy(self.shipping_edit)
        form.addRow(shipping_label, shipping)
        form.addRow("", self.problem_labels["shipping"])
        form.addRow(self.tr("Value:"), self.value_label)
        form.addRow("", self.problem_labels["value"])
        form.addRow(self.tr("Invoice &number:"), self.number_edit)
        form.addRow("", self.problem_labels["number"])
        form.addRow(self.tr("&Issued:"), self.issued_edit)
        form.addRow(self.tr("Access &key:"), self.key_edit)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and isinstance(label.widget(), QLabel) and field is not None and field.widget():
                label.widget().setBuddy(field.widget())
        items_row = QHBoxLayout()
        items_row.addWidget(self.problem_labels["items"])
        items_row.addStretch(1)
        items_row.addWidget(self.all_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.nfe_button)
        buttons.addWidget(self.gate_label, 1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.rules)
        layout.addWidget(self.nfe.label)
        layout.addWidget(self.table, 1)
        layout.addLayout(items_row)
        layout.addLayout(form)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.problem_labels[""])
        layout.addLayout(buttons)
        layout.addWidget(self.errors)
        layout.addWidget(self.receipt)
        layout.addWidget(self.refund_label)

    # -- the order ----------------------------------------------------------------------------
    @property
    def order(self) -> Order | None:
        order = self.session.order
        return order if order is not None and order.order_id == self.order_id else None

    def start(self, order: Order) -> None:
        """A new return for ``order`` (the form starts empty: nothing is returned by default; a
        draft of a return of this order typed before goes on top, see ``draft.py``)."""
        self.draft_order.leave()
        self.order_id, self.sent_number = order.order_id, None
        self.errors.clear()
        self.receipt.clear()
        self.refund_label.clear()
        self.nfe.forget()
        self.number_edit.clear()
        self.key_edit.clear()
        self.shipping_edit.set_cents(0)
        self.confirm_box.setChecked(False)
        self._show_order(order)
        self.draft_order.open(order)

    def _show_order(self, order: Order, keep: dict[str, int] | None = None) -> None:
        """Show ``order``'s returnable lines; ``keep``: quantities picked before (a reload keeps
        them, capped at what is left)."""
        client = order.client_profile_data.display_name if order.client_profile_data else None
        self.title.setText(fill(self.tr("Return for order {order} ({client})"), order=order.order_id,
                                client=client or "—"))
        self.model.set_lines(return_lines(order), order.currency_code)
        for sku, quantity in (keep or {}).items():
            self.model.set_quantity(sku, quantity)
        self.rules.show_for(order)
        self.confirm_box.setVisible(not fully_invoiced(order))
        self.shipping_hint.setText(fill(self.tr("at most {cap}"), cap=money_text(shipping_cap(order),
                                                                                 order.currency_code)))
        self.update_state()

    def _order_read(self, order: Order | None) -> None:
        if order is None or order.order_id != self.order_id:
            self.update_state()
            return
        if self.sent_number is not None:
            refund = refund_of(order, self.sent_number)
            if refund is not None:
                self.refund_label.setText(refund_text(refund, order.currency_code))
                full = refund.refunded is not None and refund.refunded >= refund.requested
                set_tone(self.refund_label, Tone.SUCCESS if full else Tone.WARNING)
        if self.sender.in_flight:
            return
        if self.sent_number is None:  # a reload: what is left to return, the picked units kept
            self._show_order(order, keep=self.model.quantities())
            return
        with self.draft.unrecorded():  # after a send: what is left, nothing picked (not a draft)
            self._show_order(order)

    # -- the plan -----------------------------------------------------------------------------
    def plan(self) -> ReturnPlan:
        return ReturnPlan(
            quantities=self.model.quantities(), shipping=self.shipping_edit.cents_or_none() or 0,
            number=self.number_edit.text().strip(), issued=aware_datetime(self.issued_edit.dateTime()),
            invoice_key=self.key_edit.text().strip() or None, embedded_invoice=self.nfe.xml,
            nfe_value=self.nfe.value,
        )

    def problem_text(self, problem: Problem) -> str:
        order = self.order
        currency = order.currency_code if order is not None else "BRL"
        return {
            Problem.NOTHING_LEFT: self.tr("Everything invoiced on this order was returned already: nothing is left."),
            Problem.NO_ITEMS: self.tr("Pick at least one unit to return."),
            Problem.TOO_MANY: self.tr("More units than are left to return."),
            Problem.OVER_CAP: fill(self.tr("More than the {cap} left to refund (invoiced minus returned)."),
                                   cap=money_text(refundable_cents(order) if order else 0, currency)),
            Problem.SHIPPING: fill(self.tr("At most {cap} of shipping."),
                                   cap=money_text(shipping_cap(order) if order else 0, currency)),
            Problem.NO_NUMBER: self.tr("Type the number of the return invoice."),
            Problem.NUMBER_USED: self.tr("An invoice of this order has that number: a return needs a new one."),
        }[problem]

    def blocked_reason(self) -> str | None:
        if self.order is None:
            return self.tr("The order on screen changed: open the return again from its order.")
        blocked = self.sender.target_blocked() or self.sender.blocked_reason(self.order.order_id)
        if blocked:
            return blocked
        if self.desk.other_return_in_flight(self):
            return self.tr("Another return is being sent. Returns go one at a time: wait for it to finish.")
        return None

    def _edited(self) -> None:
        self.nfe.edited()  # typed over an NF-e fill: the value is the picked units again
        self.update_state()

    def update_state(self) -> None:
        order = self.order
        if order is not None:
            lines = self.model.lines()
            plan = self.plan()
            value = plan.value(lines)
            currency = order.currency_code
            self.value_label.setText(fill(self.tr("{value} (at most {cap})"), value=money_text(value, currency),
                                          cap=money_text(refundable_cents(order), currency)))
        reason = self.blocked_reason()
        self.gate_label.setText(reason or "")
        self.send_button.setEnabled(reason is None)

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.problem_labels.items():
            text = problems.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))

    # -- sending ------------------------------------------------------------------------------
    def send(self) -> bool:
        """Check, then send the return; False (with the reasons shown) when it may not go."""
        order = self.order
        reason = self.blocked_reason()
        if reason is not None or order is None:
            self.gate_label.setText(reason or "")
            return False
        lines = self.model.lines()
        plan = self.plan()
        problems = {key: self.problem_text(problem) for key, problem in plan.problems(order, lines).items()}
        if not problems and not fully_invoiced(order) and not self.confirm_box.isChecked():
            problems[""] = self.tr("This return refunds nothing: tick \"Send it anyway\" to send it all the same.")
        invoice = None
        if not problems:
            duplicate = self.sender.refuse_duplicate(order.order_id, plan.number, order)
            if duplicate:
                problems["number"] = duplicate
            invoice, more = self._invoice(plan, lines)
            problems.update(more)
        self.show_problems(problems)
        if problems or invoice is None or not self.sender.begin():
            return False
        self.sender.send(invoice_request(order.order_id, invoice))
        return True

    def _invoice(self, plan: ReturnPlan, lines: list[ReturnLine]) -> tuple[InvoiceNotification | None, dict[str, str]]:
        try:
            invoice = InvoiceNotification(
                type="Input", issuance_date=plan.issued, invoice_number=plan.number, invoice_value=plan.value(lines),
                invoice_key=plan.invoice_key, embedded_invoice=plan.embedded_invoice, items=plan.invoice_items(lines),
            )
        except ValidationError as error:
            found = translate_problems(field_problems(error))
            return None, {"number" if k == "invoice_number" else "": v for k, v in found.items()}
        return invoice, {}

    def _status(self, text: str) -> None:
        self.desk.status(text)

    # -- what the send controller asks of this dialog (see ui/sending/controller.py) ------------
    def sending_text(self, number: str) -> str:
        return fill(self.tr("Sending return {invoice}…"), invoice=number)

    def received_text(self, number: str) -> str:
        return fill(self.tr("Return {invoice} received by VTEX"), invoice=number)

    def failure_context(self, number: str, order_id: str) -> str:
        return fill(self.tr("Sending return {invoice} to order {order}"), invoice=number, order=order_id)

    def checked_subject(self, number: str) -> str:
        return fill(self.tr("Return {invoice}"), invoice=number)

    def reread_context(self, order_id: str) -> str:
        return fill(self.tr("Re-reading order {order} after sending"), order=order_id)

    def resend_what(self, request: SendRequest) -> str:
        text = self.tr("Return {invoice} of order {order}")
        return fill(text, invoice=request.invoice_number, order=request.order_id)

    def on_sent(self, request: SendRequest, receipt: Receipt) -> None:
        self.sent_number = request.invoice_number
        with self.draft.unrecorded():
            self.number_edit.clear()  # the next return of this order needs another number
        self.draft.sent()
        self.desk.return_sent(request.order_id)
        self.receipt.add_note(self.tr("Waiting for VTEX to show the return and its refund on the order…"))

    def on_settled(self, request: SendRequest, shown: bool) -> None:
        if shown:
            text = self.tr("VTEX shows return {invoice} on the order.")
            self.receipt.add_note(fill(text, invoice=request.invoice_number))
        else:
            self.receipt.add_note(self.tr("VTEX accepted the return but does not show it yet. Reload the order in a "
                                          "minute; do not send it again."))

    def on_reread_failed(self, request: SendRequest) -> None:
        self.receipt.add_note(self.tr("Could not re-read the order; reload it to see the refund."))

    def on_failed(self, request: SendRequest, duplicate: str | None) -> None:
        if duplicate:
            self.show_problems({"number": duplicate})

    def on_confirmed(self) -> None:
        self.update_state()

    def on_unjournaled(self, request: SendRequest, order: Order) -> None:
        if request.shown(order):
            self.receipt.add_note(fill(self.tr("Return {invoice} is on the order: nothing more to do."),
                                       invoice=request.invoice_number))

    # -- the draft (draft.py) ----------------------------------------------------------------
    def draft_signals(self) -> list[SignalInstance]:
        return return_draft_signals(self)

    def draft_state(self) -> dict[str, Any]:
        return return_draft_state(self)

    def restore_draft(self, data: dict[str, Any]) -> None:
        restore_return_draft(self, data)
        self.update_state()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.draft.flush()  # closed: what was typed is written now, not a second later
        super().hideEvent(event)

    # -- NF-e ------------------------------------------------------------------------------
    def open_nfe(self, path: Path) -> None:
        self.nfe.open_path(path)
