"""The built bundle: build it (or reuse a fresh build), then run it the way a user's machine would.

Marked ``bundle``: ``pytest -m bundle tests/packaging`` (about 25 s with a build, 5 s reusing one).
Needs PyInstaller in the test environment, and dbus-run-session + gnome-keyring for the keyring line.
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_helpers import PACKAGING, ROOT, load_packaging_module
from pypdf import PdfReader

from vtex_invoice_gui import __version__
from vtex_invoice_gui.selftest import TRANSLATION_LANGUAGES, translation_file

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build.sh builds the Linux bundle"),
]
inputs = load_packaging_module("bundle_inputs")
BUNDLE = inputs.BUNDLE
EXE = inputs.EXECUTABLE
CHECK_NAMES = [
    "app", "resources", "qt platform", "qt desktop plugins", "image formats", "icon",
    *(f"translation {lang}" for lang in TRANSLATION_LANGUAGES), "tls", "keyring", "sandbox", "danfe",
]


def need(condition: bool, why: str) -> None:
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"CI must be able to run the bundle tests: {why}")
        pytest.skip(why)


@pytest.fixture(scope="module")
def bundle() -> Path:
    need(importlib.util.find_spec("PyInstaller") is not None, "PyInstaller is not installed")
    # Both pytest workers may reach this module (worksteal splits it): one builds while the other
    # waits, then finds the build fresh. Two builds at once into one dist/ broke each other.
    (ROOT / "build").mkdir(exist_ok=True)
    with open(ROOT / "build" / "bundle-tests.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = subprocess.run(
            ["bash", str(PACKAGING / "build.sh"), "--if-stale", "--no-self-test"],
            capture_output=True, text=True, timeout=840, cwd=ROOT, env={**os.environ, "PYTHON": sys.executable},
        )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert inputs.is_fresh(ROOT)
    return EXE


def scratch_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A clean environment: a scratch home, offscreen Qt, nothing from the venv."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))}
    env.update(HOME=str(tmp_path), VTEX_DESK_HOME=str(tmp_path / "desk"), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def report(stdout: str) -> dict[str, str]:
    lines = stdout.strip().splitlines()
    checks = dict(line[5:].split(": ", 1) for line in lines[:-1])
    assert list(checks) == CHECK_NAMES, stdout
    assert all(line[:5] in ("OK   ", "FAIL ") for line in lines[:-1])
    return {name: ("OK" if line.startswith("OK") else "FAIL") for name, line in zip(checks, lines, strict=False)}


def test_self_test_of_the_bundle_with_a_real_keyring(bundle, tmp_path):
    need(shutil.which("dbus-run-session") is not None and shutil.which("gnome-keyring-daemon") is not None,
         "needs dbus-run-session and gnome-keyring-daemon for the keyring check")
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", str(PACKAGING / "with-keyring.sh"), str(bundle), "--self-test"],
        capture_output=True, text=True, timeout=120, env=scratch_env(tmp_path),
    )
    verdicts = report(result.stdout)
    missing = {f"translation {lang}" for lang in TRANSLATION_LANGUAGES if not translation_file(lang).is_file()}
    expected = {name: ("FAIL" if name in missing else "OK") for name in CHECK_NAMES}
    assert verdicts == expected, result.stdout
    assert result.returncode == (1 if missing else 0)
    assert "frozen bundle" in result.stdout and f"{BUNDLE.name}/_internal/resources" in result.stdout
    assert "OK   keyring: SecretService" in result.stdout
    assert "Traceback" not in result.stderr


def test_self_test_without_a_keyring_reports_it_and_fails(bundle, tmp_path):
    env = scratch_env(tmp_path)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    result = subprocess.run([str(bundle), "--self-test"], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 1
    assert report(result.stdout)["keyring"] == "FAIL"
    assert "FAIL keyring: no usable backend (SecretService: " in result.stdout
    assert "OK   sandbox: " in result.stdout and "Traceback" not in result.stderr


def test_the_bundled_app_starts_and_draws_its_window(bundle, tmp_path):
    version = subprocess.run([str(bundle), "--version"], capture_output=True, text=True, timeout=60)
    assert version.stdout.strip() == f"vtex-invoice-gui {__version__}"
    shots = tmp_path / "shots"
    result = subprocess.run(
        [str(bundle), "--screenshot", str(shots)],
        capture_output=True, text=True, timeout=120, env=scratch_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    pngs = sorted(shots.glob("*.png"))
    png_size = load_packaging_module("make_icons").png_size
    assert pngs and all(png_size(p.read_bytes())[0] >= 400 for p in pngs)


def test_the_bundle_writes_danfes_and_labels_from_the_command_line(bundle, tmp_path):
    fixtures = ROOT / "tests" / "fixtures" / "nfe"
    xmls = [str(fixtures / "sale_authorized_v400.xml"), str(fixtures / "reform_ibs_cbs.xml")]
    for extra in ([], ["--label"]):
        out = tmp_path / f"out{len(extra)}.pdf"
        result = subprocess.run(
            [str(bundle), "danfe", *xmls, *extra, "--output", str(out)],
            capture_output=True, text=True, timeout=120, env=scratch_env(tmp_path),
        )
        assert result.returncode == 0, result.stderr[-3000:]
        assert len(PdfReader(out).pages) == 2
    refused = subprocess.run(
        [str(bundle), "danfe", str(fixtures / "evil_xxe_passwd.xml"), "--output", str(tmp_path / "no.pdf")],
        capture_output=True, text=True, timeout=120, env=scratch_env(tmp_path),
    )
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "DTD" in refused.stderr


def test_the_bundle_leaves_out_what_the_app_does_not_use(bundle):
    internal = BUNDLE / "_internal"
    files = [p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file() or p.is_symlink()]
    pyside_modules = sorted(
        p.removeprefix("PySide6/").split(".")[0] for p in files if re.fullmatch(r"PySide6/Qt\w+\.abi3\.so", p)
    )
    assert pyside_modules == ["QtCore", "QtGui", "QtPrintSupport", "QtWidgets"]
    for unwanted in ("libgtk-3", "libQt6Network", "libQt6Qml", "platforms/libqeglfs", "platforms/libqvnc"):
        assert not [f for f in files if unwanted in f], unwanted
    assert sorted(f for f in files if "/translations/" in f) == sorted(
        f"PySide6/Qt/translations/{catalog}_{lang}.qm" for catalog in ("qt", "qtbase") for lang in ("en", "es", "pt_BR")
    )
    listing = subprocess.run(
        [sys.executable, "-m", "PyInstaller.utils.cliutils.archive_viewer", "-r", "-b", str(bundle)],
        capture_output=True, text=True, timeout=120,
    )
    assert listing.returncode == 0, listing.stderr
    top_level = {line.strip().split(".")[0] for line in listing.stdout.splitlines() if line.startswith(" ")}
    assert "vtex_invoice_gui" in top_level and "keyring" in top_level and "secretstorage" in top_level
    assert not top_level & {"pytest", "_pytest", "hypothesis", "openapi_core", "pygments", "tkinter"}
