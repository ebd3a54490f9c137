"""The NF-e data panel on the order: what a marketplace order's NF-e must carry, each value with a
Copy button, cross-checked against the NF-e XML dropped on the Invoice tab.

The facts come from :func:`vtex_invoice_gui.vtex.payment_data.nfe_payment_facts` (both places VTEX
puts them); the check from :func:`vtex_invoice_gui.nfe.payment.check_payment`. Reading the XML's
payment group is a small parse of a document already read, so it runs here, not on a worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QToolButton, QVBoxLayout, QWidget

from ...fill import fill
from ...vtex import Order
from ..runtime.language import on_language_change
from ..text.core_text import translate
from ..widgets.banner import Tone, set_tone

if TYPE_CHECKING:
    from ...nfe import NfeDocument
    from ...vtex.payment_data import NfePaymentFacts


class NfeDataPanel(QGroupBox):
    """Payment method, card brand, authorization code, acquirer CNPJ and intermediary of an order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("NF-e data (payment and marketplace)"), parent)
        self.setObjectName("nfeDataPanel")
        self.order: Order | None = None
        self.doc: NfeDocument | None = None
        self.facts: NfePaymentFacts | None = None
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.copy_buttons: dict[str, QToolButton] = {}
        for row, name in enumerate(("method", "brand", "authorization", "acquirer", "intermediary")):
            label = QLabel()
            value = QLabel(objectName=f"nfeData_{name}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            button = QToolButton(objectName=f"nfeDataCopy_{name}")
            button.clicked.connect(lambda _checked=False, v=value: QGuiApplication.clipboard().setText(v.text()))
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(button, row, 2)
            self.captions[name] = label
            self.values[name] = value
            self.copy_buttons[name] = button
        self._label()
        on_language_change(self, lambda: (self._label(), self._refresh()))
        self.source_label = QLabel(objectName="nfeDataSource")
        self.source_label.setWordWrap(True)
        set_tone(self.source_label, Tone.MUTED)
        self.warnings = QLabel(objectName="nfeDataWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tone(self.warnings, Tone.WARNING)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.source_label)
        layout.addWidget(self.warnings)
        self.show_order(None)

    def _label(self) -> None:
        """The captions, and the copy buttons named after them, in the current language."""
        captions = {
            "method": self.tr("Payment method"),
            "brand": self.tr("Card brand"),
            "authorization": self.tr("Authorization code (authId)"),
            "acquirer": self.tr("Acquirer CNPJ"),
            "intermediary": self.tr("Intermediary (marketplace)"),
        }
        for name, caption in captions.items():
            self.captions[name].setText(caption + ":")
            self.values[name].setAccessibleName(caption)
            button = self.copy_buttons[name]
            button.setText(self.tr("Copy"))
            button.setAccessibleName(fill(self.tr("Copy {field}"), field=caption))
            button.setToolTip(self.tr("Copy to the clipboard, to paste into the NF-e emitter"))

    # -- inputs -----------------------------------------------------------------------------
    def show_order(self, order: Order | None) -> None:
        """The loaded order (None: nothing loaded); an XML of another order is forgotten."""
        from ...vtex.payment_data import nfe_payment_facts

        if order is None or (self.order is not None and order.order_id != self.order.order_id):
            self.doc = None
        self.order = order
        self.facts = nfe_payment_facts(order) if order is not None else None
        self._refresh()

    def set_nfe(self, doc: NfeDocument | None) -> None:
        """The NF-e XML dropped for this order (None: none now)."""
        self.doc = doc
        self._refresh()

    # -- showing ----------------------------------------------------------------------------
    def _method_text(self, method: str) -> str:
        from ...nfe.payment import method_code

        names = {
            "03": self.tr("Credit card"),
            "04": self.tr("Debit card"),
            "15": self.tr("Boleto"),
            "17": self.tr("Pix"),
        }
        code = method_code(method) if method else None
        if code is None:
            return method
        return f"{names[code]} (tPag {code})"

    def _brand_text(self, brand: str) -> str:
        from ...nfe.payment import brand_code

        code = brand_code(brand) if brand else None
        return f"{brand} (tBand {code})" if code else brand

    def _refresh(self) -> None:
        facts = self.facts
        self.setVisible(facts is not None)
        if facts is None:
            return
        intermediary = facts.intermediary
        if facts.marketplace_order_id:
            intermediary = fill(
                self.tr("{intermediary}, marketplace order {order}"),
                intermediary=intermediary,
                order=facts.marketplace_order_id,
            )
        shown = {
            "method": self._method_text(facts.method),
            "brand": self._brand_text(facts.brand),
            "authorization": facts.authorization,
            "acquirer": facts.acquirer_cnpj,
            "intermediary": intermediary if facts.is_marketplace else self.tr("none (sold by the store itself)"),
        }
        for name, text in shown.items():
            self.values[name].setText(text or "—")
            self.copy_buttons[name].setEnabled(bool(text) and (name != "intermediary" or facts.is_marketplace))
        self.source_label.setText(self._source_text(facts))
        self._check()

    def _source_text(self, facts: NfePaymentFacts) -> str:
        from ...vtex.payment_data import FROM_CONNECTOR, FROM_CUSTOM_DATA

        if facts.source == FROM_CONNECTOR:
            text = self.tr("From the payment's connector response (paymentData).")
        elif facts.source == FROM_CUSTOM_DATA:
            text = self.tr("From the order's custom data (customApps, the older place).")
        else:
            text = self.tr("The order carries no card data from a marketplace.")
        if self.doc is not None:
            text += " " + fill(self.tr("Checked against NF-e {number}."), number=self.doc.invoice_number)
        return text

    def _check(self) -> None:
        from ...nfe import NfeError
        from ...nfe.payment import check_payment, read_nfe_payment

        assert self.facts is not None
        try:
            payment = read_nfe_payment(self.doc) if self.doc is not None else None
        except NfeError:  # the reader accepted it, so this does not happen; never break the panel
            payment = None
        found = check_payment(self.facts, payment)
        self.warnings.setText("\n".join(f"⚠ {translate(message)}" for message in found))
        self.warnings.setVisible(bool(found))

    def warning_texts(self) -> list[str]:
        text = self.warnings.text()
        return [line for line in text.split("\n") if line] if self.warnings.isVisibleTo(self) else []
