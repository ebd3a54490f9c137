"""Test-only child of ``test_stuck_jobs.py``: the desk with jobs stuck forever is closed.

    python tests/ui/stuck_child.py FIFO_PATH

Starts a request job and a file job that each read a FIFO no one ever writes to (a read that
never returns), prints ``stuck`` once both are blocked, closes the window, prints ``closed`` and
returns from ``main``: the parent checks that the process then exits.
"""

from __future__ import annotations

import os
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vtex_invoice_gui.launch import parse_args  # noqa: E402
from vtex_invoice_gui.ui.runtime.desk import create_window  # noqa: E402
from vtex_invoice_gui.secrets import MemorySecretStore, SecretVault  # noqa: E402
from vtex_invoice_gui.ui.runtime.workers import FILES, NETWORK  # noqa: E402


def main(fifo: str) -> int:
    app = QApplication(["stuck-child"])
    window = create_window(
        parse_args(["--base-url", "http://127.0.0.1:9", "--account", "sandbox"]),
        secrets=SecretVault(MemorySecretStore()),
    )
    window.show()
    entered = threading.Semaphore(0)

    def stuck(_control: object) -> bytes:
        entered.release()
        with open(fifo, "rb") as pipe:  # blocks until a writer opens it: never
            return pipe.read()

    for lane in (NETWORK, FILES):
        window.ctx.tasks.start(stuck, name=f"stuck-{lane}", lane=lane)
    for _ in range(2):
        if not entered.acquire(timeout=30):
            print("jobs never started", flush=True)
            return 2
    time.sleep(0.1)  # inside open() by now
    print("stuck", flush=True)
    QTimer.singleShot(0, window.close)
    app.exec()
    print("closed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
