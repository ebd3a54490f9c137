"""A queue's rows as a table, CSV or JSON (the command line's stdout)."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import TextIO

from ..money import format_cents
from .queues import WorkRow

FORMATS = ("table", "csv", "json")
COLUMNS = ("orderId", "marketplaceOrderId", "creationDate", "clientName", "value", "remainingValue", "status",
           "missing")


def write_rows(rows: Sequence[WorkRow], fmt: str, out: TextIO) -> None:
    records = [row.to_json() for row in rows]
    if fmt == "json":
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        return
    cells = [[_cell(key, r[key]) for key in COLUMNS] for r in records]
    widths = [max([len(k), *(len(c[i]) for c in cells)]) for i, k in enumerate(COLUMNS)]
    for line in [list(COLUMNS), *cells]:
        out.write("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip() + "\n")


def _cell(key: str, value: object) -> str:
    if value is None:
        return "-"
    if key in ("value", "remainingValue") and isinstance(value, int):
        return format_cents(value)
    return str(value)
