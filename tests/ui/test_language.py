"""The language choice: kept in the settings, from the toolbar or the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from vtex_invoice_gui.app import parse_args
from vtex_invoice_gui.ui.runtime.application import pick_locale
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.runtime.language import live_translator


def test_choosing_a_language_is_saved_and_applies_at_once(qapp: Any, window: MainWindow, desk_home: Path) -> None:
    picker = window.language_picker
    assert picker.currentData() is None  # follows the system until the clerk chooses
    try:
        picker.activated.emit(picker.findData("es"))
        saved = json.loads((desk_home / "settings.json").read_text(encoding="utf-8"))
        assert saved["language"] == "es"
        assert pick_locale(saved["language"]).name().startswith("es")
        assert window.tabs.tabText(0) == "&Factura"  # no restart (tests/ui/test_live_language.py: all of it)
        assert QLocale().name().startswith("es")
    finally:
        live_translator(qapp).load_locale(QLocale("en"))


def test_the_picker_shows_the_saved_choice(make_window, desk_home: Path) -> None:
    first = make_window()
    first.language_picker.activated.emit(first.language_picker.findData("pt_BR"))
    first.close()
    second = make_window()
    assert second.language_picker.currentData() == "pt_BR"
    assert second.language_picker.currentText() == "Português (Brasil)"


def test_command_line_language() -> None:
    assert parse_args(["--demo", "--language", "pt_BR"]).language == "pt_BR"
    assert parse_args(["--demo"]).language is None
    with pytest.raises(SystemExit):
        parse_args(["--language", "klingon"])


@pytest.mark.parametrize(("setting", "expected"), [("pt_BR", "pt_BR"), ("es", "es"), ("en", "en")])
def test_pick_locale_follows_the_choice(setting: str, expected: str) -> None:
    assert pick_locale(setting).name().startswith(expected)


def test_without_a_choice_the_system_language_is_used() -> None:
    system = QLocale.system()
    picked = pick_locale(None)
    if system.language() == QLocale.Language.C:
        assert picked.name() == "pt_BR"  # a bare system gets the main audience's language
    else:
        assert picked.name() == system.name()
