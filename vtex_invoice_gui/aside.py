"""Setting a damaged file aside: renamed next to where it was, with the time in its name, never deleted.

The desk then starts with a fresh file and tells the clerk where the old one is (support may
recover what it held). ``settings.json`` becomes ``settings.broken-20261204-165012.json``;
companions (SQLite's ``-wal`` and ``-shm`` beside a journal) follow their file under the same name.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

__all__ = ["set_aside"]


def set_aside(path: Path, companions: Iterable[str] = (), now: datetime | None = None) -> Path:
    """Rename ``path`` (and ``path`` + each companion suffix that exists) to a free ``.broken-<time>``
    name beside it; return the new path. Raises ``OSError`` when the folder refuses the rename."""
    suffixes = tuple(companions)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    for n in itertools.count():
        name = f"{path.stem}.broken-{stamp}{f'-{n}' if n else ''}{path.suffix}"
        target = path.with_name(name)
        taken = [target, *(Path(f"{target}{suffix}") for suffix in suffixes)]
        if not any(os.path.lexists(p) for p in taken):  # never replace an earlier set-aside file
            break
    for suffix in suffixes:  # the companions first: the file is never left beside another's WAL
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.rename(companion, f"{target}{suffix}")
    os.rename(path, target)
    return target
