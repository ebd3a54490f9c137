"""Test-only child of ``test_draft_kill.py``: the real desk types an invoice, autosaves, and waits.

    python tests/ui/draft_child.py BASE_URL ORDER_ID

Run with ``VTEX_DESK_HOME``, ``VTEX_APP_KEY`` and ``VTEX_APP_TOKEN`` set (as an automation would).
Prints ``saved`` once the draft is written, then idles until the parent kills it (SIGKILL).
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vtex_invoice_gui.launch import parse_args  # noqa: E402
from vtex_invoice_gui.ui.runtime.desk import create_window  # noqa: E402
from vtex_invoice_gui.secrets import MemorySecretStore, SecretVault  # noqa: E402

NUMBER = "NFKILL01"
VALUE = "12,34"
KEY = "35261112345678000199550010000001231000001238"


def wait_until(app: QApplication, condition: object, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            print("timeout", flush=True)
            sys.exit(2)
        app.processEvents()
        time.sleep(0.01)


def main(base_url: str, order_id: str) -> None:
    app = QApplication(["draft-child"])
    QLocale.setDefault(QLocale("pt_BR"))
    args = parse_args(["--base-url", base_url, "--account", "sandbox"])
    window = create_window(args, secrets=SecretVault(MemorySecretStore()))
    window.show()
    window.order_panel.order_id_edit.setText(order_id)
    window.order_panel.load()
    wait_until(app, lambda: window.session.order is not None and window.ctx.tasks.in_flight == 0)
    form = window.invoice_tab.form
    form.number_edit.setText(NUMBER)  # as typed: each change restarts the autosave timer
    form.value_edit.setText(VALUE)
    form.key_edit.setText(KEY)
    keeper = window.invoice_tab.draft
    wait_until(app, lambda: not keeper.pending)  # written about a second after the last edit
    print("saved", flush=True)
    app.exec()  # until killed


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
