"""The return wizard's draft: what the clerk picked and typed for a return, kept across a restart.

The wizard is not a tab on the order shown: it keeps working on the order it was opened for even
when the desk loads another one. So its :class:`~..runtime.drafts.DraftKeeper` follows a
:class:`WizardOrder` (the wizard's own order) instead of the window's ``OrderSession``: opening
the wizard for an order reads that order's return draft and puts it on top of the empty form;
sending the return forgets it. The NF-e of return's XML is not kept (its fields are: number,
access key, date, quantities); dropping the file again puts the XML back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance

from ..runtime.drafts import set_datetime

if TYPE_CHECKING:
    from ...vtex import Order

#: The wizard (``wizard.py``, which imports this module): its fields are read and set here.
ReturnWizard = Any

#: The drafts file's tab name for returns.
DRAFT_NAME = "return"


class WizardOrder(QObject):
    """The order the wizard works on, with the two signals a draft keeper follows."""

    aboutToChange = Signal()
    orderChanged = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.order: Order | None = None

    def leave(self) -> None:
        """The wizard is about to reset its form: what was typed is saved first."""
        self.aboutToChange.emit()

    def open(self, order: Order) -> None:
        """The form was reset for ``order``: its draft, if any, goes on top."""
        self.order = None
        self.orderChanged.emit(None)  # the same order opened again is a fresh start too
        self.order = order
        self.orderChanged.emit(order)


def return_draft_signals(wizard: ReturnWizard) -> list[SignalInstance]:
    return [
        wizard.model.quantitiesChanged, wizard.shipping_edit.textChanged, wizard.number_edit.textChanged,
        wizard.issued_edit.dateTimeChanged, wizard.key_edit.textChanged, wizard.confirm_box.toggled,
    ]


def return_draft_state(wizard: ReturnWizard) -> dict[str, Any]:
    """The wizard's fields as plain values (never credentials)."""
    return {
        "quantities": wizard.model.quantities(),
        "shipping_cents": wizard.shipping_edit.cents_or_none(),
        "number": wizard.number_edit.text(),
        "issued": wizard.issued_edit.dateTime().toString(Qt.DateFormat.ISODate),
        "key": wizard.key_edit.text(),
        "confirm": wizard.confirm_box.isChecked(),
    }


def restore_return_draft(wizard: ReturnWizard, data: dict[str, Any]) -> None:
    """Put :func:`return_draft_state`'s values back; SKUs no longer returnable are left out
    (the model caps each quantity at what is left to return)."""
    quantities = data.get("quantities") or {}
    if quantities:
        for line in wizard.model.lines():
            wanted = quantities.get(line.sku)
            if isinstance(wanted, int) and wanted > 0:
                wizard.model.set_quantity(line.sku, wanted)
    if isinstance(data.get("shipping_cents"), int):
        wizard.shipping_edit.set_cents(data["shipping_cents"])
    for name, edit in (("number", wizard.number_edit), ("key", wizard.key_edit)):
        if name in data:
            edit.setText(str(data[name]))
    set_datetime(wizard.issued_edit, data.get("issued"))
    if "confirm" in data and not wizard.confirm_box.isHidden():
        wizard.confirm_box.setChecked(bool(data["confirm"]))
