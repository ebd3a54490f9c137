"""Start-up and Python's cycle collector (``app.main``): no collection while the window is made,
the start-up objects frozen out of later collections, the collector running again once the window is
up, and a command-line run never paused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from vtex_invoice_gui import app
from vtex_invoice_gui.ui.runtime import desk

seen = {"during_build": 0, "phase": "before"}

def counted(phase, info):
    if phase == "start" and seen["phase"] == "building":
        seen["during_build"] += 1

gc.callbacks.append(counted)
make = desk.create_window

def create_window(*args, **kwargs):
    window = make(*args, **kwargs)
    seen["phase"] = "built"
    return window

desk.create_window = create_window
checked = app.display_problem

def display_problem(environ):  # the last step before the window is made
    seen["phase"] = "building"
    return checked(environ)

app.display_problem = display_problem
qapp = QApplication(["collector-child"])

def probe():
    seen["enabled_in_loop"] = gc.isenabled()
    seen["frozen"] = gc.get_freeze_count()
    qapp.exit(0)

QTimer.singleShot(0, probe)
for _ in range(3):  # enough garbage in cycles that the collector would run on its own
    [[] for _ in range(1000)]
status = app.main(["--demo"])
seen["enabled_after"] = gc.isenabled()
print("RESULT", json.dumps(seen), flush=True)
sys.exit(status)
"""


def test_no_collection_runs_while_the_window_is_made(tmp_path: Path) -> None:
    env = {**os.environ, "VTEX_DESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.split("RESULT ", 1)[1])
    assert seen["phase"] == "built"
    assert seen["during_build"] == 0  # ~120 collections (~35 ms) before the pause
    assert seen["frozen"] > 20_000  # modules, classes and widgets: out of every later collection
    assert seen["enabled_in_loop"] is True
    assert seen["enabled_after"] is True


def test_a_command_line_run_is_not_paused(tmp_path: Path) -> None:
    """``python -m vtex_invoice_gui batch ...`` may run for an hour: the collector runs throughout."""
    child = (
        "import gc, sys\n"
        "from vtex_invoice_gui import commands\n"
        "run = commands.run_command\n"
        "def watched(argv):\n"
        "    print('ENABLED', gc.isenabled(), flush=True)\n"
        "    return run(argv)\n"
        "commands.run_command = watched\n"
        "from vtex_invoice_gui.app import main\n"
        "sys.exit(main(['worklist', '--help']))\n"
    )
    env = {**os.environ, "VTEX_DESK_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True, timeout=60)
    assert "ENABLED True" in done.stdout, done.stderr[-2000:]
