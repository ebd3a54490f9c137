"""``vtex-invoice-gui --self-test``: start offscreen, check every part a bundle can lose, report, exit 0/1.

The Qt checks live here (platform plugins, image formats, the icon, translations); the rest
(resources, TLS, keyring, the sandbox round trip) in :mod:`vtex_invoice_gui.selftest`. Each
check prints one line, ``OK`` or ``FAIL`` with a detail; a last line sums up.

    QT_QPA_PLATFORM=offscreen dist/vtex-invoice-gui/vtex-invoice-gui --self-test

The platform defaults to ``offscreen`` (set ``QT_QPA_PLATFORM`` or pass ``-platform xcb`` to try
another). When there is no console to print to (a windowed Windows build), the report goes to
``self-test.txt`` in the log directory.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QPluginLoader, QTranslator
from PySide6.QtGui import QIcon, QImage, QImageReader
from PySide6.QtWidgets import QApplication

from ... import APP_ID, APP_NAME, __version__
from ...resources import resource_path
from ...selftest import (
    TRANSLATION_LANGUAGES,
    Check,
    check_app,
    check_resources,
    exit_code,
    format_report,
    guarded,
    run_core_checks,
    translation_file,
)

#: The platform plugins a desktop session needs, per operating system (at least one must load).
DESKTOP_PLATFORMS = {"linux": ("xcb", "wayland"), "win32": ("windows",), "darwin": ("cocoa",)}
REQUIRED_IMAGE_FORMATS = ("png", "svg")
ICON_CHECK_SIZE = 64


def plugin_dirs() -> list[Path]:
    """Where Qt looks for plugins: its configured plugin path, then the library paths."""
    seen: dict[str, None] = {QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath): None}
    seen.update(dict.fromkeys(QCoreApplication.libraryPaths()))
    return [Path(p) for p in seen if p and Path(p).is_dir()]


def plugin_key(path: Path) -> str:
    """``libqxcb.so`` -> ``xcb``, ``qwindows.dll`` -> ``windows``, ``libqsvgicon.so`` -> ``svgicon``."""
    stem = path.name.split(".", 1)[0]
    stem = stem.removeprefix("lib")
    return stem[1:] if stem.startswith("q") else stem


def find_plugins(kind: str) -> dict[str, Path]:
    """The plugin files of one kind (``platforms``, ``imageformats``...) by key, first directory wins."""
    found: dict[str, Path] = {}
    for directory in plugin_dirs():
        folder = directory / kind
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in {".so", ".dll", ".dylib"}:
                found.setdefault(plugin_key(path), path)
    return found


def requested_platform(argv: list[str]) -> str:
    """The platform Qt will start: ``-platform NAME`` from argv, else ``QT_QPA_PLATFORM``."""
    for i, arg in enumerate(argv[:-1]):
        if arg in ("-platform", "--platform"):
            return argv[i + 1].split(":", 1)[0]
    return os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0]


@guarded("qt platform")
def check_platform_plugin_present(platform: str) -> Check:
    """Before starting Qt: a missing platform plugin would make QApplication abort the process."""
    plugins = find_plugins("platforms")
    if not plugins:
        searched = ", ".join(map(str, plugin_dirs())) or "any plugin directory"
        return Check("qt platform", False, f"no platform plugins in {searched}")
    if platform and platform not in plugins:
        return Check("qt platform", False, f"plugin {platform!r} not found (have: {', '.join(sorted(plugins))})")
    return Check("qt platform", True, f"plugins: {', '.join(sorted(plugins))}")


@guarded("qt platform")
def check_platform_started(app: QCoreApplication, present: Check) -> Check:
    style = app.style().name() if isinstance(app, QApplication) else "none (no QApplication)"
    return Check("qt platform", True, f"{app.platformName()} started, style {style}; {present.detail}")


@guarded("qt desktop plugins")
def check_desktop_plugins() -> Check:
    """The plugins a real session uses load with their libraries (e.g. xcb needs libxcb-cursor)."""
    wanted = DESKTOP_PLATFORMS.get(sys.platform, ())
    if not wanted:
        return Check("qt desktop plugins", True, f"nothing to check on {sys.platform}")
    plugins = find_plugins("platforms")
    results, loaded = [], 0
    for name in wanted:
        path = plugins.get(name)
        if path is None:
            results.append(f"{name}: missing")
            continue
        loader = QPluginLoader(str(path))
        if loader.load():
            loaded += 1
            results.append(f"{name}: loads")
        else:
            error = loader.errorString().replace(str(path), path.name)
            results.append(f"{name}: does not load ({_first_line(error)})")
    return Check("qt desktop plugins", loaded > 0, "; ".join(results))


@guarded("image formats")
def check_image_formats() -> Check:
    formats = sorted({bytes(f.data()).decode("ascii", "replace") for f in QImageReader.supportedImageFormats()})
    missing = [f for f in REQUIRED_IMAGE_FORMATS if f not in formats]
    if missing:
        return Check("image formats", False, f"missing {', '.join(missing)} (have: {', '.join(formats)})")
    return Check("image formats", True, ", ".join(formats))


def coverage(image: QImage) -> float:
    """The share of pixels that are not fully transparent."""
    width, height = image.width(), image.height()
    if not width or not height:
        return 0.0
    painted = sum(image.pixelColor(x, y).alpha() > 0 for y in range(height) for x in range(width))
    return painted / (width * height)


@guarded("icon")
def check_icon() -> Check:
    """app.svg renders through QIcon (the svg icon engine), and a PNG size loads."""
    svg = resource_path("icons", "app.svg")
    if not svg.is_file():
        return Check("icon", False, f"{svg} is missing")
    image = QIcon(str(svg)).pixmap(ICON_CHECK_SIZE, ICON_CHECK_SIZE).toImage()
    share = coverage(image)
    engine = "svg icon engine" if "svgicon" in find_plugins("iconengines") else "no svg icon engine plugin"
    if image.isNull() or image.width() != ICON_CHECK_SIZE or share < 0.1:
        size = f"{image.width()}x{image.height()}"
        return Check("icon", False, f"app.svg rendered {size}, {share:.0%} painted ({engine})")
    png = QImage(str(resource_path("icons", "app-48.png")))
    if png.isNull() or png.width() != 48:
        return Check("icon", False, "app-48.png does not load")
    size = f"{ICON_CHECK_SIZE}x{ICON_CHECK_SIZE}"
    return Check("icon", True, f"app.svg renders {size} ({share:.0%} painted, {engine}); app-48.png loads")


def check_translation(language: str) -> Check:
    """The desk's ``.qm`` for ``language`` exists and loads; Qt's own qtbase catalog too."""
    name = f"translation {language}"
    try:
        path = translation_file(language)
        if not path.is_file():
            return Check(name, False, f"missing ({path})")
        ours = QTranslator()
        if not ours.load(str(path)):
            return Check(name, False, f"{path.name} does not load with QTranslator")
        if ours.isEmpty():
            return Check(name, False, f"{path.name} loads but holds no translations")
        built_for = ours.language().replace("-", "_")
        if built_for and built_for != language:
            return Check(name, False, f"{path.name} is a {built_for} translation, not {language}")
        qt = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not qt.load(QLocale(language), "qtbase", "_", qt_dir):
            return Check(name, False, f"{path.name} loads, but Qt's qtbase_{language}.qm is missing in {qt_dir}")
        return Check(name, True, f"{path.name} loads ({language}); qtbase_{language}.qm loads")
    except Exception as exc:  # noqa: BLE001
        return Check(name, False, f"check crashed: {type(exc).__name__}: {exc}")


def _first_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 160 else text[:159] + "…"


def run_checks(argv: list[str]) -> list[Check]:
    """Every check, in report order. Creates (or reuses) the QApplication."""
    checks = [check_app(), check_resources()]
    platform = requested_platform(argv)
    present = check_platform_plugin_present(platform)
    app = QApplication.instance()
    if app is None and not present.ok:
        skipped = "skipped: Qt could not start"
        qt_checks = [present, *(Check(n, False, skipped) for n in ("image formats", "icon"))]
        qt_checks += [Check(f"translation {lang}", False, skipped) for lang in TRANSLATION_LANGUAGES]
        return [*checks, *qt_checks, *run_core_checks()]
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "vtex-invoice-gui", *argv])
        app.setApplicationName(APP_NAME)
        app.setApplicationVersion(__version__)
        app.setDesktopFileName(APP_ID)
    checks += [check_platform_started(app, present), check_desktop_plugins(), check_image_formats(), check_icon()]
    checks += [check_translation(lang) for lang in TRANSLATION_LANGUAGES]
    return [*checks, *run_core_checks()]


def _emit(report: str) -> None:
    if sys.stdout is not None:
        print(report, flush=True)
        return
    from ...settings import log_dir  # a windowed build has no console: keep the report in a file

    directory = log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "self-test.txt").write_text(report + "\n", encoding="utf-8")


def run_self_test(argv: Iterable[str]) -> int:
    """Run the self-test and print its report. ``argv``: the arguments after the program name;
    ``--self-test`` is dropped and the rest go to Qt (``-platform xcb``). Returns 0 if all passed, else 1."""
    args = [a for a in argv if a != "--self-test"]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    checks = run_checks(args)
    _emit(format_report(checks))
    return exit_code(checks)
