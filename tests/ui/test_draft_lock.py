"""Finding 9 (issue 11): autosave never writes SQLite on the GUI thread.

Another program holds the journal file's write lock (``BEGIN IMMEDIATE``) while the clerk types:
the window keeps turning (a heartbeat timer keeps counting) with the draft still known as not
written, and the draft is in the file once the lock is released. Closing the window writes what
was typed last.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk_helpers import SEED_IDS, WAIT, load_order
from journal_helpers import STORE
from PySide6.QtCore import QTimer

from vtex_invoice_gui.ui.main_window import MainWindow

ORDER = SEED_IDS["ready"]


def draft_in_file(path: Path, number: str) -> bool:
    """Whether the file (as another program sees it) holds an invoice draft with that number."""
    with sqlite3.connect(path, timeout=0) as conn:
        row = conn.execute(
            "SELECT data FROM drafts WHERE store = ? AND order_id = ? AND tab = 'invoice'", (STORE, ORDER)
        ).fetchone()
    return row is not None and f'"number": "{number}"' in row[0]


def test_finding_9_autosave_while_another_program_holds_the_write_lock(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, ORDER)
    keeper = window.invoice_tab.draft
    path = window.ctx.journal.path
    ticks = [0]
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    heartbeat.start()
    flushed_at: list[int] = []
    keeper.timer.timeout.connect(lambda: flushed_at.append(ticks[0]))  # after the autosave ran

    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another desk, a batch command, a backup tool...
    try:
        qtbot.keyClicks(window.invoice_tab.form.number_edit, "NFLOCK1")
        qtbot.waitUntil(
            lambda: bool(flushed_at) and keeper.pending and ticks[0] >= flushed_at[0] + 40, timeout=WAIT
        )  # the loop turned 40 times after the autosave, which is still waiting for the lock
        assert not draft_in_file(path, "NFLOCK1")
        assert window.ctx.drafts.load_draft(STORE, ORDER, "invoice")["number"] == "NFLOCK1"  # reads see it
    finally:
        other.execute("COMMIT")
        other.close()
    qtbot.waitUntil(lambda: not keeper.pending, timeout=WAIT)
    assert draft_in_file(path, "NFLOCK1")
    heartbeat.stop()


def test_finding_9_closing_the_window_writes_what_was_typed_last(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    load_order(qtbot, window, ORDER)
    qtbot.keyClicks(window.invoice_tab.form.number_edit, "NFQUIT1")
    assert window.invoice_tab.draft.timer.isActive()  # not handed to the writer yet
    path = window.ctx.journal.path
    window.close()
    assert draft_in_file(path, "NFQUIT1")


def test_finding_9_quitting_while_the_file_stays_locked_loses_no_draft(
    qtbot: Any, make_window: Callable[..., MainWindow], monkeypatch: Any
) -> None:
    from vtex_invoice_gui.journal import drafts as drafts_module

    monkeypatch.setattr(drafts_module, "CLOSE_FLUSH_S", 0.2)  # the bounded wait, short for the test
    window = make_window()
    load_order(qtbot, window, ORDER)
    path = window.ctx.journal.path
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.keyClicks(window.invoice_tab.form.number_edit, "NFLOCKQ")
        window.close()  # does not wait for the lock: the window goes, the draft is kept aside
        assert not window.isVisible() and not draft_in_file(path, "NFLOCKQ")
    finally:
        other.execute("COMMIT")
        other.close()
    again = make_window()  # the next start, on the same home
    load_order(qtbot, again, ORDER)
    assert again.invoice_tab.form.number_edit.text() == "NFLOCKQ"
    assert again.invoice_tab.draft.bar.isVisible()


def test_finding_9_a_send_waiting_for_the_journal_lock_does_not_freeze_the_window(
    qtbot: Any, window: MainWindow
) -> None:
    """The send waits for another program's write lock on a worker; the window's own journal
    reads (the receipt shown for the order loaded meanwhile) do not wait behind it."""
    load_order(qtbot, window, ORDER)
    tab = window.invoice_tab
    tab.form.number_edit.setText("NFWAIT1")
    ticks = [0]
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    heartbeat.start()
    other = sqlite3.connect(window.ctx.journal.path, timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        tab.send_button.click()
        tab.confirm_button.click()
        assert tab.sender.in_flight
        window.order_panel.order_id_edit.setText(SEED_IDS["handling"])
        window.order_panel.load_button.click()  # its receipt comes from the journal, on the GUI thread
        start = ticks[0]
        qtbot.waitUntil(
            lambda: window.session.order.order_id == SEED_IDS["handling"] and ticks[0] >= start + 40, timeout=WAIT
        )
        assert tab.sender.in_flight  # the send is still waiting for the lock all along
    finally:
        other.execute("COMMIT")
        other.close()
    qtbot.waitUntil(lambda: not tab.sender.in_flight and window.ctx.tasks.in_flight == 0, timeout=WAIT)
    heartbeat.stop()
