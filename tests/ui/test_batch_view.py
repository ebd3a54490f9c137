"""The Batch tab (issue 14): a real window on the sandbox, a generated day of NF-e files.

The clerk adds the day (a drop, "Add folder…", "Add files…"), checks it (nothing but reads reach
VTEX), excludes a row, confirms the send (the question names the count and the value) and sees
each row become sent with VTEX's receipt; Cancel stops before the next row; the report is the CSV.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from desk_helpers import WAIT, click, idle
from tests.core.batch_helpers import day_batch, write_day
from vtex_invoice_gui.batch.report import COLUMNS
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.batch.view import BatchView
from vtex_invoice_gui.ui.batch.model import EXCLUDE, FILE, ORDER, RECEIPT, STATUS, status_text
from vtex_invoice_gui.ui.main_window import MainWindow


@pytest.fixture
def day(tmp_path: Path) -> Path:
    folder = tmp_path / "day"
    folder.mkdir()
    return write_day(folder)


def _view(window: MainWindow) -> BatchView:
    window.tabs.setCurrentWidget(window.batch_view)
    window.batch_view.settings.settle_timeout = 10.0
    return window.batch_view


def _cell(view: BatchView, row: int, column: int) -> str:
    return view.model.index(row, column).data()


def _shown(view: BatchView, day: Path) -> dict[str, tuple[str, str, str]]:
    """What the table shows per file (name as the batch names it inside ``day``): status, order, receipt."""
    return {
        _cell(view, r, FILE).removeprefix(f"{day.name}/"): (_cell(view, r, STATUS), _cell(view, r, ORDER),
                                                       _cell(view, r, RECEIPT))
        for r in range(view.model.rowCount())
    }  # fmt: skip


def _check(qtbot: Any, window: MainWindow, view: BatchView) -> None:
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)  # the queue's start-up read is over
    with qtbot.waitSignal(view.checked, timeout=WAIT):
        click(qtbot, view.check_button)


def _checked(qtbot: Any, window: MainWindow, day: Path) -> BatchView:
    """The Batch tab with ``day`` added and checked."""
    view = _view(window)
    view.add_paths([day])
    _check(qtbot, window, view)
    return view


def _drop(view: BatchView, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    for kind in (QDropEvent.Type.DragEnter, QDropEvent.Type.Drop):
        event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier, kind)  # fmt: skip
        QApplication.sendEvent(view, event)
        assert event.isAccepted()


def _send(qtbot: Any, view: BatchView) -> tuple[str, Any]:
    """Send…: returns the question the clerk is asked and its Send button."""
    click(qtbot, view.send_button)
    box = view.confirm_box
    assert box is not None and box.isVisible()
    return box.text(), next(b for b in box.buttons() if b.objectName() == "batchConfirmSend")


def test_a_dropped_day_is_checked_with_reads_only(qtbot: Any, window: MainWindow, sandbox: Sandbox, day: Path) -> None:
    view = _view(window)
    _drop(view, day)  # dropped on the Batch tab: its files, not the Invoice tab's NF-e
    assert view.paths == [day] and not view.send_button.isEnabled()
    _check(qtbot, window, view)

    _, _, expected = day_batch()
    shown = _shown(view, day)
    assert {name: status for name, (status, _, _) in shown.items()} == {
        name: status_text(status) for name, (status, _, _) in expected.items()
    }
    assert {name: order for name, (_, order, _) in shown.items()} == {
        name: order for name, (_, order, _) in expected.items()
    }
    would = sum(1 for status, _, _ in expected.values() if status == "would-send")
    assert f"{len(expected)} files: {would} to send" in view.totals_label.text()
    assert view.send_button.text().replace("&", "") == f"Send {would} invoices…" and view.send_button.isEnabled()
    assert {r.method for r in sandbox.requests} == {"GET"}  # the dry run only read the store


def test_a_checked_day_is_kept_out_of_full_collections_and_leaves_no_cycles(
    qtbot: Any, window: MainWindow, day: Path
) -> None:
    # A 500-file check's one full collection scanned every row with the GIL held (35-50 ms, issue 18):
    # the check settles its rows (gc_pause.settle) so full collections no longer scan them.
    import gc

    view = _checked(qtbot, window, day)
    made = [row for row in view.model.rows if row.doc is not None and row.match is not None]
    assert made
    scanned = {id(o) for o in gc.get_objects()}  # every object a full collection looks at
    for row in made:
        assert not {id(row), id(row.doc), id(row.match), id(row.match.order)} & scanned
    del row, made, scanned

    view.clear()  # the rows go: by their reference counts, as they have no cycles
    gc.unfreeze()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        left = {type(o).__name__ for o in gc.garbage if type(o).__module__.startswith("vtex_invoice_gui")}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert not left & {"BatchRow", "NfeDocument", "Match", "Order", "OrderItem", "InvoiceNotification"}


def test_the_checked_day_is_sent_but_the_excluded_row(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, day: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(window)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(day)))
    click(qtbot, view.add_folder_button)
    _check(qtbot, window, view)
    names = [_cell(view, r, FILE).removeprefix(f"{day.name}/") for r in range(view.model.rowCount())]
    left_out = names.index("marketplace.xml")
    left_out_order = _cell(view, left_out, ORDER)
    assert view.model.setData(view.model.index(left_out, EXCLUDE), Qt.CheckState.Checked.value,
                              Qt.ItemDataRole.CheckStateRole)  # the clerk ticks Exclude  # fmt: skip
    assert _cell(view, left_out, STATUS) == status_text("skipped")
    to_send = {r: _cell(view, r, ORDER) for r in range(view.model.rowCount())
               if _cell(view, r, STATUS) == status_text("would-send")}  # fmt: skip
    assert left_out not in to_send and len(to_send) == 5

    question, confirm = _send(qtbot, view)
    assert "Send 5 invoices" in question and "R$" in question
    with qtbot.waitSignal(view.sent, timeout=30_000) as sent:
        click(qtbot, confirm)
    assert {index for index, result in sent.args[0].items()} == set(to_send)

    posts = [r for r in sandbox.requests if r.method == "POST"]
    assert sorted(r.path for r in posts) == sorted(f"/api/oms/pvt/orders/{o}/invoice" for o in to_send.values())
    assert not any(left_out_order in r.path for r in posts)  # the excluded row was never sent
    for row in to_send:
        assert _cell(view, row, STATUS) == status_text("sent") and _cell(view, row, RECEIPT)
    assert _cell(view, left_out, STATUS) == status_text("skipped") and not _cell(view, left_out, RECEIPT)
    assert view.totals_label.text().startswith(f"{len(names)} files: 5 sent")
    assert view.progress.value() == view.progress.maximum() == 5
    assert not view.send_button.isEnabled()  # nothing goes again without a new check
    batches = {entry.batch for entry in window.ctx.journal.query()}
    assert len(batches) == 1 and next(iter(batches)).startswith("day · ")  # History shows them as one batch

    # The DANFEs for the parcels: the five sent now and the one already on its order, in one preview.
    click(qtbot, view.danfe_button)
    dialog = view.outputs.danfe_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert dialog.error == "" and len(dialog.xmls) == 6
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.pdf)).pages).split())
    for number in ("9.201", "9.202", "9.203", "9.205", "9.206", "123.463"):
        assert number in text, number
    assert "9.204" not in text  # the excluded marketplace file: not sent, not printed


def test_a_preview_changed_while_the_question_is_open_sends_nothing(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, day: Path
) -> None:
    view = _checked(qtbot, window, day)
    _, confirm = _send(qtbot, view)
    first = next(r for r in range(view.model.rowCount()) if _cell(view, r, STATUS) == status_text("would-send"))
    assert view.model.setData(view.model.index(first, EXCLUDE), Qt.CheckState.Checked.value,
                              Qt.ItemDataRole.CheckStateRole)  # the rows change behind the question  # fmt: skip
    click(qtbot, confirm)  # a send would begin here, at once (the view turns busy)
    assert not view.busy and {r.method for r in sandbox.requests} == {"GET"}  # nothing unseen was sent


def test_cancel_stops_before_the_next_row(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, day: Path
) -> None:
    view = _view(window)
    view.settings.concurrency = 1
    view.add_paths([day])
    _check(qtbot, window, view)
    sandbox.faults.add("delay", "POST", "/invoice", seconds=2.0)  # the first send stays in flight a while
    would = len(view.sendable())
    click(qtbot, _send(qtbot, view)[1])
    qtbot.waitUntil(lambda: any(_cell(view, r, STATUS) == status_text("sending")
                                for r in range(view.model.rowCount())), timeout=WAIT)  # fmt: skip
    assert view.cancel_button.isEnabled()
    with qtbot.waitSignal(view.sent, timeout=30_000) as sent:
        click(qtbot, view.cancel_button)
    results = sent.args[0]
    statuses = sorted(result.status.value for result in results.values())
    assert statuses == ["sent"] + ["skipped"] * (would - 1)  # the one in flight finished; no other left
    assert len([r for r in sandbox.requests if r.method == "POST"]) == 1
    assert sum(_cell(view, r, STATUS) == status_text("sent") for r in range(view.model.rowCount())) == 1
    assert "Cancelled" in view.status_label.text()


def test_save_report_writes_the_csv_columns(
    qtbot: Any, window: MainWindow, day: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(window)
    files = sorted(str(p) for p in day.iterdir())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (files, "")))
    click(qtbot, view.add_files_button)
    _check(qtbot, window, view)
    target = tmp_path / "lote.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(view.reportSaved, timeout=WAIT):
        click(qtbot, view.report_button)
    with target.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        rows = {row["file"].removeprefix(f"{day}/"): row for row in reader}
    _, _, expected = day_batch()
    assert {name: row["status"] for name, row in rows.items()} == {n: s for n, (s, _, _) in expected.items()}
    assert str(target) in view.status_label.text()
