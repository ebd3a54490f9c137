"""The order panel: find an order and see what a clerk needs before invoicing it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...fill import fill
from ...vtex import Gate, Order, Package
from ..runtime.language import on_language_change
from ..text.formatting import money_text
from .models import OrderItemsModel, PackagesModel
from .nfe_data_panel import NfeDataPanel
from .session import OrderSession
from ..text.status_names import status_name
from ..widgets.banner import Tone, set_tone
from ..widgets.tables import fit_columns



class OrderPanel(QWidget):
    """Order id entry, status and gate, money, customer and address, items, existing invoices."""

    def __init__(self, session: OrderSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderPanel")
        self.session = session

        self.order_id_edit = QLineEdit(objectName="orderIdEdit")
        self.order_id_edit.setPlaceholderText(self.tr("1234567890123-01 or seq12345"))
        self.order_id_edit.setAccessibleName(self.tr("Order id"))
        self.order_id_edit.setClearButtonEnabled(True)
        self.order_id_edit.returnPressed.connect(self.load)
        self.order_id_edit.textChanged.connect(session.set_typed)  # a send goes only where the field says
        id_label = QLabel(self.tr("&Order:"))
        id_label.setBuddy(self.order_id_edit)
        self.load_button = QPushButton(self.tr("&Load"), objectName="loadOrderButton")
        self.load_button.setAccessibleName(self.tr("Load order"))
        self.load_button.clicked.connect(self.load)

        self.status_label = QLabel(objectName="orderStatusLabel")
        self.status_label.setAccessibleName(self.tr("Order status"))
        self.status_label.setWordWrap(True)
        self.gate_label = QLabel(objectName="orderGateLabel")
        self.gate_label.setAccessibleName(self.tr("Can it be invoiced"))
        self.gate_label.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start handling"), objectName="startHandlingButton")
        self.start_button.setAccessibleName(self.tr("Start handling"))
        self.start_button.setToolTip(self.tr("Move the order from 'Ready for handling' to 'Handling'"))
        self.start_button.clicked.connect(self._start_handling)
        self.start_button.hide()
        self._handling_now = False  # start handling in flight

        self.total_label = self._value_label("orderTotalLabel", self.tr("Order total"))
        self.invoiced_label = self._value_label("invoicedValueLabel", self.tr("Invoiced so far"))
        self.remaining_label = self._value_label("remainingValueLabel", self.tr("Remaining to invoice"))
        self.returned_label = self._value_label("returnedValueLabel", self.tr("Returned"))
        money = QGridLayout()
        for column, (title, label) in enumerate(
            (
                (self.tr("Total"), self.total_label),
                (self.tr("Invoiced"), self.invoiced_label),
                (self.tr("Remaining"), self.remaining_label),
                (self.tr("Returned"), self.returned_label),
            )
        ):
            caption = QLabel(title)
            caption.setStyleSheet("color: palette(placeholder-text);")
            money.addWidget(caption, 0, column)
            money.addWidget(label, 1, column)
        bold = self.remaining_label.font()
        bold.setBold(True)
        self.remaining_label.setFont(bold)

        self.customer_label = QLabel(objectName="customerLabel")
        self.customer_label.setWordWrap(True)
        self.customer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label = QLabel(objectName="invoicingAddressLabel")
        self.address_label.setAccessibleName(self.tr("Invoicing address"))
        self.address_label.setWordWrap(True)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        people = QFormLayout()
        people.addRow(self.tr("Customer:"), self.customer_label)
        people.addRow(self.tr("Invoice to:"), self.address_label)

        self.items_model = OrderItemsModel(self)
        self.items_table = self._table("orderItemsTable", self.tr("Order items"), self.items_model, stretch=1)
        self.packages_model = PackagesModel(self)
        self.packages_table = self._table(
            "orderInvoicesTable", self.tr("Invoices on the order"), self.packages_model, stretch=4
        )

        top = QHBoxLayout()
        top.addWidget(id_label)
        top.addWidget(self.order_id_edit, 1)
        top.addWidget(self.load_button)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.start_button)

        summary = QGroupBox(self.tr("Order"))
        summary_layout = QVBoxLayout(summary)
        summary_layout.addLayout(status_row)
        summary_layout.addWidget(self.gate_label)
        summary_layout.addLayout(money)
        summary_layout.addLayout(people)
        items_box = QGroupBox(self.tr("Items"))
        QVBoxLayout(items_box).addWidget(self.items_table)
        invoices_box = QGroupBox(self.tr("Invoices"))
        invoices_layout = QVBoxLayout(invoices_box)
        invoices_layout.addWidget(self.packages_table)
        self.danfe_button = QPushButton(self.tr("DANFE…"), objectName="packageDanfeButton")
        self.danfe_button.clicked.connect(self.open_danfe)
        invoices_layout.addWidget(self.danfe_button, 0, Qt.AlignmentFlag.AlignRight)
        self.packages_table.selectionModel().selectionChanged.connect(self._package_selected)
        self.danfe_dialog: QDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(summary)
        layout.addWidget(items_box, 3)
        layout.addWidget(invoices_box, 2)
        self.nfe_data = NfeDataPanel()  # what the NF-e of a marketplace order must carry
        layout.addWidget(self.nfe_data)

        session.orderChanged.connect(self.show_order)
        session.orderChanged.connect(self.nfe_data.show_order)
        session.loadingChanged.connect(self._loading)
        session.busyChanged.connect(self._handling)
        session.failed.connect(self._load_failed)
        session.targetChanged.connect(self._update_start)
        session.set_typed(self.order_id_edit.text())
        self.show_order(None)
        on_language_change(self, lambda: self.show_order(session.order))  # money, status, gate words

    # -- building ---------------------------------------------------------------------------
    def _value_label(self, name: str, accessible: str) -> QLabel:
        label = QLabel("—", objectName=name)
        label.setAccessibleName(accessible)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _table(self, name: str, accessible: str, model: object, stretch: int) -> QTableView:
        table = QTableView(objectName=name)
        table.setAccessibleName(accessible)
        table.setModel(model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        fit_columns(table, stretch)
        return table

    # -- actions ----------------------------------------------------------------------------
    def load(self) -> None:
        order_id = self.order_id_edit.text().strip()
        if not order_id:
            self.order_id_edit.setFocus()
            self.gate_label.setText(self.tr("Type an order id (or seq followed by the sequence number), then Load."))
            return
        self.session.load(order_id)

    def focus_order_id(self) -> None:
        self.order_id_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.order_id_edit.selectAll()

    def _start_handling(self) -> None:
        self.session.start_handling()

    def _load_failed(self, _error: object, _context: str) -> None:
        order, typed = self.session.order, self.session.requested_id
        if order is not None and typed and typed != order.order_id:
            self.status_label.setText(
                fill(
                    self.tr("<b>{order}</b> · status {status} — still shown: {typed} could not be loaded"),
                    order=order.order_id,
                    status=status_name(order.status),
                    typed=typed,
                )
            )

    def _loading(self, on: bool) -> None:
        self.load_button.setEnabled(not on)
        self.load_button.setText(self.tr("Loading…") if on else self.tr("&Load"))

    def _handling(self, on: bool) -> None:
        self._handling_now = on
        self._update_start()

    def _update_start(self) -> None:
        """Start handling is a write: blocked like every send (see ``OrderSession.send_blocked``)."""
        blocked = self.session.send_blocked()
        self.start_button.setEnabled(blocked is None and not self._handling_now)
        self.start_button.setToolTip(blocked or self.tr("Move the order from 'Ready for handling' to 'Handling'"))

    # -- showing ----------------------------------------------------------------------------
    def selected_package(self) -> Package | None:
        rows = self.packages_table.selectionModel().selectedRows()
        return self.packages_model.package(rows[0].row()) if rows else None

    def _package_selected(self) -> None:
        package = self.selected_package()
        has_xml = package is not None and bool((package.embedded_invoice or "").strip())
        self.danfe_button.setEnabled(has_xml)
        if package is not None and not has_xml:
            self.danfe_button.setToolTip(self.tr("VTEX returned no NF-e XML (embeddedInvoice) for this invoice."))
        else:
            self.danfe_button.setToolTip(self.tr("Preview, print or save the DANFE of the selected invoice"))

    def open_danfe(self) -> None:
        package = self.selected_package()
        if package is None or not (package.embedded_invoice or "").strip():
            return
        from ...nfe.fields import xml_text_bytes
        from ..danfe.dialog import DanfeDialog

        xml = xml_text_bytes(package.embedded_invoice or "")
        self.danfe_dialog = DanfeDialog(self.session.ctx.tasks, [xml], package.invoice_number or "", self)
        self.danfe_dialog.show()

    def show_order(self, order: Order | None) -> None:
        self.items_model.set_order(order)
        self.packages_model.set_order(order)
        self._package_selected()
        if order is None:
            self.status_label.setText(self.tr("No order loaded."))
            self.gate_label.setText(self.tr("Type an order id above and press Enter (Ctrl+L jumps there)."))
            set_tone(self.gate_label, None)
            for label in (self.total_label, self.invoiced_label, self.remaining_label, self.returned_label):
                label.setText("—")
            self.customer_label.setText("")
            self.address_label.setText("")
            self.start_button.hide()
            return
        if self.order_id_edit.text().strip() != order.order_id and not self.order_id_edit.hasFocus():
            self.order_id_edit.setText(order.order_id)
        gate = order.invoice_gate()
        status = order.status or "?"
        shown = status_name(order.status)
        self.status_label.setText(fill(self.tr("<b>{order}</b> · status {status}"), order=order.order_id, status=shown))
        ok = gate.can_invoice or gate.can_track
        self.gate_label.setText(self.gate_text(gate.gate, status))
        set_tone(self.gate_label, Tone.SUCCESS if ok else Tone.ERROR)
        currency = order.currency_code
        self.total_label.setText(money_text(order.value, currency))
        self.invoiced_label.setText(money_text(order.invoiced_cents, currency))
        self.remaining_label.setText(money_text(order.remaining_cents, currency))
        self.returned_label.setText(money_text(order.returned_cents, currency))
        profile = order.client_profile_data
        who = []
        if profile:
            who = [p for p in (profile.display_name, profile.fiscal_document, profile.email) if p]
        self.customer_label.setText(" · ".join(who) or "—")
        address = order.invoicing_address
        self.address_label.setText(address.one_line() if address else self.tr("No address on the order."))
        self.start_button.setVisible(status == "ready-for-handling")
        self._handling_now = False
        self._update_start()

    def gate_text(self, gate: Gate, status: str) -> str:
        texts = {
            Gate.READY: self.tr("Can be invoiced now."),
            Gate.READY_NOT_HANDLED: self.tr("Can be invoiced; usually you start handling first."),
            Gate.PARTIAL: self.tr("Partly invoiced: the rest can be invoiced now."),
            Gate.NOT_PAID: self.tr("Cannot be invoiced: the payment is still pending."),
            Gate.WAITING: self.tr("Cannot be invoiced yet: VTEX is still processing the order ({status})."),
            Gate.VERIFYING: self.tr("VTEX is verifying the invoice; reload the order in a moment."),
            Gate.INVOICED: self.tr("Fully invoiced: only tracking and return (Input) invoices now."),
            Gate.CANCELED: self.tr("Canceled or being canceled: it cannot be invoiced."),
            Gate.INCOMPLETE: self.tr("The order is incomplete; it cannot be invoiced."),
            Gate.UNKNOWN: self.tr("Unknown status {status}: check the order in the VTEX Admin before invoicing."),
        }
        return fill(texts[gate], status=status)
