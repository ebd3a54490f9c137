"""The batch report: one CSV row per file, the columns the issue fixes.

``file,order_id,invoice_number,value_cents,status,receipt,message``. ``receipt`` is empty in a
dry run (nothing is sent). Written next to its final name and renamed, so a failed run never
leaves half a report; cells that a spreadsheet would run as a formula are quoted with a ``'``.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .preview import BatchRow

COLUMNS = ("file", "order_id", "invoice_number", "value_cents", "status", "receipt", "message")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def report_rows(rows: Sequence[BatchRow]) -> list[dict[str, str]]:
    return [
        {
            "file": _cell(row.file),
            "order_id": row.order_id,
            "invoice_number": row.invoice_number,
            "value_cents": "" if row.value_cents is None else str(row.value_cents),
            "status": row.status.value,
            "receipt": "",
            "message": _cell(row.message),
        }
        for row in rows
    ]


def report_text(rows: Sequence[BatchRow]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(report_rows(rows))
    return out.getvalue()


def write_report(target: Path, rows: Sequence[BatchRow]) -> None:
    """Write the CSV (UTF-8) atomically. Raises OSError."""
    target = target.resolve()
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(report_text(rows))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
