"""packaging/install-desktop.sh on a stand-in bundle, into a scratch XDG_DATA_HOME."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from packaging_helpers import PACKAGING

from vtex_invoice_gui import APP_ID

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "dist" / "vtex-invoice-gui"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "vtex-invoice-gui"
    exe.write_text("#!/bin/sh\necho bundle\n")
    exe.chmod(0o755)
    return bundle


def install(tmp_path: Path, *args: str) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    data, bin_dir = tmp_path / "home data", tmp_path / "bin"  # a space, to test the Exec= quoting
    env = {**os.environ, "XDG_DATA_HOME": str(data), "VTEX_DESK_BIN_DIR": str(bin_dir), "HOME": str(tmp_path)}
    result = subprocess.run(
        ["bash", str(PACKAGING / "install-desktop.sh"), *args], capture_output=True, text=True, timeout=60, env=env
    )
    return data, bin_dir, result


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_installs_bundle_desktop_file_metainfo_and_icons(tmp_path, fake_bundle):
    data, bin_dir, result = install(tmp_path, "--bundle", str(fake_bundle))
    assert result.returncode == 0, result.stderr
    exe = data / "vtex-invoice-gui" / "vtex-invoice-gui"
    assert exe.is_file() and os.access(exe, os.X_OK)
    desktop = entry(data / "applications" / f"{APP_ID}.desktop")
    assert desktop["Exec"] == f'"{exe}"'
    assert desktop["TryExec"] == str(exe)
    assert desktop["Icon"] == APP_ID
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == (
        PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    ).read_bytes()
    for size in SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (bin_dir / "vtex-invoice-gui").resolve() == exe.resolve()
    assert subprocess.run([str(bin_dir / "vtex-invoice-gui")], capture_output=True, text=True).stdout == "bundle\n"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_the_installed_desktop_file_validates(tmp_path, fake_bundle):
    data, _bin, result = install(tmp_path, "--bundle", str(fake_bundle))
    assert result.returncode == 0, result.stderr
    check = subprocess.run(
        ["desktop-file-validate", str(data / "applications" / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert check.returncode == 0 and check.stdout.strip() == "", check.stdout


def test_reinstall_replaces_the_bundle_and_uninstall_removes_everything(tmp_path, fake_bundle):
    data, bin_dir, _ = install(tmp_path, "--bundle", str(fake_bundle))
    (data / "vtex-invoice-gui" / "_internal" / "stale.so").write_text("old")
    _, _, again = install(tmp_path, "--bundle", str(fake_bundle))
    assert again.returncode == 0, again.stderr
    assert not (data / "vtex-invoice-gui" / "_internal" / "stale.so").exists()
    _, _, removed = install(tmp_path, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    left = sorted(p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file())
    assert [p for p in left if APP_ID in p or p.startswith("vtex-invoice-gui")] == []
    assert not (bin_dir / "vtex-invoice-gui").exists()


def test_refuses_without_a_bundle(tmp_path):
    _, _, result = install(tmp_path, "--bundle", str(tmp_path / "nothing"))
    assert result.returncode == 1 and "build it first" in result.stderr
