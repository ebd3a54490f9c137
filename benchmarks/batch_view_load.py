"""The Batch tab with a day of N NF-e files: the stall workloads ``batch`` and ``batch_send``.

Before the meter starts, the child writes one NF-e per *Ready for handling* order of the sandbox
into a folder (as ``batch_load`` does). Measured, with the stall meter around it:

- ``batch``: the folder added to the Batch tab and checked (read, matched and checked on a worker,
  rows shown as the check ends);
- ``batch_send``: the folder checked before the meter starts, then "Send N invoices…" and the
  confirmation's Send clicked, until every row shows its result (the queue's 2 orders in flight,
  journaled, each re-read until VTEX shows it; at most ``SEND_RATE`` sends per second).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .harness import Unavailable


def prepare_files(sandbox: dict[str, Any], count: int, folder: Path) -> None:
    from .batch_load import _files

    for name, data in _files(sandbox["base_url"], sandbox["app_key"], sandbox["app_token"], count):
        (folder / name).write_bytes(data)


def batch_view(desk: Any) -> Any:
    from .qtprobe import wait_until

    view = getattr(desk.window, "batch_view", None)
    if view is None:
        raise Unavailable("the window has no Batch tab")
    desk.tabs.setCurrentWidget(view)
    wait_until(desk.idle, 60, "the start-up reads to end")
    return view


def check_folder(view: Any, folder: Path, count: int) -> float:
    """Add ``folder`` and check it; the milliseconds until every row is shown."""
    import time

    from .qtprobe import wait_until

    start = time.perf_counter()
    view.add_paths([folder])
    view.check()
    wait_until(lambda: not view.busy and view.model.rowCount() >= count, 600, f"{count} checked files")
    return (time.perf_counter() - start) * 1000


def exercise_batch(desk: Any, folder: Path, count: int) -> dict[str, float]:
    return {"check_ms": check_folder(batch_view(desk), folder, count)}


def send_checked(view: Any, count: int) -> dict[str, float]:
    """Send the checked rows as a clerk does (the button, then the confirmation's Send)."""
    import time

    from PySide6.QtWidgets import QPushButton

    from .qtprobe import find, pump, wait_until

    if len(view.sendable()) != count:
        raise RuntimeError(f"{count - len(view.sendable())} of {count} rows would not send")
    start = time.perf_counter()
    view.send_button.click()
    pump(0.1)  # the clerk reads the question: its Send is clicked in a later turn of the event loop
    find(view.confirm_box, QPushButton, "batchConfirmSend").click()
    wait_until(lambda: not view.busy, 900, f"{count} invoices sent")
    seconds = time.perf_counter() - start
    if view.progress.value() != count:
        raise RuntimeError(f"the batch ended with {view.progress.value()} of {count} rows done: {view.status_label.text()}")
    return {"send_ms": seconds * 1000, "send_rate": count / seconds}
