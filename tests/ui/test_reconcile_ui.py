"""Reconciliation in the window: the start-up banner, the reload after a lost answer, the duplicate guard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, answer_resend, click, idle, load_order, posts
from journal_helpers import STORE, journal_path

from vtex_invoice_gui.journal import Journal, JournalEntry, JournalFilter, SendState
from vtex_invoice_gui.journal.reconcile import CONFIRMED_NOTE
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.vtex import Account, InvoiceNotification, OmsClient


def invoice_for(sandbox: Sandbox, order_id: str, number: str) -> InvoiceNotification:
    with OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token) as oms:
        order = oms.get_order(order_id)
    return InvoiceNotification(
        issuance_date="2026-11-21T10:00:00-03:00", invoice_number=number, invoice_value=order.remaining_cents,
        items=[{"id": i.id, "price": i.unit_price_cents, "quantity": i.quantity} for i in order.items],
    )


def left_sent(journal: Journal, order_id: str, invoice: InvoiceNotification, store: str = STORE) -> JournalEntry:
    """A send journaled and marked as gone out, whose answer never came (the app was killed)."""
    entry = journal.begin(store, order_id, "invoice", invoice_number=invoice.invoice_number,
                          invoice_type=invoice.type, value_cents=invoice.invoice_value, body=invoice.to_wire())
    return journal.mark_sent(entry.id)


def rows_of(window: MainWindow, number: str) -> list[JournalEntry]:
    return list(reversed(window.ctx.journal.query(JournalFilter(invoice_number=number))))  # oldest first


def test_start_up_check_says_what_landed_and_sends_again_on_request(
    qtbot: Any, sandbox: Sandbox, desk_home: Path, make_window: Callable[..., MainWindow]
) -> None:
    landed = invoice_for(sandbox, SEED_IDS["ready"], "NFLOST-A")
    missing = invoice_for(sandbox, SEED_IDS["handling"], "NFLOST-B")
    with Journal(journal_path(desk_home)) as journal:
        first = left_sent(journal, SEED_IDS["ready"], landed)
        with OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token) as oms:
            oms.send_invoice(SEED_IDS["ready"], landed)  # it reached VTEX; the app died before the answer
        second = left_sent(journal, SEED_IDS["handling"], missing)
        gone = left_sent(journal, SEED_IDS["handling"], invoice_for(sandbox, SEED_IDS["handling"], "NFX"), "old-shop")

    # A settle window long enough that the first check surely lands inside it, even on a loaded
    # machine (CI once took longer than the usual 0.3 s to read the three orders).
    window = make_window(apply_window=4.0)
    panel = window.reconcile_panel
    assert panel.isVisible() and "Checking the sends left unfinished last time (3)" in panel.summary.text()
    qtbot.waitUntil(lambda: bool(panel.rows) and idle(window), timeout=WAIT)
    assert "3 sends" not in panel.summary.text()
    # Rows an earlier process left get a whole settle window of re-reads before "did not land".
    assert "1 landed, 0 did not." in panel.summary.text() and "1 could not be checked." in panel.summary.text()
    assert "1 not shown by VTEX yet: the desk keeps checking." in panel.summary.text()
    by_id = {row.entry.id: row for row in panel.rows}
    assert "it is on the order" in by_id[first.id].label.text()
    assert by_id[first.id].resend_button.isHidden()
    assert "VTEX has not shown invoice NFLOST-B of order" in by_id[second.id].label.text()
    assert "checking again in" in by_id[second.id].label.text() and by_id[second.id].resend_button.isHidden()
    qtbot.waitUntil(lambda: "not on the order; VTEX did not apply it" in by_id[second.id].label.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    assert "1 landed, 1 did not." in panel.summary.text() and "1 could not be checked." in panel.summary.text()
    assert "not shown by VTEX yet" not in panel.summary.text()
    assert "store old-shop is not set up" in by_id[gone.id].label.text()
    assert not by_id[gone.id].check_button.isHidden()
    journal = window.ctx.journal
    assert journal.get(first.id).state == SendState.CONFIRMED and journal.get(first.id).note == CONFIRMED_NOTE
    assert journal.get(second.id).state == SendState.UNKNOWN  # nothing is sent on its own
    assert [p.body["invoiceNumber"] for p in posts(sandbox)] == ["NFLOST-A"]

    asked = answer_resend()
    click(qtbot, by_id[second.id].resend_button)
    qtbot.waitUntil(lambda: "sent again" in by_id[second.id].label.text() and idle(window), timeout=WAIT)
    assert "Invoice NFLOST-B of order" in asked[0] and "posting it twice loses information" in asked[0]
    assert [p.body["invoiceNumber"] for p in posts(sandbox)] == ["NFLOST-A", "NFLOST-B"]
    old, new = rows_of(window, "NFLOST-B")
    assert old.state == SendState.FAILED and old.note == f"not applied; sent again as #{new.id}"
    assert new.state == SendState.CONFIRMED and new.resent_from == old.id and new.receipt
    assert new.receipt in by_id[second.id].label.text()
    assert by_id[second.id].resend_button.isHidden()
    click(qtbot, panel.dismiss_button)
    assert not panel.isVisible()


def test_no_unsettled_sends_no_banner(window: MainWindow) -> None:
    assert not window.reconcile_panel.isVisible()


@pytest.mark.parametrize("kind", ["drop_before", "drop_after"])
def test_the_reload_after_a_lost_answer_settles_the_journal(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, kind: str
) -> None:
    order_id = SEED_IDS["ready"]
    load_order(qtbot, window, order_id)
    tab = window.invoice_tab
    sandbox.faults.add(kind, "POST", "/invoice")
    tab.form.number_edit.setText("NFLOST1")
    click(qtbot, tab.send_button)
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT):
        click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    (lost,) = rows_of(window, "NFLOST1")
    assert lost.state == SendState.UNKNOWN
    click(qtbot, window.errors.reload_button)
    qtbot.waitUntil(lambda: idle(window) and not tab.sender.checking and not tab.sender.needs_reload, timeout=WAIT)
    settled = window.ctx.journal.get(lost.id)
    if kind == "drop_after":
        assert settled.state == SendState.CONFIRMED and settled.note == CONFIRMED_NOTE
        assert "Invoice NFLOST1 is on the order: the send did reach VTEX" in tab.receipt.text.toPlainText()
        assert len(posts(sandbox)) == 1
        return
    assert settled.state == SendState.UNKNOWN and "not on the order" in (settled.note or "")
    assert "Invoice NFLOST1 is not on the order: VTEX did not apply it" in tab.receipt.text.toPlainText()
    click(qtbot, tab.send_button)  # the same number again: the journal lets it replace the lost one
    assert tab.confirm_bar.isVisible(), tab.form.problems["invoice_number"].text()
    asked = answer_resend()
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: window.session.order.package("NFLOST1") is not None and idle(window), timeout=WAIT)
    assert "Invoice NFLOST1 of order" in asked[0]
    old, new = rows_of(window, "NFLOST1")
    assert old.state == SendState.FAILED and new.state == SendState.CONFIRMED and new.resent_from == old.id
    assert len(posts(sandbox)) == 2


def test_the_journal_guard_speaks_plainly_and_shows_the_way_out(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    order_id = SEED_IDS["handling"]
    journal = window.ctx.journal
    unknown = left_sent(journal, order_id, invoice_for(sandbox, order_id, "NFDUP1"))
    journal.mark_unknown(unknown.id, message="no answer", kind="OutcomeUnknownError")
    confirmed = left_sent(journal, order_id, invoice_for(sandbox, order_id, "NFDUP2"))
    journal.mark_confirmed(confirmed.id, receipt="r-dup-2")
    load_order(qtbot, window, order_id)
    tab = window.invoice_tab
    problem = tab.form.problems["invoice_number"]

    tab.form.number_edit.setText("NFDUP2")  # VTEX confirmed it, though the order does not show it yet
    click(qtbot, tab.send_button)
    assert not tab.confirm_bar.isVisible()
    assert "already sent to this order" in problem.text() and "VTEX confirmed it" in problem.text()

    tab.form.number_edit.setText("NFDUP1")  # its answer never came: checked now, then it may go again
    click(qtbot, tab.send_button)
    assert not tab.confirm_bar.isVisible()
    assert "answer never arrived" in problem.text() and "re-reading the order" in problem.text()
    qtbot.waitUntil(lambda: not tab.sender.checking and idle(window), timeout=WAIT)
    assert "Invoice NFDUP1 is not on the order" in tab.receipt.text.toPlainText()
    click(qtbot, tab.send_button)
    assert tab.confirm_bar.isVisible(), problem.text()
    answer_resend()
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: window.session.order.package("NFDUP1") is not None and idle(window), timeout=WAIT)
    assert [p.body["invoiceNumber"] for p in posts(sandbox)] == ["NFDUP1"]
    assert rows_of(window, "NFDUP1")[-1].resent_from == unknown.id


def test_a_send_refused_by_the_journal_is_explained(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    """Another desk on the same journal sent the number between the review and the confirmation."""
    order_id = SEED_IDS["ready"]
    load_order(qtbot, window, order_id)
    tab = window.invoice_tab
    tab.form.number_edit.setText("NFRACE")
    click(qtbot, tab.send_button)
    assert tab.confirm_bar.isVisible()
    with Journal(window.ctx.journal.path) as other:
        left_sent(other, order_id, invoice_for(sandbox, order_id, "NFRACE"))
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT) as shown:
        click(qtbot, tab.confirm_button)
    assert shown.args[0].kind == "DuplicateSendError"
    assert window.errors.headline.text() == "This invoice was already sent to this order; it was not sent again."
    assert "answer never arrived" in tab.form.problems["invoice_number"].text()
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    assert posts(sandbox) == []


def test_a_lost_tracking_number_is_settled_and_replaced_by_the_next_send(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    order_id = SEED_IDS["invoiced_no_tracking"]
    load_order(qtbot, window, order_id)
    window.tabs.setCurrentWidget(window.tracking_tab)
    tab = window.tracking_tab
    number = tab.invoice_combo.current_number()
    sandbox.faults.add("drop_before", "PATCH", "/invoice/")
    tab.number_edit.setText("BR-LOST-1")
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT):
        click(qtbot, tab.send_button)
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    assert not tab.send_button.isEnabled() and "Reload the order" in tab.gate_label.text()
    click(qtbot, window.errors.reload_button)
    qtbot.waitUntil(lambda: idle(window) and not tab.sender.checking and tab.send_button.isEnabled(), timeout=WAIT)
    assert "is not on the order: VTEX did not apply it" in tab.receipt.text.toPlainText()
    tab.number_edit.setText("BR-LOST-2")  # the clerk corrects it and sends again
    click(qtbot, tab.send_button)
    qtbot.waitUntil(lambda: tab.receipt.receipt is not None and idle(window), timeout=WAIT)
    old, new = reversed(window.ctx.journal.query(JournalFilter(operation="tracking_number")))
    assert old.state == SendState.FAILED and old.note == f"not applied; sent again as #{new.id}"
    assert new.state == SendState.CONFIRMED and new.resent_from == old.id and new.invoice_number == number
    assert window.ctx.journal.pending_rows() == []  # nothing left for the next start-up to offer again
