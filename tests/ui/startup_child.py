"""Test-only child of ``test_startup_files.py``: the desk's real start, then what its window shows.

    python tests/ui/startup_child.py ORDER_ID [DESK ARGUMENTS...]

Runs :func:`vtex_invoice_gui.app.main` (the ``vtex-invoice-gui`` command: logging, settings,
journal, window) with the given arguments. Once the window is up it prints the start-up notice,
loads ``ORDER_ID`` as a clerk does, prints the order shown and whether each sending tab would
send (and why not), then closes the window: the exit code is the desk's own.
Run with ``VTEX_DESK_HOME``, ``VTEX_APP_KEY`` and ``VTEX_APP_TOKEN`` set.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vtex_invoice_gui.app import main  # noqa: E402
from vtex_invoice_gui.ui.main_window import MainWindow  # noqa: E402


def wait_until(app: QApplication, condition: object, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def report(app: QApplication, order_id: str) -> None:
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(20, lambda: report(app, order_id))
        return
    window = windows[0]
    notice = window.startup_notice
    print("NOTICE:", notice.text().replace("\n", " ¶ ") if notice.isVisible() else "", flush=True)
    window.order_panel.order_id_edit.setText(order_id)
    window.order_panel.load()
    wait_until(app, lambda: window.session.order is not None and window.ctx.tasks.in_flight == 0)
    print("ORDER:", window.session.order.order_id if window.session.order else "", flush=True)
    for tab in (window.invoice_tab, window.tracking_tab, window.events_tab):
        print(f"SEND {tab.objectName()}:", tab.send_button.isEnabled(), tab.gate_label.text(), flush=True)
    window.close()


if __name__ == "__main__":
    application = QApplication(["startup-child"])
    QTimer.singleShot(0, lambda: report(application, sys.argv[1]))
    sys.exit(main(sys.argv[2:]))
