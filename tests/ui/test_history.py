"""The History tab: the journal of real sends, its filters and search, details, opening an order."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, click, idle, load_order, posts
from journal_helpers import history_shown
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from vtex_invoice_gui.journal import JournalFilter
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow


def send_invoice(qtbot: Any, window: MainWindow, order_id: str, number: str) -> None:
    load_order(qtbot, window, order_id)
    tab = window.invoice_tab
    window.tabs.setCurrentWidget(tab)
    tab.form.number_edit.setText(number)
    click(qtbot, tab.send_button)
    assert tab.confirm_bar.isVisible(), tab.form.problems["invoice_number"].text() or tab.gate_label.text()
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: idle(window) and not tab.sender.in_flight, timeout=WAIT)


def send_tracking(qtbot: Any, window: MainWindow, order_id: str, tracking: str) -> None:
    load_order(qtbot, window, order_id)
    tab = window.tracking_tab
    window.tabs.setCurrentWidget(tab)
    tab.number_edit.setText(tracking)
    click(qtbot, tab.send_button)
    qtbot.waitUntil(lambda: idle(window) and not tab.sender.in_flight, timeout=WAIT)


def open_history(qtbot: Any, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.history_tab)
    window.history_tab.refresh()
    qtbot.waitUntil(lambda: history_shown(window), timeout=WAIT)


def column(window: MainWindow, col: int) -> list[str]:
    model = window.history_tab.model
    return [model.index(row, col).data() for row in range(model.rowCount())]


def apply(qtbot: Any, window: MainWindow, change: Callable[[], None]) -> None:
    """Change a filter as the clerk does, then wait for the table to be read again."""
    change()
    window.history_tab.apply_filters()  # the search box waits for a pause in typing; do not wait
    qtbot.waitUntil(lambda: history_shown(window), timeout=WAIT)


@pytest.fixture
def three_sends(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> MainWindow:
    """A confirmed invoice, a confirmed tracking number, and an invoice VTEX refused (400)."""
    send_invoice(qtbot, window, SEED_IDS["ready"], "NFH001")
    send_tracking(qtbot, window, SEED_IDS["invoiced_no_tracking"], "BR777HIST")
    sandbox.faults.add("status", "POST", "/invoice", status=400, body='{"error":{"code":"1","message":"Bad key"}}')
    send_invoice(qtbot, window, SEED_IDS["handling"], "NFH002")
    assert window.errors.isVisible()
    assert len(posts(sandbox)) == 2
    return window


def test_history_lists_every_send_newest_first_with_receipt_or_error(
    qtbot: Any, three_sends: MainWindow, sandbox: Sandbox
) -> None:
    window = three_sends
    open_history(qtbot, window)
    tab = window.history_tab
    assert tab.model.total == 3 and tab.model.rowCount() == 3
    assert column(window, 2) == [SEED_IDS["handling"], SEED_IDS["invoiced_no_tracking"], SEED_IDS["ready"]]
    assert column(window, 3) == ["Invoice", "Tracking number", "Invoice"]
    assert column(window, 6) == ["Failed", "Confirmed", "Confirmed"]
    assert all(store == "sandbox" for store in column(window, 1))  # the account name, not the store id
    receipt = window.ctx.journal.query(limit=3)[2].receipt
    assert receipt and column(window, 7)[2] == f"Receipt {receipt}"
    assert "HTTP 400" in column(window, 7)[0] and "Bad key" in column(window, 7)[0]
    assert column(window, 5)[2] == "345,60"  # the value, in the clerk's locale
    model = tab.model
    assert model.index(2, 5).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight  # money right
    assert model.index(2, 2).data(Qt.ItemDataRole.TextAlignmentRole) is None
    failed = model.index(0, 6).data(Qt.ItemDataRole.ForegroundRole)
    assert failed is not None and model.index(1, 6).data(Qt.ItemDataRole.ForegroundRole) is None  # the failed send's state in the error tone
    assert model.index(0, 7).data(Qt.ItemDataRole.ForegroundRole) == failed
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Bad key" in model.index(0, 7).data(Qt.ItemDataRole.ToolTipRole)  # the whole error, as a tip
    assert model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    tab.table.selectRow(0)
    details = tab.details.toPlainText()
    assert "Invoice NFH002 of order" in details and "Error: HTTP 400" in details and "Bad key" in details
    tab.table.selectRow(2)
    assert f"Receipt {receipt}" in tab.details.toPlainText()
    assert "3 of 3 sends" in tab.count_label.text()


def test_history_filters_and_search(qtbot: Any, three_sends: MainWindow) -> None:
    window = three_sends
    open_history(qtbot, window)
    tab = window.history_tab
    apply(qtbot, window, lambda: tab.operation_combo.setCurrentIndex(tab.operation_combo.findData("invoice")))
    assert column(window, 4) == ["NFH002", "NFH001"]
    apply(qtbot, window, lambda: tab.state_combo.setCurrentIndex(tab.state_combo.findData("confirmed")))
    assert column(window, 4) == ["NFH001"]
    apply(qtbot, window, lambda: tab.state_combo.setCurrentIndex(tab.state_combo.findData("failed")))
    assert column(window, 4) == ["NFH002"]
    apply(qtbot, window, lambda: tab.state_combo.setCurrentIndex(0))
    apply(qtbot, window, lambda: tab.operation_combo.setCurrentIndex(0))
    apply(qtbot, window, lambda: tab.order_edit.setText(SEED_IDS["invoiced_no_tracking"]))
    assert column(window, 3) == ["Tracking number"]
    apply(qtbot, window, lambda: tab.order_edit.clear())

    # Free text: an invoice number, a receipt code, words of VTEX's error message.
    qtbot.keyClicks(tab.search, "nfh00")
    qtbot.waitUntil(lambda: history_shown(window) and tab.model.rowCount() == 2, timeout=WAIT)  # typing pause
    receipt = window.ctx.journal.query(JournalFilter(invoice_number="NFH001"))[0].receipt
    apply(qtbot, window, lambda: tab.search.setText(receipt[:12]))
    assert column(window, 4) == ["NFH001"]
    apply(qtbot, window, lambda: tab.search.setText("bad key"))
    assert column(window, 4) == ["NFH002"]
    apply(qtbot, window, lambda: tab.search.setText("no such thing"))
    assert tab.model.rowCount() == 0 and tab.count_label.text() == "No sends match."
    apply(qtbot, window, lambda: tab.search.clear())

    # Dates: today's sends are in a range ending today, and none before yesterday.
    today = QDate.currentDate()
    apply(qtbot, window, lambda: (tab.from_check.setChecked(True), tab.from_edit.setDate(today)))
    assert tab.model.rowCount() == 3
    apply(qtbot, window, lambda: (tab.from_edit.setDate(today.addDays(-30)), tab.to_check.setChecked(True),
                                  tab.to_edit.setDate(today.addDays(-1))))
    assert tab.model.rowCount() == 0
    filters = tab.filters()
    assert filters.date_to == date.today() - timedelta(days=1) and filters.date_from is not None


def test_history_opens_the_order_of_a_row(qtbot: Any, three_sends: MainWindow) -> None:
    window = three_sends
    load_order(qtbot, window, SEED_IDS["ready"])
    open_history(qtbot, window)
    tab = window.history_tab
    row = column(window, 2).index(SEED_IDS["invoiced_no_tracking"])
    rect = tab.table.visualRect(tab.model.index(row, 2))
    assert rect.isValid()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a real double
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click starts
    qtbot.waitUntil(
        lambda: window.session.order is not None
        and window.session.order.order_id == SEED_IDS["invoiced_no_tracking"]
        and idle(window),
        timeout=WAIT,
    )
    assert window.tabs.currentWidget() is window.tracking_tab  # the tab of the row's operation
    assert window.order_panel.order_id_edit.text() == SEED_IDS["invoiced_no_tracking"]
    # The receipt shown there comes from the journal.
    assert window.tracking_tab.receipt.receipt is not None
    assert window.tracking_tab.receipt.receipt.receipt == window.ctx.journal.query(limit=3)[1].receipt

    window.tabs.setCurrentWidget(tab)
    tab.table.selectRow(column(window, 2).index(SEED_IDS["ready"]))
    click(qtbot, tab.open_button)
    qtbot.waitUntil(lambda: window.session.order.order_id == SEED_IDS["ready"] and idle(window), timeout=WAIT)
    assert window.tabs.currentWidget() is window.invoice_tab


def test_history_follows_new_sends(qtbot: Any, window: MainWindow) -> None:
    open_history(qtbot, window)
    assert window.history_tab.model.total == 0
    send_invoice(qtbot, window, SEED_IDS["ready"], "NFH010")
    window.tabs.setCurrentWidget(window.history_tab)  # shown again: the journal changed meanwhile
    qtbot.waitUntil(lambda: history_shown(window) and window.history_tab.model.total == 1, timeout=WAIT)
    assert column(window, 4) == ["NFH010"]



def test_export_csv_writes_the_filtered_rows(
    qtbot: Any, three_sends: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = three_sends
    open_history(qtbot, window)
    tab = window.history_tab
    apply(qtbot, window, lambda: tab.operation_combo.setCurrentIndex(tab.operation_combo.findData("invoice")))
    target = tmp_path / "para o contador.csv"
    chosen: list[str] = []

    def save_dialog(*args: Any, **kwargs: Any) -> tuple[str, str]:
        chosen.append(args[1])  # the dialog's title
        return str(target), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    with qtbot.waitSignal(tab.exported, timeout=WAIT) as done:
        click(qtbot, tab.export_button)
    assert chosen == ["Export the history as CSV"]
    assert done.args == [2, str(target)]
    text = target.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))  # pt_BR: the decimal point is a comma
    assert rows[0][:4] == ["date", "store", "order", "operation"]
    assert [(r[2], r[4], r[7]) for r in rows[1:]] == [
        (SEED_IDS["ready"], "NFH001", "confirmed"),  # oldest first
        (SEED_IDS["handling"], "NFH002", "failed"),
    ]
    assert rows[1][6] == "345.60"
    assert "Exported 2 rows" in tab.count_label.text() and tab.export_button.isEnabled()


def test_export_to_an_unwritable_place_says_so(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    tab = window.history_tab
    with qtbot.waitSignal(tab.exportFailed, timeout=WAIT) as failed:
        tab.export_to(tmp_path / "no such folder" / "h.csv")
    assert "Could not export" in failed.args[0] and tab.export_button.isEnabled()


def test_receipts_survive_a_restart(qtbot: Any, make_window: Callable[..., MainWindow], sandbox: Sandbox) -> None:
    first = make_window()
    send_invoice(qtbot, first, SEED_IDS["ready"], "NFKEEP1")
    receipt = first.invoice_tab.receipt.receipt
    assert receipt is not None
    first.close()

    window = make_window()
    load_order(qtbot, window, SEED_IDS["handling"])  # an order without sends: nothing to show
    assert window.invoice_tab.receipt.receipt is None and window.invoice_tab.receipt.text.toPlainText() == ""
    load_order(qtbot, window, SEED_IDS["ready"])
    view = window.invoice_tab.receipt
    assert view.receipt is not None and view.receipt.receipt == receipt.receipt
    assert view.title.text() == "Invoice NFKEEP1 received by VTEX"
    assert f"Receipt: {receipt.receipt}" in view.text.toPlainText() and "journal #1" in view.text.toPlainText()


def test_a_batch_from_the_command_line_shows_in_history_under_its_name(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, tmp_path: Path
) -> None:
    from tests.core.batch_helpers import nfe_for, seed
    from vtex_invoice_gui.batch.cli import main as batch_invoices

    day = tmp_path / "day"
    day.mkdir()
    (day / "ready.xml").write_bytes(nfe_for(seed("ready"), 9501, info=f"Pedido {SEED_IDS['ready']}"))
    (day / "partial.xml").write_bytes(
        nfe_for(seed("handling_partial"), 9502, info=f"Pedido {SEED_IDS['handling_partial']}")
    )
    send_invoice(qtbot, window, SEED_IDS["handling"], "NFH009")  # one by hand, not in the batch
    assert batch_invoices([str(day), "--base-url", sandbox.base_url]) == 0  # same data folder, same journal

    open_history(qtbot, window)
    tab = window.history_tab
    names = column(window, 8)
    assert column(window, 4)[names.index("")] == "NFH009"
    batch = {name for name in names if name}
    assert len(batch) == 1 and next(iter(batch)).startswith("day · ")  # the folder's name and when
    apply(qtbot, window, lambda: tab.search.setText("day ·"))
    assert sorted(column(window, 4)) == ["9501", "9502"]  # the batch's rows, together
