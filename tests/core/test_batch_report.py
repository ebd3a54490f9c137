"""The batch report CSV: fixed columns, one row per file, no cell a spreadsheet would run."""

from __future__ import annotations

import csv
from pathlib import Path

from vtex_invoice_gui.batch import BatchRow, SourceFile
from vtex_invoice_gui.batch.report import COLUMNS, write_report
from vtex_invoice_gui.batch.sources import MSG_NOT_XML


def test_a_file_name_that_looks_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    rows = [BatchRow(SourceFile("=HYPERLINK(\"http://x\").xml", problem=MSG_NOT_XML, skipped=True)),
            BatchRow(SourceFile("day.zip!@SUM(A1).xml", data=b"<broken"), read_problem="The file is broken.")]  # fmt: skip
    target = tmp_path / "report.csv"
    write_report(target, rows)
    with target.open(encoding="utf-8", newline="") as stream:
        found = list(csv.DictReader(stream))
    assert tuple(found[0]) == COLUMNS
    assert found[0]["file"] == "'=HYPERLINK(\"http://x\").xml" and found[0]["status"] == "skipped"
    assert found[1]["file"] == "day.zip!@SUM(A1).xml"  # does not start with a formula sign
    assert (found[1]["status"], found[1]["message"], found[1]["value_cents"]) == ("failed", "The file is broken.", "")
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind
