"""Page objects: what a clerk does on each tab, in the tab's public widgets only.

A page drives a *host*: the whole window (:class:`MainWindow`) or one tab alone
(:class:`SingleTab`, from the ``make_tab`` fixture). Both have ``ctx``, ``session``, ``errors``
(the error view) and ``order_panel``; the pages touch fields, buttons, the receipt view and the
error view, never how a tab sends, so they outlive changes to the send code.
"""

from __future__ import annotations

from typing import Any, Protocol

from desk_helpers import WAIT, click
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QVBoxLayout, QWidget

from vtex_invoice_gui.ui.order.panel import OrderPanel
from vtex_invoice_gui.ui.order.session import OrderSession
from vtex_invoice_gui.ui.runtime.context import DeskContext
from vtex_invoice_gui.ui.text.formatting import plain_money
from vtex_invoice_gui.ui.widgets.error_view import ErrorView


def type_text(qtbot: Any, edit: Any, text: str) -> None:
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest cannot type accented letters; a paste is what a clerk would do anyway
        edit.insert(text)


class Host(Protocol):
    ctx: DeskContext
    session: OrderSession
    errors: ErrorView
    order_panel: OrderPanel


class SingleTab(QWidget):
    """One tab with what it needs and nothing else: its context, an order session, an order panel
    to open orders with, the error view and a status line."""

    def __init__(self, ctx: DeskContext, make: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = OrderSession(ctx, self)
        self.errors = ErrorView()
        self.order_panel = OrderPanel(self.session)
        self.statuses: list[str] = []
        self.session.failed.connect(self.errors.show_error)  # as the window wires them
        self.errors.reloadRequested.connect(self.session.reload)
        self.tab = make(self)
        layout = QVBoxLayout(self)
        for widget in (self.errors, self.order_panel, self.tab):
            layout.addWidget(widget)

    def show_status(self, text: str, msecs: int = 8000) -> None:
        self.statuses.append(text)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.hide()
        self.ctx.close()  # as the window does: flush drafts, wait for jobs, close the stores
        super().closeEvent(event)


class Page:
    def __init__(self, qtbot: Any, host: Host) -> None:
        self.qtbot, self.host = qtbot, host

    def idle(self) -> bool:
        return self.host.ctx.tasks.in_flight == 0

    def wait_idle(self) -> None:
        self.qtbot.waitUntil(self.idle, timeout=WAIT)

    def error_text(self) -> str:
        """The error view's headline, "" when no error is shown."""
        errors = self.host.errors
        return errors.headline.text() if errors.isVisible() else ""


class OrderPanelPage(Page):
    def open_order(self, order_id: str) -> None:
        """Type the order id and click Load, as a clerk does; wait until it is shown."""
        panel, session = self.host.order_panel, self.host.session
        panel.order_id_edit.clear()
        self.qtbot.keyClicks(panel.order_id_edit, order_id)
        click(self.qtbot, panel.load_button)
        self.qtbot.waitUntil(
            lambda: session.order is not None and session.order.order_id == order_id and self.idle(), timeout=WAIT
        )

    def gate_text(self) -> str:
        return self.host.order_panel.gate_label.text()


class SendingPage(Page):
    """A tab with a send button and a receipt view."""

    def __init__(self, qtbot: Any, host: Host, tab: Any) -> None:
        super().__init__(qtbot, host)
        self.tab = tab

    def open_order(self, order_id: str) -> None:
        OrderPanelPage(self.qtbot, self.host).open_order(order_id)

    def receipt_text(self) -> str:
        return self.tab.receipt.text.toPlainText()

    def receipt(self) -> Any:
        return self.tab.receipt.receipt

    def click_send(self) -> None:
        click(self.qtbot, self.tab.send_button)

    def send(self) -> None:
        """Send and wait for a new receipt (or an error); fails on an error."""
        before = self.receipt()
        self.click_send()
        self.qtbot.waitUntil(
            lambda: (self.receipt() is not before or bool(self.error_text())) and self.idle(), timeout=WAIT
        )
        assert not self.error_text(), self.error_text()


class InvoicePage(SendingPage):
    def fill(self, number: str | None = None, value_cents: int | None = None) -> None:
        form = self.tab.form
        if number is not None:
            type_text(self.qtbot, form.number_edit, number)
        if value_cents is not None:
            form.value_edit.clear()
            self.qtbot.keyClicks(form.value_edit, plain_money(value_cents, form.value_edit.locale()))

    def review(self) -> None:
        """Review and send…: the confirm bar opens (else says why not)."""
        click(self.qtbot, self.tab.send_button)
        assert self.tab.confirm_bar.isVisible(), self.tab.form.problems[""].text() or self.tab.gate_label.text()

    def click_send(self) -> None:
        self.review()
        click(self.qtbot, self.tab.confirm_button)

    def wait_on_order(self, number: str) -> None:
        """Until the invoice is on the order shown (VTEX settled it)."""
        session = self.host.session
        self.qtbot.waitUntil(
            lambda: session.order is not None and session.order.package(number) is not None and self.idle(),
            timeout=WAIT,
        )


class TrackingPage(SendingPage):
    def fill(self, number: str | None = None, url: str | None = None, courier: str | None = None) -> None:
        for text, edit in ((number, self.tab.number_edit), (url, self.tab.url_edit), (courier, self.tab.courier_edit)):
            if text is not None:
                type_text(self.qtbot, edit, text)


class EventsPage(SendingPage):
    def add_event(self, city: str, state: str, description: str, day: QDate | None = None) -> None:
        tab = self.tab
        type_text(self.qtbot, tab.city_edit, city)
        tab.state_combo.setCurrentText(state)
        type_text(self.qtbot, tab.description_edit, description)
        tab.date_edit.setDate(day or QDate.currentDate())
        click(self.qtbot, tab.add_button)


class HistoryPage(Page):
    def __init__(self, qtbot: Any, host: Host, tab: Any) -> None:
        super().__init__(qtbot, host)
        self.tab = tab

    def refresh(self) -> None:
        click(self.qtbot, self.tab.refresh_button)
        self.qtbot.waitUntil(lambda: not self.tab.model.busy, timeout=WAIT)

    def row_count(self) -> int:
        return self.tab.model.rowCount()


class ReturnPage(Page):
    """The return wizard, opened from the Invoice tab's Return… button of the window."""

    def __init__(self, qtbot: Any, window: Any) -> None:
        super().__init__(qtbot, window)
        self.window = window

    def open(self, order_id: str) -> Any:
        OrderPanelPage(self.qtbot, self.window).open_order(order_id)
        click(self.qtbot, self.window.returns_bar.return_button)
        wizard = self.window.returns.wizard
        assert wizard is not None and wizard.isVisible() and wizard.order_id == order_id
        return wizard

    @property
    def wizard(self) -> Any:
        return self.window.returns.wizard

    def pick(self, quantities: dict[str, int], number: str, shipping: int = 0) -> None:
        wizard = self.wizard
        for sku, quantity in quantities.items():
            assert wizard.model.set_quantity(sku, quantity)
        wizard.shipping_edit.set_cents(shipping)
        type_text(self.qtbot, wizard.number_edit, number)

    def problems(self) -> str:
        return " ".join(label.text() for label in self.wizard.problem_labels.values() if label.isVisibleTo(self.wizard))

    def send(self) -> None:
        """Send, and wait until the order is read again after it (or an error shows)."""
        wizard = self.wizard
        before = wizard.receipt.receipt
        click(self.qtbot, wizard.send_button)
        self.qtbot.waitUntil(
            lambda: (wizard.receipt.receipt is not before and bool(wizard.refund_label.text()))
            or bool(wizard.errors.isVisible()) or bool(self.problems()), timeout=WAIT)
        self.wait_idle()
