"""The invoice form's widgets: every field of the POST /invoice body, with field-level problems."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError
from pydantic.alias_generators import to_snake
from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
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
from ...money import MoneyError
from ...vtex import InvoiceNotification, Order, field_problems
from ..runtime.language import on_language_change, relive
from ..text.core_text import translate, translate_problems
from ..text.formatting import aware_datetime, money_text, offset_text
from .items_model import InvoiceItemsModel
from ..widgets.money_edit import MoneyEdit
from ..widgets.tables import fit_columns
from ..widgets.columns import Columns
from ..widgets.fields import datetime_edit, problem_label, with_problem
from ..widgets.xml_field import XmlField


def snake_keys(problems: dict[str, str]) -> dict[str, str]:
    """``invoiceValue`` -> ``invoice_value`` (pydantic names a missing field by its alias)."""
    return {".".join(to_snake(part) for part in key.split(".")): message for key, message in problems.items()}


class InvoiceForm(QWidget):
    """Type, number, value, issuance, key, URL, XML, items and optional tracking."""

    edited = Signal()
    typeChanged = Signal(str)
    xmlFolderChanged = Signal(str)  # the folder an NF-e was last chosen from

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.type_combo = QComboBox(objectName="invoiceTypeCombo")
        self.type_combo.addItem(self.tr("Sale (Output)"), "Output")
        self.type_combo.addItem(self.tr("Return (Input)"), "Input")
        self.number_edit = QLineEdit(objectName="invoiceNumberEdit", placeholderText=self.tr("e.g. 000123456"))
        self.number_edit.setMaxLength(50)
        self.value_edit = MoneyEdit()
        self.value_edit.setObjectName("invoiceValueEdit")
        self.value_hint = QLabel(objectName="invoiceValueHint")
        self.use_remaining_button = QPushButton(self.tr("Use remaining"), objectName="useRemainingButton")
        self.issuance_edit = datetime_edit("issuanceDateEdit", self.tr("Issuance date and time"))
        self.offset_label = QLabel(objectName="issuanceOffsetLabel")
        self.key_edit = QLineEdit(objectName="invoiceKeyEdit", placeholderText=self.tr("44-digit NF-e access key"))
        self.url_edit = QLineEdit(objectName="invoiceUrlEdit", placeholderText="https://")
        #: The XML sent as ``embeddedInvoice``, kept as text and shown as a summary (a 500-item NF-e
        #: in a text editor froze the window for ~60 ms); object name ``embeddedInvoiceEdit``.
        self.xml_field = XmlField()
        self.xml_button = QPushButton(self.tr("Open NF-e XML…"), objectName="chooseXmlButton")
        self.xml_button.setToolTip(self.tr("Fill the invoice from the NF-e XML file (you can also drop the file)"))
        self.xml_button.clicked.connect(self.choose_xml)
        #: Set by the Invoice tab: a chosen XML file fills the whole invoice (``ui/nfe_import.py``).
        self.xml_importer: Callable[[Path], None] | None = None
        self.xml_folder = ""  # where "Open NF-e XML…" opens

        self.items_model = InvoiceItemsModel(self)
        self.items_table = QTableView(objectName="invoiceItemsTable")
        self.items_table.setModel(self.items_model)
        self.items_table.verticalHeader().hide()
        self.items_table.setAlternatingRowColors(True)
        fit_columns(self.items_table, stretch=1)
        self.items_total = QLabel(objectName="invoiceItemsTotalLabel")
        self.reset_items_button = QPushButton(self.tr("Reset items"), objectName="resetItemsButton")

        self.tracking_box = QGroupBox(self.tr("Tracking (optional)"), objectName="invoiceTrackingBox")
        self.tracking_box.setCheckable(True)
        self.tracking_box.setChecked(False)
        self.courier_edit = QLineEdit(objectName="invoiceCourierEdit")
        self.tracking_number_edit = QLineEdit(objectName="invoiceTrackingNumberEdit")
        self.tracking_url_edit = QLineEdit(objectName="invoiceTrackingUrlEdit", placeholderText="https://")
        self.dispatched_edit = datetime_edit("invoiceDispatchedDateEdit", self.tr("Dispatch date"))

        self.problems = {
            key: problem_label(f"{name}Problem")
            for key, name in (
                ("type", "invoiceType"),
                ("invoice_number", "invoiceNumber"),
                ("invoice_value", "invoiceValue"),
                ("issuance_date", "issuanceDate"),
                ("invoice_key", "invoiceKey"),
                ("invoice_url", "invoiceUrl"),
                ("embedded_invoice", "embeddedInvoice"),
                ("items", "invoiceItems"),
                ("courier", "invoiceCourier"),
                ("tracking_number", "invoiceTrackingNumber"),
                ("tracking_url", "invoiceTrackingUrl"),
                ("dispatched_date", "invoiceDispatchedDate"),
                ("", "invoiceForm"),
            )
        }
        self._layout()
        self._accessible_names()
        self._problems_shown: dict[str, str] = {}
        on_language_change(self, self._relabel)
        for signal in (
            self.number_edit.textChanged,
            self.value_edit.textChanged,
            self.issuance_edit.dateTimeChanged,
            self.key_edit.textChanged,
            self.url_edit.textChanged,
            self.xml_field.changed,
            self.courier_edit.textChanged,
            self.tracking_number_edit.textChanged,
            self.tracking_url_edit.textChanged,
            self.dispatched_edit.dateTimeChanged,
            self.tracking_box.toggled,
            self.items_model.dataChanged,
            self.items_model.modelReset,
        ):
            signal.connect(self._edited)
        self.type_combo.currentIndexChanged.connect(lambda _i: self.typeChanged.emit(self.invoice_type))
        self.issuance_edit.dateTimeChanged.connect(self._show_offset)
        self._show_offset()

    def _layout(self) -> None:
        p = self.problems
        left = QFormLayout()
        left.addRow(self._buddy(self.tr("&Type:"), self.type_combo), with_problem(self.type_combo, p["type"]))
        left.addRow(
            self._buddy(self.tr("&Number:"), self.number_edit), with_problem(self.number_edit, p["invoice_number"])
        )
        value_box = with_problem(self.value_edit, p["invoice_value"], self.use_remaining_button)
        value_box.layout().addWidget(self.value_hint)
        left.addRow(self._buddy(self.tr("&Value:"), self.value_edit), value_box)
        left.addRow(
            self._buddy(self.tr("&Issued:"), self.issuance_edit),
            with_problem(self.issuance_edit, p["issuance_date"], self.offset_label),
        )
        right = QFormLayout()
        right.addRow(self._buddy(self.tr("Access &key:"), self.key_edit), with_problem(self.key_edit, p["invoice_key"]))
        right.addRow(
            self._buddy(self.tr("Invoice &URL:"), self.url_edit), with_problem(self.url_edit, p["invoice_url"])
        )
        xml_box = with_problem(self.xml_field, p["embedded_invoice"])
        xml_box.layout().itemAt(0).layout().addWidget(self.xml_button)
        right.addRow(self._buddy(self.tr("NF-e &XML:"), self.xml_field), xml_box)
        self.fields = Columns(left, right)  # one above the other on a narrow window (1024x700)

        items_box = QGroupBox(self.tr("Items"))
        items_layout = QVBoxLayout(items_box)
        items_layout.addWidget(self.items_table)
        under = QHBoxLayout()
        under.addWidget(p["items"], 1)
        under.addWidget(self.items_total)
        under.addWidget(self.reset_items_button)
        items_layout.addLayout(under)

        tracking = (QFormLayout(), QFormLayout())
        for n, (text, widget, key) in enumerate(
            (
                (self.tr("&Carrier:"), self.courier_edit, "courier"),  # left column
                (self.tr("Tracking n&umber:"), self.tracking_number_edit, "tracking_number"),
                (self.tr("Tracking U&RL:"), self.tracking_url_edit, "tracking_url"),  # right column
                (self.tr("&Dispatched:"), self.dispatched_edit, "dispatched_date"),
            )
        ):
            tracking[n // 2].addRow(self._buddy(text, widget), with_problem(widget, p[key]))
        QVBoxLayout(self.tracking_box).addWidget(Columns(*tracking))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields)
        layout.addWidget(items_box, 1)
        layout.addWidget(self.tracking_box)
        layout.addWidget(p[""])

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _accessible_names(self) -> None:
        for widget, name in (
            (self.type_combo, self.tr("Invoice type")),
            (self.number_edit, self.tr("Invoice number")),
            (self.value_edit, self.tr("Invoice value")),
            (self.key_edit, self.tr("Access key")),
            (self.url_edit, self.tr("Invoice URL")),
            (self.xml_field, self.tr("NF-e XML")),
            (self.items_table, self.tr("Invoice items")),
            (self.courier_edit, self.tr("Carrier")),
            (self.tracking_number_edit, self.tr("Tracking number")),
            (self.tracking_url_edit, self.tr("Tracking URL")),
        ):
            widget.setAccessibleName(name)

    # -- state ------------------------------------------------------------------------------
    @property
    def invoice_type(self) -> str:
        return str(self.type_combo.currentData())

    def set_type(self, invoice_type: str) -> None:
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(invoice_type), 0))

    def prefill(self, order: Order, invoice_type: str) -> None:
        """Start from what is left: the remaining value and the quantities still to invoice.

        One ``edited`` (and one pass over the hints) for the whole fill, not one per field."""
        blocker = self.type_combo.blockSignals(True)
        self.set_type(invoice_type)
        self.type_combo.blockSignals(blocker)
        self._filling = True
        try:
            self.number_edit.clear()
            self.value_edit.set_cents(order.returnable_cents if invoice_type == "Input" else order.remaining_cents)
            self.items_model.set_items(order.suggested_invoice_items(invoice_type), order.currency_code)
            now = QDateTime.currentDateTime()
            self.issuance_edit.setDateTime(now)
            self.dispatched_edit.setDateTime(now)
            self.key_edit.clear()
            self.url_edit.clear()
            self.xml_field.clear()
            self.tracking_box.setChecked(False)
            self.courier_edit.setText(order.default_courier or "")
            self.tracking_number_edit.clear()
            self.tracking_url_edit.clear()
            self.show_problems({})
        finally:
            self._filling = False
        self.update_hints(order)

    def clear_all(self) -> None:
        self.number_edit.clear()
        self.value_edit.clear()
        self.items_model.set_items([])
        self.show_problems({})
        self.value_hint.clear()

    def update_hints(self, order: Order | None) -> None:
        self._order = order
        self._edited()

    def _edited(self) -> None:
        if self._filling:
            return  # prefill sends one at its end
        self._hints()
        self.edited.emit()

    def _relabel(self) -> None:
        """The language changed: the hints, and the problems shown, in the new words."""
        self._hints()
        shown = self._problems_shown
        if shown:
            found = self.build()[1]
            self.show_problems({key: found.get(key) or relive(message) for key, message in shown.items()})

    def _hints(self) -> None:
        order = getattr(self, "_order", None)
        currency = order.currency_code if order else "BRL"
        self.items_total.setText(
            fill(self.tr("Items total: {total}"), total=money_text(self.items_model.total_cents, currency))
        )
        if order is not None:
            if self.invoice_type == "Input":
                hint = fill(self.tr("Returnable: {amount}"), amount=money_text(order.returnable_cents, currency))
            else:
                hint = fill(self.tr("Remaining: {amount}"), amount=money_text(order.remaining_cents, currency))
            self.value_hint.setText(hint)

    def _show_offset(self) -> None:
        self.offset_label.setText(offset_text(self.issuance_edit.dateTime().offsetFromUtc()))

    # -- reading ----------------------------------------------------------------------------
    def build(self) -> tuple[InvoiceNotification | None, dict[str, str]]:
        """The notification the form describes, or the problems keyed by field name."""
        problems: dict[str, str] = {}
        data: dict[str, object] = {
            "type": self.invoice_type,
            "issuance_date": aware_datetime(self.issuance_edit.dateTime()),
            "invoice_number": self.number_edit.text(),
            "invoice_key": self.key_edit.text(),
            "invoice_url": self.url_edit.text(),
            "embedded_invoice": self.xml_field.xml(),
        }
        try:
            data["invoice_value"] = self.value_edit.cents()
        except MoneyError as exc:
            problems["invoice_value"] = translate(exc)
        try:
            data["items"] = self.items_model.invoice_items()
        except ValidationError as exc:
            problems["items"] = next(iter(translate_problems(field_problems(exc)).values()))
        if self.tracking_box.isChecked():
            data.update(
                courier=self.courier_edit.text(),
                tracking_number=self.tracking_number_edit.text(),
                tracking_url=self.tracking_url_edit.text(),
                dispatched_date=aware_datetime(self.dispatched_edit.dateTime()),
            )
        invoice = None
        try:
            invoice = InvoiceNotification(**data)
        except ValidationError as exc:
            for key, message in snake_keys(translate_problems(field_problems(exc))).items():
                if key == "items":
                    message = self.tr("Keep at least one item with a quantity above zero.")
                problems.setdefault(key, message)
        return (None if problems else invoice), problems

    def show_problems(self, problems: dict[str, str]) -> None:
        self._problems_shown = dict(problems)
        shown: dict[str, list[str]] = {}
        for key, message in problems.items():
            field = key.split(".")[0]
            if field == "items" and key != "items":
                parts = key.split(".")
                row = int(parts[1]) + 1 if len(parts) > 1 and parts[1].isdigit() else 0
                message = fill(self.tr("Item line {line}: {message}"), line=row, message=message)
            target = field if field in self.problems else ""
            shown.setdefault(target, []).append(message)
        for key, label in self.problems.items():
            text = "\n".join(shown.get(key, []))
            label.setText(text)
            label.setVisible(bool(text))

    def choose_xml(self) -> None:
        # Qt's own dialog: it speaks the desk's language (the system's may not) and opens where the
        # last NF-e came from (``xml_folder``, kept in the settings by the Invoice tab).
        dialog = QFileDialog(self, self.tr("Choose the NF-e XML"), self.xml_folder)
        dialog.setObjectName("nfeFileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("XML files (*.xml)"), self.tr("All files (*)")])
        if not dialog.exec() or not dialog.selectedFiles():
            return
        path = Path(dialog.selectedFiles()[0])
        if str(path.parent) != self.xml_folder:
            self.xml_folder = str(path.parent)
            self.xmlFolderChanged.emit(self.xml_folder)
        self.load_xml_file(path)

    def load_xml_file(self, path: Path) -> None:
        if self.xml_importer is not None:
            self.xml_importer(path)
            return
        from ...nfe import MAX_NFE_BYTES  # the NF-e package loads when the first file is opened

        label = self.problems["embedded_invoice"]
        try:
            if path.stat().st_size > MAX_NFE_BYTES:
                raise ValueError(self.tr("The file is too large for an NF-e XML."))
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, ValueError) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            if isinstance(exc, UnicodeDecodeError):
                message = self.tr("The file is not UTF-8 text; is it really an XML file?")
            label.setText(fill(self.tr("Could not read {file}: {message}"), file=path.name, message=message))
            label.show()
            return
        self.xml_field.set_xml(text)
