"""The Batch tab's row fixes on a real window and the sandbox: "Set order…" on a file without its
order (an unknown id changes nothing), and "Send failed again…" after a send where VTEX refused one
invoice: the second send posts only that one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desk_helpers import WAIT, click
from tests.core.batch_helpers import write_day
from tests.ui.test_batch_view import _cell, _checked
from vtex_invoice_gui.batch.matching import MatchedBy
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.sandbox.seed import SEED_IDS
from vtex_invoice_gui.ui.batch.view import BatchView
from vtex_invoice_gui.ui.batch.model import FILE, MATCHED, ORDER, STATUS, matched_text, status_text
from vtex_invoice_gui.ui.main_window import MainWindow


@pytest.fixture
def day(tmp_path: Path) -> Path:
    folder = tmp_path / "day"
    folder.mkdir()
    return write_day(folder)


def _row(view: BatchView, name: str) -> int:
    return next(r for r in range(view.model.rowCount()) if _cell(view, r, FILE).endswith(name))


def _set_order(qtbot: Any, view: BatchView, row: int, order_id: str) -> None:
    """Select the row, "Set order…", type the id, OK; wait until the order was read."""
    view.table.selectRow(row)
    assert view.fixes.order_button.isEnabled()
    click(qtbot, view.fixes.order_button)
    dialog = view.fixes.order_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setTextValue(order_id)
    dialog.accept()
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT)


def test_set_order_gives_an_unmatched_file_its_order(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, day: Path
) -> None:
    view = _checked(qtbot, window, day)
    stranger = _row(view, "stranger.xml")
    assert _cell(view, stranger, STATUS) == status_text("unmatched")
    view.table.clearSelection()
    assert not view.fixes.order_button.isEnabled()  # no row selected

    before = view.model.rows
    _set_order(qtbot, view, stranger, "9999999999999-01")
    assert "has no order 9999999999999-01" in view.status_label.text()
    assert view.model.rows == before  # an unknown order changes nothing

    target = SEED_IDS["handling_boleto"]
    with qtbot.waitSignal(view.fixes.orderSet, timeout=WAIT):
        _set_order(qtbot, view, stranger, f" {target} ")
    assert _cell(view, stranger, ORDER) == target
    assert _cell(view, stranger, MATCHED) == matched_text(MatchedBy.MANUAL)
    # Its checks ran against that order: its one line is not on it, so it is not sent.
    assert _cell(view, stranger, STATUS) == status_text("failed")
    assert f"now goes to order {target}" in view.status_label.text()
    assert {r.method for r in sandbox.requests} == {"GET"}


def test_send_failed_again_posts_only_the_rows_that_failed(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, day: Path
) -> None:
    view = _checked(qtbot, window, day)
    ready = SEED_IDS["ready"]
    refused = f"/api/oms/pvt/orders/{ready}/invoice"
    sandbox.faults.status(400, "POST", refused)  # VTEX refuses the first send of this one invoice
    assert not view.fixes.resend_button.isEnabled()
    click(qtbot, view.send_button)
    with qtbot.waitSignal(view.sent, timeout=30_000):
        click(qtbot, next(b for b in view.confirm_box.buttons() if b.objectName() == "batchConfirmSend"))
    first = [r.path for r in sandbox.requests if r.method == "POST"]
    ready_row = _row(view, "/ready.xml")
    assert _cell(view, ready_row, STATUS) == status_text("failed")
    assert not view.fixes.order_button.isEnabled()  # the send is over: no order is changed now
    assert view.fixes.resend_button.isEnabled() and view.fixes.failed_rows() == [ready_row]

    with qtbot.waitSignal(view.checked, timeout=WAIT):
        click(qtbot, view.fixes.resend_button)
    box = view.confirm_box
    assert box is not None and box.isVisible() and "Send 1 invoice" in box.text()
    with qtbot.waitSignal(view.sent, timeout=30_000) as sent:
        click(qtbot, next(b for b in box.buttons() if b.objectName() == "batchConfirmSend"))
    assert [result.status.value for result in sent.args[0].values()] == ["sent"]
    again = [r.path for r in sandbox.requests if r.method == "POST"][len(first):]
    assert again == [refused]  # only the refused invoice went again; nothing sent was posted twice
    assert _cell(view, ready_row, STATUS) == status_text("sent")
    assert not view.fixes.resend_button.isEnabled()


def test_map_items_maps_a_line_by_hand_and_checks_the_row_again(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, day: Path
) -> None:
    view = _checked(qtbot, window, day)
    stranger = _row(view, "stranger.xml")
    view.table.selectRow(stranger)
    assert not view.fixes.mapping.button.isEnabled()  # no order yet: nothing to map to
    with qtbot.waitSignal(view.fixes.orderSet, timeout=WAIT):
        _set_order(qtbot, view, stranger, SEED_IDS["handling_boleto"])
    assert "unmatched_items" in {check.code for check in view.model.rows[stranger].checks}
    assert view.fixes.mapping.button.isEnabled()

    click(qtbot, view.fixes.mapping.button)
    dialog, lines = view.fixes.mapping.dialog, view.fixes.mapping.rows_widget
    assert dialog is not None and dialog.isVisible() and lines is not None
    qtbot.waitUntil(lambda: not lines.pending and bool(lines.combos), timeout=WAIT)
    combo = lines.combos[0]  # the NF-e's one line, "X-1", that no order item matched
    combo.setCurrentIndex(1)  # the order's first item
    with qtbot.waitSignal(view.fixes.mapping.mapped, timeout=WAIT):
        dialog.accept()
    row = view.model.rows[stranger]
    assert row.mapping is not None and row.mapping.lines[0].order_index == combo.currentData()
    assert "unmatched_items" not in {check.code for check in row.checks}  # checked again with the mapping
    assert "mapped by hand" in view.status_label.text()
    assert {r.method for r in sandbox.requests} == {"GET"}
