"""The store's carrier list, edited from the Import tracking window: defaults marked "check this
link", Test link (the link recorded, never opened), a bad template refused, saved per store and
used by the Tracking number tab."""

from __future__ import annotations

from typing import Any

from desk_helpers import click
from PySide6.QtCore import QUrl

from vtex_invoice_gui.tracking_import import CarrierFile
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.tracking_import.carrier_editor import CarrierEditor


def open_editor(window: MainWindow) -> tuple[CarrierEditor, list[str]]:
    view = window.tracking_import.show()
    editor = view.edit_carriers()
    opened: list[str] = []
    editor.opener = lambda url: opened.append(QUrl(url).toString())
    return editor, opened


def test_defaults_are_marked_and_test_link_opens_the_sample(qtbot: Any, window: MainWindow) -> None:
    editor, opened = open_editor(window)
    assert editor.list.count() == 6 and editor.name_edit.text() == "Correios"
    assert editor.check_label.isVisible() and not editor.checked_box.isChecked()
    assert editor.sample_edit.text() == "AA123456785BR"
    click(qtbot, editor.test_button)
    assert opened == ["https://rastreamento.correios.com.br/app/index.php?objetos=AA123456785BR"]


def test_edit_add_save_and_the_tracking_tab_uses_it(qtbot: Any, window: MainWindow) -> None:
    editor, opened = open_editor(window)
    editor.url_edit.setText("https://rastreio.example/sem-codigo")
    click(qtbot, editor.test_button)
    assert opened == [] and "{code}" in editor.problem_label.text()  # refused, said
    editor.url_edit.setText("https://rastreio.example/c/{code}")
    editor.checked_box.setChecked(True)
    click(qtbot, editor.add_button)
    editor.name_edit.setText("Rapidão")
    editor.url_edit.setText("https://rapidao.example/{code}")
    editor.sample_edit.setText("r 1")
    click(qtbot, editor.test_button)
    assert opened == ["https://rapidao.example/R1"]
    editor.save()
    saved = {c.name: c for c in CarrierFile(window.ctx.config_dir).load(window.ctx.store.id)}
    assert saved["Correios"].url_template == "https://rastreio.example/c/{code}" and not saved["Correios"].check_link
    assert saved["Correios"].s10  # what the form does not show is kept
    assert saved["Rapidão"].url_template == "https://rapidao.example/{code}"
    tab = window.tracking_tab
    tab.courier_edit.setText("Rapidão")
    tab.number_edit.setText("XY9")
    assert tab.url_edit.text() == "https://rapidao.example/XY9"
