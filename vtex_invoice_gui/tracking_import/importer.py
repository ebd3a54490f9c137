"""From a file to import rows: read it, find the header, map the columns (the clerk's, the store's
saved mapping, or the guesses), build the rows, collapse VTEX's Admin export."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from ..messages import Message
from .fields import check_mapping, find_header_row, guess_mapping, is_admin_export, signature
from .files import MappingFile
from .reader import Row, SpreadsheetError, read_file
from .rows import ImportRow, build_rows, collapse_admin_export


@dataclass
class ImportPlan:
    """What a file holds, read and mapped."""

    header: Row
    header_line: int  # 1-based
    mapping: dict[int, str]  # column index -> field
    signature: str
    admin_export: bool
    rows: list[ImportRow]

    def mapping_by_header(self) -> dict[str, str]:
        return {str(self.header[i]): f for i, f in sorted(self.mapping.items())}


class MappingProblem(ValueError):
    """The columns do not give what an import needs; ``args[0]`` is the :class:`Message`."""


def load(
    path: str | Path,
    *,
    explicit: Mapping[str, str] | None = None,
    mappings: MappingFile | None = None,
    store: str = "",
    tz: tzinfo | None = None,
) -> ImportPlan:
    """Read and map ``path``. Raises :class:`~.reader.SpreadsheetError` or :class:`MappingProblem`.

    With ``mappings`` the store's saved mapping for this header layout is used, and the mapping
    used is saved for next time (explicit ``HEADER=FIELD`` choices included).
    """
    path = Path(path)
    rows = read_file(path)
    try:
        layouts = mappings.layouts(store) if mappings is not None else []
        header_index = find_header_row(rows, path.name, explicit, layouts)
    except ValueError as error:
        raise MappingProblem(*error.args) from None
    header = rows[header_index]
    key = signature(header)
    saved = mappings.load(store, key) if mappings is not None else {}
    mapping = guess_mapping(header, saved=saved, explicit=explicit)
    problems: list[Message] = check_mapping(mapping)
    if problems:
        raise MappingProblem(problems[0])
    admin = is_admin_export(header)
    built = build_rows(rows, header_index, mapping, tz)
    plan = ImportPlan(header, header_index + 1, mapping, key, admin, collapse_admin_export(built) if admin else built)
    if mappings is not None and (explicit or not saved):
        try:
            mappings.save(store, key, plan.mapping_by_header())
        except OSError:
            pass  # remembering is a convenience: the import goes on
    return plan


__all__ = ["ImportPlan", "MappingProblem", "SpreadsheetError", "load"]
