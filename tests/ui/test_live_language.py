"""Issue 17, point 17: changing the language takes effect at once, in every open widget, no restart.

The window is built in English with an order loaded and the queue open, then switched through the
language picker en -> pt_BR -> es -> en. A walk over every visible text (labels, buttons, tab titles,
headers, menus and actions, placeholders, tooltips, combo items) finds no English source left
where the language has a translation, and the last switch gives the English back text for text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, idle, load_order
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget
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
    horizontal headers of visible tables."""
    texts = {text: where for text, where in visible_texts(window).items()}
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
    return window


def test_switching_language_retranslates_every_open_widget(qtbot: Any, busy_window: MainWindow) -> None:
    window = busy_window
    english = everything_shown(window)
    assert window.tabs.tabText(0) == "&Invoice"

    choose(qtbot, window, "pt_BR")
    shown = everything_shown(window)
    left = {text: where for text, where in shown.items() if text in english_only("pt_BR")}
    assert not left, f"still in English after switching to pt_BR: {left}"
    assert window.tabs.tabText(0) == "Nota &fiscal"
    assert window.order_panel.load_button.text() == "&Carregar"

    choose(qtbot, window, "es")
    shown = everything_shown(window)
    left = {text: where for text, where in shown.items() if text in english_only("es")}
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
    assert total_en.startswith("R$") and "." in total_en  # English money: R$1,234.56

    choose(qtbot, window, "pt_BR")
    assert QLocale().name() == "pt_BR"
    assert str(count) in panel.status.text() and "order" not in panel.status.text()
    assert panel.queue_combo.currentText() == f"A faturar ({count})"
    total_pt = window.order_panel.total_label.text().replace("\xa0", " ")
    assert total_pt.startswith("R$ ") and total_pt.endswith(total_en[-2:]) and "," in total_pt
    assert total_pt[-3] == ","  # pt_BR money: R$ 1.234,56
    assert "Idle" not in window.busy_label.text()

    choose(qtbot, window, "es")
    assert panel.queue_combo.currentText() == f"Por facturar ({count})"
    choose(qtbot, window, "en")
    assert panel.status.text() == f"{count} order(s) in this queue"
    assert window.order_panel.total_label.text() == total_en
