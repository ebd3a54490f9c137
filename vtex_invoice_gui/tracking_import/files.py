"""What the import remembers per store, as JSON in the settings folder, written atomically:
``tracking-mappings.json`` (column mappings by header signature) and ``carriers.json``.

A missing or damaged file reads as empty (a damaged one is set aside, like the settings file);
nothing here ever raises for a bad file.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..aside import set_aside
from .carriers import DEFAULT_CARRIERS, Carrier
from .fields import FIELDS

log = logging.getLogger(__name__)

MAPPINGS_FILE = "tracking-mappings.json"
CARRIERS_FILE = "carriers.json"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` next to ``path`` and rename it: a crash leaves the old file or the new one, never half."""
    path = Path(path).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_json_atomically(path: Path, data: Any) -> None:
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("%s unreadable (%s); set aside", path, type(error).__name__)
        try:
            set_aside(path)
        except OSError:
            pass
        return {}
    return data if isinstance(data, dict) else {}


class MappingFile:
    """Column mappings per store, by header signature: ``{store: {signature: {header: field}}}``."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.path = Path(folder) / MAPPINGS_FILE

    def load(self, store: str, signature: str) -> dict[str, str]:
        layouts = _read_json(self.path).get(store, {})
        found = layouts.get(signature, {}) if isinstance(layouts, dict) else {}
        if not isinstance(found, dict):
            return {}
        return {str(h): f for h, f in found.items() if f in FIELDS}

    def layouts(self, store: str) -> list[dict[str, str]]:
        """Every mapping saved for the store (to recognise a header row that no guess names)."""
        found = _read_json(self.path).get(store, {})
        return [m for m in found.values() if isinstance(m, dict)] if isinstance(found, dict) else []

    def save(self, store: str, signature: str, mapping: dict[str, str]) -> None:
        data = _read_json(self.path)
        if not isinstance(data.get(store), dict):
            data[store] = {}
        data[store][signature] = mapping
        write_json_atomically(self.path, data)


class CarrierFile:
    """Each store's carriers: ``{store: [carrier, ...]}``; a store without a list has the defaults."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.path = Path(folder) / CARRIERS_FILE

    def load(self, store: str) -> list[Carrier]:
        entries = _read_json(self.path).get(store)
        if not isinstance(entries, list):
            return [c.model_copy() for c in DEFAULT_CARRIERS]
        carriers = []
        for entry in entries:
            try:
                carriers.append(Carrier.model_validate(entry))
            except (ValidationError, ValueError):
                log.warning("a carrier of store %s in %s is not valid; left out", store, self.path)
        return carriers

    def save(self, store: str, carriers: list[Carrier]) -> None:
        data = _read_json(self.path)
        data[store] = [c.model_dump() for c in carriers]
        write_json_atomically(self.path, data)
