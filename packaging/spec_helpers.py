"""What goes into the bundle: the logic behind ``vtex-invoice-gui.spec``, kept here so it can be tested.

PyInstaller's PySide6 hooks collect every plugin of each plugin type a Qt module uses, and every
shared library those plugins link to. For this app that means embedded-Linux platforms (eglfs,
vnc, linuxfb), the GTK 3 platform theme with the whole GTK/cairo/pango stack behind it, image
formats nobody opens, and Qt's translations for ~40 languages. This module drops those and then
prunes the shared libraries nothing kept still links to.

No PyInstaller import at module level: the functions take plain TOC tuples
``(dest_name, src_path, typecode)`` and an ``imports_of`` callable.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

Entry = tuple[str, str, str]

#: The PySide6 modules the app imports. Every other PySide6 module is excluded from the bundle.
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")

#: Packages whose data files the app needs at run time: fpdf2's colour profile, the DANFE
#: library's files and python-barcode's font (the DANFE and label barcodes).
DATA_PACKAGES = ("fpdf", "brazilfiscalreport", "barcode")

#: Python packages that are in the venv for tests and tooling only.
EXCLUDED_PACKAGES = (
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "pytest_timeout", "hypothesis",
    "openapi_core", "openapi_schema_validator", "openapi_spec_validator", "jsonschema",
    "jsonschema_path", "IPython", "PyInstaller", "setuptools", "pip",
    # optional imports of httpx's command line (httpx._main) and pydantic.v1's .env support
    "pygments", "rich", "click", "dotenv",
)

#: Plugins dropped from the bundle (fnmatch patterns on the destination path, ``/`` separators).
DROPPED_PLUGINS = (
    # embedded / kiosk platforms: a desktop app runs on xcb, wayland, windows or cocoa
    "*/plugins/platforms/*qeglfs*", "*/plugins/platforms/*qlinuxfb*", "*/plugins/platforms/*qminimalegl*",
    "*/plugins/platforms/*qvkkhrdisplay*", "*/plugins/platforms/*qvnc*", "*/plugins/platforms/*qdirect2d*",
    "*/plugins/egldeviceintegrations/*", "*/plugins/generic/*",
    # the GTK 3 theme loads the system's GTK against bundled copies (and pulls ~20 MB of GTK,
    # cairo and pango); without it Qt uses the xdg-desktop-portal theme and its own dialogs
    "*/plugins/platformthemes/*qgtk3*",
    # image formats the app never reads (it shows PNG and SVG; ICO/ICNS/JPEG/GIF stay)
    "*/plugins/imageformats/*qtiff*", "*/plugins/imageformats/*qwebp*", "*/plugins/imageformats/*qtga*",
    "*/plugins/imageformats/*qwbmp*", "*/plugins/imageformats/*qpdf*",
    # QtNetwork is not used (HTTP goes through httpx)
    "*/plugins/tls/*", "*/plugins/networkinformation/*",
)

#: Libraries loaded with ctypes at run time (no binary links to them, so pruning would drop them):
#: PDFium, the DANFE preview's renderer (fnmatch patterns on the destination path).
CTYPES_LIBRARIES = ("pypdfium2_raw/*pdfium*",)

#: Qt's own translation catalogs kept: the languages the desk is translated to, plus English.
QT_TRANSLATION_LANGUAGES = ("pt_BR", "es", "en")
_QT_TRANSLATION = re.compile(r"(?:^|.*/)translations/(?P<catalog>[a-z_]+?)_(?P<lang>[a-z]{2}(?:_[A-Z]{2})?)\.qm$")


def qt_module_excludes(available: Iterable[str], used: Iterable[str] = QT_MODULES_USED) -> list[str]:
    """``PySide6.X`` for every available PySide6 module the app does not use."""
    keep = set(used)
    return sorted(f"PySide6.{name}" for name in available if name not in keep)


def _dest(entry: Entry) -> str:
    return entry[0].replace(os.sep, "/")


def is_dropped_plugin(dest: str, patterns: Iterable[str] = DROPPED_PLUGINS) -> bool:
    dest = dest.replace(os.sep, "/")
    return any(fnmatch.fnmatch(dest, pattern) for pattern in patterns)


def is_unwanted_qt_translation(dest: str, languages: Iterable[str] = QT_TRANSLATION_LANGUAGES) -> bool:
    """A Qt translation catalog (under ``.../Qt/translations/``) for a language the desk doesn't ship."""
    dest = dest.replace(os.sep, "/")
    if "PySide6/" not in dest:
        return False
    match = _QT_TRANSLATION.match(dest)
    if not match:
        return False
    return match["catalog"] not in ("qt", "qtbase") or match["lang"] not in set(languages)


def is_prunable_library(entry: Entry) -> bool:
    """A shared library collected only because something linked to it (not a plugin or extension)."""
    dest, _src, kind = _dest(entry), entry[1], entry[2]
    if kind != "BINARY" or "/plugins/" in f"/{dest}":
        return False
    if any(fnmatch.fnmatch(dest, pattern) for pattern in CTYPES_LIBRARIES):
        return False  # loaded by name at run time
    name = dest.rsplit("/", 1)[-1]
    if name.startswith("libpython") or name.startswith("python3"):
        return False  # the bootloader loads it by name
    return ".so" in name or name.endswith((".dylib", ".dll"))


def prune_unreachable(
    binaries: list[Entry], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[Entry]]:
    """Drop prunable libraries that no kept binary links to, directly or through other libraries.

    ``imports_of(src_path)`` returns the names (``libfoo.so.1``) a binary links to. Roots are the
    extension modules, the plugins and everything else that is not prunable. Returns
    ``(kept, dropped)``.
    """
    by_name: dict[str, list[Entry]] = {}
    for entry in binaries:
        by_name.setdefault(_dest(entry).rsplit("/", 1)[-1], []).append(entry)
    reached: set[Entry] = set()
    queue = [entry for entry in binaries if not is_prunable_library(entry)]
    reached.update(queue)
    while queue:
        entry = queue.pop()
        for name in imports_of(entry[1]):
            for target in by_name.get(os.path.basename(name), ()):
                if target not in reached:
                    reached.add(target)
                    queue.append(target)
    kept = [e for e in binaries if e in reached]
    dropped = [e for e in binaries if e not in reached]
    return kept, dropped


def drop_dangling_symlinks(datas: list[Entry], binaries: list[Entry]) -> list[Entry]:
    """Symlink entries (``(link, target, "SYMLINK")``) whose target is no longer bundled."""
    present = {_dest(e) for e in binaries} | {_dest(e) for e in datas if e[2] != "SYMLINK"}
    return [e for e in datas if e[2] != "SYMLINK" or e[1].replace(os.sep, "/") in present]


def resource_datas(root: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """The ``datas`` for ``resources/`` (icons, compiled translations, the self-test's NF-e), and warnings.

    ``.ts`` sources and the Windows/macOS icon containers are not needed at run time.
    """
    datas: list[tuple[str, str]] = []
    warnings: list[str] = []
    icons = root / "resources" / "icons"
    for path in sorted(icons.glob("app*.*")):
        if path.suffix in {".svg", ".png"}:
            datas.append((str(path), "resources/icons"))
    qm_files = sorted((root / "resources" / "i18n").glob("*.qm"))
    if not qm_files:
        warnings.append("no compiled translations (resources/i18n/*.qm): the bundle will be English only")
    datas += [(str(path), "resources/i18n") for path in qm_files]
    datas += [(str(path), "resources/selftest") for path in sorted((root / "resources" / "selftest").glob("*.xml"))]
    return datas, warnings


def filter_bundle(
    binaries: list[Entry], datas: list[Entry], imports_of: Callable[[str], Iterable[str]] | None
) -> tuple[list[Entry], list[Entry], list[str]]:
    """Apply all of the above. ``imports_of=None`` skips the library pruning (non-Linux).

    Returns ``(binaries, datas, dropped destination names)``.
    """
    dropped = [_dest(e) for e in binaries if is_dropped_plugin(_dest(e))]
    binaries = [e for e in binaries if not is_dropped_plugin(_dest(e))]
    if imports_of is not None:
        binaries, pruned = prune_unreachable(binaries, imports_of)
        dropped += [_dest(e) for e in pruned]
    dropped += [_dest(e) for e in datas if is_unwanted_qt_translation(_dest(e))]
    datas = [e for e in datas if not is_unwanted_qt_translation(_dest(e))]
    datas = drop_dangling_symlinks(datas, binaries)
    return binaries, datas, dropped


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"0.1.0"`` -> ``(0, 1, 0, 0)``; pre-release suffixes are dropped (``"1.2.3rc1"`` -> ``(1, 2, 3, 0)``)."""
    numbers = [int(m.group()) for m in (re.match(r"\d+", part) for part in version.split(".")[:4]) if m]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def windows_version_info(version: str, name: str, app_id: str) -> object:
    """The version resource of the Windows .exe (what Explorer shows under Properties > Details)."""
    from PyInstaller.utils.win32.versioninfo import (  # Windows builds only: needs pefile
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    strings = {
        "CompanyName": name,
        "FileDescription": name,
        "FileVersion": version,
        "InternalName": app_id,
        "OriginalFilename": "vtex-invoice-gui.exe",
        "ProductName": name,
        "ProductVersion": version,
    }
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo([StringTable("040904B0", [StringStruct(k, v) for k, v in strings.items()])]),
            VarFileInfo([VarStruct("Translation", [1033, 1200])]),
        ],
    )
