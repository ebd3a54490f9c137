"""Issue 11 in the window: a lost send is *pending* while VTEX may still apply it (finding 1), and a
write answered by a login page or broken JSON is treated like any ambiguous answer (finding 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, answer_resend, click, idle, load_order, posts

from vtex_invoice_gui.launch import parse_args
from vtex_invoice_gui.ui.runtime.desk import create_window
from vtex_invoice_gui.journal import JournalFilter, SendState
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.secrets import MemorySecretStore, SecretVault
from vtex_invoice_gui.ui.main_window import MainWindow

WINDOW = 60.0  # the settle window here; the journal's monotonic clock is the test's


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _send(qtbot: Any, window: MainWindow, number: str) -> None:
    tab = window.invoice_tab
    tab.form.number_edit.setText(number)
    click(qtbot, tab.send_button)
    assert tab.confirm_bar.isVisible(), tab.form.problems["invoice_number"].text()
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT):
        click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)


def test_finding_1_a_lost_send_is_pending_until_its_window_closes_then_resent_only_on_a_yes(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    clock = Clock()
    window.ctx.apply_window = WINDOW
    window.ctx.journal.windows.clock = clock
    order_id = SEED_IDS["ready"]
    load_order(qtbot, window, order_id)
    tab = window.invoice_tab
    sandbox.faults.add("drop_before", "POST", "/invoice")
    _send(qtbot, window, "NFSLOW")
    click(qtbot, window.errors.reload_button)
    pending = f"VTEX has not shown invoice NFSLOW of order {order_id} (#1) yet; checking again in"
    qtbot.waitUntil(lambda: pending in tab.gate_label.text() and idle(window), timeout=WAIT)
    assert not tab.send_button.isEnabled()
    assert tab.sender.checking
    assert window.ctx.journal.get(1).state == SendState.UNKNOWN
    clock.now += WINDOW  # the window closes; the next automatic re-read decides
    qtbot.waitUntil(lambda: "is not on the order" in tab.receipt.text.toPlainText() and idle(window), timeout=WAIT)
    assert tab.send_button.isEnabled()

    click(qtbot, tab.send_button)
    asked = answer_resend(send=False)
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: bool(asked) and idle(window), timeout=WAIT)
    assert f"Invoice NFSLOW of order {order_id}" in asked[0] and "posting it twice loses information" in asked[0]
    assert len(posts(sandbox)) == 1  # "Do not send": nothing posted
    assert tab.send_button.isEnabled()

    click(qtbot, tab.send_button)
    answer_resend()
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: window.session.order.package("NFSLOW") is not None and idle(window), timeout=WAIT)
    assert len(posts(sandbox)) == 2
    old, new = reversed(window.ctx.journal.query(JournalFilter(invoice_number="NFSLOW")))
    assert old.state == SendState.FAILED and new.state == SendState.CONFIRMED and new.resent_from == old.id


@pytest.mark.parametrize("fault", ["login", "malformed_json"])
@pytest.mark.parametrize("applied", [True, False])
def test_finding_4_a_login_page_or_broken_json_answer_offers_reload_and_is_settled(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, fault: str, applied: bool
) -> None:
    order_id = SEED_IDS["ready"]
    load_order(qtbot, window, order_id)
    tab = window.invoice_tab
    sandbox.faults.add(fault, "POST", "/invoice", process=applied)
    _send(qtbot, window, "NFPAGE")
    assert "may or may not have applied it" in window.errors.headline.text()
    assert "account name" not in window.errors.advice.text()
    assert "Reload the order" in window.errors.advice.text()
    assert window.errors.reload_button.isVisible()
    assert not tab.send_button.isEnabled()
    click(qtbot, window.errors.reload_button)
    qtbot.waitUntil(lambda: not tab.sender.checking and not tab.sender.needs_reload and idle(window), timeout=WAIT)
    (row,) = window.ctx.journal.query(JournalFilter(invoice_number="NFPAGE"))
    if applied:
        assert row.state == SendState.CONFIRMED
        assert "Invoice NFPAGE is on the order: the send did reach VTEX" in tab.receipt.text.toPlainText()
        assert len(posts(sandbox)) == 1
        return
    assert "Invoice NFPAGE is not on the order" in tab.receipt.text.toPlainText()
    click(qtbot, tab.send_button)  # a resend is allowed after the not-found verdict
    answer_resend()
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: window.session.order.package("NFPAGE") is not None and idle(window), timeout=WAIT)
    assert len(posts(sandbox)) == 2


def test_the_settle_window_is_the_read_timeout_plus_the_settings_apply_time(
    qtbot: Any, sandbox: Sandbox, desk_home: Path
) -> None:
    desk_home.mkdir(parents=True, exist_ok=True)
    (desk_home / "settings.json").write_text('{"apply_time_s": 600}', encoding="utf-8")
    window = create_window(parse_args(["--base-url", sandbox.base_url]), secrets=SecretVault(MemorySecretStore()))
    qtbot.addWidget(window)
    assert window.ctx.apply_window == 30 + 600
