"""The Import tracking window, end to end against the sandbox: a Windows-1252 CSV with a pt_BR
header, its columns guessed, the dry run's statuses, the send (one PATCH per ready row, flagged
rows never sent), the report; reached from the main window's Tools menu."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from desk_helpers import SEED_IDS, WAIT, click, posts
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.tracking_import import MappingFile, Status
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.tracking_import import TrackingImportWindow

NO_TRACKING = SEED_IDS["invoiced_no_tracking"]  # one Output invoice 000123465, no tracking yet
IN_TRANSIT = SEED_IDS["invoiced_in_transit"]  # invoice 000123463 already has QB123456785BR
HANDLING_INVOICED = SEED_IDS["handling_partial"]  # one Output invoice 000123458
TWO_INVOICES = SEED_IDS["payment_approved_two_partials"]  # Output 000123462 and 000123562
UNKNOWN = "1368459999999-01"


def spreadsheet(folder: Path) -> Path:
    path = folder / "rastreios.csv"
    text = (
        "Relatório de envios da transportadora\r\n"
        "Pedido;Nº Nota Fiscal;Código de Rastreio;Transportadora;Data de Envio\r\n"
        f"{NO_TRACKING};123465;jt 124 720 455 br;Correios;01/12/2026 10:30\r\n"
        f"{IN_TRANSIT};000123463;QB123456785BR;Correios SEDEX;\r\n"
        f"{HANDLING_INVOICED};;PJ907948743BR;Correios;02/12/2026\r\n"
        f"{TWO_INVOICES};000123462;AA123456789BR;Correios;02/12/2026\r\n"
        f"{UNKNOWN};000999;JT124720455BR;Correios;02/12/2026\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    return path


def answer_send(send: bool = True) -> list[str]:
    """Answer the "Send the tracking of N rows?" question once it opens."""
    seen: list[str] = []
    tries = [0]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "confirmImportSendBox":
            tries[0] += 1
            if tries[0] < 1000:
                QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        box.findChild(QPushButton, "confirmImportSendButton" if send else "cancelImportSendButton").click()

    QTimer.singleShot(0, answer)
    return seen


def open_import(qtbot: Any, window: MainWindow) -> TrackingImportWindow:
    window.tracking_import.action.trigger()
    view = window.tracking_import.view
    assert view is not None and view.isVisible() and not view.isModal()
    return view


def read(qtbot: Any, view: TrackingImportWindow, path: Path) -> None:
    view.open_file(path)
    qtbot.waitUntil(lambda: view.layout_ is not None and not view.busy, timeout=WAIT)


def check(qtbot: Any, view: TrackingImportWindow) -> None:
    click(qtbot, view.check_button)
    qtbot.waitUntil(lambda: bool(view.results) and not view.busy, timeout=WAIT)


def statuses(view: TrackingImportWindow) -> dict[str, Status]:
    return {r.order_id or r.row.marketplace_order_id: r.status for r in view.results}


def test_dry_run_then_send_then_report(qtbot: Any, window: MainWindow, sandbox: Sandbox, tmp_path: Path) -> None:
    view = open_import(qtbot, window)
    read(qtbot, view, spreadsheet(tmp_path))
    assert "line 2" in view.header_label.text() and "Código de Rastreio" in view.header_label.text()
    combos = view.mapping.combos
    assert combos["order_id"].currentText() == "Pedido"
    assert combos["invoice_number"].currentText() == "Nº Nota Fiscal"
    assert combos["tracking_number"].currentText() == "Código de Rastreio"
    assert combos["courier"].currentText() == "Transportadora"
    assert combos["dispatched_date"].currentText() == "Data de Envio"
    assert not view.send_button.isEnabled()  # nothing is sent before a dry run

    check(qtbot, view)
    assert statuses(view) == {
        NO_TRACKING: Status.WOULD_SEND, IN_TRANSIT: Status.ALREADY, HANDLING_INVOICED: Status.WOULD_SEND,
        TWO_INVOICES: Status.FAILED, UNKNOWN: Status.UNMATCHED,
    }  # fmt: skip
    assert view.model.rowCount() == 5
    assert posts(sandbox, "", "PATCH") == []  # a dry run sends nothing
    flagged = next(r for r in view.results if r.order_id == TWO_INVOICES)
    assert "AA123456785BR" in view.model.message(flagged)  # the right check digit suggested
    assert view.send_button.isEnabled() and "2" in view.send_button.text()
    store = window.ctx.store.id
    assert view.layout_ is not None
    assert MappingFile(window.ctx.config_dir).load(store, view.layout_.signature)["Pedido"] == "order_id"

    sandbox.faults.rate_limit("PATCH", "/invoice/000123465", retry_after=0.3)  # VTEX asks to wait, once
    asked = answer_send()
    click(qtbot, view.send_button)
    qtbot.waitUntil(lambda: bool(asked) and not view.busy, timeout=WAIT)
    assert "2" in asked[0]
    assert statuses(view)[NO_TRACKING] is Status.SENT and statuses(view)[HANDLING_INVOICED] is Status.SENT
    assert statuses(view)[TWO_INVOICES] is Status.FAILED and statuses(view)[UNKNOWN] is Status.UNMATCHED
    first = posts(sandbox, "/invoice/000123465", "PATCH")
    assert [r.status for r in first] == [429, 200] and first[1].body["trackingNumber"] == "JT124720455BR"
    assert len(posts(sandbox, "/invoice/000123458", "PATCH")) == 1
    assert len([r for r in posts(sandbox, "", "PATCH") if r.status == 200]) == 2  # flagged, already-there: never
    batches = {entry.batch for entry in window.ctx.journal.query()}
    assert len(batches) == 1 and next(iter(batches)).startswith("rastreios.csv · ")  # one import in History
    assert view.progress.value() == view.progress.maximum() == 2
    assert not view.send_button.isEnabled()  # sent: a second press cannot send again

    report = tmp_path / "relatorio.csv"
    view.save_report(report)
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8-sig"))))
    assert [r["status"] for r in rows] == ["sent", "already-on-order", "sent", "failed", "unmatched"]
    assert rows[0]["receipt"]


def test_declining_sends_nothing_and_a_changed_column_needs_a_new_check(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, tmp_path: Path
) -> None:
    view = open_import(qtbot, window)
    read(qtbot, view, spreadsheet(tmp_path))
    check(qtbot, view)
    asked = answer_send(send=False)
    click(qtbot, view.send_button)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    assert posts(sandbox, "", "PATCH") == []
    view.mapping.combos["dispatched_date"].setCurrentIndex(0)  # (no column)
    assert view.results == [] and not view.send_button.isEnabled()
    view.mapping.combos["tracking_number"].setCurrentIndex(0)
    click(qtbot, view.check_button)
    assert view.problem_label.isVisible() and view.results == []  # no tracking column: said, not checked
