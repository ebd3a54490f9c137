"""PySide6's per-import check, answered from the file's bytes (import_check.py): the same
answers as PySide's own, and no module's source kept in ``linecache`` for the life of the desk."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest

import vtex_invoice_gui.ui  # noqa: F401 - installs the check
from vtex_invoice_gui import import_check


@pytest.fixture()
def feature():
    return sys.modules[import_check.FEATURE_MODULE]


def test_the_desk_installs_its_check_once(feature) -> None:
    hook = feature._mod_uses_pyside
    assert hook.__wrapped__ is not None
    assert import_check.install() is True
    assert feature._mod_uses_pyside is hook  # not wrapped twice


def test_it_answers_as_pyside_does(feature) -> None:
    import vtex_invoice_gui.money
    import vtex_invoice_gui.ui.main_window

    ours, pysides = feature._mod_uses_pyside, feature._mod_uses_pyside.__wrapped__
    modules = [vtex_invoice_gui.ui.main_window, vtex_invoice_gui.money, sys, importlib, pytest]
    assert [ours(m) for m in modules] == [pysides(m) for m in modules]
    assert ours(vtex_invoice_gui.ui.main_window) is True
    assert ours(vtex_invoice_gui.money) is False


def test_a_module_imported_after_pyside_is_classed_without_its_source_kept(
    feature, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "desk_probe_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "desk_probe_plain.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("desk_probe_qt", "desk_probe_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # an import statement: PySide hooks __import__, not importlib
        monkeypatch.delitem(sys.modules, name)

    assert feature.pyside_feature_dict.pop("desk_probe_qt") == 0  # uses PySide: "no feature"
    assert feature.pyside_feature_dict.pop("desk_probe_plain") == -1  # ignored
    assert str(tmp_path / "desk_probe_qt.py") not in linecache.cache
    assert str(tmp_path / "desk_probe_plain.py") not in linecache.cache


def test_without_the_hook_nothing_is_replaced(feature, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(feature, import_check.HOOK)
    assert import_check.install() is False
    assert not hasattr(feature, import_check.HOOK)
