"""An NF-e of return (finNFe 4) opened or dropped on the return wizard fills it.

Read on a worker like the Invoice tab's (``invoice/nfe_import.read_nfe_file``, the files lane),
mapped to the order's SKUs (``nfe.mapping``); the wizard takes its number, access key, issue
date, total, XML and the quantities of the SKUs that can still be returned. An NF-e that is not a
return is refused and changes nothing. Editing the items or the shipping afterwards makes the value
the picked units again.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDateTimeEdit, QFileDialog, QLabel, QLineEdit, QWidget

from ...fill import fill
from ...returns import plan_from_nfe
from ..invoice.nfe_drop import NfeDropTarget
from ..invoice.nfe_import import read_nfe_file
from ..runtime.workers import FILES, Latest
from ..text.core_text import translate
from ..runtime.context import DeskContext
from ..text.formatting import money_text, to_qdatetime
from ..widgets.banner import Tone, set_tone
from ..widgets.money_edit import MoneyEdit
from .model import ReturnItemsModel

if TYPE_CHECKING:
    from ...nfe import NfeDocument
    from ...vtex import Order


class NfeTarget(Protocol):
    """What the NF-e fills on the wizard (``wizard.py``)."""

    ctx: DeskContext
    number_edit: QLineEdit
    key_edit: QLineEdit
    issued_edit: QDateTimeEdit
    shipping_edit: MoneyEdit
    model: ReturnItemsModel

    @property
    def order(self) -> Order | None: ...

    def update_state(self) -> None: ...


class ReturnNfe(QObject):
    def __init__(self, wizard: NfeTarget, parent: QWidget) -> None:
        super().__init__(parent)
        self.wizard, self.parent_widget = wizard, parent
        self.label = QLabel(objectName="returnNfeLabel")
        self.label.setWordWrap(True)
        self.label.hide()
        self.xml: str | None = None
        self.value: int | None = None
        self._filling = False
        self._latest = Latest()
        self.drops: NfeDropTarget | None = None

    def forget(self) -> None:
        self._latest.invalidate()
        self.xml = self.value = None
        self.label.hide()

    def edited(self) -> None:
        if not self._filling and self.value is not None:
            self.value = None
            note = self.tr("Edited after the fill: the value is the picked units.")
            self.label.setText(f"{self.label.text()}\n{note}")

    def choose(self) -> None:
        folder = self.wizard.ctx.settings.nfe_folder or ""
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Open NF-e of return"), folder,
                                              self.tr("NF-e XML (*.xml);;All files (*)"))
        if path:
            self.open_path(Path(path))

    def take_drops(self) -> None:
        """Files dropped anywhere on the wizard (its fields included) come here (after its widgets exist)."""
        self.drops = NfeDropTarget(self.parent_widget, self)

    def open_files(self, paths: Sequence[Path]) -> None:
        if paths:
            self.open_path(paths[0])

    def open_path(self, path: Path) -> None:
        order = self.wizard.order
        if order is None:
            self._say(self.tr("Open the return from its order first."), Tone.WARNING)
            return
        token = self._latest.next()
        self._say(fill(self.tr("Reading {file}…"), file=path.name), None)

        def job(_control: object) -> tuple[NfeDocument, dict[str, int]]:
            from ...nfe.mapping import map_items

            doc = read_nfe_file(path)
            quantities: dict[str, int] = {}
            for item in map_items(doc, order).invoice_items(order):
                quantities[item.id] = quantities.get(item.id, 0) + item.quantity
            return doc, quantities

        self.wizard.ctx.tasks.start(job, succeeded=partial(self._read, token, path),
                                    failed=partial(self._failed, token, path), name="read_nfe", lane=FILES)

    def _read(self, token: int, path: Path, result: tuple[NfeDocument, dict[str, int]]) -> None:
        if not self._latest.is_current(token):
            return
        doc, quantities = result
        order = self.wizard.order
        if order is None:
            return
        if doc.invoice_type != "Input":
            self._say(fill(self.tr("{file} is not an NF-e of return (finNFe 4): nothing was changed."),
                           file=path.name), Tone.WARNING)
            return
        wizard = self.wizard
        self._filling = True
        try:
            wizard.number_edit.setText(doc.invoice_number)
            wizard.key_edit.setText(doc.access_key)
            wizard.issued_edit.setDateTime(to_qdatetime(doc.issued_at))
            wizard.shipping_edit.set_cents(0)
            wizard.model.set_lines(wizard.model.lines(), order.currency_code)
            for sku, quantity in plan_from_nfe(wizard.model.lines(), quantities).items():
                wizard.model.set_quantity(sku, quantity)
            self.xml, self.value = doc.xml_text, doc.total_cents
        finally:
            self._filling = False
        wizard.update_state()
        self._say(fill(self.tr("Filled from NF-e of return {number}, {total}: check the items, then send."),
                       number=doc.invoice_number, total=money_text(doc.total_cents, order.currency_code)), Tone.SUCCESS)

    def _failed(self, token: int, path: Path, error: BaseException) -> None:
        if self._latest.is_current(token):
            from ...nfe import NfeError

            why = translate(error) if isinstance(error, NfeError) else (getattr(error, "strerror", None) or str(error))
            self._say(fill(self.tr("{file} cannot be used: {reason}"), file=path.name, reason=why), Tone.WARNING)

    def _say(self, text: str, tone: Tone | None) -> None:
        self.label.setText(text)
        set_tone(self.label, tone)
        self.label.show()
