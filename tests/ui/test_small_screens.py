"""Issue 17, point 12: usable at 1024x700 and at 1366x768, in English, Portuguese and Spanish.

The window is built in each language (as the app builds it) with an order loaded, made the size of
a small laptop's free screen, and every tab is looked at: no button's text is wider than the
button, the send buttons are whole and inside the window, the status bar (hints, retry notices) is
inside the window. Below about 1360 pixels the queue starts hidden (F6 shows it, F6 again hides it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, load_order
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QScrollArea, QToolButton, QWidget

from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.runtime.language import live_translator

SIZES = [(1024, 700), (1366, 768)]
LANGUAGES = ["en", "pt_BR", "es"]


@pytest.fixture
def in_language(qapp: Any) -> Iterator[Callable[[str], None]]:
    translator = live_translator(qapp)

    def choose(language: str) -> None:
        QLocale.setDefault(QLocale(language))
        translator.load_locale(QLocale(language))

    yield choose
    translator.load_locale(QLocale("en"))


def inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def inside_screen(dock: QWidget, window: QWidget) -> bool:
    """The floating queue lies over the window, within its width and height."""
    return window.frameGeometry().adjusted(-1, -1, 1, 1).contains(dock.frameGeometry())


def text_width(button: QAbstractButton) -> int:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    width = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    return width


def cut_buttons(window: MainWindow) -> list[str]:
    """Visible buttons whose text is wider than they are, or narrower than their own minimum."""
    cut = []
    for button in window.findChildren(QAbstractButton):
        if not isinstance(button, QPushButton | QToolButton) or not button.isVisibleTo(window) or not button.text():
            continue
        if text_width(button) > button.width() or button.width() < button.minimumSizeHint().width():
            cut.append(f"{button.objectName() or type(button).__name__} {button.text()!r}: {button.width()} px")
    return cut


def at_size(qtbot: Any, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=WAIT)
    QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_cut_at_small_sizes(
    qtbot: Any, in_language: Callable[[str], None], make_window: Callable[..., MainWindow], language: str,
    size: tuple[int, int],
) -> None:
    in_language(language)
    window = make_window()
    assert window.tabs.tabText(0) == {"en": "&Invoice", "pt_BR": "Nota &fiscal", "es": "&Factura"}[language]
    window.worklist.setVisible(size[0] >= 1360)  # what a first start at this width shows
    at_size(qtbot, window, size)
    load_order(qtbot, window, SEED_IDS["handling_partial"])  # the order panel grows (its NF-e data)
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= size[0], "the window cannot be this narrow"
    assert inside(window.statusBar(), window)
    cut: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        cut += [f"tab {index}: {what}" for what in cut_buttons(window)]
    assert not cut, cut
    for tab in (window.invoice_tab, window.tracking_tab, window.events_tab):
        window.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        scroll = tab.findChild(QScrollArea)
        assert scroll is not None and scroll.horizontalScrollBar().maximum() == 0, tab.objectName()
        scroll.ensureWidgetVisible(tab.send_button)
        QApplication.processEvents()
        assert inside(tab.send_button, window), tab.objectName()
        assert tab.send_button.visibleRegion().boundingRect().size() == tab.send_button.size(), tab.objectName()
    table = window.order_panel.items_table
    window.tabs.setCurrentWidget(window.invoice_tab)
    QApplication.processEvents()
    assert table.columnWidth(1) >= 120  # product names stay readable
    load = window.order_panel.load_button  # the order pane is as wide as the order panel: nothing hides
    assert load.visibleRegion().boundingRect().size() == load.size() and inside(load, window)
    pane = window.splitter.widget(0)
    assert isinstance(pane, QScrollArea) and pane.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_docked_queue_shows_each_orders_id_client_and_value_at_1366(
    qtbot: Any, make_window: Callable[..., MainWindow], in_language: Callable[[str], None], language: str
) -> None:
    # At 1366 px the dock is ~330 px wide: it showed the order and marketplace ids, and the client
    # and value only after a sideways scroll. The other columns are still there, further right.
    from vtex_invoice_gui.ui import window_state
    from vtex_invoice_gui.ui.worklist.model import CLIENT, ORDER, VALUE, WorklistModel

    assert [WorklistModel.COLUMNS[c] for c in (ORDER, CLIENT, VALUE)] == ["order", "client", "value"]
    in_language(language)
    window = make_window()
    at_size(qtbot, window, (1366, 768))
    window_state.place_queue(window, window.worklist)
    panel = window.worklist.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT)  # "To invoice", read at start-up
    QApplication.processEvents()
    table, header = panel.table, panel.table.horizontalHeader()
    assert window.worklist.isVisible() and not window.worklist.isFloating()
    for column in (ORDER, CLIENT, VALUE):
        left = header.sectionViewportPosition(column)
        assert 0 <= left and left + header.sectionSize(column) <= table.viewport().width(), header.model().headerData(
            column, Qt.Orientation.Horizontal)
    for row in range(panel.model.rowCount()):  # the order id and the value are whole, the name may be elided
        for column in (ORDER, VALUE):
            text = panel.model.index(row, column).data()
            assert table.fontMetrics().horizontalAdvance(text) <= header.sectionSize(column), text
    assert header.count() == len(WorklistModel.COLUMNS) and not any(map(header.isSectionHidden, range(header.count())))


def test_f6_shows_the_queue_and_hides_it_again(qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    at_size(qtbot, window, (1024, 700))
    window.worklist.hide()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.worklist.isVisible() and window.worklist.isFloating()  # no room beside: over the order
    assert inside_screen(window.worklist, window)
    assert window.width() == 1024  # the window did not grow past the screen
    qtbot.waitUntil(window.worklist.panel.table.hasFocus, timeout=WAIT)  # its own window is activated
    qtbot.keyClick(window.worklist.panel.table, Qt.Key.Key_F6)
    assert not window.worklist.isVisible()
    qtbot.waitUntil(window.order_panel.order_id_edit.hasFocus, timeout=WAIT)  # where the next order is typed
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.worklist.isVisible()


def test_a_narrow_first_start_keeps_the_queue_hidden(qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    from vtex_invoice_gui.ui import window_state

    window = make_window()
    window.resize(1024, 700)
    window_state.place_queue(window, window.worklist)
    assert not window.worklist.isVisibleTo(window)
    window.resize(1366, 768)
    window_state.place_queue(window, window.worklist)
    assert window.worklist.isVisibleTo(window)


@pytest.mark.parametrize("free", [QRect(0, 0, 1366, 728), QRect(0, 0, 1024, 740), QRect(0, 32, 1920, 1008)])
def test_a_first_start_fits_the_free_screen(qtbot: Any, make_window: Callable[..., MainWindow], free: QRect) -> None:
    """A 768-pixel laptop less its panel (728 free), a 1024x768 one, a large screen with a top bar:
    the window, its title bar (about 40 px) included, is inside the free area; the status bar too."""
    from vtex_invoice_gui.ui import window_state

    window = make_window()
    window_state.fit_screen(window, free)
    QApplication.processEvents()
    placed = QRect(window.pos(), window.size()).adjusted(0, 0, 0, 40)  # the title bar's room above the content
    assert free.contains(placed), (placed, free)
    assert window.size().width() <= 1360 and window.height() <= 860
    status = window.statusBar()
    bottom = window.pos().y() + 40 + status.geometry().bottom()
    assert bottom <= free.bottom()


def test_screenshots_at_a_small_laptops_size(qtbot: Any, desk_home: Any, tmp_path: Any) -> None:
    """``--screenshot DIR --screenshot-size 1024x700``: the pictures are that size, the queue not in them."""
    from PySide6.QtGui import QImage

    from vtex_invoice_gui.launch import parse_args
    from vtex_invoice_gui.secrets import MemorySecretStore, SecretVault
    from vtex_invoice_gui.ui.runtime.desk import create_window
    from vtex_invoice_gui.ui.runtime.screenshot import take_screenshots

    args = parse_args(["--screenshot", str(tmp_path), "--screenshot-size", "1024x700"])
    window = create_window(args, secrets=SecretVault(MemorySecretStore()))
    qtbot.addWidget(window)
    assert take_screenshots(window, tmp_path, args.screenshot_size) == 0
    sizes = {path.name: QImage(str(path)).size().toTuple() for path in tmp_path.glob("*.png")}
    assert len(sizes) == 6
    assert {size for name, size in sizes.items() if name != "return.png"} == {(1024, 700)}
    assert not window.worklist.isVisibleTo(window)
