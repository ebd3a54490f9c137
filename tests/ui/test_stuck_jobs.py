"""Finding 8 (issue 11): stuck file reads never block requests, and quitting never hangs on them.

File and keyring work runs on its own pool, apart from the requests to VTEX; a FIFO, a device
or a folder opened as an NF-e is refused before any read; a desk closed with jobs stuck forever
exits (the stuck threads are daemons, abandoned).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, load_order, posts

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.invoice import nfe_import
from vtex_invoice_gui.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
READY_SALE = ROOT / "tests" / "fixtures" / "nfe" / "sandbox_ready_sale.xml"
fifos = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")


@pytest.fixture
def stall(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Reading an NF-e file stalls (a network share that stopped answering) until released."""
    release = threading.Event()
    read = nfe_import.read_nfe_file

    def stalled(path: Path, max_bytes: int | None = None) -> Any:
        release.wait(60)
        return read(path, max_bytes)

    monkeypatch.setattr(nfe_import, "read_nfe_file", stalled)
    yield release
    release.set()


def test_finding_8_stalled_file_reads_never_block_a_load(
    qtbot: Any, window: MainWindow, tmp_path: Path, stall: threading.Event
) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    path = tmp_path / "nota.xml"
    shutil.copy(READY_SALE, path)
    nfe = window.invoice_tab.nfe
    for _ in range(3):  # the clerk tries again, and again: each read stalls
        nfe.open_path(path)
    window.order_panel.order_id_edit.setText(SEED_IDS["handling"])
    window.order_panel.load_button.click()  # the request still goes out and comes back
    qtbot.waitUntil(
        lambda: window.session.order is not None and window.session.order.order_id == SEED_IDS["handling"],
        timeout=WAIT,
    )
    # The new order's drafts are read too (on the files lane, beside the stalled reads); then only
    # the three stalled reads are left.
    qtbot.waitUntil(lambda: window.ctx.tasks.in_flight == 3, timeout=WAIT)
    assert not stall.is_set()  # the reads are still stalled
    stall.set()


@fifos
@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_finding_8_a_fifo_folder_or_device_is_refused_before_any_read(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, tmp_path: Path, kind: str
) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    if kind == "fifo":
        path = tmp_path / "nota.xml"
        os.mkfifo(path)  # no writer: reading it would block forever
    elif kind == "folder":
        path = tmp_path / "notas.xml"
        path.mkdir()
    else:
        path = Path("/dev/zero")  # endless
    form = window.invoice_tab.form
    qtbot.keyClicks(form.number_edit, "NF-FIFO")
    nfe = window.invoice_tab.nfe
    for _ in range(3):
        nfe.open_path(path)
        panel = nfe.panel
        qtbot.waitUntil(lambda: panel.is_error and window.ctx.tasks.in_flight == 0, timeout=WAIT)
        assert f"{path.name} cannot be used" in panel.title.text()
        assert "not a regular file" in panel.note.text() and "Nothing on the form was changed." in panel.note.text()
    assert form.number_edit.text() == "NF-FIFO"
    load_order(qtbot, window, SEED_IDS["handling"])
    assert posts(sandbox) == []


@fifos
def test_finding_8_the_desk_exits_after_close_with_jobs_stuck_forever(tmp_path: Path, desk_home: Path) -> None:
    fifo = tmp_path / "never-written"
    os.mkfifo(fifo)
    env = dict(
        os.environ,
        VTEX_DESK_HOME=str(desk_home),
        VTEX_APP_KEY="vtexappkey-sandbox-stuck",
        VTEX_APP_TOKEN="STUCK-TOKEN",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    child = subprocess.Popen(
        [sys.executable, str(HERE / "stuck_child.py"), str(fifo)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )
    try:
        out, err = child.communicate(timeout=60)  # a hang guard, not a timing: the child must end
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
        pytest.fail(f"the desk did not exit after its window closed; it said {out!r}; stderr: {err[-2000:]}")
    assert out.split() == ["stuck", "closed"], err[-2000:]
    assert child.returncode == 0, err[-2000:]
