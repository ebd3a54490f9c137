"""Helpers for the journal, drafts and History tests: a journal on disk before the window opens."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from vtex_invoice_gui.app import CLI_STORE_ID
from vtex_invoice_gui.journal import Journal
from vtex_invoice_gui.ui.main_window import MainWindow

STORE = CLI_STORE_ID  # the store id of ``--base-url`` windows: journal rows and drafts carry it


def journal_path(home: Path) -> Path:
    return home / "data" / "journal.sqlite3"


def bulk_rows(home: Path, count: int, store: str = STORE) -> None:
    """``count`` confirmed invoice rows, inserted in one transaction (the journal's own schema)."""
    Journal(journal_path(home)).close()  # creates and migrates the file
    conn = sqlite3.connect(journal_path(home))
    try:
        with conn:
            conn.executemany(
                "INSERT INTO sends (store, order_id, operation, invoice_number, invoice_type, value_cents, "
                "state, receipt, receipt_date, created_at, updated_at, attempts) "
                "VALUES (?, ?, 'invoice', ?, 'Output', ?, 'confirmed', ?, ?, ?, ?, 1)",
                (_row(i, store) for i in range(count)),
            )
    finally:
        conn.close()


def _row(i: int, store: str) -> tuple[Any, ...]:
    stamp = f"2026-10-{1 + i % 28:02d}T{(i // 60) % 24:02d}:{i % 60:02d}:00.000000+00:00"
    return (store, f"{1000000000000 + i:013d}-01", f"B{i:08d}", 1000 + i, f"r{i:031x}", stamp, stamp, stamp)


def history_shown(window: MainWindow) -> bool:
    """The History tab has its first page (or knows there is none) and nothing is in flight."""
    model = window.history_tab.model
    return model.total is not None and not model.busy and window.ctx.tasks.in_flight == 0
