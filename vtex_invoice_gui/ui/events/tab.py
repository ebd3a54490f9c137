"""The Tracking events tab: an invoice's timeline, and new events (and delivery) to send (PUT)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate, QDateTime, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...fill import fill
from ...journal import Operation
from ...sending.flow import SendRequest, events_request
from ...vtex import Order, Package, Receipt, TrackingEvent, TrackingStatus, field_problems
from ..runtime.context import DeskContext
from ..runtime.language import on_language_change
from ..text.core_text import translate, translate_problems
from ..runtime.drafts import DraftKeeper
from .draft import events_draft_state, restore_events_draft
from ..text.formatting import date_format, naive_datetime, to_date
from ..widgets.fields import datetime_edit, problem_label
from .model import PendingEventsModel
from ..order.session import OrderSession
from ..sending.controller import SendController
from ..widgets.banner import Banner, Role, Tone, set_tone
from ..widgets.error_view import ErrorView
from ..widgets.invoice_combo import InvoiceCombo
from ..widgets.receipt_view import ReceiptView
from ..widgets.scroll import scroll_into
from ..widgets.timeline import TimelineView

BRAZILIAN_STATES = tuple("AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO".split())


class EventsTab(QWidget):
    """Timeline on the left; new events, delivery and Send on the right."""

    wantTrackingNumber = Signal(str)  # invoice number: go to the Tracking number tab

    def __init__(
        self,
        ctx: DeskContext,
        session: OrderSession,
        errors: ErrorView,
        status: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventsTab")
        self.ctx, self.session, self.errors = ctx, session, errors
        self._pending_order: str | None = None
        self._receipt_for: tuple[str, str] | None = None

        self.invoice_combo = InvoiceCombo("eventsInvoiceCombo")
        invoice_label = QLabel(self.tr("&Invoice:"))
        invoice_label.setBuddy(self.invoice_combo)
        self.no_tracking = Banner(Role.WARNING, "noTrackingBanner")
        banner_text = QLabel(
            self.tr(
                "This invoice has no tracking number yet. VTEX only takes tracking events "
                "for invoices with a tracking number: add it in the Tracking number tab first."
            )
        )
        banner_text.setWordWrap(True)
        self.go_tracking = QPushButton(self.tr("Go to Tracking number"), objectName="goToTrackingButton")
        self.go_tracking.clicked.connect(
            lambda: self.wantTrackingNumber.emit(self.invoice_combo.current_number() or "")
        )
        banner = QHBoxLayout(self.no_tracking)
        banner.addWidget(banner_text, 1)
        banner.addWidget(self.go_tracking)
        self.no_tracking.hide()

        self.timeline = TimelineView()

        self.city_edit = QLineEdit(objectName="eventCityEdit")
        self.state_combo = QComboBox(objectName="eventStateCombo")
        self.state_combo.setEditable(True)
        self.state_combo.addItems(BRAZILIAN_STATES)
        self.state_combo.setCurrentIndex(self.state_combo.findText("SP"))
        self.description_edit = QLineEdit(
            objectName="eventDescriptionEdit", placeholderText=self.tr("e.g. Objeto em trânsito")
        )
        self.date_edit = QDateEdit(QDate.currentDate(), objectName="eventDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        for widget, name in (
            (self.city_edit, self.tr("Event city")),
            (self.state_combo, self.tr("Event state")),
            (self.description_edit, self.tr("Event description")),
            (self.date_edit, self.tr("Event date")),
        ):
            widget.setAccessibleName(name)
        self.add_button = QPushButton(self.tr("&Add to list"), objectName="addEventButton")
        self.add_button.clicked.connect(self.add_event)
        self.event_problem = problem_label("eventProblem")
        self.pending = PendingEventsModel(self)
        self.pending_list = QListView(objectName="pendingEventsList")
        self.pending_list.setAccessibleName(self.tr("Events to send"))
        self.pending_list.setModel(self.pending)
        self.remove_button = QPushButton(self.tr("Remove"), objectName="removeEventButton")
        self.remove_button.clicked.connect(self._remove_selected)

        self.delivered_check = QCheckBox(self.tr("&Delivered on"), objectName="deliveredCheck")
        self.delivered_check.setAccessibleName(self.tr("Mark delivered"))
        self.delivered_edit = datetime_edit("deliveredDateEdit", self.tr("Delivered date and time"))
        self.delivered_edit.setEnabled(False)
        self.delivered_check.toggled.connect(self.delivered_edit.setEnabled)
        self.delivered_check.toggled.connect(lambda _on: self._update_send())
        self.form_problem = problem_label("eventsFormProblem")
        self.gate_label = QLabel(objectName="eventsGateLabel")
        on_language_change(self.gate_label, lambda: self.gate_label.setText(self.blocked_reason() or ""))
        self.gate_label.setWordWrap(True)
        set_tone(self.gate_label, Tone.NOTICE)
        self.send_button = QPushButton(self.tr("Send events"), objectName="sendEventsButton")
        self.send_button.setAccessibleName(self.tr("Send tracking events"))
        self.send_button.clicked.connect(self.submit)
        self.receipt = ReceiptView("eventsReceiptView")
        self.sender = SendController(ctx, session, self, self, errors, self.receipt, status, Operation.TRACKING_EVENTS)
        self.status = self.sender.status

        self._layout(invoice_label)
        self.invoice_combo.currentIndexChanged.connect(self._invoice_chosen)
        self.pending.rowsInserted.connect(self._update_send)
        self.pending.rowsRemoved.connect(self._update_send)
        self.pending.modelReset.connect(self._update_send)
        self.sender.orderRead.connect(self._order_changed)
        self.sender.changed.connect(self._update_send)
        self._order_changed(session.order)
        self.draft = DraftKeeper(ctx, session, self, "events", self)  # last: after the form is filled
        self._body.insertWidget(0, self.draft.bar)

    def _layout(self, invoice_label: QLabel) -> None:
        new_box = QGroupBox(self.tr("New event"))
        form = QFormLayout(new_box)
        for text, widget in (
            (self.tr("&City:"), self.city_edit),
            (self.tr("S&tate:"), self.state_combo),
            (self.tr("D&escription:"), self.description_edit),
            (self.tr("Da&te:"), self.date_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.event_problem)
        form.addRow("", self.add_button)
        send_box = QGroupBox(self.tr("To send"))
        send = QVBoxLayout(send_box)
        send.addWidget(self.pending_list, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        send.addLayout(remove_row)
        delivered = QHBoxLayout()
        delivered.addWidget(self.delivered_check)
        delivered.addWidget(self.delivered_edit, 1)
        send.addLayout(delivered)
        send.addWidget(self.form_problem)
        send.addWidget(self.gate_label)
        send.addWidget(self.send_button)
        right = QVBoxLayout()
        right.addWidget(new_box)
        right.addWidget(send_box, 1)
        timeline_box = QGroupBox(self.tr("Timeline"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)
        columns = QHBoxLayout()
        columns.addWidget(timeline_box, 1)
        columns.addLayout(right, 1)
        top = QHBoxLayout()
        top.addWidget(invoice_label)
        top.addWidget(self.invoice_combo, 1)
        layout = scroll_into(self)
        self._body = layout
        layout.addLayout(top)
        layout.addWidget(self.no_tracking)
        layout.addLayout(columns, 1)
        layout.addWidget(self.receipt)

    # -- state ------------------------------------------------------------------------------
    @property
    def package(self) -> Package | None:
        order, number = self.session.order, self.invoice_combo.current_number()
        return order.package(number) if order and number else None

    def _order_changed(self, order: Order | None) -> None:
        order_id = order.order_id if order else None
        if order_id != self._pending_order:  # events typed for one order never go to another
            self.pending.clear()
            self.delivered_check.setChecked(False)
            self._pending_order = order_id
        self.invoice_combo.set_order(order)

    def _invoice_chosen(self, _index: int) -> None:
        package = self.package
        self.timeline.set_package(package)
        self.no_tracking.setVisible(package is not None and not package.tracking_number)
        order = self.session.order
        key = (order.order_id, package.invoice_number or "") if order and package else None
        if key != self._receipt_for:  # another invoice: its last receipt, from the journal
            self._receipt_for = key
            what = fill(self.tr("Tracking events of invoice {invoice} received by VTEX"), invoice=key[1] if key else "")
            self.receipt.show_latest(self.ctx, key, Operation.TRACKING_EVENTS, what)
        self._update_send()

    def blocked_reason(self) -> str | None:
        package = self.package
        if self.session.order is None:
            return self.tr("Load an order first.")
        blocked = self.sender.target_blocked()  # no journal, or the order field names another order
        if blocked:
            return blocked
        if package is None:
            return self.tr("This order has no invoice yet: send the invoice first (Invoice tab).")
        if not package.tracking_number:
            return self.tr("Add a tracking number to this invoice first (Tracking number tab).")
        checking = self.sender.blocked_reason(self.session.order.order_id)  # in flight, or a lost send
        if checking:
            return checking
        if self.pending.rowCount() == 0 and not self.delivered_check.isChecked():
            return self.tr("Add events to the list, or mark the parcel delivered.")
        return None

    def _update_send(self) -> None:
        reason = self.blocked_reason()
        self.send_button.setEnabled(reason is None)
        self.gate_label.setText(reason or "")

    # -- editing ----------------------------------------------------------------------------
    def add_event(self) -> None:
        try:
            event = TrackingEvent(
                city=self.city_edit.text(),
                state=self.state_combo.currentText(),
                description=self.description_edit.text(),
                date=to_date(self.date_edit.date()),
            )
        except ValidationError as exc:
            names = {
                "city": self.tr("City"),
                "state": self.tr("State"),
                "description": self.tr("Description"),
                "date": self.tr("Date"),
            }
            lines = [f"{names.get(k, k)}: {translate(m)}" for k, m in field_problems(exc).items()]
            self.event_problem.setText("\n".join(lines))
            self.event_problem.show()
            return
        self.event_problem.hide()
        self.pending.append(event)
        self.city_edit.clear()  # the next event is usually somewhere else (the state stays)
        self.description_edit.clear()
        self.city_edit.setFocus()

    def _remove_selected(self) -> None:
        for index in sorted(self.pending_list.selectionModel().selectedRows(), key=lambda i: -i.row()):
            self.pending.remove(index.row())

    # -- sending ----------------------------------------------------------------------------
    def build(self) -> tuple[TrackingStatus | None, str]:
        package = self.package
        delivered = self.delivered_check.isChecked()
        try:
            status = TrackingStatus(
                is_delivered=delivered,
                delivered_date=naive_datetime(self.delivered_edit.dateTime()) if delivered else None,
                events=self.pending.events(),
                dispatched_at=package.dispatched_date if package else None,
            )
        except ValidationError as exc:
            return None, "\n".join(translate_problems(field_problems(exc)).values())
        return status, ""

    def submit(self) -> None:
        order, package = self.session.order, self.package
        if self.blocked_reason() is not None or order is None or package is None or not package.invoice_number:
            return
        status, problem = self.build()
        self.form_problem.setText(problem)
        self.form_problem.setVisible(bool(problem))
        if status is None or not self.sender.begin():
            return
        self.sender.send(events_request(order.order_id, package.invoice_number, status, len(package.events)))

    # -- what the send controller asks of this tab (see ui/sending/controller.py) ----------------
    def sending_text(self, number: str) -> str:
        return fill(self.tr("Sending tracking events for invoice {invoice}…"), invoice=number)

    def received_text(self, number: str) -> str:
        return fill(self.tr("Tracking events of invoice {invoice} received by VTEX"), invoice=number)

    def on_sent(self, request: SendRequest, receipt: Receipt) -> None:
        self.pending.clear()
        self.delivered_check.setChecked(False)
        self.delivered_edit.setDateTime(QDateTime.currentDateTime())
        self.draft.sent()

    def on_settled(self, request: SendRequest, shown: bool) -> None:
        if not shown:
            self.receipt.add_note(self.tr("VTEX does not show the new events yet; reload the order in a minute."))
        self.status(self.tr("The timeline is up to date.") if shown else "")

    def reread_context(self, order_id: str) -> str:
        return fill(self.tr("Re-reading order {order} after sending"), order=order_id)

    def failure_context(self, number: str, order_id: str) -> str:
        return (
            fill(
                self.tr("Sending tracking events of invoice {invoice} (order {order})"),
                invoice=number,
                order=order_id,
            )
        )

    def checked_subject(self, number: str) -> str:
        return fill(self.tr("The tracking events of invoice {invoice}"), invoice=number)

    def resend_what(self, request: SendRequest) -> str:
        return self.checked_subject(request.invoice_number)  # never asked: a new send supersedes a lost one

    def on_reread_failed(self, request: SendRequest) -> None:
        pass

    def on_failed(self, request: SendRequest, duplicate: str | None) -> None:
        pass

    def on_confirmed(self) -> None:
        pass

    def on_unjournaled(self, request: SendRequest, order: Order) -> None:
        pass

    # -- drafts -----------------------------------------------------------------------------
    def draft_signals(self) -> list[SignalInstance]:
        return [
            self.invoice_combo.currentIndexChanged,
            self.city_edit.textChanged,
            self.state_combo.currentTextChanged,
            self.description_edit.textChanged,
            self.date_edit.dateChanged,
            self.pending.rowsInserted,
            self.pending.rowsRemoved,
            self.pending.modelReset,
            self.delivered_check.toggled,
            self.delivered_edit.dateTimeChanged,
        ]

    def draft_state(self) -> dict[str, Any]:
        return events_draft_state(self)

    def restore_draft(self, data: dict[str, Any]) -> None:
        restore_events_draft(self, data)
