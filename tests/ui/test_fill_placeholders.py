"""Issue 12: one placeholder style. ``.tr("...%1...").replace("%1", a).replace("%2", b)`` corrupted any
``a`` that itself held ``%2``; every UI sentence now writes ``{name}`` and is filled by ``fill()`` in one pass."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from desk_helpers import SEED_IDS, WAIT, click, idle, load_order, paste_xml

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow

UI = Path(__file__).resolve().parents[2] / "vtex_invoice_gui" / "ui"


def test_issue_12_a_vtex_value_holding_percent_2_is_shown_intact(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    """VTEX's receipt names another order, ``5%2-01``: the banner shows it as VTEX sent it.

    Before: "another order (%1), not %2" filled %1 first, then replaced both %2, giving
    "another order (5<our order>-01), not <our order>".
    """
    order_id = SEED_IDS["ready"]
    load_order(qtbot, window, order_id)
    qtbot.keyClicks(window.invoice_tab.form.number_edit, "NF1712")
    paste_xml(qtbot, window, "<nfeProc>…</nfeProc>")
    body = json.dumps({"date": "2024-02-07T15:22:56.7612218-02:00", "orderId": "5%2-01", "receipt": "r-1"})
    sandbox.faults.add("status", "POST", "/invoice", status=200, body=body, process=True)
    click(qtbot, window.invoice_tab.send_button)
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT):
        click(qtbot, window.invoice_tab.confirm_button)
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)

    headline = window.errors.headline.text()
    assert f"another order (5%2-01), not {order_id}:" in headline
    assert headline.count(order_id) == 1


def test_no_replace_chain_fills_a_ui_string() -> None:
    chains = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"""\.replace\(\s*["']%""", line)
    ]
    assert not chains, "fill the text with fill(template, name=value) instead:\n" + "\n".join(chains)
