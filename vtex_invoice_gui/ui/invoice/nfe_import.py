"""Fill the Invoice tab from an NF-e XML: opened with the button or dropped anywhere on the window
(the drops: ``nfe_drop.py``).

The file is read and parsed on a worker (``read_nfe_file``: size checked before reading, safe
parser). Then, in the GUI thread, the form takes the NF-e's type, number (``nNF`` as digits),
total, issue date-time, access key and the XML text itself, and the items mapped to the order's
SKUs (``nfe.mapping``). The warnings and the lines left for a manual mapping show in the
:class:`~.nfe_panel.NfePanel` above the form; nothing is blocked.

Decisions:
- No order loaded: the file is refused with "load the order first" (it is not kept for later).
- A file that cannot be used (not an NF-e, truncated, hostile, unreadable) leaves every field
  as it was and says why in the panel.
- Filling from the XML is an explicit action, so it overwrites what the form holds, but the form
  as it was is kept: "Undo XML fill" puts it back (as before the latest fill), and the panel says
  which typed invoice number was replaced. The invoice URL and the tracking fields are left alone
  (the XML has neither). A manual mapping rebuilds only the items table.
- The issue date-time keeps its instant; the date field shows it in the computer's time zone.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from PySide6.QtCore import QDateTime, QObject, Signal
from PySide6.QtWidgets import QDialog

from ...fill import fill
from ...vtex import InvoiceItem, Order
from ..text.core_text import translate
from .nfe_panel import NfePanel, finding_text
from ..text.formatting import money_text, to_qdatetime
from ..runtime.workers import FILES, Latest

if TYPE_CHECKING:  # the NF-e package itself loads with the first file (it is not needed to start)
    from ...nfe import NfeDocument
    from ...nfe.mapping import ItemMapping
    from ..runtime.context import DeskContext
    from ..sending.controller import SendController
    from ..widgets.error_view import ErrorView
    from .form import InvoiceForm


def read_nfe_file(path: Path, max_bytes: int | None = None) -> NfeDocument:
    """Read and parse an NF-e file (worker thread). Raises NfeError or OSError."""
    from ...nfe import MAX_NFE_BYTES, NfeError, read_nfe
    from ...nfe.errors import MSG_TOO_LARGE

    max_bytes = MAX_NFE_BYTES if max_bytes is None else max_bytes
    with open_regular_file(path) as file:
        size = os.fstat(file.fileno()).st_size
        if size > max_bytes:  # do not even read it
            mb = 1024 * 1024
            raise NfeError(MSG_TOO_LARGE.format(size_mb=size / mb, limit_mb=max_bytes / mb))
        data = file.read(max_bytes + 1)
    return read_nfe(data, max_bytes=max_bytes)


def open_regular_file(path: Path) -> BinaryIO:
    """``path`` opened for reading, refused (NfeError) unless it is a regular file: a FIFO with no
    writer, a device or a folder would block the read or never end. Opened without blocking, then
    checked again on the open file (it may have been swapped since the first check)."""
    from ...nfe import NfeError
    from ...nfe.errors import MSG_NOT_A_FILE

    if not stat.S_ISREG(os.stat(path).st_mode):
        raise NfeError(MSG_NOT_A_FILE)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NfeError(MSG_NOT_A_FILE)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


@dataclass(frozen=True)
class FormSnapshot:
    """The invoice fields an XML fill overwrites, to put them back (Undo XML fill)."""

    invoice_type: str
    number: str
    value_text: str
    issued: QDateTime
    key: str
    xml: str
    items: tuple[tuple[str, str | None, int, int], ...]  # id, description, quantity, price

    @classmethod
    def capture(cls, form: InvoiceForm) -> FormSnapshot:
        return cls(
            invoice_type=form.invoice_type,
            number=form.number_edit.text(),
            value_text=form.value_edit.text(),
            issued=QDateTime(form.issuance_edit.dateTime()),
            key=form.key_edit.text(),
            xml=form.xml_field.xml(),
            items=tuple((i.id, i.description, i.quantity, i.price) for i in form.items_model.items()),
        )

    def restore(self, form: InvoiceForm) -> None:
        form.set_type(self.invoice_type)  # first: a type change resets value and items
        form.number_edit.setText(self.number)
        form.value_edit.setText(self.value_text)
        form.issuance_edit.setDateTime(self.issued)
        form.key_edit.setText(self.key)
        form.xml_field.set_xml(self.xml)
        set_lines(form, [(sku, desc, qty, price) for sku, desc, qty, price in self.items])


def set_lines(
    form: InvoiceForm, lines: Sequence[tuple[str, str | None, int, int]], currency: str | None = None
) -> None:
    """Put lines in the items table, quantity 0 included (such a line is shown, not sent)."""
    items = [
        # model_construct: a quantity-0 line is a valid table row but not a valid wire line.
        InvoiceItem.model_construct(id=sku, description=desc, quantity=qty, price=price)
        for sku, desc, qty, price in lines
    ]
    form.items_model.set_items(items, currency or form.items_model.currency)


class NfeHost(Protocol):
    """What the NF-e import uses of the Invoice tab (``tab.py``), which owns it."""

    ctx: DeskContext
    form: InvoiceForm
    errors: ErrorView
    sender: SendController
    status: Callable[[str], None]

    @property
    def order(self) -> Order | None: ...


class NfeImport(QObject):
    """Reads an NF-e file for the Invoice tab and fills its form; owns the NF-e panel."""

    # The NF-e now filling the form (an NfeDocument), or None when the fill is over.
    nfeChanged = Signal(object)

    def __init__(self, tab: NfeHost, parent: QObject) -> None:
        super().__init__(parent)
        self.tab = tab
        self.panel = NfePanel()
        self.doc: NfeDocument | None = None
        self.mapping: ItemMapping | None = None
        self.snapshot: FormSnapshot | None = None
        self._order_id: str | None = None
        self._heading: tuple[str, str] = ("", "")  # the fill's title and note, to show it again
        self._latest = Latest()
        self.panel.undoRequested.connect(self.undo)
        self.panel.dismissRequested.connect(self.dismiss)
        self.panel.danfeRequested.connect(self.open_danfe)
        self.danfe_dialog: QDialog | None = None
        self.panel.assigned.connect(self.assign)
        tab.session.orderChanged.connect(self._order_changed)

    @property
    def form(self) -> InvoiceForm:
        return self.tab.form

    # -- starting ---------------------------------------------------------------------------
    def open_files(self, paths: Sequence[Path]) -> None:
        """Dropped files: exactly one is used."""
        if len(paths) != 1:
            dropped = str(len(paths))
            self.refuse(fill(self.tr("Drop one NF-e XML file at a time ({count} files were dropped)."), count=dropped))
            return
        self.open_path(paths[0])

    def open_path(self, path: Path) -> None:
        """Read ``path`` on a worker, then fill the form for the order now loaded."""
        order = self.tab.order
        if order is None:
            self.refuse(self.tr("Load the order first, then open or drop its NF-e XML."))
            return
        if self.tab.sender.in_flight:
            self.refuse(self.tr("An invoice is being sent; open the NF-e XML when it is done."))
            return
        token = self._latest.next()
        self.panel.show_busy(fill(self.tr("Reading {file}…"), file=path.name))

        def job(_control: object) -> tuple[NfeDocument, ItemMapping]:
            from ...nfe.mapping import map_items

            doc = read_nfe_file(path)
            return doc, map_items(doc, order)  # O(items): on the worker, for the order shown now

        self.tab.ctx.tasks.start(
            job,
            succeeded=partial(self._read, token, path, order),
            failed=partial(self._failed, token, path),
            name="read_nfe",
            lane=FILES,  # a stalled share or a hostile file never delays a Load
        )

    def refuse(self, reason: str, detail: str = "") -> None:
        self._latest.invalidate()
        self.panel.show_problem(reason, detail)
        self.tab.status(reason)

    # -- results ----------------------------------------------------------------------------
    def _read(self, token: int, path: Path, read_for: Order, result: tuple[NfeDocument, ItemMapping]) -> None:
        if not self._latest.is_current(token):
            return
        order = self.tab.order
        if order is None or order.order_id != read_for.order_id:
            self.refuse(fill(self.tr("The order changed while {file} was read; open the file again."), file=path.name))
            return
        doc, mapping = result
        self.fill(doc, order, path.name, mapping if order is read_for else None)  # re-read meanwhile: map again

    def _failed(self, token: int, path: Path, error: BaseException) -> None:
        if not self._latest.is_current(token):
            return
        from ...nfe import NfeError

        unchanged = self.tr("Nothing on the form was changed.")
        if isinstance(error, NfeError):
            headline = fill(self.tr("{file} cannot be used as the NF-e of this invoice."), file=path.name)
            self.refuse(headline, f"{translate(error)}\n{unchanged}")
        elif isinstance(error, OSError):
            headline = fill(self.tr("Could not open {file}."), file=path.name)
            self.refuse(headline, f"{error.strerror or type(error).__name__}\n{unchanged}")
        else:
            self.refuse(fill(self.tr("{file} could not be read."), file=path.name), unchanged)
            self.tab.errors.show_error(error, fill(self.tr("Reading the NF-e {file}"), file=path.name))

    # -- filling ----------------------------------------------------------------------------
    def fill(self, doc: NfeDocument, order: Order, source: str = "", mapping: ItemMapping | None = None) -> None:
        """Overwrite the invoice fields with the NF-e's, keeping the form as it was for Undo.

        ``mapping``: the NF-e's items mapped to this ``order`` (made on the worker); mapped here when None.
        """
        from ...nfe.mapping import map_items

        form = self.form
        snapshot = FormSnapshot.capture(form)
        self.doc, self._order_id = doc, order.order_id
        self.mapping = mapping if mapping is not None else map_items(doc, order)
        form.set_type(doc.invoice_type)  # first: the tab resets value and items on a type change
        form.number_edit.setText(doc.invoice_number)
        form.value_edit.set_cents(doc.total_cents)
        form.issuance_edit.setDateTime(to_qdatetime(doc.issued_at))
        form.key_edit.setText(doc.access_key)
        form.xml_field.set_xml(doc.xml_text)
        self._set_items(order)
        form.show_problems({})
        self.snapshot = snapshot

        matched = len(self.mapping.matched)
        warnings = self.warning_texts(order)
        if warnings:
            title = self.tr(
                "Filled from NF-e {number} (series {series}), {total}: check the warnings, then review and send."
            )
        else:
            title = self.tr("Filled from NF-e {number} (series {series}), {total}: review and send.")
        title = fill(
            title, number=doc.invoice_number, series=doc.series, total=money_text(doc.total_cents, order.currency_code)
        )
        notes = [
            fill(
                self.tr("{matched} of {total} NF-e line(s) matched the order's items."),
                matched=matched,
                total=len(doc.items),
            )
        ]
        if source:
            notes.insert(0, fill(self.tr("File: {file}"), file=source))
        if snapshot.number.strip() and snapshot.number.strip() != doc.invoice_number:
            notes.append(
                fill(
                    self.tr("The invoice number you had typed ({number}) was replaced; Undo XML fill puts it back."),
                    number=snapshot.number.strip(),
                )
            )
        self._heading = (title, "\n".join(notes))
        self._show_fill(order, warnings)
        self.nfeChanged.emit(doc)
        self.tab.status(fill(self.tr("Invoice filled from NF-e {number}."), number=doc.invoice_number))

    def _show_fill(self, order: Order, warnings: list[str] | None = None) -> None:
        assert self.mapping is not None
        warnings = self.warning_texts(order) if warnings is None else warnings
        self.panel.show_filled(*self._heading, warnings, self.mapping, order)

    def dismiss(self) -> None:
        """Hide the panel; after a refused file, go back to the fill the form still holds."""
        order = self.tab.order
        if self.panel.is_error and self.doc is not None and order is not None and order.order_id == self._order_id:
            self._show_fill(order)
        else:
            self.panel.hide()

    def _set_items(self, order: Order) -> None:
        assert self.mapping is not None
        lines = self.mapping.suggested_lines(order)
        set_lines(self.form, [(s.sku_id, s.description, s.quantity, s.price_cents) for s in lines], order.currency_code)

    def warning_texts(self, order: Order) -> list[str]:
        if self.doc is None or self.mapping is None:
            return []
        from ...nfe.mapping import prefill_findings

        findings = prefill_findings(self.doc, order, self.mapping)
        return [finding_text(finding) for finding in findings]

    def assign(self, position: int, order_index: Any) -> None:
        """The clerk mapped an NF-e line by hand: rebuild the items, refresh the warnings."""
        order = self.tab.order
        if self.mapping is None or order is None or order.order_id != self._order_id:
            return
        self.mapping = self.mapping.assign(position, order_index if isinstance(order_index, int) else None)
        self._set_items(order)
        self.panel.set_warnings(self.warning_texts(order))

    def undo(self) -> None:
        if self.snapshot is not None:
            self.snapshot.restore(self.form)
            self.form.show_problems({})
            self.tab.status(self.tr("The form is back as it was before the XML fill."))
        self.forget()

    def open_danfe(self) -> None:
        """The DANFE (or label) of the NF-e that filled the form, in a preview dialog."""
        if self.doc is None:
            return
        from ...nfe.fields import xml_text_bytes
        from ..danfe.dialog import DanfeDialog

        self.danfe_dialog = DanfeDialog(
            self.tab.ctx.tasks, [xml_text_bytes(self.doc.xml_text)], self.doc.invoice_number, self.tab
        )
        self.danfe_dialog.show()

    def forget(self) -> None:
        had = self.doc is not None
        self.doc = self.mapping = self.snapshot = self._order_id = None
        self.panel.clear()
        if had:
            self.nfeChanged.emit(None)

    def _order_changed(self, order: Order | None) -> None:
        if self.doc is None:
            if self.panel.is_error:
                self.panel.clear()  # e.g. "load the order first": done
            return
        if order is None or order.order_id != self._order_id or order.package(self.doc.invoice_number):
            self.forget()  # another order, or this NF-e is now on the order: the fill is over
        elif not self.panel.is_error:
            self.panel.set_warnings(self.warning_texts(order))  # the same order read again
