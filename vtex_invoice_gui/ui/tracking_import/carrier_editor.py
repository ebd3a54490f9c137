"""The store's carriers (issue 15): the name VTEX knows, the tracking URL template with ``{code}``
and the code pattern. The defaults are marked "check this link" (public templates disagree) until
the clerk has opened one and ticks *Link checked*; *Test link* opens the link of a sample code."""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
    QVBoxLayout, QWidget,
)  # fmt: skip

from ...fill import fill
from ...tracking_import.carriers import Carrier, clean_code
from ...tracking_import.files import CarrierFile
from ..widgets.banner import Tone, set_tone

S10_SAMPLE = "AA123456785BR"


class CarrierEditor(QDialog):
    """Edits one store's list; :attr:`opener` opens a link (the tests put a recorder there)."""

    def __init__(self, file: CarrierFile, store: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carrierEditor")
        self.setWindowTitle(self.tr("Carriers"))
        self.file, self.store = file, store
        self.carriers: list[Carrier] = file.load(store)
        self.opener: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._showing = -1

        self.list = QListWidget(objectName="carrierList")
        self.list.setAccessibleName(self.tr("Carriers"))
        self.name_edit = QLineEdit(objectName="carrierNameEdit")
        self.url_edit = QLineEdit(objectName="carrierUrlEdit", placeholderText="https://…{code}")
        self.pattern_edit = QLineEdit(objectName="carrierPatternEdit")
        self.checked_box = QCheckBox(self.tr("&Link checked (I opened one and it works)"), objectName="carrierChecked")
        self.sample_edit = QLineEdit(objectName="carrierSampleEdit")
        self.test_button = QPushButton(self.tr("&Test link"), objectName="carrierTestButton")
        self.test_button.clicked.connect(self.test_link)
        self.check_label = QLabel(objectName="carrierCheckLabel", wordWrap=True)
        set_tone(self.check_label, Tone.WARNING)
        self.problem_label = QLabel(objectName="carrierProblemLabel", wordWrap=True)
        set_tone(self.problem_label, Tone.ERROR)
        self.problem_label.hide()
        form = QFormLayout()
        for text, widget in ((self.tr("&Name (as VTEX knows it):"), self.name_edit),
                             (self.tr("Tracking &URL template:"), self.url_edit),
                             (self.tr("Code &pattern (regular expression):"), self.pattern_edit),
                             (self.tr("Sample &code:"), self.sample_edit)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        test_row = QHBoxLayout()
        test_row.addWidget(self.checked_box, 1)
        test_row.addWidget(self.test_button)
        self.add_button = QPushButton(self.tr("&Add"), objectName="carrierAddButton")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="carrierRemoveButton")
        self.remove_button.clicked.connect(self.remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(test_row)
        right.addWidget(self.check_label)
        right.addWidget(self.problem_label)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        for carrier in self.carriers:
            self.list.addItem(carrier.name)
        self.list.currentRowChanged.connect(self._chosen)
        self.list.setCurrentRow(0 if self.carriers else -1)
        self.resize(760, 380)

    # -- one carrier --------------------------------------------------------------------------
    def _chosen(self, row: int) -> None:
        if not self._keep():
            self.list.blockSignals(True)
            self.list.setCurrentRow(self._showing)
            self.list.blockSignals(False)
            return
        self._showing = row
        carrier = self.carriers[row] if 0 <= row < len(self.carriers) else None
        self.name_edit.setText(carrier.name if carrier else "")
        self.url_edit.setText(carrier.url_template if carrier else "")
        self.pattern_edit.setText(carrier.code_pattern if carrier else "")
        self.checked_box.setChecked(bool(carrier) and not carrier.check_link)  # type: ignore[union-attr]
        self.sample_edit.setText(S10_SAMPLE if carrier and carrier.s10 else "")
        self._say_check(carrier)

    def _say_check(self, carrier: Carrier | None) -> None:
        warn = carrier is not None and carrier.check_link
        self.check_label.setText(self.tr("Check this link: public templates for this carrier disagree. Test it with "
                                         "a real code before trusting it.") if warn else "")  # fmt: skip
        self.check_label.setVisible(warn)

    def edited(self) -> Carrier:
        """The form as a carrier (raises ValidationError/ValueError for a bad template or pattern)."""
        base = self.carriers[self._showing] if 0 <= self._showing < len(self.carriers) else Carrier(name="-")
        return Carrier.model_validate({
            **base.model_dump(), "name": self.name_edit.text().strip(), "url_template": self.url_edit.text(),
            "code_pattern": self.pattern_edit.text().strip(), "check_link": not self.checked_box.isChecked(),
        })  # fmt: skip

    def _keep(self) -> bool:
        """Put the form back into the list; False (and the reason shown) when it is not valid."""
        if not 0 <= self._showing < len(self.carriers):
            return True
        problem = self.form_problem()
        if problem:
            self._say_problem(problem)
            return False
        try:
            carrier = self.edited()
        except (ValidationError, ValueError):
            self._say_problem(self.tr("This carrier cannot be kept as it is: check its fields."))
            return False
        self._say_problem("")
        self.carriers[self._showing] = carrier
        self.list.item(self._showing).setText(carrier.name)
        self._say_check(carrier)
        return True

    def form_problem(self) -> str:
        """What is wrong with the form, in the clerk's words ("" when nothing)."""
        template = self.url_edit.text().strip()
        if not self.name_edit.text().strip():
            return self.tr("A carrier needs a name.")
        if template and ("{code}" not in template or not template.startswith(("https://", "http://"))):
            return fill(self.tr("The tracking URL template is a web address (https://…) with {placeholder} where "
                                "the code goes."), placeholder="{code}")  # fmt: skip
        try:
            re.compile(self.pattern_edit.text().strip())
        except re.error:
            return self.tr("The code pattern is not a valid regular expression.")
        return ""

    def test_link(self) -> str | None:
        """Open the template's link for the sample code; returns the link (None when there is none)."""
        if not self._keep():
            return None
        carrier = self.carriers[self._showing] if 0 <= self._showing < len(self.carriers) else None
        code = clean_code(self.sample_edit.text())
        link = carrier.url_for(code) if carrier is not None and code else None
        if link is None:
            self._say_problem(fill(self.tr("Type a sample code and a URL template with {placeholder} first."),
                                   placeholder="{code}"))  # fmt: skip
            return None
        self.opener(QUrl(link))
        return link

    # -- the list -----------------------------------------------------------------------------
    def add(self) -> None:
        if not self._keep():
            return
        self.carriers.append(Carrier(name=fill(self.tr("New carrier {number}"), number=len(self.carriers) + 1)))
        self.list.addItem(self.carriers[-1].name)
        self.list.setCurrentRow(len(self.carriers) - 1)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    def remove(self) -> None:
        row = self._showing
        if not 0 <= row < len(self.carriers):
            return
        self._showing = -1  # what the form shows goes with it
        del self.carriers[row]
        self.list.takeItem(row)
        self._chosen(self.list.currentRow())

    def save(self) -> None:
        if not self._keep():
            return
        try:
            self.file.save(self.store, self.carriers)
        except OSError as error:
            self._say_problem(fill(self.tr("The carriers could not be saved: {reason}"),
                                   reason=error.strerror or type(error).__name__))  # fmt: skip
            return
        self.accept()

    def _say_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

