"""The command line, the composition root, window state, and what the app writes to disk."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, click, idle, load_order

from vtex_invoice_gui.launch import parse_args
from vtex_invoice_gui.ui.runtime.desk import create_window
from vtex_invoice_gui.sandbox import REALISTIC_APPLY_DELAY, Sandbox
from vtex_invoice_gui.secrets import MemorySecretStore, SecretVault
from vtex_invoice_gui.ui.runtime.application import configure_logging
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.runtime.screenshot import take_screenshots


@pytest.mark.parametrize(
    "argv",
    [
        ["--base-url", "https://evil.example.com"],
        ["--base-url", "http://10.1.2.3:8080"],
        ["--account", "shop"],
        ["--demo", "--base-url", "http://127.0.0.1:9"],
        ["--base-url", "http://127.0.0.1:9", "--account", "Not A Name"],
    ],
)
def test_bad_command_lines_are_refused(argv: list[str], capsys: Any) -> None:
    with pytest.raises(SystemExit) as exc:
        parse_args(argv)
    assert exc.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_screenshot_implies_demo(tmp_path: Path) -> None:
    args = parse_args(["--screenshot", str(tmp_path)])
    assert args.demo and args.screenshot == tmp_path


def test_app_module_does_not_import_qt() -> None:
    code = "import sys, vtex_invoice_gui.app; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_demo_window_runs_its_own_sandbox(qtbot: Any, desk_home: Path) -> None:
    window = create_window(parse_args(["--demo"]), secrets=SecretVault(MemorySecretStore()))
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    sandbox = window.ctx.demo
    assert sandbox.running and window.ctx.store is not None and window.ctx.store.base_url == sandbox.base_url
    assert sandbox.pid != os.getpid()  # a process of its own: its Python never holds the window's GIL
    assert sandbox.apply_delay == REALISTIC_APPLY_DELAY >= 3  # issue 17, point 4: VTEX takes seconds
    assert window.account_selector.currentText().startswith("sandbox")
    load_order(qtbot, window, SEED_IDS["handling"])
    window.close()
    assert not sandbox.running
    assert not (desk_home / "settings.json").exists()  # the demo store is session-only


def test_screenshots_one_png_per_tab(qtbot: Any, desk_home: Path, tmp_path: Path) -> None:
    window = create_window(parse_args(["--demo"]), secrets=SecretVault(MemorySecretStore()))
    qtbot.addWidget(window)
    assert take_screenshots(window, tmp_path / "shots") == 0
    names = sorted(p.name for p in (tmp_path / "shots").iterdir())
    assert names == ["batch.png", "history.png", "invoice.png", "return.png", "tracking-events.png",
                     "tracking-number.png"]
    assert all((tmp_path / "shots" / n).stat().st_size > 10_000 for n in names)


def test_screenshot_command_line(tmp_path: Path) -> None:
    env = dict(os.environ, VTEX_DESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "vtex_invoice_gui", "--screenshot", str(tmp_path / "shots")],
        env=env,
        timeout=90,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "shots").glob("*.png"))) == 6  # one per tab, and the return wizard


def test_window_geometry_is_remembered(qtbot: Any, make_window: Callable[..., MainWindow], desk_home: Path) -> None:
    first = make_window()
    first.resize(781, 587)  # within the offscreen screen (800x800), above the tabs' minimum width
    first.close()
    assert (desk_home / "window.ini").exists()
    second = make_window()
    assert (second.width(), second.height()) == (781, 587)


def test_no_file_the_app_writes_holds_the_secrets(
    qtbot: Any, make_window: Callable[..., MainWindow], sandbox: Sandbox, desk_home: Path
) -> None:
    handler = configure_logging(desk_home / "logs", logging.DEBUG)
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.DEBUG)
    try:
        window = make_window()
        load_order(qtbot, window, SEED_IDS["ready"])
        window.invoice_tab.form.number_edit.setText("NFDISK1")
        click(qtbot, window.invoice_tab.send_button)
        click(qtbot, window.invoice_tab.confirm_button)
        qtbot.waitUntil(
            lambda: (
                window.session.order is not None
                and window.session.order.package("NFDISK1") is not None
                and idle(window)
            ),
            timeout=WAIT,
        )
        sandbox.faults.add("html", "POST", "/invoice", status=503)
        window.session.load(SEED_IDS["handling"])
        qtbot.waitUntil(lambda: window.session.order.order_id == SEED_IDS["handling"] and idle(window), timeout=WAIT)
        window.invoice_tab.form.number_edit.setText("NFDISK2")
        click(qtbot, window.invoice_tab.send_button)
        click(qtbot, window.invoice_tab.confirm_button)
        qtbot.waitUntil(lambda: window.errors.isVisible() and idle(window), timeout=WAIT)
        window.ctx.save_settings()
        window.close()
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(level)
    written = [p for p in desk_home.rglob("*") if p.is_file()]
    assert {p.name for p in written} >= {"window.ini", "settings.json", "desk.log"}
    log_text = (desk_home / "logs" / "desk.log").read_text()
    assert "POST /api/oms/pvt/orders" in log_text  # the log is not empty: it just holds no secrets
    for path in written:
        data = path.read_bytes()
        for secret in (sandbox.app_token, sandbox.app_key):
            assert secret.encode() not in data, f"{secret[:8]}… found in {path}"
