"""An import row corrected by the clerk (issue 15, edit and re-send): a copy, cleaned and parsed
again; the problems of the fields corrected are found again, the others kept."""

from __future__ import annotations

from datetime import UTC, datetime

from vtex_invoice_gui.tracking_import.rows import MSG_EVENT_INCOMPLETE, WORDS, ImportRow, build_rows, edited


def test_an_edit_is_a_cleaned_copy_and_finds_its_own_problems_again() -> None:
    [row] = build_rows([["Pedido", "Rastreio", "Envio"], ["123-01", "1,23E+12", "ontem"]], 0,
                       {0: "order_id", 1: "tracking_number", 2: "dispatched_date"})  # fmt: skip
    assert [p.code for p in row.problems] == ["tracking_import.scientific", "tracking_import.bad_date"]
    row.problems.append(MSG_EVENT_INCOMPLETE.format(missing=(WORDS["city"],)))
    fixed = edited(row, order_id=" 123-01 ", invoice_number="4711", tracking_number="aa 123456785 br",
                   courier="  Correios   SEDEX ", dispatched_date="02/12/2026 10:30", tz=UTC)  # fmt: skip
    assert (fixed.order_id, fixed.invoice_number, fixed.tracking_number, fixed.courier) == (
        "123-01", "4711", "AA123456785BR", "Correios SEDEX")
    assert fixed.dispatched_date == datetime(2026, 12, 2, 10, 30, tzinfo=UTC) and fixed.line == row.line
    assert [p.code for p in fixed.problems] == ["tracking_import.event_incomplete"]  # not the form's to fix
    assert row.tracking_number != fixed.tracking_number and len(row.problems) == 3  # the original untouched
    again = edited(ImportRow(line=3), order_id="1", invoice_number="", tracking_number="QB1", courier="",
                   dispatched_date="tomorrow-ish")  # fmt: skip
    assert [p.code for p in again.problems] == ["tracking_import.bad_date"]
