"""The Tracking number tab: send an invoice's tracking number, URL, carrier and dispatch date (PATCH)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDateTime, Qt, SignalInstance
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...fill import fill
from ...journal import Operation
from ...sending.flow import SendRequest, tracking_request
from ...vtex import Order, Package, Receipt, TrackingInfo, field_problems
from ..runtime.context import DeskContext
from ..runtime.language import on_language_change
from ..text.core_text import translate_problems
from ..runtime.drafts import DraftKeeper
from ..text.formatting import aware_datetime, to_qdatetime
from ..widgets.banner import Tone, set_tone
from ..widgets.fields import datetime_edit, problem_label, with_problem
from ..order.session import OrderSession
from ..sending.controller import SendController
from ..widgets.error_view import ErrorView
from ..widgets.invoice_combo import InvoiceCombo
from ..widgets.receipt_view import ReceiptView
from ..widgets.scroll import scroll_into
from .carrier_hint import CarrierHint, warning_label


class TrackingTab(QWidget):
    def __init__(
        self,
        ctx: DeskContext,
        session: OrderSession,
        errors: ErrorView,
        status: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trackingTab")
        self.ctx, self.session, self.errors = ctx, session, errors
        self._filled_for: tuple[str, str] | None = None

        self.invoice_combo = InvoiceCombo("trackingInvoiceCombo")
        self.number_edit = QLineEdit(objectName="trackingNumberEdit")
        self.url_edit = QLineEdit(objectName="trackingUrlEdit", placeholderText="https://")
        self.courier_edit = QLineEdit(objectName="courierEdit")
        self.dispatched_edit = datetime_edit("dispatchedDateEdit", self.tr("Dispatch date"))
        for widget, name in (
            (self.number_edit, self.tr("Tracking number")),
            (self.url_edit, self.tr("Tracking URL")),
            (self.courier_edit, self.tr("Carrier")),
        ):
            widget.setAccessibleName(name)
        self.problems = {
            key: problem_label(f"{name}Problem")
            for key, name in (
                ("tracking_number", "trackingNumber"),
                ("tracking_url", "trackingUrl"),
                ("courier", "courier"),
                ("dispatched_date", "dispatchedDate"),
                ("", "trackingForm"),
            )
        }
        self.number_warning = warning_label("trackingNumberWarning")
        self.carrier_hint = CarrierHint(
            self.number_edit, self.courier_edit, self.url_edit, self.number_warning, ctx.config_dir,
            lambda: ctx.store.id if ctx.store is not None else "",
        )
        form = QFormLayout()
        for text, widget, key in (
            (self.tr("&Invoice:"), self.invoice_combo, None),
            (self.tr("Tracking &number:"), self.number_edit, "tracking_number"),
            (self.tr("Tracking &URL:"), self.url_edit, "tracking_url"),
            (self.tr("&Carrier:"), self.courier_edit, "courier"),
            (self.tr("&Dispatched:"), self.dispatched_edit, "dispatched_date"),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            box = with_problem(widget, self.problems[key]) if key else widget
            if key == "tracking_number":
                box.layout().addWidget(self.number_warning)  # under the field: a warning, never a block
            form.addRow(label, box)
        self.gate_label = QLabel(objectName="trackingGateLabel")
        on_language_change(self.gate_label, lambda: self.gate_label.setText(self.blocked_reason() or ""))
        self.gate_label.setWordWrap(True)
        set_tone(self.gate_label, Tone.NOTICE)
        self.send_button = QPushButton(self.tr("Send tracking number"), objectName="sendTrackingButton")
        self.send_button.setAccessibleName(self.tr("Send tracking number"))
        self.send_button.clicked.connect(self.submit)
        self.receipt = ReceiptView("trackingReceiptView")
        self.sender = SendController(
            ctx, session, self, self, errors, self.receipt, status, Operation.TRACKING_NUMBER
        )
        self.status = self.sender.status

        row = QHBoxLayout()
        row.addWidget(self.gate_label, 1)
        row.addWidget(self.send_button)
        layout = scroll_into(self)
        layout.addLayout(form)
        layout.addWidget(self.problems[""])
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.receipt)

        self.invoice_combo.currentIndexChanged.connect(self._invoice_chosen)
        self.sender.orderRead.connect(self._order_changed)
        self.sender.changed.connect(self._update_send)
        self._order_changed(session.order)
        self.draft = DraftKeeper(ctx, session, self, "tracking", self)  # last: after the form is filled
        layout.insertWidget(0, self.draft.bar)

    @property
    def package(self) -> Package | None:
        order, number = self.session.order, self.invoice_combo.current_number()
        return order.package(number) if order and number else None

    def _order_changed(self, order: Order | None) -> None:
        self.invoice_combo.set_order(order)
        self._update_send()

    def _invoice_chosen(self, _index: int) -> None:
        order, package = self.session.order, self.package
        key = (order.order_id, package.invoice_number or "") if order and package else None
        if key != self._filled_for:
            self._fill(order, package)
            self._filled_for = key
            what = fill(self.tr("Tracking number of invoice {invoice} received by VTEX"), invoice=key[1] if key else "")
            self.receipt.show_latest(self.ctx, key, Operation.TRACKING_NUMBER, what)  # from the journal
        self._update_send()

    def _fill(self, order: Order | None, package: Package | None) -> None:
        self.carrier_hint.filling(lambda: self._fill_fields(order, package))

    def _fill_fields(self, order: Order | None, package: Package | None) -> None:
        self.number_edit.setText(package.tracking_number or "" if package else "")
        self.url_edit.setText(package.tracking_url or "" if package else "")
        courier = (package.courier if package else None) or (order.default_courier if order else None)
        self.courier_edit.setText(courier or "")
        dispatched = package.dispatched_date if package else None
        self.dispatched_edit.setDateTime(to_qdatetime(dispatched) if dispatched else QDateTime.currentDateTime())
        self.show_problems({})

    def blocked_reason(self) -> str | None:
        if self.session.order is None:
            return self.tr("Load an order first.")
        blocked = self.sender.target_blocked()  # no journal, or the order field names another order
        if blocked:
            return blocked
        if not self.session.order.packages:
            return self.tr("This order has no invoice yet: send the invoice first (Invoice tab).")
        return self.sender.blocked_reason(self.session.order.order_id)  # in flight, or a lost send

    def _update_send(self) -> None:
        reason = self.blocked_reason()
        self.send_button.setEnabled(reason is None)
        self.gate_label.setText(reason or "")

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.problems.items():
            label.setText(problems.get(key, ""))
            label.setVisible(bool(problems.get(key)))
        extra = [m for k, m in problems.items() if k not in self.problems]
        if extra:
            self.problems[""].setText("\n".join(extra))
            self.problems[""].show()

    def build(self) -> tuple[TrackingInfo | None, dict[str, str]]:
        try:
            info = TrackingInfo(
                tracking_number=self.number_edit.text(),
                tracking_url=self.url_edit.text(),
                courier=self.courier_edit.text(),
                dispatched_date=aware_datetime(self.dispatched_edit.dateTime()),
            )
        except ValidationError as exc:
            return None, translate_problems(field_problems(exc))
        return info, {}

    def submit(self) -> None:
        order, number = self.session.order, self.invoice_combo.current_number()
        if self.blocked_reason() is not None or order is None or not number:
            return
        info, problems = self.build()
        self.show_problems(problems)
        if info is None or not self.sender.begin():
            return
        self.sender.send(tracking_request(order.order_id, number, info))

    # -- what the send controller asks of this tab (see ui/sending/controller.py) ----------------
    def sending_text(self, number: str) -> str:
        return fill(self.tr("Sending tracking number for invoice {invoice}…"), invoice=number)

    def received_text(self, number: str) -> str:
        return fill(self.tr("Tracking number of invoice {invoice} received by VTEX"), invoice=number)

    def on_sent(self, request: SendRequest, receipt: Receipt) -> None:
        self.draft.sent()

    def on_settled(self, request: SendRequest, shown: bool) -> None:
        self.status(self.tr("Tracking number is on the order.") if shown else "")
        if not shown:
            self.receipt.add_note(
                self.tr("VTEX does not show the new tracking number yet; reload the order in a minute.")
            )

    def reread_context(self, order_id: str) -> str:
        return fill(self.tr("Re-reading order {order} after sending"), order=order_id)

    def failure_context(self, number: str, order_id: str) -> str:
        return (
            fill(
                self.tr("Sending the tracking number of invoice {invoice} (order {order})"),
                invoice=number,
                order=order_id,
            )
        )

    def checked_subject(self, number: str) -> str:
        return fill(self.tr("The tracking number of invoice {invoice}"), invoice=number)

    def resend_what(self, request: SendRequest) -> str:
        return self.checked_subject(request.invoice_number)  # never asked: tracking supersedes a lost send

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
            self.number_edit.textChanged,
            self.url_edit.textChanged,
            self.courier_edit.textChanged,
            self.dispatched_edit.dateTimeChanged,
        ]

    def draft_state(self) -> dict[str, Any]:
        return {
            "invoice": self.invoice_combo.current_number() or "",
            "tracking_number": self.number_edit.text(),
            "tracking_url": self.url_edit.text(),
            "courier": self.courier_edit.text(),
            "dispatched": self.dispatched_edit.dateTime().toString(Qt.DateFormat.ISODate),
        }

    def restore_draft(self, data: dict[str, Any]) -> None:
        self.carrier_hint.filling(lambda: self._restore_fields(data))

    def _restore_fields(self, data: dict[str, Any]) -> None:
        if data.get("invoice") and not self.invoice_combo.select(str(data["invoice"])):
            raise LookupError(f"invoice {data['invoice']} is no longer on the order")
        for key, edit in (("tracking_number", self.number_edit), ("tracking_url", self.url_edit),
                          ("courier", self.courier_edit)):
            if key in data:
                edit.setText(str(data[key]))
        dispatched = QDateTime.fromString(str(data.get("dispatched", "")), Qt.DateFormat.ISODate)
        if dispatched.isValid():
            self.dispatched_edit.setDateTime(dispatched)
