"""The batch report: one CSV row per file, the columns the issue fixes.

``file,order_id,invoice_number,value_cents,status,receipt,message``. A sent row's ``status``,
``receipt`` and ``message`` are its send result (:mod:`.send`); ``receipt`` is empty in a dry run. Written next to its final name and renamed, so a failed run never
leaves half a report; cells that a spreadsheet would run as a formula are quoted with a ``'``.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from .preview import BatchRow
from .send import SendResult

COLUMNS = ("file", "order_id", "invoice_number", "value_cents", "status", "receipt", "message")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def report_rows(rows: Sequence[BatchRow], results: Mapping[int, SendResult] | None = None) -> list[dict[str, str]]:
    """One dict per file; ``results``: the send results by row index (none in a dry run)."""
    sent = results or {}
    lines = []
    for index, row in enumerate(rows):
        result = sent.get(index)
        status = row.status.value if result is None else result.status.value
        message = row.message if result is None else " ".join(str(result.message).split())
        lines.append({
            "file": _cell(row.file),
            "order_id": row.order_id,
            "invoice_number": row.invoice_number,
            "value_cents": "" if row.value_cents is None else str(row.value_cents),
            "status": status,
            "receipt": "" if result is None else result.receipt,
            "message": _cell(message),
        })  # fmt: skip
    return lines


def report_text(rows: Sequence[BatchRow], results: Mapping[int, SendResult] | None = None) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(report_rows(rows, results))
    return out.getvalue()


def write_report(target: Path, rows: Sequence[BatchRow], results: Mapping[int, SendResult] | None = None) -> None:
    """Write the CSV (UTF-8) atomically. Raises OSError."""
    target = target.resolve()
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(report_text(rows, results))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
