"""The Batch tab checking a day of N NF-e files: the stall workload ``batch``.

Before the meter starts, the child writes one NF-e per *Ready for handling* order of the sandbox
into a folder (as ``batch_load`` does). Measured, with the stall meter around it: the folder added
to the Batch tab and checked (read, matched and checked on a worker, rows shown as the check ends).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .harness import Unavailable


def prepare_files(sandbox: dict[str, Any], count: int, folder: Path) -> None:
    from .batch_load import _files

    for name, data in _files(sandbox["base_url"], sandbox["app_key"], sandbox["app_token"], count):
        (folder / name).write_bytes(data)


def exercise_batch(desk: Any, folder: Path, count: int) -> dict[str, float]:
    import time

    from .qtprobe import wait_until

    view = getattr(desk.window, "batch_view", None)
    if view is None:
        raise Unavailable("the window has no Batch tab")
    desk.tabs.setCurrentWidget(view)
    wait_until(desk.idle, 60, "the start-up reads to end")
    start = time.perf_counter()
    view.add_paths([folder])
    view.check()
    wait_until(lambda: not view.busy and view.model.rowCount() >= count, 600, f"{count} checked files")
    return {"check_ms": (time.perf_counter() - start) * 1000}
