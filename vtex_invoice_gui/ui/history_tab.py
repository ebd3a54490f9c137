"""History: this session's receipts and errors (to be replaced by a journal-backed history).

The interface the rest of the app uses is one method, :meth:`HistoryTab.add_outcome`, taking an
:class:`Outcome`. Nothing else reaches into this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from ..vtex import Receipt
from .formatting import local_datetime_text

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Outcome:
    """One call's result, as the clerk should find it later."""

    action: str  # what was done, in the UI language ("Send invoice")
    order_id: str
    store: str
    ok: bool
    summary: str  # the receipt code, or the error's headline
    reference: str = ""  # invoice number, when there is one
    receipt: Receipt | None = None
    details: str = ""  # the error's copyable, secret-free details
    at: datetime = field(default_factory=lambda: datetime.now().astimezone())


class SessionHistoryModel(QAbstractTableModel):
    """Outcomes of this session, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("Time"),
            self.tr("Store"),
            self.tr("Order"),
            self.tr("Action"),
            self.tr("Invoice"),
            self.tr("Result"),
        )
        self._rows: list[Outcome] = []

    def add(self, outcome: Outcome) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, outcome)
        self.endInsertRows()

    def outcome(self, row: int) -> Outcome:
        return self._rows[row]

    def outcomes(self) -> list[Outcome]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if not row.ok:
                result = self.tr("Error: %1").replace("%1", row.summary)
            elif row.receipt is not None:
                result = self.tr("Receipt %1").replace("%1", row.summary)
            else:
                result = self.tr("Done: %1").replace("%1", row.summary)
            return (local_datetime_text(row.at), row.store, row.order_id, row.action, row.reference, result)[
                index.column()
            ]
        if role == Qt.ItemDataRole.ForegroundRole and not row.ok:
            return QColor("#a93226")
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.details or (row.receipt.model_dump_json(by_alias=True) if row.receipt else None)
        return None


class HistoryTab(QWidget):
    """A searchable table of this session's outcomes, with copyable details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTab")
        self.model = SessionHistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.search = QLineEdit(
            objectName="historySearchEdit", placeholderText=self.tr("Search order, invoice, receipt…")
        )
        self.search.setAccessibleName(self.tr("Search history"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.copy_button = QPushButton(self.tr("Copy selected"), objectName="copyHistoryButton")
        self.copy_button.clicked.connect(self.copy_selected)

        self.table = QTableView(objectName="historyTable")
        self.table.setAccessibleName(self.tr("History of receipts and errors"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def add_outcome(self, outcome: Outcome) -> None:
        """Record one call's outcome (the whole interface other modules use)."""
        self.model.add(outcome)

    def copy_selected(self) -> None:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        texts = []
        for row in rows:
            o = self.model.outcome(row)
            head = f"{o.at.isoformat(timespec='seconds')} {o.store} {o.order_id} {o.action} {o.reference}".strip()
            body = f"receipt {o.summary}" if o.ok else f"error: {o.summary}\n{o.details}"
            texts.append(f"{head}\n{body}")
        if texts:
            QGuiApplication.clipboard().setText("\n\n".join(texts))
