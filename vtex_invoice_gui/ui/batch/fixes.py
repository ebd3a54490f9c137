"""The Batch tab's row fixes: "Set order…" (and "Map items…", :mod:`.mapping`) before a send,
"Send failed again…" after one.

*Set order…* (the selected row, before the send): the clerk types the VTEX order id of a file with
no order, or with the wrong one; the order is read on a worker and the preview becomes
:func:`~vtex_invoice_gui.batch.preview.with_order` (the row's checks and the batch's duplicates
recomputed). An order the store does not have changes nothing, and says so.

*Send failed again…* (after a send with failed or pending rows): the files are checked again, as
"Check again" does, and the send's confirmation opens on the new preview. What was sent is on its
order (or in the journal) by then, so only the rows that did not go are sent: never one twice.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget

from ...batch.preview import BatchRow, with_order
from ...batch.send import SendStatus
from ...fill import fill
from ...vtex import NotFoundError
from ...vtex.order import Order
from ..widgets.banner import Tone
from .host import BatchHost
from .mapping import BatchMapping

_AGAIN = (SendStatus.FAILED.value, SendStatus.PENDING.value)


class BatchFixes(QObject):
    """The two buttons and what they do; ``orderSet(row index)`` once a row has its new order."""

    orderSet = Signal(int)

    def __init__(self, view: BatchHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.order_button = QPushButton(self.tr("Set &order…"), objectName="batchSetOrder")
        self.order_button.setToolTip(self.tr("Give the selected file its VTEX order (before the send)"))
        self.order_button.clicked.connect(self.ask_order)
        self.resend_button = QPushButton(self.tr("Send failed a&gain…"), objectName="batchSendFailed")
        self.resend_button.setToolTip(
            self.tr("Check the files again, then send the rows that failed or are pending: nothing is sent twice"))
        self.resend_button.clicked.connect(self.send_failed_again)
        self.order_dialog: QInputDialog | None = None
        self.mapping = BatchMapping(view, self.selected_row, parent)  # "Map items…"
        self._resend = False  # a check started by "Send failed again…": confirm the send after it
        view.table.selectionModel().selectionChanged.connect(self.update)
        view.checked.connect(self._checked)
        view.failed.connect(self._stopped)

    # -- which row --------------------------------------------------------------------------
    def selected_row(self) -> int | None:
        rows = self.view.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def can_set_order(self, index: int | None) -> bool:
        model = self.view.model
        if index is None or self.view.busy or model.frozen or not 0 <= index < model.rowCount():
            return False
        row = model.rows[index]
        return row.doc is not None and not row.source.skipped and not row.excluded

    def failed_rows(self) -> list[int]:
        """The rows the last send left failed or pending (not the rows the preview stopped)."""
        model = self.view.model
        if not model.frozen:
            return []
        return sorted(i for i, result in model.results.items() if result.status.value in _AGAIN)

    def update(self) -> None:
        self.order_button.setEnabled(self.can_set_order(self.selected_row()))
        self.mapping.update(self.selected_row())
        self.resend_button.setEnabled(bool(self.failed_rows()) and not self.view.busy)

    # -- Set order… -------------------------------------------------------------------------
    def ask_order(self) -> None:
        index = self.selected_row()
        if not self.can_set_order(index):
            return
        assert index is not None
        rows = self.view.model.rows
        row = rows[index]
        dialog = QInputDialog(self.view)
        dialog.setObjectName("batchOrderDialog")
        dialog.setWindowTitle(self.tr("Set the order"))
        dialog.setLabelText(fill(self.tr("VTEX order id for {file} (such as 1234567890123-01):"),
                                 file=self.view.model.index(index, 1).data()))  # fmt: skip
        dialog.setTextValue(row.order_id)
        dialog.setOkButtonText(self.tr("Read the order"))
        dialog.textValueSelected.connect(lambda text: self.read_order(rows, index, text))
        self.order_dialog = dialog
        dialog.open()

    def read_order(self, rows: list[BatchRow], index: int, text: str) -> None:
        """Read order ``text`` on a worker; row ``index`` of ``rows`` gets it if the preview is still ``rows``."""
        order_id = text.strip()
        view = self.view
        if not order_id or view.busy or rows != view.model.rows or not self.can_set_order(index):
            return
        view.say(fill(self.tr("Reading order {order}…"), order=order_id), None)
        view.set_busy("reading")
        view.ctx.call(
            lambda api: api.get_order(order_id),
            succeeded=lambda order: self._order_read(rows, index, order),
            failed=lambda error: self._order_failed(order_id, error),
            name="batch_order",
        )  # fmt: skip

    def _order_read(self, rows: list[BatchRow], index: int, order: Order) -> None:
        view = self.view
        if rows != view.model.rows or view.model.frozen:
            view.say(self.tr("The preview changed while the order was read: the row was not changed."), Tone.WARNING)
        else:
            view.model.set_rows(with_order(rows, index, order), view.paths)
            view.table.selectRow(index)
            view.say(fill(self.tr("{file} now goes to order {order}: its checks were run again."),
                           file=view.model.index(index, 1).data(), order=order.order_id), None)  # fmt: skip
            self.orderSet.emit(index)
        view.set_busy("")

    def _order_failed(self, order_id: str, error: BaseException) -> None:
        view = self.view
        if isinstance(error, NotFoundError):
            view.say(fill(self.tr("The store has no order {order}: the row was not changed."), order=order_id),
                      Tone.WARNING)  # fmt: skip
        else:
            view.say(fill(self.tr("Order {order} could not be read: the row was not changed."), order=order_id),
                      Tone.ERROR)  # fmt: skip
            view.failed.emit(error, self.tr("Reading the order"))
        view.set_busy("")

    # -- Send failed again… -----------------------------------------------------------------
    def send_failed_again(self) -> None:
        if not self.failed_rows() or self.view.busy:
            return
        self._resend = True
        self.view.check()
        if not self.view.busy:  # the check did not start (no store)
            self._resend = False

    def _checked(self, _count: int) -> None:
        if not self._resend:
            return
        self._resend = False
        if self.view.sendable():
            self.view.confirm_send()
        else:
            self.view.say(self.tr("Checked again: no row is left to send. Look at the messages of the rows."),
                           Tone.NOTICE)  # fmt: skip

    def _stopped(self, *_args: object) -> None:
        self._resend = False
