"""Issue 17, point 17: changing the language takes effect at once, in every open widget, no restart.

The window is built in English with an order loaded and the queue open, then switched through the
language picker en -> pt_BR -> es -> en. A walk over every visible text (labels, buttons, tab titles,
headers, menus and actions, placeholders, tooltips, combo items) finds no English source left
where the language has a translation, and the last switch gives the English back text for text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import re

import pytest
from desk_helpers import SEED_IDS, WAIT, idle, load_order
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QTableWidget, QWidget
from test_translations import english_only, i18n, visible_texts

from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.runtime.language import LiveTranslator, live_translator


@pytest.fixture
def live(qapp: Any) -> Iterator[LiveTranslator]:
    """The app's one translator, in English (as ``start_qt`` installs it); English again afterwards."""
    translator = live_translator(qapp)
    translator.load_locale(QLocale("en"))
    yield translator
    translator.load_locale(QLocale("en"))


def everything_shown(window: MainWindow) -> dict[str, str]:
    """What the clerk can read: every visible widget's texts, the menus and their actions, the
    horizontal headers of visible tables, and the open dialogs' texts."""
    texts = {text: where for text, where in visible_texts(window).items()}
    for dialog in (window.findChild(QDialog, "shortcutsDialog"), getattr(window, "accounts_dialog", None)):
        if dialog is not None and dialog.isVisible():
            texts.update((t, w) for t, w in visible_texts(dialog).items() if t not in texts)
            table = dialog.findChild(QTableWidget)
            for item in (table.item(r, 1) for r in range(table.rowCount())) if table is not None else ():
                texts.setdefault(item.text(), "table item")
    hidden = {w for w in window.findChildren(QWidget) if not w.isVisibleTo(window)}
    texts = {t: w for t, w in texts.items() if not any(h.objectName() == w and h.objectName() for h in hidden)}
    for action in window.menuBar().actions():
        texts.setdefault(action.text(), "menu")
        menu = action.menu()
        for inner in menu.actions() if menu is not None else ():
            texts.setdefault(inner.text(), "menu action")
    for header in window.findChildren(QHeaderView):
        if header.isVisibleTo(window) and header.orientation() == Qt.Orientation.Horizontal and header.model():
            for column in range(header.count()):
                texts.setdefault(str(header.model().headerData(column, Qt.Orientation.Horizontal) or ""), "header")
    texts.pop("", None)
    return texts


def translations_of(language: str) -> set[str]:
    """Every current translation in ``language`` that differs from its English source."""
    messages = i18n.read_ts(i18n.ts_path(language))
    return {t for m in messages if m.current for t in m.translations if t and t != m.key.source}


def english_templates(language: str) -> list[re.Pattern[str]]:
    """English sentences built from state ("{count} order(s) in this queue"), as patterns, where
    ``language`` says them otherwise: a text on screen that matches one was not rebuilt."""
    patterns = []
    for message in i18n.read_ts(i18n.ts_path(language)):
        source = message.key.source
        if not message.current or source in message.translations or not re.search(r"\{\w+\}|%n", source):
            continue
        literal = re.sub(r"\{\w+\}|%n", "", source)
        if len(re.findall(r"[A-Za-z]", literal)) < 4:  # "{label}:" says nothing in any language
            continue
        parts = re.split(r"\{\w+\}|%n", source)
        patterns.append(re.compile("^" + ".+?".join(re.escape(part) for part in parts) + "$", re.DOTALL))
    return patterns


def still_english(shown: dict[str, str], language: str) -> dict[str, str]:
    """Texts on screen that are English where ``language`` has its own words: sources and sentences."""
    sources, templates = english_only(language), english_templates(language)
    return {t: w for t, w in shown.items() if t in sources or any(p.match(t) for p in templates)}


def choose(qtbot: Any, window: MainWindow, language: str) -> None:
    picker = window.language_picker
    picker.setCurrentIndex(picker.findData(language))
    picker.activated.emit(picker.currentIndex())
    QApplication.processEvents()


@pytest.fixture
def busy_window(live: LiveTranslator, qtbot: Any, make_window: Callable[..., MainWindow]) -> MainWindow:
    """English, an order in handling loaded, the queue open and read."""
    QLocale.setDefault(QLocale("en"))
    window = make_window()
    window.resize(1600, 900)
    window.worklist.show()
    with qtbot.waitSignal(window.worklist.panel.loaded, timeout=WAIT):
        window.worklist.panel.refresh()
    load_order(qtbot, window, SEED_IDS["handling_partial"])
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    window.show_shortcuts()  # dialogs open too: Help > Keyboard shortcuts, Accounts
    window.open_accounts()
    return window


def test_switching_language_retranslates_every_open_widget(qtbot: Any, busy_window: MainWindow) -> None:
    window = busy_window
    english = everything_shown(window)
    assert window.tabs.tabText(0) == "&Invoice"

    choose(qtbot, window, "pt_BR")
    shown = everything_shown(window)
    left = still_english(shown, "pt_BR")
    assert not left, f"still in English after switching to pt_BR: {left}"
    assert window.tabs.tabText(0) == "Nota &fiscal"
    assert window.order_panel.load_button.text() == "&Carregar"

    choose(qtbot, window, "es")
    shown = everything_shown(window)
    left = still_english(shown, "es")
    assert not left, f"still in English after switching to es: {left}"
    portuguese = translations_of("pt_BR") - translations_of("es") - set(english)
    left = {text: where for text, where in shown.items() if text in portuguese}
    assert not left, f"still in Portuguese after switching to es: {left}"
    assert window.tabs.tabText(0) == "&Factura"

    choose(qtbot, window, "en")
    back = everything_shown(window)
    assert set(back) == set(english), (set(back) ^ set(english))
    assert window.ctx.settings.language == "en"


def test_texts_built_from_state_follow_the_language(qtbot: Any, busy_window: MainWindow) -> None:
    window = busy_window
    panel = window.worklist.panel
    count = panel.model.total
    assert count > 0
    assert panel.status.text() == f"{count} order(s) in this queue"
    total_en = window.order_panel.total_label.text()
    value = window.invoice_tab.form.value_edit
    typed_en = value.text()
    assert "." in typed_en and value.cents() > 0
    assert total_en.startswith("R$") and "." in total_en  # English money: R$1,234.56

    choose(qtbot, window, "pt_BR")
    assert QLocale().name() == "pt_BR"
    assert str(count) in panel.status.text() and "order" not in panel.status.text()
    assert panel.queue_combo.currentText() == f"A faturar ({count})"
    total_pt = window.order_panel.total_label.text().replace("\xa0", " ")
    assert total_pt.startswith("R$ ") and total_pt.endswith(total_en[-2:]) and "," in total_pt
    assert total_pt[-3] == ","  # pt_BR money: R$ 1.234,56
    assert "Idle" not in window.busy_label.text()
    assert value.text() == typed_en.replace(",", " ").replace(".", ",").replace(" ", ".")  # 1.234,56
    assert window.events_tab.date_edit.displayFormat() == "dd/MM/yyyy"

    choose(qtbot, window, "es")
    assert panel.queue_combo.currentText() == f"Por facturar ({count})"
    choose(qtbot, window, "en")
    assert panel.status.text() == f"{count} order(s) in this queue"
    assert window.order_panel.total_label.text() == total_en
    assert value.text() == typed_en


def test_reviews_banners_and_hints_follow_the_language(qtbot: Any, busy_window: MainWindow) -> None:
    """What the clerk is in the middle of: the invoice's review with its warning, a VTEX error in the
    banner, the blocked Tracking tab's reason, the Batch tab's labels; each in the new language."""
    from vtex_invoice_gui.vtex import BadRequestError

    window = busy_window
    tab = window.invoice_tab
    tab.form.number_edit.setText("000123999")
    tab.form.value_edit.set_cents(100)
    assert tab.review()  # a partial invoice: the question and its warning
    raw = "The invoice value (50000) is higher than the amount still to be invoiced (19990) on order 1-01."
    window.errors.show_error(BadRequestError(status=400, code="1", vtex_message=raw), tab.failure_context("1", "1-01"))
    question = tab.confirm_bar.confirm_label.text()
    assert "Send a sale (Output) invoice" in question and "R$1.00" in question

    choose(qtbot, window, "pt_BR")
    left = still_english(everything_shown(window), "pt_BR")
    assert not left, f"still in English after switching to pt_BR: {left}"
    question = tab.confirm_bar.confirm_label.text().replace("\xa0", " ")
    assert "R$ 1,00" in question and "Send" not in question
    assert "R$ 500,00" in window.errors.meta.text().replace("\xa0", " ")
    assert "VTEX says" not in window.errors.meta.text()

    choose(qtbot, window, "es")
    left = still_english(everything_shown(window), "es")
    assert not left, f"still in English after switching to es: {left}"
    choose(qtbot, window, "en")
    assert "Send a sale (Output) invoice" in tab.confirm_bar.confirm_label.text()
    assert window.errors.meta.text().count("VTEX says:") == 1


def english_window(qtbot: Any, make_window: Callable[..., MainWindow], order: str) -> MainWindow:
    """A window built in English (the live translator installed first), ``order`` loaded."""
    QLocale.setDefault(QLocale("en"))
    window = make_window()
    load_order(qtbot, window, SEED_IDS[order])
    return window


def test_a_receipt_shown_follows_the_language(
    qtbot: Any, live: LiveTranslator, make_window: Callable[..., MainWindow]
) -> None:
    """An invoice sent in English: its receipt (date, notes) says it again in Portuguese, and back."""
    from desk_helpers import click
    from test_errors import fill_invoice

    window = english_window(qtbot, make_window, "ready")
    fill_invoice(qtbot, window, "NFLIVE1")
    tab = window.invoice_tab
    click(qtbot, tab.send_button)
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: idle(window) and "on the order." in tab.receipt.text.toPlainText(), timeout=WAIT)
    english = tab.receipt.text.toPlainText()
    assert english.startswith("Receipt: ") and "VTEX shows invoice NFLIVE1 on the order." in english

    choose(qtbot, window, "pt_BR")
    lines = tab.receipt.text.toPlainText().splitlines()
    assert len(lines) == len(english.splitlines())
    left = still_english({line: "receipt" for line in lines}, "pt_BR")
    assert not left, f"the receipt still says in English: {left}"
    assert any("NFLIVE1" in line for line in lines)

    choose(qtbot, window, "en")
    assert tab.receipt.text.toPlainText() == english


def test_start_up_notice_and_blocked_sends_follow_the_language(
    qtbot: Any, live: LiveTranslator, desk_home: Any, make_window: Callable[..., MainWindow]
) -> None:
    """No journal (its folder is a file): the start-up notice and every tab's blocked reason, in
    English, then in Portuguese after the switch."""
    desk_home.mkdir(parents=True)
    (desk_home / "data").write_text("a file where the data folder should be", encoding="utf-8")
    window = english_window(qtbot, make_window, "ready")
    english = window.startup_notice.text()
    gates = [tab.gate_label.text() for tab in (window.invoice_tab, window.tracking_tab, window.events_tab)]
    assert english.startswith("⚠ Sending is blocked") and all(gate.startswith("Sending is blocked") for gate in gates)

    choose(qtbot, window, "pt_BR")
    notice = window.startup_notice.text()
    assert notice != english and notice.startswith("⚠ ")
    assert not still_english({line: "notice" for line in notice.splitlines()}, "pt_BR")
    for tab, gate in zip((window.invoice_tab, window.tracking_tab, window.events_tab), gates, strict=True):
        assert tab.gate_label.text() and tab.gate_label.text() != gate, tab.objectName()

    choose(qtbot, window, "en")
    assert window.startup_notice.text() == english
    assert [tab.gate_label.text() for tab in (window.invoice_tab, window.tracking_tab, window.events_tab)] == gates


def test_the_return_wizard_follows_the_language(
    qtbot: Any, live: LiveTranslator, make_window: Callable[..., MainWindow]
) -> None:
    """The return wizard open on a boleto order, a unit picked: its title, value and rules in Portuguese."""
    window = english_window(qtbot, make_window, "invoiced_boleto")
    assert window.returns.open_wizard()
    wizard = window.returns.wizard
    wizard.model.set_quantity("7001", 1)
    english = everything_in(wizard)
    assert any(text.startswith("Return for order") for text in english)

    choose(qtbot, window, "pt_BR")
    shown = everything_in(wizard)
    left = still_english(shown, "pt_BR")
    assert not left, f"the wizard still says in English: {left}"
    assert wizard.model.quantities().get("7001") == 1  # the pick stays

    choose(qtbot, window, "en")
    assert everything_in(wizard) == english


def everything_in(dialog: QWidget) -> dict[str, str]:
    return {t: w for t, w in visible_texts(dialog).items() if t}


def test_the_start_up_check_of_unfinished_sends_follows_the_language(
    qtbot: Any, live: LiveTranslator, sandbox: Any, desk_home: Any, make_window: Callable[..., MainWindow]
) -> None:
    """The banner of sends left unfinished last time: its head line and each row, in Portuguese."""
    from journal_helpers import journal_path
    from test_reconcile_ui import invoice_for, left_sent

    from vtex_invoice_gui.journal import Journal

    with Journal(journal_path(desk_home)) as journal:
        left_sent(journal, SEED_IDS["handling"], invoice_for(sandbox, SEED_IDS["handling"], "NFLIVE-R"), "old-shop")
    QLocale.setDefault(QLocale("en"))
    window = make_window()
    panel = window.reconcile_panel
    qtbot.waitUntil(lambda: bool(panel.rows) and idle(window), timeout=WAIT)
    english = [panel.summary.text(), *(row.label.text() for row in panel.rows)]
    assert english[0].startswith("Sends left unfinished last time")

    choose(qtbot, window, "pt_BR")
    shown = [panel.summary.text(), *(row.label.text() for row in panel.rows)]
    left = still_english({text: "reconcile" for text in shown}, "pt_BR")
    assert not left, f"the banner still says in English: {left}"

    choose(qtbot, window, "en")
    assert [panel.summary.text(), *(row.label.text() for row in panel.rows)] == english


def test_the_tracking_import_window_follows_the_language(
    qtbot: Any, live: LiveTranslator, make_window: Callable[..., MainWindow], tmp_path: Any
) -> None:
    """Tools > Import tracking with a spreadsheet read and checked: its header line, column names,
    summary and the count on Send, in Portuguese, then in English again."""
    from test_tracking_import_view import check, open_import, read, spreadsheet

    QLocale.setDefault(QLocale("en"))
    window = make_window()
    view = open_import(qtbot, window)
    read(qtbot, view, spreadsheet(tmp_path))
    check(qtbot, view)
    english = everything_in(view)
    assert any(text.startswith("5 rows under the header") for text in english)

    choose(qtbot, window, "pt_BR")
    left = still_english(everything_in(view), "pt_BR")
    assert not left, f"the import window still says in English: {left}"

    choose(qtbot, window, "en")
    assert set(everything_in(view)) == set(english)
