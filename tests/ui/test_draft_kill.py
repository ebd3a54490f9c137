"""A draft survives a kill: the desk in a child process types an invoice and is SIGKILLed after the
autosave; a new window on the same home restores what was typed when the order is opened."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import draft_child
import pytest
from desk_helpers import SEED_IDS, load_order

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow

# Not `slow` on purpose: one kill and one restart (~3 s), so the quick suite keeps a kill test.
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def test_a_draft_survives_a_kill(
    qtbot: Any, sandbox: Sandbox, desk_home: Path, tmp_path: Path, make_window: Callable[..., MainWindow]
) -> None:
    order_id = SEED_IDS["ready"]
    env = dict(
        os.environ,
        VTEX_DESK_HOME=str(desk_home),
        VTEX_APP_KEY=sandbox.app_key,
        VTEX_APP_TOKEN=sandbox.app_token,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    with open(tmp_path / "child.stderr", "wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(HERE / "draft_child.py"), sandbox.base_url, order_id],
            stdout=subprocess.PIPE, stderr=stderr, text=True, env=env, cwd=ROOT,
        )
        lines: queue.Queue[str | None] = queue.Queue()

        def read() -> None:
            assert child.stdout is not None
            for line in child.stdout:
                lines.put(line.strip())
            lines.put(None)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            said = lines.get(timeout=60)
            assert said == "saved", f"child said {said!r}: {(tmp_path / 'child.stderr').read_text()[-2000:]}"
        finally:
            os.kill(child.pid, signal.SIGKILL)  # no clean shutdown: nothing flushed on the way out
            child.wait(timeout=30)
            reader.join(timeout=5)
            assert child.stdout is not None
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    window = make_window()  # same home, this process
    load_order(qtbot, window, order_id)
    form = window.invoice_tab.form
    assert form.number_edit.text() == draft_child.NUMBER
    assert form.value_edit.text() == draft_child.VALUE and form.value_edit.cents() == 1234
    assert form.key_edit.text() == draft_child.KEY
    bar = window.invoice_tab.draft.bar
    assert bar.isVisible() and bar.label.text().startswith("Draft from ")
