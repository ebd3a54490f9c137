"""The batch's words that sum rows up: the totals line and the send confirmation."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ...batch.preview import BatchRow, RowStatus, totals
from ...batch.send import SendStatus
from ...fill import fill
from ..text.formatting import money_text




def preview_totals(rows: Sequence[BatchRow]) -> str:
    """The preview's counts by status and the value that would be sent."""
    if not rows:
        return ""
    sums = totals(rows)
    by = sums.by_status
    text = QCoreApplication.translate(
        "BatchSummary",
        "{files} files: {would} to send ({sales} in sales, {returns} in returns), {already} already on their orders, "
        "{failed} failed, {unmatched} without an order, {skipped} skipped",
    )
    return fill(
        text,
        files=sums.rows, would=by[RowStatus.WOULD_SEND], sales=money_text(sums.sale_cents),
        returns=money_text(sums.return_cents), already=by[RowStatus.ALREADY_ON_ORDER],
        failed=by[RowStatus.FAILED], unmatched=by[RowStatus.UNMATCHED], skipped=by[RowStatus.SKIPPED],
    )  # fmt: skip


def sent_totals(statuses: Sequence[str]) -> str:
    """After (or while) sending: the rows by send status (the report's words)."""
    def count(status: str) -> int:
        return sum(1 for s in statuses if s == status)

    done = (SendStatus.SENT, SendStatus.ALREADY_ON_ORDER, SendStatus.PENDING, SendStatus.FAILED)
    text = QCoreApplication.translate(
        "BatchSummary",
        "{files} files: {sent} sent, {already} already on their orders, {pending} pending, {failed} failed, "
        "{other} not sent",
    )
    return fill(
        text,
        files=len(statuses), sent=count(SendStatus.SENT), already=count(SendStatus.ALREADY_ON_ORDER),
        pending=count(SendStatus.PENDING), failed=count(SendStatus.FAILED),
        other=len(statuses) - sum(count(s) for s in done),
    )  # fmt: skip


def confirm_box(parent: QWidget, rows: Sequence[BatchRow], store: str) -> tuple[QMessageBox, QPushButton]:
    """The question before a send: how many invoices, their value, which store. Returns the box and
    its Send button (the box is not shown yet)."""
    sums = totals(rows)
    count = sums.by_status[RowStatus.WOULD_SEND]
    box = QMessageBox(parent)
    box.setObjectName("batchConfirmBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("BatchSummary", "Send the batch"))
    if count == 1:
        text = QCoreApplication.translate("BatchSummary", "Send 1 invoice to {store}, {total}?")
    else:
        text = QCoreApplication.translate("BatchSummary", "Send {count} invoices to {store}, {total} in all?")
    box.setText(fill(text, count=count, store=store, total=money_text(sums.sale_cents + sums.return_cents)))
    details = QCoreApplication.translate(
        "BatchSummary",
        "Sales: {sales}. Returns: {returns}. Only the rows marked \"would send\" go; each is written to the journal "
        "before it leaves, and nothing already on its order is sent again.",
    )
    box.setInformativeText(fill(
        details,
        sales=money_text(sums.sale_cents), returns=money_text(sums.return_cents),
    ))  # fmt: skip
    send = box.addButton(QCoreApplication.translate("BatchSummary", "Send"), QMessageBox.ButtonRole.AcceptRole)
    send.setObjectName("batchConfirmSend")
    cancel = box.addButton(QCoreApplication.translate("BatchSummary", "Do not send"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("batchConfirmCancel")
    box.setDefaultButton(send)
    return box, send
