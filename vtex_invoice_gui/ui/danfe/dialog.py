"""DANFE preview: page images of the DANFE (or the 55 mm label) of one or more NF-e, with Save… and
Print…. Drawing the PDF and its page images runs on a worker (the desk's TaskRunner); the dialog
only turns the images into pixmaps.

Page images come from PDFium (pypdfium2): PySide6-Essentials has no QtPdf. Without pypdfium2
the dialog still saves and prints nothing less: it says the preview is unavailable and offers
Save… (the PDF is drawn all the same).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...fill import fill
from ..text.core_text import translate
from ..runtime.workers import Latest, TaskRunner

#: Page images are drawn at this many pixels per PDF point (72 per inch): ~97 dpi, an A4 page
#: 800 pixels wide, which fits the dialog.
PREVIEW_SCALE = 1.35


def page_images(pdf: bytes, scale: float = PREVIEW_SCALE, only: int | None = None) -> list[QImage]:
    """The pages of ``pdf`` (or page ``only``) as images. Empty when pypdfium2 is missing."""
    try:
        import pypdfium2
    except ImportError:
        return []
    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)) if only is None else [only]:
            bitmap = document[index].render(scale=scale, rev_byteorder=True)  # RGB
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: the bitmap's buffer goes away
        return images
    finally:
        document.close()


def draw_job(xmls: Sequence[bytes], label: bool) -> Any:
    def job(_control: object) -> tuple[bytes, list[QImage]]:
        from ...danfe import render_pdf

        pdf = render_pdf(xmls, label=label)
        return pdf, page_images(pdf)

    return job


class DanfeDialog(QDialog):
    """Preview, save and print the DANFEs (or labels) of ``xmls`` (NF-e XML bytes, in order)."""

    def __init__(self, tasks: TaskRunner, xmls: Sequence[bytes], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("danfeDialog")
        self.setWindowTitle(fill(self.tr("DANFE of {name}"), name=name))
        self.tasks = tasks
        self.xmls = list(xmls)
        self.name = name
        self.pdf: bytes | None = None
        self.images: list[QImage] = []
        self.error: str = ""
        self._latest = Latest()

        self.danfe_choice = QRadioButton(self.tr("&DANFE (A4)"), objectName="danfeChoice")
        self.label_choice = QRadioButton(self.tr("&Label (55 mm thermal)"), objectName="danfeLabelChoice")
        self.danfe_choice.setChecked(True)
        choices = QButtonGroup(self)
        choices.addButton(self.danfe_choice)
        choices.addButton(self.label_choice)
        self.label_choice.toggled.connect(lambda _on: self.draw())
        self.status = QLabel(objectName="danfeStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages = QWidget(objectName="danfePages")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        scroll.setAccessibleName(self.tr("Page preview"))
        self.save_button = QPushButton(self.tr("&Save…"), objectName="danfeSaveButton")
        self.save_button.clicked.connect(self.ask_save)
        self.print_button = QPushButton(self.tr("&Print…"), objectName="danfePrintButton")
        self.print_button.clicked.connect(self.ask_print)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.danfe_choice)
        top.addWidget(self.label_choice)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(880, 900)
        self.draw()

    @property
    def is_label(self) -> bool:
        return self.label_choice.isChecked()

    @property
    def busy(self) -> bool:
        return self.pdf is None and not self.error

    # -- drawing (worker) -------------------------------------------------------------------
    def draw(self) -> None:
        token = self._latest.next()
        self.pdf, self.images, self.error = None, [], ""
        self._set_pages([])
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Drawing…"))
        self.tasks.start(
            draw_job(self.xmls, self.is_label),
            succeeded=lambda result, t=token: self._drawn(t, result),
            failed=lambda error, t=token: self._failed(t, error),
            name="draw_danfe",
        )

    def _drawn(self, token: int, result: tuple[bytes, list[QImage]]) -> None:
        if not self._latest.is_current(token):
            return
        self.pdf, self.images = result
        self._set_pages(self.images)
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(bool(self.images))
        if self.images:
            self.status.setText(fill(self.tr("{count} page(s)."), count=len(self.images)))
        else:
            self.status.setText(self.tr("No page preview on this system; Save… writes the PDF to open it."))

    def _failed(self, token: int, error: BaseException) -> None:
        if not self._latest.is_current(token):
            return
        from ...danfe import DanfeError

        if isinstance(error, DanfeError):
            self.error = translate(error.args[0] if error.args else str(error))
        else:
            self.error = fill(self.tr("The DANFE could not be drawn ({error})."), error=type(error).__name__)
        self.status.setText(self.error)

    def _set_pages(self, images: list[QImage]) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # at once: the deletion waits for the event loop
                item.widget().deleteLater()
        for number, image in enumerate(images, start=1):
            page = QLabel(objectName=f"danfePage{number}")
            page.setPixmap(QPixmap.fromImage(image))
            page.setAccessibleName(fill(self.tr("Page {page}"), page=number))
            edge = page.palette().color(QPalette.ColorRole.Mid).name()
            page.setStyleSheet(f"border: 1px solid {edge}; background: white;")  # a paper page in any palette
            self.pages_layout.addWidget(page)

    # -- saving and printing ----------------------------------------------------------------
    def suggested_name(self) -> str:
        return f"{'etiqueta' if self.is_label else 'danfe'}-{self.name}.pdf"

    def ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), self.suggested_name(), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the PDF; a failure is said in the dialog (nothing else changes)."""
        if self.pdf is None:
            return False
        try:
            path.write_bytes(self.pdf)
        except OSError as error:
            self.status.setText(
                fill(self.tr("Could not save {path}: {reason}"), path=path, reason=error.strerror or "")
            )
            return False
        self.status.setText(fill(self.tr("Saved {path}."), path=path))
        return True

    def ask_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: Any) -> bool:
        """Paint every page on ``printer`` (a QPrinter), one per sheet, keeping its shape.

        Pages are drawn again at the printer's resolution (up to 300 dpi), one at a time, so a
        label's barcode stays sharp on a 203 dpi thermal printer and memory stays at one page.
        """
        if self.pdf is None or not self.images:
            return False
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be started."))
            return False
        scale = min(max(printer.resolution(), 72), 300) / 72
        try:
            for number in range(len(self.images)):
                if number:
                    printer.newPage()
                [image] = page_images(self.pdf, scale, only=number)
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
        finally:
            painter.end()
        self.status.setText(fill(self.tr("Sent {count} page(s) to the printer."), count=len(self.images)))
        return True
