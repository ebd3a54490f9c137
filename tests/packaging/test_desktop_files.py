"""The .desktop file, the AppStream metainfo and the icons: structure always, validators when installed."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET

import pytest

from vtex_invoice_gui import APP_ID, APP_NAME, __version__

from packaging_helpers import PACKAGING, ROOT, load_packaging_module

DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive (Name[pt_BR])
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_app_id_is_reverse_dns():
    assert re.fullmatch(r"[a-z]{2,}(\.[A-Za-z][A-Za-z0-9_]*){2,}", APP_ID)


def test_desktop_entry_launches_the_app_with_its_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    # no %F: the app takes no file arguments (argparse would refuse them and the app would not start)
    assert entry["Exec"] == "vtex-invoice-gui"
    assert entry["Icon"] == APP_ID  # the hicolor icon install-desktop.sh installs
    assert entry["Terminal"] == "false"
    for key in ("Categories", "Keywords"):
        assert entry[key].endswith(";"), key
    assert {"Office", "Finance"} <= set(entry["Categories"].split(";"))
    for lang in ("pt_BR", "es"):
        assert entry[f"Comment[{lang}]"] and entry[f"GenericName[{lang}]"]


def test_metainfo_describes_this_app_and_version():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == desktop_entry()["Exec"].split()[0]
    assert root.findtext("metadata_license") == "CC0-1.0"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert root.findtext("project_license") == pyproject["project"]["license"]["text"]
    # the newest release listed is the version being shipped
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))
    summaries = {s.get(XML_LANG): s.text for s in root.findall("summary")}
    assert set(summaries) == {None, "pt-BR", "es"}
    assert root.find("description/p") is not None
    assert root.find("content_rating") is not None


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_file_validate_accepts_it():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_appstreamcli_validate_accepts_it():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_png_icons_have_the_size_in_their_name():
    make_icons = load_packaging_module("make_icons")
    for size in make_icons.SIZES:
        assert make_icons.png_size((ICONS / f"app-{size}.png").read_bytes()) == (size, size)
    assert ET.parse(ICONS / "app.svg").getroot().tag.endswith("svg")


def test_install_script_uses_the_app_id():
    script = (PACKAGING / "install-desktop.sh").read_text(encoding="utf-8")
    assert f'app_id="{APP_ID}"' in script
