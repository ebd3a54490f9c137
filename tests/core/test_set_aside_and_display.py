"""Issue 11, findings 11 and 12 in the core: bad files set aside (never deleted), no journal means no
send, and the display check that runs before Qt. The window's side is in ``tests/ui``."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from vtex_invoice_gui.aside import set_aside
from vtex_invoice_gui.display import NO_DISPLAY, display_problem
from vtex_invoice_gui.journal import (
    Drafts,
    Journal,
    JournalUnavailableError,
    Operation,
    UnavailableJournal,
    open_journal,
)
from vtex_invoice_gui.settings import Settings, SettingsFile, saved_language

NOON = datetime(2026, 12, 4, 12, 0, 0)


def test_finding_11_setting_aside_never_replaces_an_earlier_copy(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    names = []
    for n in range(3):
        path.write_text(f"copy {n}", encoding="utf-8")
        Path(f"{path}-wal").write_text(f"wal {n}", encoding="utf-8")
        names.append(set_aside(path, companions=("-wal", "-shm"), now=NOON))
    assert [p.name for p in names] == [
        "journal.broken-20261204-120000.sqlite3",
        "journal.broken-20261204-120000-1.sqlite3",
        "journal.broken-20261204-120000-2.sqlite3",
    ]
    assert [p.read_text(encoding="utf-8") for p in names] == ["copy 0", "copy 1", "copy 2"]
    assert [Path(f"{p}-wal").read_text(encoding="utf-8") for p in names] == ["wal 0", "wal 1", "wal 2"]
    assert not path.exists() and not Path(f"{path}-wal").exists()


def test_finding_11_a_journal_of_garbage_is_set_aside_and_a_new_one_opened(tmp_path: Path) -> None:
    path = tmp_path / "data" / "journal.sqlite3"
    path.parent.mkdir()
    garbage = os.urandom(4096)
    path.write_bytes(garbage)
    journal, note = open_journal(path)
    try:
        assert type(journal) is Journal and journal.path == path
        assert note is not None and note.code == "journal.set_aside"
        kept = Path(note.params["backup"])
        assert kept.parent == path.parent and kept.read_bytes() == garbage
        journal.begin("shop", "1-01", Operation.INVOICE, invoice_number="NF1")  # it journals again
    finally:
        journal.close()


def test_finding_11_a_journal_that_cannot_be_opened_refuses_every_write(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file, not a folder", encoding="utf-8")
    journal, note = open_journal(tmp_path / "data" / "journal.sqlite3")
    try:
        assert isinstance(journal, UnavailableJournal) and note is not None
        assert journal.problem == note and note.code == "journal.sending_blocked"
        assert f"Make the folder {tmp_path / 'data'} writable" in note
        for operation in Operation:
            with pytest.raises(JournalUnavailableError) as raised:
                journal.begin("shop", "1-01", operation, invoice_number="NF1")
            assert str(raised.value) == note
        assert journal.query() == [] and journal.pending_rows("shop") == []  # reads answer, empty
        with Drafts(journal.path) as drafts:  # drafts live in memory for the session
            drafts.save_draft("shop", "1-01", "invoice", {"number": "NF1"})
            assert drafts.load_draft("shop", "1-01", "invoice") == {"number": "NF1"}
    finally:
        journal.close()
    assert (tmp_path / "data").read_text(encoding="utf-8") == "a file, not a folder"
    assert not Path(":memory:").exists()


def test_finding_11_settings_that_are_not_utf8_are_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    junk = b'{"language": "\xff\xfe"}'
    path.write_bytes(junk)
    assert saved_language(path) is None  # a peek never moves the file...
    assert path.read_bytes() == junk
    file = SettingsFile(path)
    assert file.load() == Settings()  # ...loading does: the desk starts
    assert file.problem is not None and file.problem.code == "settings.not_text"
    (kept,) = tmp_path.glob("settings.broken-*.json")
    assert kept.read_bytes() == junk and str(kept) in file.problem
    assert not path.exists()


def test_settings_saved_by_a_windows_editor_with_a_bom_are_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'\xef\xbb\xbf{"language": "es"}')
    file = SettingsFile(path)
    assert file.load().language == "es" and file.problem is None
    assert saved_language(path) == "es"


def test_saved_language_reads_the_settings_file(tmp_path: Path) -> None:
    SettingsFile(tmp_path / "settings.json").save(Settings(language="es"))
    assert saved_language(tmp_path / "settings.json") == "es"
    assert saved_language(tmp_path / "missing.json") is None


@pytest.mark.parametrize(
    ("environ", "blocked"),
    [
        ({}, True),
        ({"DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "minimal"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, False),
        ({"QT_QPA_PLATFORM": "wayland-egl"}, True),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, False),
        ({"DISPLAY": ""}, True),
    ],
)
def test_finding_12_which_environments_have_no_display(environ: dict[str, str], blocked: bool) -> None:
    assert (display_problem(environ, "linux") == NO_DISPLAY) is blocked


def test_finding_12_windows_and_macos_always_have_a_display() -> None:
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None
