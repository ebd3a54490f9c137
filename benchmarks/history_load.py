"""The History workload: a journal with many rows, and the History tab opened, scrolled and searched.

``prepare_history(n)`` creates the journal where the app will look for it (``default_db_path()``
under the child's throwaway ``VTEX_DESK_HOME``/XDG dirs) through :class:`Journal` (so the schema
and migrations are the app's own), then bulk-inserts ``n`` confirmed invoice rows in one
transaction: going through ``begin``/``mark_confirmed`` would fsync 2n times and take minutes,
and how the rows got there is not what is measured.
"""

from __future__ import annotations

import json
import os
from typing import Any

from .harness import Unavailable

SEARCH_TEXT = "00004242"


def prepare_history(rows: int) -> None:
    try:
        from vtex_invoice_gui.journal import Journal
    except ImportError as exc:
        raise Unavailable(f"the journal ({exc})") from None
    os.environ.setdefault("VTEX_DESK_HOME", os.path.join(os.environ.get("HOME", "."), "desk"))
    journal = Journal()
    path = journal.path
    journal.close()
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany(
                "INSERT INTO sends (store, order_id, operation, invoice_number, invoice_type, value_cents, body, "
                "state, receipt, receipt_date, created_at, updated_at, attempts) "
                "VALUES (?, ?, 'invoice', ?, 'Output', ?, ?, 'confirmed', ?, ?, ?, ?, 1)",
                (_row(i) for i in range(rows)),
            )
    except sqlite3.Error as exc:
        raise Unavailable(f"the journal's table changed ({exc})") from None
    finally:
        conn.close()


def _row(i: int) -> tuple[Any, ...]:
    number = f"{i:09d}"
    order_id = f"{1368451234567 + i * 1011:013d}-01"
    value = 1990 + (i * 137) % 50_000
    body = json.dumps({"type": "Output", "issuanceDate": "2026-11-20T10:00:00-03:00", "invoiceNumber": number,
                       "invoiceValue": str(value), "items": [{"id": str(1000 + i % 97), "price": value,
                                                              "quantity": 1}]}, separators=(",", ":"))
    day = 1 + i % 28
    stamp = f"2026-10-{day:02d}T{(i // 60) % 24:02d}:{i % 60:02d}:00.000000Z"
    return ("bench", order_id, number, value, body, f"{i:032x}", stamp, stamp, stamp)


def exercise_history(desk: Any, rows: int, pages: int) -> None:
    """Open the History tab, scroll down ``pages`` times (the view fetches page after page), back to
    the top, then type a search one key at a time and clear it."""
    from PySide6.QtWidgets import QLineEdit, QTableView

    from .qtprobe import pump, wait_until

    tab = desk.window.findChild(QTableView, "historyTable")
    if tab is None:
        raise Unavailable("no QTableView named 'historyTable'")
    page = tab.parentWidget()
    while page is not None and desk.tabs.indexOf(page) < 0:
        page = page.parentWidget()
    if page is None:
        raise Unavailable("the History table is not in a tab of 'mainTabs'")
    desk.tabs.setCurrentWidget(page)
    model = tab.model()

    def settled() -> bool:
        return desk.idle() and not bool(getattr(model, "busy", False))

    try:
        wait_until(lambda: model.rowCount() > 0 and settled(), 5, "the History tab to show journal rows")
    except TimeoutError:
        raise Unavailable("the History tab shows none of the journal's rows (not backed by the journal yet?)") from None
    total = _total_rows(model)
    if total < rows:
        raise Unavailable(f"the History tab reaches {total} rows, not the journal's {rows}")
    bar = tab.verticalScrollBar()
    for _ in range(pages):  # drag to the end of what is loaded: the view asks for the next page
        bar.setValue(bar.maximum())
        pump(0.005)
        wait_until(settled, 60, "the next History page")
    tab.scrollToTop()
    pump(0.05)
    search = desk.window.findChild(QLineEdit, "historySearchEdit")
    if search is not None:
        for length in range(1, len(SEARCH_TEXT) + 1):  # a quick typist: one key every 80 ms
            search.setText(SEARCH_TEXT[:length])
            pump(0.08)
        pump(0.5)  # the search waits for a pause in typing
        wait_until(settled, 60, "the History search to finish")
        search.clear()
        pump(0.5)
        wait_until(settled, 60, "the History search to clear")


def _total_rows(model: Any) -> int:
    """Rows the view can reach: what a paged model says matches, else what is loaded."""
    total = getattr(model, "total", None)
    return int(total) if isinstance(total, int) else model.rowCount()
