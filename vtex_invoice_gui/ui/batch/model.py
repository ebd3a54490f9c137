"""The batch table: one row per file of the preview, then its send status as results come.

The rows are the core's frozen :class:`~vtex_invoice_gui.batch.preview.BatchRow` list; the clerk's
"Exclude" tick is :func:`~vtex_invoice_gui.batch.preview.with_excluded` (a new list, duplicates
re-marked). While a batch is sent the rows are frozen and each would-send row shows *waiting*,
*sending*, then its :class:`~vtex_invoice_gui.batch.send.SendResult` (status, receipt, reason).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication

from ...batch.matching import MatchedBy
from ...batch.preview import MSG_EXCLUDED, MSG_UNMATCHED, BatchRow, RowStatus, with_excluded
from ...batch.send import SendResult, SendStatus
from ..text.core_text import translate
from ..text.formatting import money_text
from ..widgets.banner import Tone, tone_color
from ..widgets.table_model import DISPLAY, RIGHT, Index, TableModel, roles

EXCLUDE, FILE, STATUS, ORDER, INVOICE, VALUE, KIND, MATCHED, RECEIPT, MESSAGE = range(10)
# Row states before a result: the send has not reached the row yet, or it is on its way.
WAITING, SENDING = "waiting", "sending"


_TONES = {
    SendStatus.SENT.value: Tone.SUCCESS, RowStatus.WOULD_SEND.value: Tone.SUCCESS,
    SendStatus.PENDING.value: Tone.WARNING, RowStatus.FAILED.value: Tone.ERROR,
    RowStatus.UNMATCHED.value: Tone.WARNING, RowStatus.SKIPPED.value: Tone.MUTED,
}  # fmt: skip
_CONTEXT = "BatchModel"
_STATUSES = {
    RowStatus.WOULD_SEND.value: QT_TRANSLATE_NOOP("BatchModel", "would send"),
    RowStatus.ALREADY_ON_ORDER.value: QT_TRANSLATE_NOOP("BatchModel", "already on the order"),
    RowStatus.FAILED.value: QT_TRANSLATE_NOOP("BatchModel", "failed"),
    RowStatus.UNMATCHED.value: QT_TRANSLATE_NOOP("BatchModel", "no order found"),
    RowStatus.SKIPPED.value: QT_TRANSLATE_NOOP("BatchModel", "skipped"),
    SendStatus.SENT.value: QT_TRANSLATE_NOOP("BatchModel", "sent"),
    SendStatus.PENDING.value: QT_TRANSLATE_NOOP("BatchModel", "pending"),
    WAITING: QT_TRANSLATE_NOOP("BatchModel", "waiting"),
    SENDING: QT_TRANSLATE_NOOP("BatchModel", "sending…"),
}
_MATCHED = {
    MatchedBy.ORDER_ID_IN_XPED: QT_TRANSLATE_NOOP("BatchModel", "order id in xPed"),
    MatchedBy.ORDER_ID_IN_ITEM_XPED: QT_TRANSLATE_NOOP("BatchModel", "order id in an item's xPed"),
    MatchedBy.ORDER_ID_IN_INFCPL: QT_TRANSLATE_NOOP("BatchModel", "order id in infCpl"),
    MatchedBy.ORDER_ID_IN_INFADFISCO: QT_TRANSLATE_NOOP("BatchModel", "order id in infAdFisco"),
    MatchedBy.MARKETPLACE_ID_IN_XPED: QT_TRANSLATE_NOOP("BatchModel", "marketplace id in xPed"),
    MatchedBy.MARKETPLACE_ID_IN_ITEM_XPED: QT_TRANSLATE_NOOP("BatchModel", "marketplace id in an item's xPed"),
    MatchedBy.MARKETPLACE_ID_IN_INFCPL: QT_TRANSLATE_NOOP("BatchModel", "marketplace id in infCpl"),
    MatchedBy.MARKETPLACE_ID_IN_INFADFISCO: QT_TRANSLATE_NOOP("BatchModel", "marketplace id in infAdFisco"),
    MatchedBy.SENT_BEFORE: QT_TRANSLATE_NOOP("BatchModel", "sent before (journal)"),
    MatchedBy.DOCUMENT_AND_TOTAL: QT_TRANSLATE_NOOP("BatchModel", "recipient and total"),
    MatchedBy.MANUAL: QT_TRANSLATE_NOOP("BatchModel", "picked by hand"),
}
_KINDS = {"sale": QT_TRANSLATE_NOOP("BatchModel", "sale"), "return": QT_TRANSLATE_NOOP("BatchModel", "return")}
_HEADERS = (
    QT_TRANSLATE_NOOP("BatchModel", "Exclude"), QT_TRANSLATE_NOOP("BatchModel", "File"),
    QT_TRANSLATE_NOOP("BatchModel", "Status"), QT_TRANSLATE_NOOP("BatchModel", "Order"),
    QT_TRANSLATE_NOOP("BatchModel", "Invoice"), QT_TRANSLATE_NOOP("BatchModel", "Value"),
    QT_TRANSLATE_NOOP("BatchModel", "Type"), QT_TRANSLATE_NOOP("BatchModel", "Matched by"),
    QT_TRANSLATE_NOOP("BatchModel", "Receipt"), QT_TRANSLATE_NOOP("BatchModel", "Message"),
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text) if text else ""


def status_text(status: str) -> str:
    """A preview or send status (the report's word) in the clerk's language."""
    text = _STATUSES.get(status)
    return _tr(text) if text is not None else status


def matched_text(by: MatchedBy) -> str:
    """How the file found its order, in a few words."""
    return _tr(_MATCHED.get(by, ""))


def kind_text(kind: str) -> str:
    return _tr(_KINDS.get(kind, ""))


def row_message(row: BatchRow) -> str:
    """The row's reason first, then its warnings: :attr:`BatchRow.message`, translated part by part."""
    head: list[object] = []
    if row.excluded:
        head.append(MSG_EXCLUDED)
    elif row.source.problem is not None:
        head.append(row.source.problem)
    elif row.read_problem is not None:
        head.append(row.read_problem)
    elif row.status is RowStatus.UNMATCHED:
        head.append(MSG_UNMATCHED)
    elif row.already_on_order is not None:
        head.append(row.already_on_order)
    elif row.duplicate is not None:
        head.append(row.duplicate)
    elif row.over_batch is not None:
        head.append(row.over_batch)
    parts = head + [c.message for c in row.blocks] + [c.message for c in row.warnings]
    return " | ".join(" ".join(translate(part).split()) for part in parts)


class BatchModel(TableModel):
    """The preview's rows; ``excludedChanged`` after the clerk ticks or unticks a row."""

    excludedChanged = Signal()
    numeric = frozenset({VALUE})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BatchRow] = []
        self._results: dict[int, SendResult] = {}
        self._live: dict[int, str] = {}  # row -> WAITING / SENDING while sending
        self._texts: dict[int, tuple[str, ...]] = {}
        self._prefixes: list[str] = []
        self.frozen = False  # sending or sent: the rows no longer change
        self.retranslate()

    def retranslate(self) -> None:
        self.headers = tuple(_tr(text) for text in _HEADERS)

    # -- the rows -----------------------------------------------------------------------------
    @property
    def rows(self) -> list[BatchRow]:
        return list(self._rows)

    @property
    def results(self) -> dict[int, SendResult]:
        return dict(self._results)

    def shows(self, rows: Sequence[BatchRow]) -> bool:
        """Whether the table holds exactly ``rows`` (the very objects: every change of a row makes a
        new one). Comparing rows by value compared their orders and NF-e field by field: ~10 ms for
        200 rows, on the GUI thread, as the send began."""
        return len(rows) == len(self._rows) and all(a is b for a, b in zip(rows, self._rows, strict=True))

    def set_rows(self, rows: Sequence[BatchRow], added: Sequence[Path] = ()) -> None:
        """The preview's rows; ``added``: the files and folders the clerk added (names are shown from them)."""
        self.beginResetModel()
        self._prefixes = sorted({str(p.parent).rstrip(os.sep) + os.sep for p in added}, key=len, reverse=True)
        self._rows, self._results, self._live, self._texts = list(rows), {}, {}, {}
        self.frozen = False
        self.endResetModel()

    def start_sending(self, waiting: Sequence[int]) -> None:
        """Freeze the rows; the rows ``waiting`` (the would-send ones, as the view found them) are *waiting*."""
        self.frozen = True
        for index in waiting:
            self._live[index] = WAITING
            self._texts.pop(index, None)
        # One signal for every row, its status column only (nothing else of a row shows "waiting"):
        # all ten columns made the view ask ~1,100 cells' roles through Python as the send began.
        self._changed(0, len(self._rows) - 1, STATUS)

    def set_sending(self, index: int) -> None:
        if index not in self._results:
            self._set_live(index, SENDING)

    def set_result(self, index: int, result: SendResult) -> None:
        self._live.pop(index, None)
        self._results[index] = result
        self._refresh_row(index)

    def set_results(self, results: Mapping[int, SendResult]) -> None:
        changed = [index for index, result in results.items() if self._results.get(index) != result]
        for index in changed:
            self._live.pop(index, None)
            self._results[index] = results[index]
            self._texts.pop(index, None)
        if changed:
            self._changed(min(changed), max(changed))  # one signal, however many rows

    def _set_live(self, index: int, state: str) -> None:
        self._live[index] = state
        self._refresh_row(index)

    def _refresh_row(self, index: int) -> None:
        self._texts.pop(index, None)
        self._changed(index, index)

    def _changed(self, first: int, last: int, column: int | None = None) -> None:
        if last >= first:
            left = column if column is not None else 0
            right = column if column is not None else len(self.headers) - 1
            self.dataChanged.emit(self.index(first, left), self.index(last, right))

    def status_of(self, index: int) -> str:
        """The row's status word as the report writes it (or waiting / sending)."""
        if index in self._results:
            return self._results[index].status.value
        return self._live.get(index, self._rows[index].status.value)

    def can_exclude(self, index: int) -> bool:
        row = self._rows[index]
        return not self.frozen and row.doc is not None and not row.source.skipped

    # -- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == EXCLUDE and self.can_exclude(index.row()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and index.column() == EXCLUDE and role == Qt.ItemDataRole.CheckStateRole):
            return False
        if not self.can_exclude(index.row()):
            return False
        excluded = Qt.CheckState(value) == Qt.CheckState.Checked
        self.beginResetModel()  # duplicates and the batch's room are re-marked on every row
        self._rows = with_excluded(self._rows, index.row(), excluded)
        self._texts = {}
        self.endResetModel()
        self.excludedChanged.emit()
        return True

    answered = roles(
        DISPLAY, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
    )

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in self.answered or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == EXCLUDE:
            if role == Qt.ItemDataRole.CheckStateRole and self._rows[row].doc is not None:
                return Qt.CheckState.Checked if self._rows[row].excluded else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                excluded = self._rows[row].excluded
                return QCoreApplication.translate("BatchModel", "excluded") if excluded else QCoreApplication.translate(
                    "BatchModel", "included")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == VALUE else None
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            tone = _TONES.get(self.status_of(row))
            return tone_color(QApplication.palette(), tone) if tone is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (FILE, MESSAGE):
            return (self._rows[row].file if column == FILE else self._row_texts(row)[column]) or None
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._row_texts(row)[column]
        return None

    def column_texts(self, column: int, rows: range) -> list[Any]:
        return [self._row_texts(row)[column] for row in rows]

    def _row_texts(self, index: int) -> tuple[str, ...]:
        texts = self._texts.get(index)
        if texts is None:
            texts = self._texts[index] = self._make_texts(index)
        return texts

    def _make_texts(self, index: int) -> tuple[str, ...]:
        row = self._rows[index]
        result = self._results.get(index)
        message = row_message(row) if result is None else " ".join(translate(result.message).split())
        value = "" if row.value_cents is None else money_text(row.value_cents)
        return (
            "", self._short_name(row.file), status_text(self.status_of(index)), row.order_id, row.invoice_number, value,
            kind_text(row.kind), matched_text(row.matched_by), result.receipt if result is not None else "", message,
        )  # fmt: skip

    def _short_name(self, name: str) -> str:
        """The file's name from the folder it was added from (``2026-11-21/day.zip!nfe/1.xml``)."""
        for prefix in self._prefixes:
            if name.startswith(prefix):
                return name[len(prefix):]
        return name
