"""Edit and re-send in the Import tracking window (issue 15), end to end against the sandbox: a
row with a wrong Correios check digit is flagged; the clerk corrects it in the row's form (reached by
keyboard), it is checked again alone and becomes ready; *Send 1…* posts exactly one PATCH with the
corrected code and nothing sent earlier goes again; the file on disk is never changed."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from desk_helpers import WAIT, click, posts
from PySide6.QtCore import Qt
from test_tracking_import_view import (
    HANDLING_INVOICED, IN_TRANSIT, NO_TRACKING, TWO_INVOICES, UNKNOWN, answer_send, check, open_import, read,
    spreadsheet, statuses,
)  # fmt: skip

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.tracking_import import Status
from vtex_invoice_gui.tracking_import.carriers import s10_check_digit
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.tracking_import import TrackingImportWindow
from vtex_invoice_gui.ui.tracking_import.edit_form import RowEditForm


def row_of(view: TrackingImportWindow, order: str) -> int:
    return next(i for i, r in enumerate(view.results) if (r.order_id or r.row.marketplace_order_id) == order)


def edit_by_keyboard(qtbot: Any, view: TrackingImportWindow, index: int, **values: str) -> dict[str, str]:
    """Select the row, press Enter, type the corrections, press Enter (Save and check); the form's
    values as it opened (prefilled from the row)."""
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(index, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    form = view.editing.form
    assert isinstance(form, RowEditForm) and form.isVisible()
    prefilled = form.values()
    for name, value in values.items():
        form.edits[name].setText(value)
    qtbot.keyClick(form.edits["tracking_number"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT)
    return prefilled


def ok_patches(sandbox: Sandbox, suffix: str) -> list[Any]:
    return [r for r in posts(sandbox, suffix, "PATCH") if r.status == 200]


def test_a_flagged_row_edited_checked_again_and_sent_once(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, tmp_path: Path
) -> None:
    view = open_import(qtbot, window)
    path = spreadsheet(tmp_path)
    on_disk = path.read_bytes()
    read(qtbot, view, path)
    check(qtbot, view)
    asked = answer_send()
    click(qtbot, view.send_button)  # the two ready rows go first
    qtbot.waitUntil(lambda: bool(asked) and not view.busy, timeout=WAIT)
    assert statuses(view)[NO_TRACKING] is Status.SENT and statuses(view)[HANDLING_INVOICED] is Status.SENT
    assert not view.send_button.isEnabled()

    sent = row_of(view, NO_TRACKING)
    view.table.setCurrentIndex(view.model.index(sent, 0))
    assert not view.editing.button.isEnabled() and view.editing.edit(sent) is None  # a sent row is not edited

    flagged = row_of(view, TWO_INVOICES)
    expected = s10_check_digit("12345678")
    assert view.results[flagged].status is Status.FAILED
    assert f"AA12345678{expected}BR" in view.model.message(view.results[flagged])  # names the right digit
    view.table.setCurrentIndex(view.model.index(flagged, 0))
    assert view.editing.button.isEnabled()
    prefilled = edit_by_keyboard(qtbot, view, flagged, tracking_number=f"aa 12345678{expected} br")
    assert prefilled["order_id"] == TWO_INVOICES and prefilled["invoice_number"] == "000123462"
    assert prefilled["tracking_number"] == "AA123456789BR"
    assert view.results[flagged].status is Status.WOULD_SEND
    assert view.results[flagged].tracking_number == f"AA12345678{expected}BR"
    assert posts(sandbox, "", "PATCH") and not posts(sandbox, "/invoice/000123462", "PATCH")  # a check sends nothing

    # the unknown order corrected to an invoice that already shows that number: already done, not sent
    unknown = row_of(view, UNKNOWN)
    edit_by_keyboard(qtbot, view, unknown, order_id=IN_TRANSIT, invoice_number="000123463",
                     tracking_number="QB123456785BR")  # fmt: skip
    assert view.results[unknown].status is Status.ALREADY

    assert view.send_button.isEnabled() and "1" in view.send_button.text()
    asked = answer_send()
    click(qtbot, view.send_button)
    qtbot.waitUntil(lambda: bool(asked) and not view.busy, timeout=WAIT)
    assert "1" in asked[0]
    patched = ok_patches(sandbox, "/invoice/000123462")
    assert len(patched) == 1 and patched[0].body["trackingNumber"] == f"AA12345678{expected}BR"
    assert len(ok_patches(sandbox, "/invoice/000123465")) == 1  # sent earlier: not posted again
    assert len(ok_patches(sandbox, "/invoice/000123458")) == 1
    assert posts(sandbox, "/invoice/000123463", "PATCH") == []
    assert view.results[flagged].status is Status.SENT and not view.send_button.isEnabled()

    report = tmp_path / "relatorio.csv"
    view.save_report(report)
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8-sig"))))
    assert [r["status"] for r in rows] == ["sent", "already-on-order", "sent", "sent", "already-on-order"]
    assert rows[3]["tracking_number"] == f"AA12345678{expected}BR" and rows[4]["order_id"] == IN_TRANSIT
    assert path.read_bytes() == on_disk  # edits never touch the file


def test_an_edit_cancelled_changes_nothing_and_an_invoice_another_row_sends_is_flagged(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, tmp_path: Path
) -> None:
    view = open_import(qtbot, window)
    read(qtbot, view, spreadsheet(tmp_path))
    check(qtbot, view)
    flagged = row_of(view, TWO_INVOICES)
    before = view.results[flagged]
    form = view.editing.edit(flagged)
    assert form is not None
    form.edits["tracking_number"].setText("AA123456785BR")
    form.reject()
    assert view.results[flagged] is before and before.status is Status.FAILED and "2" in view.send_button.text()

    unknown = row_of(view, UNKNOWN)
    prefilled = edit_by_keyboard(qtbot, view, unknown, order_id=NO_TRACKING, invoice_number="000123465")
    assert prefilled["dispatched_date"] == "02/12/2026"
    again = view.results[unknown]
    assert again.status is Status.SKIPPED and again.messages[0].code == "tracking_import.duplicate"  # row 3 sends it
    assert "2" in view.send_button.text() and posts(sandbox, "", "PATCH") == []
