"""Driving the real window in a benchmark child, as a clerk does (object names, clicks, labels).

The window is ``create_window(parse_args(["--base-url", URL, "--account", "bench"]))`` against a
sandbox in another process, with the key and token in ``VTEX_APP_KEY``/``VTEX_APP_TOKEN`` (session only),
and the app's own log file configured as ``python -m vtex_invoice_gui`` does.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTabWidget, QWidget

from .harness import Unavailable
from .qtprobe import application, exposed, find, pump, wait_until

TIMEOUT = 60.0


class Desk:
    """The main window and the controls a benchmark touches."""

    def __init__(self, sandbox: dict[str, Any]) -> None:
        self.app = application(["vtex-invoice-gui"])
        try:
            from vtex_invoice_gui.launch import KEY_ENV, TOKEN_ENV, parse_args
            from vtex_invoice_gui.ui.runtime.desk import create_window
        except ImportError as exc:
            raise Unavailable(f"the app (vtex_invoice_gui.ui.runtime.desk.create_window: {exc})") from None
        os.environ[KEY_ENV], os.environ[TOKEN_ENV] = sandbox["app_key"], sandbox["app_token"]
        _configure_logging()
        self.window = create_window(parse_args(["--base-url", sandbox["base_url"], "--account", "bench"]))
        self.window.show()
        wait_until(lambda: exposed(self.window), TIMEOUT, "the main window to be exposed")
        self.order_edit = find(self.window, QLineEdit, "orderIdEdit")
        self.load_button = find(self.window, QPushButton, "loadOrderButton")
        self.status_label = find(self.window, QLabel, "orderStatusLabel")
        self.tabs = find(self.window, QTabWidget, "mainTabs")

    # -- state ------------------------------------------------------------------------------
    def idle(self) -> bool:
        ctx = getattr(self.window, "ctx", None)
        return ctx is None or ctx.tasks.in_flight == 0

    def shows(self, order_id: str) -> bool:
        return order_id in self.status_label.text()

    # -- actions ----------------------------------------------------------------------------
    def load_order(self, order_id: str) -> None:
        """Type the id, click Load, wait until the order is shown and nothing is in flight."""
        self.order_edit.setText(order_id)
        self.load_button.click()
        wait_until(lambda: self.shows(order_id) and self.idle() and self.load_button.isEnabled(),
                   TIMEOUT, f"order {order_id} to show")

    def send_invoice(self, number: str, expect_status: str = "invoiced") -> None:
        """On the loaded order: type the invoice number, review, confirm, wait until the re-read
        order shows ``expect_status`` (the prefilled form invoices everything that is left)."""
        find(self.window, QLineEdit, "invoiceNumberEdit").setText(number)
        send = find(self.window, QPushButton, "sendInvoiceButton")
        if not send.isEnabled():
            raise RuntimeError(f"the send button is disabled for invoice {number}")
        send.click()
        confirm = find(self.window, QPushButton, "confirmSendButton")
        if not confirm.isVisible():
            raise RuntimeError(f"invoice {number} did not reach the confirmation: {self._problems()}")
        confirm.click()
        wait_until(lambda: self.idle() and expect_status in self.status_label.text().lower(), TIMEOUT,
                   f"invoice {number} to be sent and the order to show '{expect_status}'")

    def _problems(self) -> str:
        texts = [w.text() for w in self.window.findChildren(QLabel) if w.isVisible()
                 and w.objectName().endswith("Problem") and w.text()]
        return "; ".join(texts) or "no problem shown"

    def import_nfe(self, path: Path) -> None:
        """Import an NF-e XML file through the invoice form's own function, wait until shown."""
        button = find(self.window, QPushButton, "chooseXmlButton")
        form: QWidget | None = button
        while form is not None and not hasattr(form, "load_xml_file"):
            form = form.parentWidget()
        if form is None:
            raise Unavailable("no NF-e import function (load_xml_file) behind 'chooseXmlButton'")
        xml_field = find(self.window, QWidget, "embeddedInvoiceEdit")  # holds what goes as embeddedInvoice
        if not hasattr(xml_field, "xml"):
            raise Unavailable("'embeddedInvoiceEdit' does not say which XML the invoice carries (xml())")
        xml_field.clear()
        pump(0.02)
        form.load_xml_file(path)
        wait_until(lambda: bool(xml_field.xml()) and self.idle(), TIMEOUT, "the NF-e to be imported")


def _configure_logging() -> None:
    """Log to a file like the real entry point does (each request writes a line)."""
    try:
        from vtex_invoice_gui.settings import log_dir
        from vtex_invoice_gui.ui.runtime.application import configure_logging
    except ImportError:
        return
    configure_logging(log_dir())
