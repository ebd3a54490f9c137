"""Drafts: what the clerk types is autosaved per store, order and tab, and restored in a new window."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk_helpers import SEED_IDS, WAIT, click, idle, load_order
from journal_helpers import STORE
from PySide6.QtCore import QDate

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.text.formatting import plain_money
from vtex_invoice_gui.ui.main_window import MainWindow

ORDER = SEED_IDS["ready"]


def type_invoice(qtbot: Any, window: MainWindow) -> None:
    """Number, a smaller value, an access key, and the second item line left out."""
    form = window.invoice_tab.form
    with qtbot.waitSignal(window.invoice_tab.draft.saved, timeout=WAIT):  # a second after the last key
        qtbot.keyClicks(form.number_edit, "NFDRAFT1")
        form.value_edit.clear()
        qtbot.keyClicks(form.value_edit, "100,00")
        qtbot.keyClicks(form.key_edit, "3526")
        model = form.items_model
        assert model.setData(model.index(1, model.QUANTITY), 0)


def test_typing_is_autosaved_and_restored_over_the_prefill(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    first = make_window()
    load_order(qtbot, first, ORDER)
    type_invoice(qtbot, first)
    saved = first.ctx.drafts.load_draft(STORE, ORDER, "invoice")
    assert saved is not None and saved["number"] == "NFDRAFT1" and saved["value_cents"] == 10000
    first.close()

    window = make_window()
    tab = window.invoice_tab
    assert not tab.draft.bar.isVisible()
    load_order(qtbot, window, ORDER)
    form = tab.form
    assert form.number_edit.text() == "NFDRAFT1"
    assert form.value_edit.cents() == 10000  # not the remaining balance the prefill puts there
    assert form.key_edit.text() == "3526"
    assert [item.quantity for item in form.items_model.items()][1] == 0
    assert tab.draft.bar.isVisible()
    assert re.fullmatch(r"Draft from \d\d:\d\d restored: .*", tab.draft.bar.label.text())

    click(qtbot, tab.draft.bar.discard_button)  # back to what the order gives
    order = window.session.order
    assert order is not None
    assert form.number_edit.text() == "" and form.value_edit.cents() == order.remaining_cents
    assert all(item.quantity > 0 for item in form.items_model.items())
    assert not tab.draft.bar.isVisible()
    assert window.ctx.drafts.load_draft(STORE, ORDER, "invoice") is None


def test_loading_orders_makes_no_draft(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, ORDER)
    load_order(qtbot, window, SEED_IDS["invoiced_in_transit"])
    window.session.reload()
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    for tab in (window.invoice_tab, window.tracking_tab, window.events_tab):
        assert not tab.draft.pending and not tab.draft.timer.isActive()
    assert window.ctx.drafts.latest_drafts() == []


def test_switching_orders_saves_at_once_and_each_order_keeps_its_draft(qtbot: Any, window: MainWindow) -> None:
    form = window.invoice_tab.form
    load_order(qtbot, window, ORDER)
    qtbot.keyClicks(form.number_edit, "FOR-A")
    assert window.invoice_tab.draft.timer.isActive()  # not written yet...
    load_order(qtbot, window, SEED_IDS["handling"])  # ...but it is before the form changes order
    assert window.ctx.drafts.load_draft(STORE, ORDER, "invoice")["number"] == "FOR-A"
    assert form.number_edit.text() == "" and not window.invoice_tab.draft.bar.isVisible()
    load_order(qtbot, window, ORDER)
    assert form.number_edit.text() == "FOR-A" and window.invoice_tab.draft.bar.isVisible()


def test_a_successful_send_discards_the_draft(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, ORDER)
    tab = window.invoice_tab
    with qtbot.waitSignal(tab.draft.saved, timeout=WAIT):
        qtbot.keyClicks(tab.form.number_edit, "NFSENT1")
    click(qtbot, tab.send_button)
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: window.session.order.package("NFSENT1") is not None and idle(window), timeout=WAIT)
    assert window.ctx.drafts.load_draft(STORE, ORDER, "invoice") is None
    assert not tab.draft.pending


def test_tracking_and_events_drafts_come_back(
    qtbot: Any, make_window: Callable[..., MainWindow], sandbox: Sandbox
) -> None:
    order_id = SEED_IDS["invoiced_in_transit"]
    first = make_window()
    load_order(qtbot, first, order_id)
    tracking, events = first.tracking_tab, first.events_tab
    with qtbot.waitSignal(tracking.draft.saved, timeout=WAIT):
        tracking.number_edit.setText("BR-DRAFT-9")
        tracking.url_edit.setText("https://rastreio.example.com/BR-DRAFT-9")
    with qtbot.waitSignal(events.draft.saved, timeout=WAIT):
        events.city_edit.setText("Campinas")
        events.state_combo.setCurrentText("SP")
        events.description_edit.setText("Saiu para entrega")
        events.date_edit.setDate(QDate(2026, 11, 20))
        click(qtbot, events.add_button)
        events.city_edit.setText("Jundiaí")  # typed, not added yet
        events.delivered_check.setChecked(True)
    first.close()

    window = make_window()
    load_order(qtbot, window, order_id)
    assert window.tracking_tab.number_edit.text() == "BR-DRAFT-9"
    assert window.tracking_tab.url_edit.text() == "https://rastreio.example.com/BR-DRAFT-9"
    assert window.tracking_tab.draft.bar.isVisibleTo(window.tracking_tab)
    events = window.events_tab
    assert [(e.city, e.state, e.description, e.date.isoformat()) for e in events.pending.events()] == [
        ("Campinas", "SP", "Saiu para entrega", "2026-11-20")
    ]
    assert events.city_edit.text() == "Jundiaí" and events.delivered_check.isChecked()
    assert events.draft.bar.isVisibleTo(events) and events.send_button.isEnabled()


def test_no_journal_draft_or_settings_file_holds_the_token(
    qtbot: Any, make_window: Callable[..., MainWindow], sandbox: Sandbox, desk_home: Path
) -> None:
    window = make_window()
    load_order(qtbot, window, ORDER)
    type_invoice(qtbot, window)
    tab = window.invoice_tab
    tab.form.number_edit.setText("NFTOKEN1")
    tab.form.value_edit.set_cents(window.session.order.remaining_cents)
    click(qtbot, tab.send_button)
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: window.session.order.package("NFTOKEN1") is not None and idle(window), timeout=WAIT)
    load_order(qtbot, window, SEED_IDS["invoiced_no_tracking"])
    with qtbot.waitSignal(window.tracking_tab.draft.saved, timeout=WAIT):
        window.tracking_tab.number_edit.setText("BR1")
    window.ctx.save_settings()
    window.close()
    written = [p for p in desk_home.rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert {"journal.sqlite3", "settings.json", "window.ini"} <= names, names
    assert window.ctx.journal.path.parent == desk_home / "data"
    for path in written:
        data = path.read_bytes()
        for secret in (sandbox.app_token, sandbox.app_key):
            assert secret.encode() not in data, f"{secret[:8]}… found in {path}"
    assert plain_money(1) == "0,01"  # the drafts above were typed in pt_BR
