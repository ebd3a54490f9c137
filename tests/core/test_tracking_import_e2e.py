"""``batch tracking FILE --dry-run`` against the sandbox, as the clerk runs it: a Windows-1252 CSV
with ``;`` and a pt_BR header, an XLSX, VTEX's Admin order export; flagged rows; nothing is sent
(sending: ``test_tracking_import_send.py``)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from vtex_invoice_gui.commands import run_command
from vtex_invoice_gui.sandbox import SEED_IDS, Sandbox

NO_TRACKING = SEED_IDS["invoiced_no_tracking"]  # one Output invoice 000123465, no tracking yet
IN_TRANSIT = SEED_IDS["invoiced_in_transit"]  # invoice 000123463 with QB123456785BR and two events
WITH_RETURN = SEED_IDS["invoiced_with_return"]  # Output 000123466 and the return (Input) 000123566
TWO_INVOICES = SEED_IDS["payment_approved_two_partials"]  # Output 000123462 and 000123562
HANDLING_INVOICED = SEED_IDS["handling_partial"]  # one Output invoice 000123458
UNKNOWN = "1368459999999-01"


@pytest.fixture
def desk(sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A desk home in tmp and the sandbox's key and token in the environment (as for automation)."""
    monkeypatch.setenv("VTEX_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("VTEX_APP_KEY", sandbox.app_key)
    monkeypatch.setenv("VTEX_APP_TOKEN", sandbox.app_token)
    return tmp_path


def dry_run(sandbox: Sandbox, path: Path, *extra: str) -> tuple[int, list[dict[str, str]]]:
    report = path.with_suffix(".report.csv")
    status = run_command(["batch", "tracking", str(path), "--dry-run", "--base-url", sandbox.base_url,
                          "--report", str(report), *extra])  # fmt: skip
    assert status is not None
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8-sig")))) if report.exists() else []
    return status, rows


def by_order(rows: list[dict[str, str]]) -> dict[tuple[str, str], dict[str, str]]:
    return {(r["order_id"], r["invoice_number"]): r for r in rows}


def nothing_was_sent(sandbox: Sandbox) -> bool:
    methods = {r.method for r in sandbox.requests}
    return methods <= {"GET"} and bool(methods)


def test_a_windows_1252_csv_with_semicolons_and_a_portuguese_header(
    sandbox: Sandbox, desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = desk / "rastreios.csv"
    text = (
        "Relatório de envios da transportadora\r\n"
        "Pedido;Nº Nota Fiscal;Código de Rastreio;Transportadora;Data de Envio\r\n"
        f"{NO_TRACKING};123465;jt 124 720 455 br;Correios;01/12/2026 10:30\r\n"
        f"{IN_TRANSIT};000123463;QB123456785BR;Correios SEDEX;\r\n"
        f"{HANDLING_INVOICED};;PJ907948743BR;Correios;02/12/2026\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    status, rows = dry_run(sandbox, path)
    out = capsys.readouterr().out
    assert status == 0, out
    assert list(rows[0]) == ["row", "order_id", "invoice_number", "tracking_number", "status", "receipt", "message"]
    found = by_order(rows)
    first = found[(NO_TRACKING, "000123465")]
    assert (first["row"], first["status"], first["tracking_number"]) == ("3", "would-send", "JT124720455BR")
    assert "Would send the tracking number JT124720455BR to invoice 000123465" in first["message"]
    assert found[(IN_TRANSIT, "000123463")]["status"] == "already-on-order"
    assert found[(HANDLING_INVOICED, "000123458")]["status"] == "would-send"  # one Output invoice: no number needed
    assert "Dry run, nothing sent: 1 already-on-order, 2 would-send" in out
    assert "Nº Nota Fiscal -> invoice_number" in out
    assert nothing_was_sent(sandbox)


def test_an_xlsx_with_date_cells_and_a_delivery_event(sandbox: Sandbox, desk: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Order", "Invoice", "Tracking Number", "Carrier", "Shipped date",
                  "Event date", "City", "State", "Description", "Delivered"])  # fmt: skip
    sheet.append([NO_TRACKING, 123465, "10084567890123", "Jadlog", datetime(2026, 12, 1, 9, 0)])
    sheet.append([IN_TRANSIT, "000123463", "QB123456785BR", "Correios SEDEX", None,
                  datetime(2026, 11, 20, 15, 0), "Recife", "PE", "Entregue ao destinatário", "sim"])  # fmt: skip
    path = desk / "tracking.xlsx"
    workbook.save(path)
    status, rows = dry_run(sandbox, path)
    assert status == 0, rows
    found = by_order(rows)
    assert found[(NO_TRACKING, "000123465")]["status"] == "would-send"
    delivered = found[(IN_TRANSIT, "000123463")]
    assert delivered["status"] == "would-send"  # the number is there already: only the event and delivery
    assert "Would send 1 event(s) and the delivery to invoice 000123463" in delivered["message"]
    assert "tracking number" not in delivered["message"]
    assert nothing_was_sent(sandbox)


def test_vtexs_admin_order_export_collapses_to_one_row_per_invoice(sandbox: Sandbox, desk: Path) -> None:
    header = ["Order", "Sequence", "Status raw value", "SKU ID", "Quantity_SKU", "Courier",
              "Tracking Number", "Invoice Numbers", "Input Invoice Numbers", "Delivered"]  # fmt: skip
    lines = [
        [NO_TRACKING, "502349", "invoiced", "3011", "2", "Correios", "JT124720455BR", "000123465", "", "False"],
        [NO_TRACKING, "502349", "invoiced", "3002", "1", "Correios", "JT124720455BR", "000123465", "", "False"],
        [IN_TRANSIT, "502347", "invoiced", "2020", "1", "Correios SEDEX", "QB123456785BR", "000123463", "", ""],
        [IN_TRANSIT, "502347", "invoiced", "2001", "2", "Correios SEDEX", "QB123456785BR", "000123463", "", ""],
        [TWO_INVOICES, "502346", "payment-approved", "4001", "1", "Correios", "PJ907948743BR, RB123456785BR",
         "000123462, 000123562", "", ""],
    ]
    out = io.StringIO()
    csv.writer(out).writerows([header, *lines])
    path = desk / "orders-export.csv"
    path.write_bytes(out.getvalue().encode("utf-8-sig"))
    status, rows = dry_run(sandbox, path)
    assert status == 0, rows
    found = by_order(rows)
    assert len(rows) == 4  # five SKU rows, four invoices
    assert found[(NO_TRACKING, "000123465")]["status"] == "would-send"
    assert found[(IN_TRANSIT, "000123463")]["status"] == "already-on-order"
    assert found[(TWO_INVOICES, "000123462")]["tracking_number"] == "PJ907948743BR"
    assert found[(TWO_INVOICES, "000123562")]["tracking_number"] == "RB123456785BR"
    assert nothing_was_sent(sandbox)


def test_bad_rows_are_each_flagged_and_the_run_fails(sandbox: Sandbox, desk: Path) -> None:
    path = desk / "ruins.csv"
    path.write_text(
        "Pedido;Nota;Rastreio;Transportadora;Data de envio;Data do evento;Entregue\n"
        f"{NO_TRACKING};;PJ907948744BR;Correios;;;\n"  # check digit 4, the digits give 3
        f"{WITH_RETURN};000123566;JT124720455BR;Correios;;;\n"  # the return invoice
        f"{HANDLING_INVOICED};;JT124720455BR;Correios;01/12/2026 10:00;30/11/2026 18:00;sim\n"
        f"{UNKNOWN};;JT124720455BR;Correios;;;\n"
        f"{TWO_INVOICES};;JT124720455BR;Correios;;;\n",  # two Output invoices, no number
        encoding="utf-8",
    )
    status, rows = dry_run(sandbox, path)
    assert status == 1
    found = by_order(rows)
    digit = found[(NO_TRACKING, "000123465")]
    assert digit["status"] == "failed" and "check digit 4" in digit["message"] and "give 3" in digit["message"]
    assert "PJ907948743BR" in digit["message"]  # the code with the right digit
    back = found[(WITH_RETURN, "000123566")]
    assert back["status"] == "failed" and "return (Input) invoice" in back["message"]
    early = found[(HANDLING_INVOICED, "000123458")]
    assert early["status"] == "failed"
    assert "delivery date 30/11/2026 18:00 is before the dispatch date 01/12/2026 10:00" in early["message"]
    assert found[(UNKNOWN, "")]["status"] == "unmatched"
    assert f"VTEX has no order {UNKNOWN}" in found[(UNKNOWN, "")]["message"]
    which = found[(TWO_INVOICES, "")]
    assert which["status"] == "failed" and "000123462, 000123562" in which["message"]
    assert nothing_was_sent(sandbox)


def test_a_marketplace_order_id_finds_the_vtex_order(sandbox: Sandbox, desk: Path) -> None:
    path = desk / "mkt.csv"
    path.write_text("Pedido Marketplace;Rastreio\nMLB-2000004521873;JT124720455BR\nMLB-404;JT124720455BR\n")
    status, rows = dry_run(sandbox, path)
    assert status == 1
    found, missing = rows
    assert found["order_id"] == SEED_IDS["marketplace"]  # found through List Orders q, then Get Order
    assert found["status"] == "failed" and "no sale invoice yet" in found["message"]  # in handling, not invoiced
    assert missing["status"] == "unmatched" and "marketplace order id MLB-404" in missing["message"]


def test_concurrency_out_of_range_is_a_usage_error_and_nothing_is_read(
    sandbox: Sandbox, desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = desk / "r.csv"
    path.write_text(f"Pedido;Rastreio\n{NO_TRACKING};JT124720455BR\n")
    assert run_command(["batch", "tracking", str(path), "--concurrency", "9", "--base-url", sandbox.base_url]) == 2
    assert capsys.readouterr().err.strip() == "--concurrency is between 1 and 8."
    assert sandbox.requests == []


def test_usage_errors_exit_2(sandbox: Sandbox, desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = desk / "r.csv"
    path.write_text(f"Pedido;Rastreio\n{NO_TRACKING};JT124720455BR\n")
    assert run_command(["batch", "tracking", str(path), "--dry-run", "--map", "Pedido=pedido"]) == 2
    assert "FIELD one of order_id" in capsys.readouterr().err
    assert run_command(["batch", "returns"]) == 2
    assert "unknown kind 'returns'" in capsys.readouterr().err


def test_a_file_that_is_not_a_spreadsheet_is_one_clear_line(
    sandbox: Sandbox, desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = desk / "foto.csv"
    path.write_bytes(bytes(range(256)) * 8)
    status, rows = dry_run(sandbox, path)
    err = capsys.readouterr().err
    assert status == 1 and rows == []
    assert err.count("\n") == 1 and "neither a CSV text file nor an Excel workbook" in err
    assert "Traceback" not in err


def test_python_m_runs_the_command(sandbox: Sandbox, desk: Path) -> None:
    path = desk / "r.csv"
    path.write_text(f"Pedido;Rastreio\n{IN_TRANSIT};QB123456785BR\n")
    done = subprocess.run(
        [sys.executable, "-m", "vtex_invoice_gui", "batch", "tracking", str(path), "--dry-run",
         "--base-url", sandbox.base_url], capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "already-on-order" in done.stdout


def test_the_command_loads_no_qt_and_no_pdf_library() -> None:
    code = (
        "import sys, vtex_invoice_gui.batch_cli, vtex_invoice_gui.tracking_import.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'fpdf', 'brazilfiscalreport'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "[]"


def test_batch_help_names_the_kinds_and_tracking_help_says_it_sends_and_resumes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_command(["batch", "--help"]) == 0
    assert "batch {tracking,invoices}" in capsys.readouterr().out
    assert run_command(["batch", "tracking", "--help"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "Running it again on the same file resumes: nothing is sent twice." in said
    assert "--concurrency N" in said and "--dry-run" in said


def test_a_batch_kind_whose_package_is_missing_is_said_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from vtex_invoice_gui import batch_cli

    monkeypatch.setitem(batch_cli.KINDS, "invoices", "vtex_invoice_gui.no_such_package.cli:main")
    assert run_command(["batch", "invoices", "x.xml"]) == 2
    assert capsys.readouterr().err.strip() == "batch invoices is not available in this version."


def test_a_map_given_once_is_remembered_for_the_store(sandbox: Sandbox, desk: Path) -> None:
    path = desk / "hub.csv"
    path.write_text(f"Ref;Etiqueta\n{IN_TRANSIT};QB123456785BR\n", encoding="utf-8")
    status, rows = dry_run(sandbox, path, "--map", "Ref=order_id", "--map", "Etiqueta=tracking_number")
    assert (status, rows[0]["status"]) == (0, "already-on-order")
    status, rows = dry_run(sandbox, path)  # the next day's file of the same hub: no --map needed
    assert (status, rows[0]["status"]) == (0, "already-on-order")
    assert (desk / "home" / "tracking-mappings.json").exists()
