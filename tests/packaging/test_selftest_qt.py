"""The self-test's Qt checks and runner, in process and as ``packaging/entry.py --self-test``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_helpers import PACKAGING, ROOT
from PySide6.QtCore import QLibraryInfo

from vtex_invoice_gui.ui.runtime import selftest as qt_selftest

LRELEASE = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context><name>InvoiceTab</name>
<message><source>Send invoice</source><translation>{text}</translation></message>
</context>
</TS>
"""


def compile_qm(tmp_path: Path, language: str, text: str = "Enviar nota fiscal") -> Path:
    if LRELEASE is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / f"{language}.ts"
    ts.write_text(TS.format(language=language, text=text), encoding="utf-8")
    qm = tmp_path / f"vtex_invoice_desk_{language}.qm"
    subprocess.run([LRELEASE, str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    return qm


@pytest.fixture
def qm_dir(tmp_path, monkeypatch):
    """Point the translation check at a scratch folder instead of resources/i18n."""
    monkeypatch.setattr(qt_selftest, "translation_file", lambda lang: tmp_path / f"vtex_invoice_desk_{lang}.qm")
    return tmp_path


def test_in_process_report_covers_every_part(qapp, capsys, qm_dir):
    compile_qm(qm_dir, "pt_BR")
    compile_qm(qm_dir, "es", "Enviar factura")
    code = qt_selftest.run_self_test(["--self-test"])
    lines = capsys.readouterr().out.splitlines()
    names = [line[5:].split(":", 1)[0] for line in lines[:-1]]
    assert names == [
        "app", "resources", "qt platform", "qt desktop plugins", "image formats", "icon",
        "translation pt_BR", "translation es", "tls", "keyring", "sandbox", "danfe",
    ]
    by_name = dict(zip(names, lines, strict=False))
    for name in names:
        if name != "keyring":  # depends on the machine: a Secret Service runs only under with-keyring.sh
            assert by_name[name].startswith("OK   "), by_name[name]
    assert "offscreen started" in by_name["qt platform"]
    assert "png" in by_name["image formats"] and "svg" in by_name["image formats"]
    assert "svg icon engine" in by_name["icon"]
    keyring_ok = by_name["keyring"].startswith("OK")
    assert code == (0 if keyring_ok else 1)
    assert lines[-1] == ("RESULT: OK" if keyring_ok else "RESULT: FAIL (1 of 12 checks failed)")


def test_missing_translations_are_fail_lines(qapp, qm_dir):
    result = qt_selftest.check_translation("pt_BR")
    assert not result.ok and result.detail == f"missing ({qm_dir / 'vtex_invoice_desk_pt_BR.qm'})"


def test_an_empty_or_foreign_translation_fails(qapp, qm_dir):
    compile_qm(qm_dir, "es").rename(qm_dir / "vtex_invoice_desk_pt_BR.qm")
    result = qt_selftest.check_translation("pt_BR")
    assert not result.ok and "is a es translation, not pt_BR" in result.detail
    (qm_dir / "vtex_invoice_desk_es.qm").write_bytes(b"not a qm file")
    result = qt_selftest.check_translation("es")
    assert not result.ok and "does not load" in result.detail


def test_platform_arguments_and_plugin_names():
    assert qt_selftest.requested_platform(["-platform", "xcb:dpi=96"]) == "xcb"
    assert qt_selftest.plugin_key(Path("libqxcb.so")) == "xcb"
    assert qt_selftest.plugin_key(Path("qwindows.dll")) == "windows"
    assert qt_selftest.plugin_key(Path("libqsvgicon.so")) == "svgicon"
    present = qt_selftest.check_platform_plugin_present("no-such-platform")
    assert not present.ok and "'no-such-platform' not found" in present.detail and "offscreen" in present.detail


def test_qt_translations_dir_has_the_desk_languages():
    directory = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (directory / "qtbase_pt_BR.qm").is_file() and (directory / "qtbase_es.qm").is_file()


def run_entry(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, str(PACKAGING / "entry.py"), *args],
        capture_output=True, text=True, timeout=90, cwd=ROOT, env=env,
    )


def test_unknown_platform_is_reported_instead_of_aborting():
    """Qt aborts the process when the platform plugin is missing; the self-test checks first."""
    result = run_entry("--self-test", env_extra={"QT_QPA_PLATFORM": "no-such-platform"})
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("FAIL qt platform: plugin 'no-such-platform' not found") for line in lines)
    assert "OK   sandbox: " in result.stdout  # the checks that need no Qt still ran
    assert "Traceback" not in result.stderr


def test_entry_handles_self_test_before_importing_the_app():
    code = (
        "import runpy, sys\n"
        f"sys.argv = [{str(PACKAGING / 'entry.py')!r}, '--self-test']\n"
        "try:\n    runpy.run_path(sys.argv[0], run_name='__main__')\n"
        "except SystemExit as exc:\n    print('exit', exc.code)\n"
        "print('app imported:', 'vtex_invoice_gui.app' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=90, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "app imported: False" in result.stdout, result.stdout + result.stderr
    assert result.stdout.splitlines()[0].startswith("OK   app: ")


def test_without_a_console_the_report_goes_to_the_log_directory(tmp_path, monkeypatch):
    """A windowed Windows build has no stdout: the report is kept next to desk.log instead."""
    monkeypatch.setenv("VTEX_DESK_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "stdout", None)
    qt_selftest._emit("OK   app: x\nRESULT: OK")
    assert (tmp_path / "logs" / "self-test.txt").read_text(encoding="utf-8") == "OK   app: x\nRESULT: OK\n"
