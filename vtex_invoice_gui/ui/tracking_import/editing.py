"""Edit and re-send (issue 15): a flagged or failed row of the import window is corrected in a
small form (:class:`~.edit_form.RowEditForm`), checked again alone against the store on a worker,
and its new status shown; a row that became ready goes with the next *Send N…*, through the same
send queue. The rows already handed to a send are not sent again (the check of an edited row reads
the order afresh, so a number already on its invoice is *already on the order*)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton, QTableView

from ...tracking_import.files import CarrierFile
from ...tracking_import.preview import Preview
from ...tracking_import.results import RowResult, Status
from ...tracking_import.rows import ImportRow, edited
from ...vtex.api import OrdersApi
from ...settings import StoreProfile
from ..runtime.context import DeskContext
from .edit_form import RowEditForm, is_editable
from .model import RowsModel


class ImportView(Protocol):
    """What the editing needs of :class:`~.view.TrackingImportWindow` (named here: no import cycle)."""

    ctx: DeskContext
    results: list[RowResult]
    spent: set[int]
    busy: bool
    store: StoreProfile | None
    carriers: CarrierFile
    table: QTableView
    model: RowsModel
    summary_label: QLabel

    def _start_busy(self) -> None: ...
    def _end_busy(self) -> None: ...
    def _summarise(self) -> None: ...
    def _failed(self, error: BaseException) -> None: ...

# Rows whose send is under way or not yet shown: an edited row must not send their invoice a second number.
_CLAIMING = (Status.WOULD_SEND, Status.PENDING)


def recheck_row(api: OrdersApi, row: ImportRow, others: list[RowResult], carriers: CarrierFile,
                store: str) -> RowResult:  # fmt: skip
    """``row`` checked alone (the orders read afresh), the other rows' pending numbers claimed first."""
    preview = Preview(api, carriers.load(store))
    for other in others:
        if other.status in _CLAIMING and other.tracking is not None and other.order_id and other.invoice_number:
            preview.claim(other.order_id, other.invoice_number, other.row.line, other.tracking.tracking_number)
    return preview.check(row)


class RowEditing(QObject):
    """The window's *Edit row…* button; a row activated (double-click, Enter) opens it too."""

    def __init__(self, view: ImportView) -> None:
        super().__init__(view)  # type: ignore[arg-type] - the view is a QWidget
        self.view = view
        self.form: RowEditForm | None = None
        self.button = QPushButton(self.tr("&Edit row…"), objectName="importEditButton")
        self.button.setToolTip(self.tr("Correct a flagged or failed row, check it again, then send it"))
        self.button.clicked.connect(lambda: self.edit(view.table.currentIndex().row()))
        view.table.activated.connect(lambda index: self.edit(index.row()))
        view.table.selectionModel().currentChanged.connect(lambda *_: self.update())
        self._token = 0
        self.update()

    def editable(self, index: int) -> bool:
        results = self.view.results
        return not self.view.busy and 0 <= index < len(results) and is_editable(results[index])

    def update(self) -> None:
        self.button.setEnabled(self.editable(self.view.table.currentIndex().row()))

    def edit(self, index: int) -> RowEditForm | None:
        """Open the form for row ``index`` (nothing for a row that may not be edited)."""
        if not self.editable(index):
            return None
        result = self.view.results[index]
        form = self.form = RowEditForm(result, self.view)
        form.saved.connect(lambda values: self.save(index, result, values))
        form.finished.connect(form.deleteLater)
        form.open()
        return form

    def save(self, index: int, old: RowResult, values: dict[str, str]) -> None:
        """Check the corrected row on a worker; its answer replaces the row (unless the rows changed meanwhile)."""
        view = self.view
        if not 0 <= index < len(view.results) or view.results[index] is not old:
            return
        row = edited(old.row, order_id=values["order_id"], invoice_number=values["invoice_number"],
                     tracking_number=values["tracking_number"], courier=values["courier"],
                     dispatched_date=values["dispatched_date"])  # fmt: skip
        self._token += 1
        token, results = self._token, view.results
        others = [r for i, r in enumerate(results) if i != index]
        store = view.store.id if view.store is not None else ""
        carriers = view.carriers
        view.summary_label.setText(self.tr("Checking the edited row…"))
        view._start_busy()
        view.ctx.call(
            lambda api: recheck_row(api, row, others, carriers, store),
            succeeded=lambda fresh: self._checked(token, results, index, fresh),
            failed=view._failed, name="tracking_import_recheck", store=view.store,
        )  # fmt: skip

    def _checked(self, token: int, results: list[RowResult], index: int, fresh: RowResult) -> None:
        view = self.view
        view._end_busy()
        if token != self._token or view.results is not results:
            return  # a newer edit, or a new check of the whole file: this answer is stale
        results[index] = fresh
        view.spent.discard(index)  # edited: may be sent (if the check finds it ready)
        view.model.row_changed(index)
        view._summarise()
        self.update()


__all__ = ["RowEditing", "recheck_row"]
