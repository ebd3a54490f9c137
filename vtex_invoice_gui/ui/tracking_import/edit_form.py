"""Edit one import row (issue 15, "edit and re-send"): its order, invoice, tracking number, carrier
and dispatch date, prefilled from the row. The file on disk is never changed: *Save and check*
hands the corrected values back, and the window checks that row again against the store."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...fill import fill
from ...tracking_import.results import RowResult, Status
from ..widgets.banner import Tone, set_tone
from .model import RowsModel

FIELDS = ("order_id", "invoice_number", "tracking_number", "courier", "dispatched_date")


class RowEditForm(QDialog):
    """Window-modal over the import window; :attr:`saved` carries the edited values by field name."""

    saved = Signal(dict)

    def __init__(self, result: RowResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importRowEditForm")
        row = result.row
        self.setWindowTitle(fill(self.tr("Edit row {line}"), line=row.line))
        self.why_label = QLabel(objectName="importEditWhyLabel", wordWrap=True)
        self.why_label.setText(RowsModel.message(result))
        set_tone(self.why_label, Tone.WARNING)
        self.why_label.setVisible(bool(self.why_label.text()))
        note = QLabel(self.tr("The spreadsheet is not changed: the corrected row is checked again and sent from "
                              "this window."), wordWrap=True)  # fmt: skip
        set_tone(note, Tone.MUTED)
        self.edits: dict[str, QLineEdit] = {}
        when = row.dispatched_date
        dispatched = when.strftime("%d/%m/%Y" if (when.hour, when.minute) == (0, 0) else "%d/%m/%Y %H:%M") if when else ""
        values = {"order_id": row.order_id or result.order_id, "invoice_number": row.invoice_number,
                  "tracking_number": row.raw_tracking or row.tracking_number, "courier": row.courier,
                  "dispatched_date": dispatched}  # fmt: skip
        texts = {"order_id": self.tr("&Order:"), "invoice_number": self.tr("&Invoice number:"),
                 "tracking_number": self.tr("&Tracking number:"), "courier": self.tr("&Carrier:"),
                 "dispatched_date": self.tr("&Dispatch date:")}  # fmt: skip
        form = QFormLayout()
        for name in FIELDS:
            edit = QLineEdit(values[name], objectName=f"importEdit_{name}")
            label = QLabel(texts[name])
            label.setBuddy(edit)
            edit.setAccessibleName(texts[name].replace("&", "").rstrip(":"))
            form.addRow(label, edit)
            self.edits[name] = edit
        self.edits["invoice_number"].setPlaceholderText(self.tr("(the order's one sale invoice)"))
        self.edits["dispatched_date"].setPlaceholderText(self.tr("dd/mm/yyyy hh:mm"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save and chec&k"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("importEditSaveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why_label)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)  # Enter in any field: save and check (once the box is in the dialog)
        self.edits["tracking_number"].setFocus()
        self.edits["tracking_number"].selectAll()
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}

    def save(self) -> None:
        self.saved.emit(self.values())
        self.accept()


def is_editable(result: RowResult) -> bool:
    """Rows the check flagged, or whose send failed, and ready rows not sent yet; never a row
    sent, already on the order or waiting to show on it."""
    return result.status not in (Status.SENT, Status.ALREADY, Status.PENDING)


__all__ = ["FIELDS", "RowEditForm", "is_editable"]
