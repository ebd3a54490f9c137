"""What the spec keeps and drops (packaging/spec_helpers.py), on made-up TOC entries."""

from __future__ import annotations

import pytest
from packaging_helpers import load_packaging_module

helpers = load_packaging_module("spec_helpers")
QT = "PySide6/Qt"


def test_only_the_qt_modules_the_app_uses_are_kept():
    excludes = helpers.qt_module_excludes(["QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtQml", "QtSvg"])
    assert excludes == ["PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtSvg"]


def test_the_app_imports_no_other_qt_module():
    """If the UI starts using another PySide6 module, QT_MODULES_USED (and the bundle) must follow."""
    import ast

    from packaging_helpers import ROOT

    used = set()
    for path in (ROOT / "vtex_invoice_gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                used.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                used.update(a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6."))
    assert used <= set(helpers.QT_MODULES_USED)


@pytest.mark.parametrize(
    ("dest", "dropped"),
    [
        (f"{QT}/plugins/platforms/libqxcb.so", False),
        (f"{QT}/plugins/platforms/libqwayland.so", False),
        (f"{QT}/plugins/platforms/libqoffscreen.so", False),
        (f"{QT}/plugins/platforms/libqeglfs.so", True),
        (f"{QT}/plugins/platforms/libqvnc.so", True),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", True),
        (f"{QT}/plugins/platformthemes/libqxdgdesktopportal.so", False),
        (f"{QT}/plugins/imageformats/libqsvg.so", False),
        (f"{QT}/plugins/imageformats/libqtiff.so", True),
        (f"{QT}/plugins/iconengines/libqsvgicon.so", False),
        (f"{QT}/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/plugins/platforms/qdirect2d.dll", True),
    ],
)
def test_plugin_filter(dest, dropped):
    assert helpers.is_dropped_plugin(dest) is dropped


@pytest.mark.parametrize(
    ("dest", "unwanted"),
    [
        (f"{QT}/translations/qtbase_pt_BR.qm", False),
        (f"{QT}/translations/qtbase_es.qm", False),
        (f"{QT}/translations/qt_pt_BR.qm", False),
        (f"{QT}/translations/qtbase_de.qm", True),
        (f"{QT}/translations/qt_pt_PT.qm", True),
        (f"{QT}/translations/qt_help_pt_BR.qm", True),
        (f"{QT}/translations/designer_es.qm", True),
        ("resources/i18n/vtex_invoice_desk_pt_BR.qm", False),
        ("resources/i18n/vtex_invoice_desk_de.qm", False),  # the desk's own files are never filtered
    ],
)
def test_qt_translation_filter(dest, unwanted):
    assert helpers.is_unwanted_qt_translation(dest) is unwanted


def test_libraries_only_a_dropped_plugin_needed_are_pruned():
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        (f"{QT}/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        (f"{QT}/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libfontconfig.so.1", "/src/libfontconfig.so.1", "BINARY"),  # needed by Qt and GTK alike
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),  # loaded by the bootloader
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libfontconfig.so.1"],
        "/src/libqxcb.so": ["libQt6Gui.so.6", "libxcb-cursor.so.0", "libnotbundled.so.1"],
        "/src/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
        "/src/libgtk-3.so.0": ["libcairo.so.2", "libfontconfig.so.1"],
    }
    datas = [
        ("libQt6Gui.so.6", f"{QT}/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libgtk-3.so.0.link", "libgtk-3.so.0", "SYMLINK"),
        (f"{QT}/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
        (f"{QT}/translations/qtbase_pt_BR.qm", "/src/qtbase_pt_BR.qm", "DATA"),
    ]
    kept, kept_datas, dropped = helpers.filter_bundle(binaries, datas, lambda src: links.get(src, []))
    assert [e[0] for e in kept] == [
        "PySide6/QtGui.abi3.so",
        f"{QT}/plugins/platforms/libqxcb.so",
        f"{QT}/lib/libQt6Gui.so.6",
        "libxcb-cursor.so.0",
        "libfontconfig.so.1",
        "libpython3.11.so.1.0",
    ]
    assert set(dropped) == {
        f"{QT}/plugins/platformthemes/libqgtk3.so", "libgtk-3.so.0", "libcairo.so.2", f"{QT}/translations/qtbase_de.qm"
    }
    assert [e[0] for e in kept_datas] == ["libQt6Gui.so.6", f"{QT}/translations/qtbase_pt_BR.qm"]


def test_pdfium_loaded_by_ctypes_is_never_pruned():
    """Found by the bundle's self-test: nothing links to libpdfium.so, pypdfium2 loads it by name."""
    binaries = [
        ("pypdfium2_raw/libpdfium.so", "/src/libpdfium.so", "BINARY"),
        ("libunused.so.1", "/src/libunused.so.1", "BINARY"),
    ]
    kept, _datas, dropped = helpers.filter_bundle(binaries, [], lambda src: [])
    assert [e[0] for e in kept] == ["pypdfium2_raw/libpdfium.so"]
    assert dropped == ["libunused.so.1"]


def test_without_a_dependency_reader_nothing_is_pruned():
    binaries = [("libunused.so.1", "/src/libunused.so.1", "BINARY")]
    kept, _datas, dropped = helpers.filter_bundle(binaries, [], None)
    assert kept == binaries and dropped == []


def test_resource_datas_bundle_icons_compiled_translations_and_the_selftest_nfe_only(tmp_path):
    icons, i18n = tmp_path / "resources" / "icons", tmp_path / "resources" / "i18n"
    icons.mkdir(parents=True)
    i18n.mkdir()
    (tmp_path / "resources" / "selftest").mkdir()
    (tmp_path / "resources" / "selftest" / "danfe_sample.xml").write_bytes(b"<x/>")
    for name in ("app.svg", "app-16.png", "app.ico", "app.icns"):
        (icons / name).write_bytes(b"x")
    (i18n / "vtex_invoice_desk_es.ts").write_text("<TS/>")
    datas, warnings = helpers.resource_datas(tmp_path)
    assert sorted((p.rsplit("/", 1)[-1], d) for p, d in datas) == [
        ("app-16.png", "resources/icons"), ("app.svg", "resources/icons"), ("danfe_sample.xml", "resources/selftest")
    ]
    assert warnings and "English only" in warnings[0]
    (i18n / "vtex_invoice_desk_es.qm").write_bytes(b"x")
    datas, warnings = helpers.resource_datas(tmp_path)
    assert (str(i18n / "vtex_invoice_desk_es.qm"), "resources/i18n") in datas and warnings == []


@pytest.mark.parametrize(
    ("version", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("2", (2, 0, 0, 0))]
)
def test_windows_version_numbers(version, numbers):
    assert helpers.version_tuple(version) == numbers
