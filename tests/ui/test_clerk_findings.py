"""Issue 17, "What the clerk met": small frictions found in a usability test (findings 11-17)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from desk_helpers import SEED_IDS, WAIT, answer_file_dialog, click, idle, load_order, posts
import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QFileDialog, QScrollArea, QTableWidget, QWidget
from test_errors import fill_invoice, send

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow


def test_finding_17_13_banner_clears_when_the_reread_proves_the_send_landed(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    sandbox.faults.add("drop_after", "POST", "/invoice")
    fill_invoice(qtbot, window, "NFLANDED")
    send(qtbot, window)
    assert window.errors.isVisible()
    tab = window.invoice_tab
    click(qtbot, window.errors.reload_button)
    qtbot.waitUntil(lambda: not tab.sender.needs_reload and not tab.sender.checking and idle(window), timeout=WAIT)
    assert "Nothing more to do" in tab.receipt.text.toPlainText()
    assert not window.errors.isVisible()


def test_finding_17_13_banner_clears_when_another_order_loads(qtbot: Any, window: MainWindow) -> None:
    window.order_panel.order_id_edit.setText("9999999999999-01")
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT):
        click(qtbot, window.order_panel.load_button)
    assert window.errors.isVisible()
    load_order(qtbot, window, SEED_IDS["ready"])
    assert not window.errors.isVisible()


def _activate(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)


def test_finding_17_11_tab_leaves_tables(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    _activate(qtbot, window)
    window.order_panel.order_id_edit.setFocus()
    seen: list[QWidget] = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is window.order_panel.order_id_edit:
            break
    tables = [w for w in seen if isinstance(w, QAbstractItemView)]
    assert window.invoice_tab.form.items_table in tables  # reachable...
    assert all(a is not b for a, b in zip(seen, seen[1:], strict=False) if isinstance(a, QAbstractItemView))
    assert seen[-1] is window.order_panel.order_id_edit  # ...and Tab goes round the whole window


def test_finding_17_11_enter_moves_to_the_next_field(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    _activate(qtbot, window)
    form = window.invoice_tab.form
    form.number_edit.setFocus()
    qtbot.keyClicks(form.number_edit, "NF-ENTER")
    qtbot.keyClick(form.number_edit, Qt.Key.Key_Return)
    assert not form.number_edit.hasFocus()
    assert form.isAncestorOf(QApplication.focusWidget())
    assert form.number_edit.text() == "NF-ENTER"
    assert not window.invoice_tab.confirm_bar.isVisible()  # Enter alone never starts a send


def test_finding_17_11_f5_reloads_and_ctrl_o_opens_an_nfe(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, tmp_path: Path
) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    _activate(qtbot, window)
    reads = len(posts(sandbox, SEED_IDS["ready"], "GET"))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(posts(sandbox, SEED_IDS["ready"], "GET")) > reads and idle(window), timeout=WAIT)
    opened: list[Path] = []
    window.invoice_tab.form.xml_importer = opened.append
    xml = tmp_path / "nfe.xml"
    xml.write_text("<nfeProc/>", encoding="utf-8")
    seen: list[QFileDialog] = []
    answer_file_dialog(xml, seen)
    window.tabs.setCurrentWidget(window.history_tab)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert opened == [xml] and seen
    assert window.tabs.currentWidget() is window.invoice_tab


def test_finding_17_11_help_lists_the_keyboard_shortcuts(qtbot: Any, window: MainWindow) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.objectName() == "helpMenu")
    action = next(a for a in help_menu.actions() if a.objectName() == "shortcutsAction")
    action.trigger()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QTableWidget).model()
    listed = {text.index(r, 0).data() for r in range(text.rowCount())}
    for keys in ("Ctrl+O", "F5", "Ctrl+Return", "Ctrl+L", "F1"):
        assert QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) in listed


def test_finding_17_17_nfe_dialog_remembers_its_folder(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "notas"
    folder.mkdir()
    xml = folder / "nfe.xml"
    xml.write_text("<nfeProc/>", encoding="utf-8")
    window.invoice_tab.form.xml_importer = lambda _path: None
    seen: list[QFileDialog] = []
    answer_file_dialog(xml, seen)
    window.invoice_tab.form.choose_xml()
    answer_file_dialog(xml, seen)
    window.invoice_tab.form.choose_xml()
    assert len(seen) == 2 and Path(seen[1].directory().absolutePath()) == folder
    assert window.ctx.settings_file.load().nfe_folder == str(folder)  # kept for the next start


def _inside(widget: QWidget, window: MainWindow) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def test_finding_17_12_first_start_fits_the_screen(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert available.contains(window.frameGeometry().topLeft())


def test_finding_17_12_usable_at_1024x700(qtbot: Any, window: MainWindow) -> None:
    window.splitter.setSizes([540, 820])  # what a first start on a larger screen keeps
    load_order(qtbot, window, SEED_IDS["handling_partial"])
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 700, timeout=WAIT)
    QApplication.processEvents()
    for tab in (window.invoice_tab, window.tracking_tab, window.events_tab):
        window.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        scroll = tab.findChild(QScrollArea)
        if scroll is not None:
            assert scroll.horizontalScrollBar().maximum() == 0, tab.objectName()
            scroll.ensureWidgetVisible(tab.send_button)
            QApplication.processEvents()
        assert _inside(tab.send_button, window), tab.objectName()
        visible = tab.send_button.visibleRegion().boundingRect()
        assert visible.size() == tab.send_button.size(), tab.objectName()  # not cut by a scroll area
    window.tabs.setCurrentWidget(window.invoice_tab)
    window.invoice_tab.form.number_edit.setText("000123999")
    window.invoice_tab.review()  # the review bar's buttons are the send buttons then
    QApplication.processEvents()
    for button in (window.invoice_tab.confirm_button, window.invoice_tab.cancel_button):
        scroll = window.invoice_tab.findChild(QScrollArea)
        assert scroll.horizontalScrollBar().maximum() == 0  # nothing hides to the right
        scroll.ensureWidgetVisible(button)
        QApplication.processEvents()
        assert _inside(button, window) and button.visibleRegion().boundingRect().size() == button.size()
    names = window.order_panel.items_table
    window.tabs.setCurrentWidget(window.invoice_tab)
    QApplication.processEvents()
    for table in (names, window.invoice_tab.form.items_table):
        assert table.isVisible()
        assert table.columnWidth(1) >= 120, table.objectName()  # product names stay readable


def test_finding_17_17_tracking_numbers_lose_their_spaces(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, SEED_IDS["invoiced_no_tracking"])
    window.tabs.setCurrentWidget(window.tracking_tab)
    tab = window.tracking_tab
    number = tab.invoice_combo.current_number()
    qtbot.keyClicks(tab.number_edit, " BR 1234 5678 9XX ")
    click(qtbot, tab.send_button)
    qtbot.waitUntil(lambda: tab.receipt.receipt is not None and idle(window), timeout=WAIT)
    assert posts(sandbox, f"/invoice/{number}", "PATCH")[0].body["trackingNumber"] == "BR123456789XX"


def test_finding_17_17_city_is_cleared_after_adding_an_event(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["invoiced_in_transit"])
    window.tabs.setCurrentWidget(window.events_tab)
    tab = window.events_tab
    qtbot.keyClicks(tab.city_edit, "Campinas")
    tab.state_combo.setCurrentText("SP")
    qtbot.keyClicks(tab.description_edit, "Saiu para entrega")
    click(qtbot, tab.add_button)
    assert len(tab.pending.events()) == 1
    assert tab.city_edit.text() == "" and tab.description_edit.text() == ""


def test_finding_17_17_invoice_number_typed_while_the_order_loads_is_kept(qtbot: Any, window: MainWindow) -> None:
    form = window.invoice_tab.form
    qtbot.keyClicks(form.number_edit, "NF-EARLY")  # before any order
    load_order(qtbot, window, SEED_IDS["ready"])
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    assert form.number_edit.text() == "NF-EARLY"
    window.order_panel.order_id_edit.setText(SEED_IDS["handling_partial"])
    click(qtbot, window.order_panel.load_button)
    assert window.session.loading
    form.number_edit.clear()
    qtbot.keyClicks(form.number_edit, "NF-WHILE")  # while it loads
    qtbot.waitUntil(
        lambda: window.session.order.order_id == SEED_IDS["handling_partial"] and idle(window), timeout=WAIT
    )
    assert form.number_edit.text() == "NF-WHILE"


def test_finding_17_17_no_stale_draft_for_an_invoice_already_on_the_order(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["handling_partial"])
    order = window.session.order
    sent = order.packages[0].invoice_number  # confirmed on the order already
    form = window.invoice_tab.form
    qtbot.keyClicks(form.number_edit, sent)
    load_order(qtbot, window, SEED_IDS["ready"])  # the draft is written as the order changes
    load_order(qtbot, window, SEED_IDS["handling_partial"])
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    assert form.number_edit.text() == ""
    assert not window.invoice_tab.draft.bar.isVisible()


def test_finding_17_17_nfe_dialog_speaks_the_desks_language(
    qtbot: Any, window: MainWindow, tmp_path: Path, qapp: Any
) -> None:
    from PySide6.QtCore import QLocale

    from vtex_invoice_gui.ui.runtime.language import live_translator

    translator = live_translator(qapp)
    translator.load_locale(QLocale("pt_BR"))
    try:
        xml = tmp_path / "nfe.xml"
        xml.write_text("<nfeProc/>", encoding="utf-8")
        window.invoice_tab.form.xml_importer = lambda _path: None
        seen: list[QFileDialog] = []
        answer_file_dialog(xml, seen)
        window.invoice_tab.form.choose_xml()
        assert seen and seen[0].testOption(QFileDialog.Option.DontUseNativeDialog)
        names = [seen[0].labelText(label) for label in (QFileDialog.DialogLabel.FileName, QFileDialog.DialogLabel.Reject)]
        assert names[0] and "File name" not in names[0] and names[1] != "Cancel", names
    finally:
        translator.load_locale(QLocale("en"))


def test_finding_17_15_vtex_cents_are_shown_as_money_and_said_by_vtex(window: MainWindow) -> None:
    from vtex_invoice_gui.vtex import BadRequestError

    raw = "The invoice value (50000) is higher than the amount still to be invoiced (19990) on order 1-01."
    window.errors.show_error(BadRequestError(status=400, code="1", vtex_message=raw))
    meta = window.errors.meta.text()
    assert meta.count("VTEX says:") == 1
    assert "R$\xa0500,00" in meta.replace(" ", "\xa0") and "R$\xa0199,90" in meta.replace(" ", "\xa0")
    assert "50000" not in meta and "19990" not in meta
    assert raw in window.errors.report.as_text()  # VTEX's own words stay in the copied details


def test_finding_17_15_network_errors_are_not_said_by_vtex(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    sandbox.stop()
    window.order_panel.load()
    qtbot.waitUntil(lambda: window.errors.isVisible() and idle(window), timeout=WAIT)
    assert "No answer from VTEX" in window.errors.headline.text()
    assert "VTEX says" not in window.errors.meta.text()
    assert window.errors.meta.text() == "" or window.errors.meta.text().startswith("The network says:")


@pytest.mark.parametrize("language", ["en", "pt_BR", "es"])
def test_finding_17_14_one_date_format_on_every_screen(
    qtbot: Any, make_window: Callable[..., MainWindow], language: str
) -> None:
    from PySide6.QtCore import QLocale

    from vtex_invoice_gui.sandbox.dates import vtex_iso
    from vtex_invoice_gui.ui.widgets.timeline import WHEN_ROLE
    from vtex_invoice_gui.vtex import Receipt

    QLocale.setDefault(QLocale(language))
    window = make_window()
    load_order(qtbot, window, SEED_IDS["invoiced_in_transit"])
    package = window.session.order.packages[0]
    issued = window.order_panel.packages_model.index(0, 3).data()  # the order panel's table
    assert issued and "T" not in issued and str(datetime.now().year)[:2] in issued
    raw = vtex_iso(package.issuance_date)  # a receipt's date is VTEX's text, kept verbatim
    window.events_tab.receipt.show_receipt(
        Receipt(date=raw, orderId=window.session.order.order_id, receipt="r1"), "Receipt"
    )
    assert f": {issued}" in window.events_tab.receipt.text.toPlainText()  # the receipt: no raw ISO
    assert raw not in window.events_tab.receipt.text.toPlainText()
    day_part = issued.split(" ")[0]
    timeline = window.events_tab.timeline.model()
    whens = [timeline.index(r, 0).data(WHEN_ROLE) for r in range(timeline.rowCount())]
    assert any(whens)
    shown = {w.split(" ")[0].count("/") for w in whens if w} | {day_part.count("/")}
    assert shown == {2}  # every date is day, month and full year with the locale's separators
    years = {w.split(" ")[0].rsplit("/", 1)[-1] for w in whens if w} | {day_part.rsplit("/", 1)[-1]}
    assert all(len(year) == 4 for year in years)
    edit_format = window.events_tab.date_edit.displayFormat()
    assert window.invoice_tab.form.issuance_edit.displayFormat().startswith(edit_format)
    sample = QDate(2026, 12, 4)
    assert QLocale().toString(sample, edit_format) == {"en": "12/4/2026", "pt_BR": "04/12/2026", "es": "4/12/2026"}[
        language
    ]
