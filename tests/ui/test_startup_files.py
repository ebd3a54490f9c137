"""Issue 11, finding 11: a damaged journal, a read-only data folder, a settings file that is not text.

The desk used to crash at start (rc 1, a traceback). Now the bad file is set aside (renamed with the
time, kept), the window says what happened and what to do, and the desk starts; with no journal it
still loads orders but sends nothing. The child process runs the real ``vtex-invoice-gui`` start
(:mod:`startup_child`); the last test drives the window in process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, click, load_order, posts

from vtex_invoice_gui.journal import Journal, JournalUnavailableError
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SET_ASIDE = "The journal file was damaged and has been set aside as "
BLOCKED = "Sending is blocked: Cannot open the journal at "
NOT_TEXT = "is not readable text (damaged, or not written by the desk) and has been set aside as "


def start_desk(
    sandbox: Sandbox, home: Path, order_id: str, read_only: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """The real start in a child (``read_only``: that folder is mounted read-only for it); its report."""
    env = dict(
        os.environ,
        VTEX_DESK_HOME=str(home),
        VTEX_APP_KEY=sandbox.app_key,
        VTEX_APP_TOKEN=sandbox.app_token,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    command = [
        sys.executable, str(HERE / "startup_child.py"), order_id, "--base-url", sandbox.base_url, "--language", "en",
    ]
    if read_only is not None:
        command = read_only_command(read_only, command)
    return subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


def read_only_command(folder: Path, command: list[str]) -> list[str]:
    """``command`` run with ``folder`` read-only: by its mode for a normal user; root writes anyway,
    so then in a private mount namespace where the folder is a read-only bind mount."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return command
    if shutil.which("unshare") is None or subprocess.run(
        ["unshare", "-rm", "true"], capture_output=True, timeout=30
    ).returncode:
        pytest.skip("running as root without user namespaces: cannot make a folder read-only")
    script = 'mount --bind -o ro "$0" "$0" && exec "$@"'
    return ["unshare", "-rm", "sh", "-c", script, str(folder), *command]


def report(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(": ")
        lines[key] = value
    return lines


def test_finding_11_a_damaged_journal_is_set_aside_and_the_desk_starts(sandbox: Sandbox, tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "data").mkdir(parents=True)
    garbage = os.urandom(8192)
    (home / "data" / "journal.sqlite3").write_bytes(garbage)
    shown = report(start_desk(sandbox, home, SEED_IDS["handling"]))
    (kept,) = (home / "data").glob("journal.broken-*.sqlite3")
    assert kept.read_bytes() == garbage  # set aside, byte for byte
    assert shown["NOTICE"].startswith(f"⚠ {SET_ASIDE}{kept}")
    assert "check its invoices" in shown["NOTICE"]  # what to do
    assert shown["ORDER"] == SEED_IDS["handling"]
    assert shown["SEND invoiceTab"] == "True "  # a fresh journal: sending works
    Journal(home / "data" / "journal.sqlite3").close()  # and it is a real journal now


def test_finding_11_settings_that_are_not_text_are_set_aside_and_the_desk_starts(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    junk = b'{"version": 1, "language": "\xff\xfe\x00"}'
    (home / "settings.json").write_bytes(junk)
    shown = report(start_desk(sandbox, home, SEED_IDS["handling"]))
    (kept,) = home.glob("settings.broken-*.json")
    assert kept.read_bytes() == junk
    assert NOT_TEXT + str(kept) in shown["NOTICE"]
    assert "add your stores again under Accounts" in shown["NOTICE"]
    assert shown["ORDER"] == SEED_IDS["handling"]


def test_finding_11_the_screenshot_command_starts_past_settings_that_are_not_text(tmp_path: Path) -> None:
    """``python -m vtex_invoice_gui --screenshot DIR``, exactly as a person types it."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.json").write_bytes(b"\x89PNG\r\n\x1a\n not settings")
    env = dict(os.environ, VTEX_DESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "vtex_invoice_gui", "--screenshot", str(tmp_path / "shots")],
        env=env, timeout=120, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert len(list((tmp_path / "shots").glob("*.png"))) == 6  # one per tab, and the return wizard
    (kept,) = home.glob("settings.broken-*.json")
    assert kept.read_bytes().startswith(b"\x89PNG")


def test_finding_11_a_read_only_data_folder_blocks_sending_but_orders_load(sandbox: Sandbox, tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / "data"
    Journal(data / "journal.sqlite3").close()  # last session's journal, in a folder now read-only
    before = (data / "journal.sqlite3").read_bytes()
    shown = report(start_desk(sandbox, home, SEED_IDS["invoiced_in_transit"], read_only=data))
    data.chmod(0o755)
    assert shown["NOTICE"].startswith(f"⚠ {BLOCKED}{data / 'journal.sqlite3'}")
    assert f"Make the folder {data} writable" in shown["NOTICE"]
    assert shown["ORDER"] == SEED_IDS["invoiced_in_transit"]  # reading still works
    for tab in ("invoiceTab", "trackingTab", "eventsTab"):
        assert shown[f"SEND {tab}"].startswith(f"False {BLOCKED}"), tab
    assert (data / "journal.sqlite3").read_bytes() == before
    assert posts(sandbox) == [] and posts(sandbox, "/tracking", "PUT") == []


def test_finding_11_a_read_only_home_starts_without_logs(sandbox: Sandbox, tmp_path: Path) -> None:
    """Settings, logs, window state and data all in one folder that cannot be written."""
    home = tmp_path / "home"
    home.mkdir()
    shown = report(start_desk(sandbox, home, SEED_IDS["handling"], read_only=home))
    home.chmod(0o755)
    assert BLOCKED in shown["NOTICE"]
    assert f"The desk cannot write its log files in {home / 'logs'}" in shown["NOTICE"]
    assert shown["ORDER"] == SEED_IDS["handling"]


def test_finding_11_without_a_journal_every_send_is_blocked_and_load_works(
    qtbot: Any, sandbox: Sandbox, desk_home: Path, make_window: Callable[..., MainWindow]
) -> None:
    (desk_home).mkdir(parents=True)
    (desk_home / "data").write_text("a file where the data folder should be", encoding="utf-8")
    window = make_window()
    notice = window.startup_notice
    assert notice.isVisible() and BLOCKED in notice.text() and not notice.dismiss_button.isVisible()
    load_order(qtbot, window, SEED_IDS["ready"])  # reading orders works
    assert window.order_panel.start_button.isVisible() and not window.order_panel.start_button.isEnabled()
    assert BLOCKED in window.order_panel.start_button.toolTip()
    for tab in (window.invoice_tab, window.tracking_tab, window.events_tab):
        assert not tab.send_button.isEnabled(), tab.objectName()
        assert tab.gate_label.text().startswith(BLOCKED), tab.objectName()
    invoice = window.invoice_tab
    invoice.form.number_edit.setText("NFNOJOURNAL")
    assert not invoice.review()  # Ctrl+Return goes through here: refused too
    window.session.start_handling()  # the hard check behind the disabled button
    qtbot.wait(50)
    assert window.ctx.tasks.in_flight == 0
    with pytest.raises(JournalUnavailableError):  # and behind the window: the journal refuses the write
        window.ctx.journal.begin("command-line", SEED_IDS["ready"], "invoice", invoice_number="NFNOJOURNAL")
    click(qtbot, invoice.send_button)
    qtbot.waitUntil(lambda: window.ctx.tasks.in_flight == 0, timeout=WAIT)
    assert [r for r in sandbox.requests if r.method != "GET"] == []
    assert (desk_home / "data").read_text(encoding="utf-8").startswith("a file where")  # left alone
