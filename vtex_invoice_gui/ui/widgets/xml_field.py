"""The invoice's NF-e XML (VTEX's ``embeddedInvoice``): kept as text, shown as a one-line summary.

A 500-item NF-e is ~475 KiB of XML; putting it into a text editor on the GUI thread froze the
window for ~60 ms (``setPlainText`` and its layout) each time a file was imported, a draft was
restored or an import was undone. :class:`XmlField` keeps the text itself and shows only
"NF-e 5001 · 475 KiB · authorized", with the full text in an editor opened on demand
(:class:`XmlDialog`: "View XML…" when there is one, "Paste XML…" when there is none, which is how
a clerk still pastes an XML by hand) and "Remove".
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...fill import fill

_NUMBER = re.compile(r"<(?:\w+:)?nNF>\s*(\d+)\s*<")
_STATUS = re.compile(r"<(?:\w+:)?cStat>\s*(\d+)\s*<")
_TAIL = 8_000  # the protocol (protNFe) closes the file: its status is in the last few KiB
#: SEFAZ status codes meaning the NF-e may be used (authorized; authorized late).
_AUTHORIZED = frozenset({"100", "150"})


def xml_facts(text: str) -> tuple[str | None, str | None, int]:
    """The NF-e number (``nNF``), the protocol's status code (``cStat``) and the size in bytes.

    A quick look for the summary line, not a reading of the NF-e (that is :mod:`..nfe`'s, on a
    worker): ``nNF`` comes early in the file and the protocol's ``cStat`` at its very end.
    """
    number = _NUMBER.search(text, 0, 20_000) or _NUMBER.search(text)
    tail = text[-_TAIL:]
    statuses = _STATUS.findall(tail) if "infProt" in tail else []
    return (number.group(1) if number else None), (statuses[-1] if statuses else None), len(text.encode("utf-8"))


class XmlDialog(QDialog):
    """The XML in full, to read, correct or paste; OK puts the editor's text in the field."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("embeddedInvoiceDialog")
        self.setWindowTitle(self.tr("NF-e XML"))
        self.editor = QPlainTextEdit(objectName="embeddedInvoiceEditor")
        self.editor.setAccessibleName(self.tr("NF-e XML text"))
        self.editor.setPlaceholderText(self.tr("Paste the NF-e XML here."))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def text(self) -> str:
        return self.editor.toPlainText()


class XmlField(QWidget):
    """Holds the XML sent as ``embeddedInvoice``; ``changed`` fires when it is set or removed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("embeddedInvoiceEdit")
        self._xml = ""
        self.dialog: XmlDialog | None = None
        self.summary = QLabel(objectName="embeddedInvoiceSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setWordWrap(True)  # never wider than the form's column
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.edit_button = QPushButton(objectName="editXmlButton")
        self.edit_button.clicked.connect(self.open_editor)
        self.remove_button = QPushButton(self.tr("Remove"), objectName="removeXmlButton")
        self.remove_button.setToolTip(self.tr("Send the invoice without the NF-e XML"))
        self.remove_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.setFocusProxy(self.edit_button)
        self._show()

    # -- the value --------------------------------------------------------------------------
    def xml(self) -> str:
        """The XML as it goes to VTEX (empty: none)."""
        return self._xml

    def set_xml(self, text: str) -> None:
        if text != self._xml:
            self._xml = text
            self._show()
            self.changed.emit()

    def clear(self) -> None:
        self.set_xml("")

    # -- showing ----------------------------------------------------------------------------
    def summary_text(self) -> str:
        if not self._xml.strip():
            return self.tr("No XML yet: open or drop the NF-e file, or paste it.")
        number, status, size = xml_facts(self._xml)
        kib = str(max(1, round(size / 1024)))
        if number is None:
            return fill(self.tr("XML · {size} KiB (no NF-e number found)"), size=kib)
        parts = [fill(self.tr("NF-e {number} · {size} KiB"), number=number, size=kib)]
        if status in _AUTHORIZED:
            parts.append(self.tr("authorized"))
        elif status is not None:
            parts.append(fill(self.tr("SEFAZ status {status}"), status=status))
        else:
            parts.append(self.tr("no authorization protocol"))
        return " · ".join(parts)

    def _show(self) -> None:
        present = bool(self._xml)
        self.summary.setText(self.summary_text())
        self.summary.setStyleSheet("" if present else "color: palette(placeholder-text);")
        self.edit_button.setText(self.tr("View XML…") if present else self.tr("Paste XML…"))
        self.edit_button.setToolTip(
            self.tr("See or correct the whole XML") if present else self.tr("Paste an NF-e XML by hand")
        )
        self.remove_button.setVisible(present)

    # -- the editor -------------------------------------------------------------------------
    def open_editor(self) -> XmlDialog:
        """Show the whole XML in an editor (window-modal); OK keeps what it holds."""
        dialog = XmlDialog(self._xml, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_xml(dialog.text()))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.dialog = dialog
        return dialog
