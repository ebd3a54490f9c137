"""Reading tracking spreadsheets: encodings and delimiters a Brazilian Excel writes, XLSX, limits,
the header row, column guesses, saved mappings, dates."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vtex_invoice_gui.tracking_import import MappingFile, MappingProblem, SpreadsheetError, load, read_bytes
from vtex_invoice_gui.tracking_import import reader
from vtex_invoice_gui.tracking_import.dates import parse_date
from vtex_invoice_gui.tracking_import.fields import find_header_row, guess_mapping, signature

SAO_PAULO = timezone(timedelta(hours=-3))
TABLE = [["Pedido", "Nº da Nota", "Código de Rastreio", "Transportadora"],
         ["1368451234567-01", "4711", "JT 124720455 BR", "Correios"]]  # fmt: skip


def as_text(rows: list[list[str]], delimiter: str) -> str:
    return "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_in_every_encoding_and_delimiter_excel_writes_reads_the_same(encoding: str, delimiter: str) -> None:
    rows = read_bytes(as_text(TABLE, delimiter).encode(encoding))
    assert rows == TABLE


def test_utf16_without_bom_is_recognised() -> None:
    assert read_bytes(as_text(TABLE, "\t").encode("utf-16-le")) == TABLE


def test_quoted_cells_with_the_delimiter_inside_stay_whole() -> None:
    text = 'Pedido;Evento\r\n1;"Objeto postado; aguardando"\r\n'
    assert read_bytes(text.encode("cp1252"))[1] == ["1", "Objeto postado; aguardando"]


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_xlsx_cells_come_as_text_and_real_dates() -> None:
    when = datetime(2026, 12, 1, 10, 30)
    rows = read_bytes(xlsx_bytes([["Pedido", "Rastreio", "Envio"], [1368451234567, "JT124720455BR", when]]))
    assert rows[1] == ["1368451234567", "JT124720455BR", when]


def test_a_damaged_workbook_says_to_save_it_again() -> None:
    data = xlsx_bytes([["Pedido"], ["1"]])
    with pytest.raises(SpreadsheetError) as caught:
        read_bytes(data[:200] + b"\x00" * 300, "rastreio.xlsx")
    assert caught.value.args[0].code == "tracking_import.bad_xlsx"
    assert "rastreio.xlsx" in str(caught.value) and "save it" in str(caught.value)


def test_an_old_xls_workbook_is_named_as_such() -> None:
    with pytest.raises(SpreadsheetError, match=r"old Excel workbook \(\.xls\)"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "antigo.xls")


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"a;b\r\n" * 1000)
    with pytest.raises(SpreadsheetError) as caught:
        reader.read_file(path, max_bytes=1000)
    assert caught.value.args[0].code == "tracking_import.too_large" and "Split it" in str(caught.value)


def test_too_many_rows_are_refused_with_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_ROWS", 10)
    with pytest.raises(SpreadsheetError, match="more than 10 rows"):
        read_bytes(b"a;b\r\n" * 11)
    with pytest.raises(SpreadsheetError, match="more than 10 rows"):
        read_bytes(xlsx_bytes([["a", "b"]] * 11))


def test_binary_garbage_is_not_a_spreadsheet() -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read_bytes(bytes(range(256)) * 4, "foto.jpg")
    assert caught.value.args[0].code == "tracking_import.not_text"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzz_any_bytes_give_rows_or_a_clear_error(data: bytes) -> None:
    try:
        rows = read_bytes(data, "fuzz.csv")
    except SpreadsheetError as error:
        assert error.args[0].code.startswith("tracking_import.")
        assert "fuzz.csv" in str(error)
    else:
        assert rows and all(isinstance(cell, str) for row in rows for cell in row)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=6), min_size=1, max_size=8),
       st.sampled_from([";", ",", "\t"]), st.sampled_from(["utf-8-sig", "cp1252", "utf-16"]))  # fmt: skip
def test_fuzz_text_tables_never_crash_the_reader(table: list[list[str]], delimiter: str, encoding: str) -> None:
    import csv

    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(table)
    try:
        data = out.getvalue().encode(encoding)
    except UnicodeEncodeError:
        return  # not something that encoding can hold: Excel would not have written it
    try:
        read_bytes(data, "fuzz.csv")
    except SpreadsheetError as error:
        assert error.args[0].code.startswith("tracking_import.")


def test_the_header_row_is_found_below_a_title() -> None:
    rows = [["Relatório de envios - dezembro"], [""], *TABLE]
    assert find_header_row(rows) == 2


def test_no_header_row_says_how_to_name_the_columns() -> None:
    with pytest.raises(ValueError, match="--map"):
        find_header_row([["a", "b"], ["1", "2"]])


@pytest.mark.parametrize(
    ("header", "field"),
    [("Pedido", "order_id"), ("ID de la orden", "order_id"), ("Order", "order_id"),
     ("Pedido Marketplace", "marketplace_order_id"), ("Nota Fiscal", "invoice_number"),
     ("Factura", "invoice_number"), ("Código de Rastreio", "tracking_number"),
     ("Número de seguimiento", "tracking_number"), ("Tracking Number", "tracking_number"),
     ("Transportadora", "courier"), ("Carrier", "courier"), ("Link de rastreio", "tracking_url"),
     ("Data de postagem", "dispatched_date"), ("Fecha de envío", "dispatched_date"),
     ("Data do evento", "event_date"), ("Cidade", "event_city"), ("UF", "event_state"),
     ("Descrição", "event_description"), ("Entregue", "delivered")],
)  # fmt: skip
def test_common_pt_es_en_headers_are_guessed(header: str, field: str) -> None:
    assert guess_mapping([header, "x"]) == {0: field}


def test_a_header_with_only_the_order_guessed_needs_the_rest_mapped(tmp_path: Path) -> None:
    path = tmp_path / "hub.csv"
    path.write_text("Pedido;Etiqueta\r\n1368451234567-01;JT124720455BR\r\n", encoding="utf-8")
    with pytest.raises(MappingProblem, match="No header row"):
        load(path)
    assert load(path, explicit={"Etiqueta": "tracking_number"}).rows[0].tracking_number == "JT124720455BR"


def test_an_explicit_map_wins_over_the_guess() -> None:
    mapping = guess_mapping(["Pedido", "Objeto", "Ref"], explicit={"Ref": "order_id"})
    assert mapping == {2: "order_id", 1: "tracking_number"}


def test_a_mapping_is_remembered_per_store_by_header_layout(tmp_path: Path) -> None:
    path = tmp_path / "hub.csv"
    path.write_text("Ref;Objeto\r\n1368451234567-01;JT124720455BR\r\n", encoding="utf-8")
    mappings = MappingFile(tmp_path)
    with pytest.raises(MappingProblem, match="No header row was found"):
        load(path, mappings=mappings, store="loja")
    first = load(path, explicit={"Ref": "order_id"}, mappings=mappings, store="loja")
    assert first.rows[0].order_id == "1368451234567-01"
    again = load(path, mappings=mappings, store="loja")  # no --map this time: the saved one is used
    assert again.mapping == {0: "order_id", 1: "tracking_number"}
    assert mappings.load("loja", signature(["Ref", "Objeto"])) == {"Ref": "order_id", "Objeto": "tracking_number"}
    with pytest.raises(MappingProblem, match="No header row was found"):
        load(path, mappings=mappings, store="outra-loja")  # another store has its own mappings


@pytest.mark.parametrize(
    ("text", "expected"),
    [("01/12/2026", datetime(2026, 12, 1, tzinfo=SAO_PAULO)),
     ("01/12/2026 14:30", datetime(2026, 12, 1, 14, 30, tzinfo=SAO_PAULO)),
     ("1/2/26 8:05:09", datetime(2026, 2, 1, 8, 5, 9, tzinfo=SAO_PAULO)),
     ("2026-12-01T14:30:00", datetime(2026, 12, 1, 14, 30, tzinfo=SAO_PAULO)),
     ("2026-12-01T17:30:00Z", datetime(2026, 12, 1, 17, 30, tzinfo=UTC)),
     ("2026-12-01 14:30:00-02:00", datetime(2026, 12, 1, 14, 30, tzinfo=timezone(timedelta(hours=-2))))],
)  # fmt: skip
def test_brazilian_and_iso_dates_become_aware_in_the_clerks_zone(text: str, expected: datetime) -> None:
    parsed = parse_date(text, SAO_PAULO)
    assert parsed == expected and parsed is not None and parsed.utcoffset() == expected.utcoffset()


def test_a_date_without_a_zone_defaults_to_the_computers_local_time() -> None:
    parsed = parse_date("01/12/2026 14:30")
    assert parsed is not None and parsed.utcoffset() is not None
    assert (parsed.hour, parsed.minute) == (14, 30)


@pytest.mark.parametrize("text", ["32/12/2026", "amanhã", "12/2026", "2026-13-01"])
def test_what_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, SAO_PAULO)


def test_a_date_in_the_delivered_column_is_the_delivery() -> None:
    from vtex_invoice_gui.tracking_import.rows import build_rows

    rows = [["Pedido", "Rastreio", "Entregue"], ["1", "X1", "20/11/2026 15:00"], ["2", "X2", "não"],
            ["3", "X3", "talvez"], ["4", "X4", "sim"]]  # fmt: skip
    built = build_rows(rows, 0, guess_mapping(rows[0]), SAO_PAULO)
    assert (built[0].delivered, built[0].delivered_date) == (True, datetime(2026, 11, 20, 15, 0, tzinfo=SAO_PAULO))
    assert (built[1].delivered, built[1].problems) == (False, [])
    assert built[2].problems[0].code == "tracking_import.bad_delivered"
    assert built[3].problems[0].code == "tracking_import.delivered_no_date"  # yes, but when?


_HEADERS = ["Pedido", "Rastreio", "Nota", "Transportadora", "Data de envio", "Data do evento", "Cidade", "UF",
            "Descrição", "Entregue", "Pedido Marketplace", "Link"]  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.one_of(st.sampled_from(_HEADERS), st.text(max_size=15)), min_size=1, max_size=8),
                min_size=1, max_size=10))  # fmt: skip
def test_fuzz_any_table_is_imported_or_refused_with_a_message(table: list[list[str]]) -> None:
    import csv
    import tempfile

    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(table)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_text(out.getvalue(), encoding="utf-8")
        try:
            plan = load(path, tz=SAO_PAULO)
        except (SpreadsheetError, MappingProblem) as error:
            assert error.args[0].code.startswith("tracking_import.")
        else:
            assert all(row.line > plan.header_line for row in plan.rows)


def test_excels_sep_line_names_the_delimiter_and_is_no_data() -> None:
    rows = read_bytes(b"sep=,\r\nPedido,Rastreio\r\n1368451234567-01,JT124720455BR\r\n")
    assert rows == [["Pedido", "Rastreio"], ["1368451234567-01", "JT124720455BR"]]


def test_a_tracking_number_excel_turned_into_scientific_notation_is_flagged() -> None:
    from vtex_invoice_gui.tracking_import.rows import build_rows

    (row,) = build_rows([["Pedido", "Rastreio"], ["1368451234567-01", "1,00846E+13"]], 0,
                        {0: "order_id", 1: "tracking_number"})  # fmt: skip
    assert row.problems[0].code == "tracking_import.scientific"
    assert "format the column as text" in row.problems[0] and "1,00846E+13" in row.problems[0]


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000))
def test_fuzz_damaged_workbooks_give_a_clear_error(tail: bytes) -> None:
    good = xlsx_bytes([["Pedido", "Rastreio"], ["1", "JT124720455BR"]])
    cut = len(tail) % len(good)
    for data in (b"PK\x03\x04" + tail, good[:cut] + tail):
        try:
            read_bytes(data, "fuzz.xlsx")
        except SpreadsheetError as error:
            assert error.args[0].code.startswith("tracking_import.") and "fuzz.xlsx" in str(error)
