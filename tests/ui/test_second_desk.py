"""Finding 2 of issue 11: a second desk on the same data folder refuses to start and names the first."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIRST_DESK = textwrap.dedent("""
    import sys
    from pathlib import Path
    from vtex_invoice_gui.app import open_stores
    stores = open_stores(False, sys.argv[1])  # what a desk does first: lock the folder, open the journal
    print("open", flush=True)
    sys.stdin.read()
""")


def test_finding_2_a_second_desk_on_one_data_folder_exits_naming_the_first(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = dict(os.environ, VTEX_DESK_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    first = subprocess.Popen([sys.executable, "-c", FIRST_DESK, str(home)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        assert first.stdout.readline().strip() == "open"
        second = subprocess.run(
            [sys.executable, "-m", "vtex_invoice_gui", "--base-url", "http://127.0.0.1:9", "--language", "en"],
            env=env, timeout=90, capture_output=True, text=True,
        )
    finally:
        first.kill()
        first.wait(timeout=30)
        first.stdin.close()
        first.stdout.close()
    assert second.returncode == 1
    assert f"process {first.pid} on " in second.stderr
    assert "Another VTEX Invoice Desk is already using this data folder" in second.stderr
    assert "Traceback" not in second.stderr
