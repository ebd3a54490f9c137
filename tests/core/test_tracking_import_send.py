"""``batch tracking FILE`` sending, against the sandbox over HTTP: each file kind sends the right
PATCH (and PUT where the row has an event) exactly once; flagged rows are never sent; a second run
sends nothing; a 429 pauses and the row is then sent; a lost answer ends ``pending`` and is never
posted twice. The journal is the desk's (``VTEX_DESK_HOME``), kept between the runs."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from vtex_invoice_gui.commands import run_command
from vtex_invoice_gui.journal import Journal, Operation, SendState
from vtex_invoice_gui.journal.db import default_db_path
from vtex_invoice_gui.messages import Message
from vtex_invoice_gui.sandbox import SEED_IDS, Sandbox
from vtex_invoice_gui.sending.queue import SendResult, SendStatus
from vtex_invoice_gui.tracking_import.results import MSG_WOULD_PATCH, MSG_WOULD_PUT, RowResult, Status
from vtex_invoice_gui.tracking_import.rows import ImportRow
from vtex_invoice_gui.tracking_import.send import apply_results, job_for

NO_TRACKING = SEED_IDS["invoiced_no_tracking"]  # one Output invoice 000123465, no tracking yet
IN_TRANSIT = SEED_IDS["invoiced_in_transit"]  # invoice 000123463 with QB123456785BR and two events
WITH_RETURN = SEED_IDS["invoiced_with_return"]  # Output 000123466 and the return (Input) 000123566
HANDLING_INVOICED = SEED_IDS["handling_partial"]  # one Output invoice 000123458
UNKNOWN = "1368459999999-01"


@pytest.fixture
def desk(sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VTEX_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("VTEX_APP_KEY", sandbox.app_key)
    monkeypatch.setenv("VTEX_APP_TOKEN", sandbox.app_token)
    return tmp_path


def send(sandbox: Sandbox, path: Path, *extra: str) -> tuple[int, dict[tuple[str, str], dict[str, str]]]:
    report = path.with_suffix(".report.csv")
    status = run_command(["batch", "tracking", str(path), "--base-url", sandbox.base_url, "--report", str(report),
                          *extra])  # fmt: skip
    assert status is not None
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8-sig")))) if report.exists() else []
    return status, {(r["order_id"], r["invoice_number"]): r for r in rows}


def writes(sandbox: Sandbox) -> list[tuple[str, str, Any]]:
    return [(r.method, r.path, r.body) for r in sandbox.requests if r.method in {"PATCH", "PUT", "POST"}]


def patches(sandbox: Sandbox, order_id: str) -> list[Any]:
    return [r.body for r in sandbox.requests if r.method == "PATCH" and order_id in r.path]


def puts(sandbox: Sandbox, order_id: str) -> list[Any]:
    return [r.body for r in sandbox.requests if r.method == "PUT" and order_id in r.path]


def package(sandbox: Sandbox, order_id: str, number: str) -> dict[str, Any]:
    found = [p for p in sandbox.order(order_id)["packageAttachment"]["packages"] if p["invoiceNumber"] == number]
    assert len(found) == 1
    return found[0]


def test_a_windows_1252_csv_sends_each_tracking_number_once(
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
    status, rows = send(sandbox, path)
    captured = capsys.readouterr()
    assert status == 0, captured
    first = rows[(NO_TRACKING, "000123465")]
    assert (first["status"], first["tracking_number"]) == ("sent", "JT124720455BR") and first["receipt"]
    assert "Sent the tracking number JT124720455BR to invoice 000123465" in first["message"]
    assert "Would send" not in first["message"]
    assert rows[(IN_TRANSIT, "000123463")]["status"] == "already-on-order"
    assert rows[(HANDLING_INVOICED, "000123458")]["status"] == "sent"
    [body] = patches(sandbox, NO_TRACKING)
    assert body["trackingNumber"] == "JT124720455BR" and body["courier"] == "Correios"
    assert body["dispatchedDate"].startswith("2026-12-01")
    assert [b["trackingNumber"] for b in patches(sandbox, HANDLING_INVOICED)] == ["PJ907948743BR"]
    assert not patches(sandbox, IN_TRANSIT) and not puts(sandbox, NO_TRACKING)
    assert package(sandbox, NO_TRACKING, "000123465")["trackingNumber"] == "JT124720455BR"
    assert package(sandbox, HANDLING_INVOICED, "000123458")["trackingNumber"] == "PJ907948743BR"
    assert "[2/2] row" in captured.err and "Sent: 1 already-on-order, 2 sent" in captured.out

    before = writes(sandbox)  # (3) the same file again: nothing new goes out
    status, rows = send(sandbox, path)
    assert status == 0
    assert writes(sandbox) == before
    assert {r["status"] for r in rows.values()} == {"already-on-order"}


def test_an_xlsx_sends_the_patch_then_the_event_and_the_delivery(sandbox: Sandbox, desk: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Order", "Invoice", "Tracking Number", "Carrier", "Shipped date",
                  "Event date", "City", "State", "Description", "Delivered"])  # fmt: skip
    sheet.append([NO_TRACKING, 123465, "10084567890123", "Jadlog", datetime(2026, 12, 1, 9, 0),
                  datetime(2026, 12, 2, 14, 0), "Recife", "PE", "Saiu para entrega", None])  # fmt: skip
    sheet.append([IN_TRANSIT, "000123463", "QB123456785BR", "Correios SEDEX", None,
                  datetime(2026, 11, 20, 15, 0), "Recife", "PE", "Entregue ao destinatário", "sim"])  # fmt: skip
    path = desk / "tracking.xlsx"
    workbook.save(path)
    events_before = len(package(sandbox, IN_TRANSIT, "000123463")["courierStatus"]["data"])
    status, rows = send(sandbox, path)
    assert status == 0, rows
    assert rows[(NO_TRACKING, "000123465")]["status"] == "sent"
    assert rows[(IN_TRANSIT, "000123463")]["status"] == "sent"
    assert "Sent 1 event(s) and the delivery to invoice 000123463" in rows[(IN_TRANSIT, "000123463")]["message"]
    ours = [(m, body) for m, p, body in writes(sandbox) if NO_TRACKING in p]
    assert [m for m, _ in ours] == ["PATCH", "PUT"]  # the number first, then its event
    assert ours[0][1]["trackingNumber"] == "10084567890123"
    assert [e["description"] for e in ours[1][1]["events"]] == ["Saiu para entrega"]
    [put] = puts(sandbox, IN_TRANSIT)
    assert put["isDelivered"] is True and [e["city"] for e in put["events"]] == ["Recife"]
    assert not patches(sandbox, IN_TRANSIT)  # the number is there already: only the event and delivery
    shipped = package(sandbox, NO_TRACKING, "000123465")
    assert shipped["trackingNumber"] == "10084567890123"
    assert [e["description"] for e in shipped["courierStatus"]["data"]] == ["Saiu para entrega"]
    delivered = package(sandbox, IN_TRANSIT, "000123463")
    assert delivered["courierStatus"]["finished"] is True
    assert len(delivered["courierStatus"]["data"]) == events_before + 1

    before = writes(sandbox)
    status, rows = send(sandbox, path)
    assert (status, writes(sandbox)) == (0, before)
    assert {r["status"] for r in rows.values()} == {"already-on-order"}


def test_vtexs_admin_export_sends_one_patch_per_invoice(sandbox: Sandbox, desk: Path) -> None:
    header = ["Order", "Sequence", "Status raw value", "SKU ID", "Quantity_SKU", "Courier",
              "Tracking Number", "Invoice Numbers", "Input Invoice Numbers", "Delivered"]  # fmt: skip
    lines = [
        [NO_TRACKING, "502349", "invoiced", "3011", "2", "Correios", "JT124720455BR", "000123465", "", "False"],
        [NO_TRACKING, "502349", "invoiced", "3002", "1", "Correios", "JT124720455BR", "000123465", "", "False"],
        [IN_TRANSIT, "502347", "invoiced", "2020", "1", "Correios SEDEX", "QB123456785BR", "000123463", "", ""],
        [IN_TRANSIT, "502347", "invoiced", "2001", "2", "Correios SEDEX", "QB123456785BR", "000123463", "", ""],
    ]
    out = io.StringIO()
    csv.writer(out).writerows([header, *lines])
    path = desk / "orders-export.csv"
    path.write_bytes(out.getvalue().encode("utf-8-sig"))
    status, rows = send(sandbox, path)
    assert status == 0, rows
    assert len(rows) == 2 and rows[(NO_TRACKING, "000123465")]["status"] == "sent"
    assert rows[(IN_TRANSIT, "000123463")]["status"] == "already-on-order"
    assert [b["trackingNumber"] for b in patches(sandbox, NO_TRACKING)] == ["JT124720455BR"]  # two SKU rows, one PATCH
    assert [m for m, _, _ in writes(sandbox)] == ["PATCH"]
    assert package(sandbox, NO_TRACKING, "000123465")["trackingNumber"] == "JT124720455BR"


def test_flagged_rows_are_never_sent(sandbox: Sandbox, desk: Path) -> None:
    path = desk / "ruins.csv"
    path.write_text(
        "Pedido;Nota;Rastreio;Transportadora;Data de envio;Data do evento;Entregue\n"
        f"{NO_TRACKING};;PJ907948744BR;Correios;;;\n"  # check digit 4, the digits give 3
        f"{WITH_RETURN};000123566;JT124720455BR;Correios;;;\n"  # the return invoice
        f"{HANDLING_INVOICED};;JT124720455BR;Correios;01/12/2026 10:00;30/11/2026 18:00;sim\n"
        f"{UNKNOWN};;JT124720455BR;Correios;;;\n",
        encoding="utf-8",
    )
    status, rows = send(sandbox, path)
    assert status == 1
    assert rows[(NO_TRACKING, "000123465")]["status"] == "failed"
    assert "check digit 4" in rows[(NO_TRACKING, "000123465")]["message"]
    assert rows[(WITH_RETURN, "000123566")]["status"] == "failed"
    assert "before the dispatch date" in rows[(HANDLING_INVOICED, "000123458")]["message"]
    assert rows[(UNKNOWN, "")]["status"] == "unmatched"
    assert not any(r["receipt"] for r in rows.values())
    assert writes(sandbox) == []


def test_a_429_on_the_patch_pauses_and_the_row_is_then_sent(
    sandbox: Sandbox, desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = desk / "r.csv"
    path.write_text(f"Pedido;Rastreio;Transportadora\n{NO_TRACKING};JT124720455BR;Correios\n", encoding="utf-8")
    sandbox.faults.rate_limit("PATCH", "/invoice/", retry_after=0.2)
    status, rows = send(sandbox, path)
    assert status == 0
    assert rows[(NO_TRACKING, "000123465")]["status"] == "sent"
    assert [r.status for r in sandbox.requests if r.method == "PATCH"] == [429, 200]
    assert "VTEX asked to wait" in capsys.readouterr().err
    assert package(sandbox, NO_TRACKING, "000123465")["trackingNumber"] == "JT124720455BR"


def test_a_lost_answer_is_pending_and_the_next_run_sends_nothing_twice(sandbox: Sandbox, desk: Path) -> None:
    path = desk / "r.csv"
    path.write_text(
        f"Pedido;Rastreio;Transportadora;Data do evento;Cidade;UF;Descrição\n"
        f"{NO_TRACKING};JT124720455BR;Correios;02/12/2026 10:00;Recife;PE;Objeto postado\n",
        encoding="utf-8",
    )
    sandbox.faults.add("drop_after", "PATCH", "/invoice/")  # VTEX applies it, the answer is lost
    status, rows = send(sandbox, path)
    assert status == 1
    lost = rows[(NO_TRACKING, "000123465")]
    assert lost["status"] == "pending" and "Run again" in lost["message"]
    assert len(patches(sandbox, NO_TRACKING)) == 1 and not puts(sandbox, NO_TRACKING)  # the job stopped there
    with Journal(default_db_path()) as journal:  # the desk's journal holds the lost PATCH, unsettled
        [entry] = journal.query()
        assert (entry.operation, entry.state) == (Operation.TRACKING_NUMBER, SendState.UNKNOWN)

    status, rows = send(sandbox, path)  # the number is on the invoice now: only the event goes
    assert status == 0, rows
    assert rows[(NO_TRACKING, "000123465")]["status"] == "sent"
    assert len(patches(sandbox, NO_TRACKING)) == 1  # never posted twice
    assert len(puts(sandbox, NO_TRACKING)) == 1
    status, rows = send(sandbox, path)
    assert status == 0 and rows[(NO_TRACKING, "000123465")]["status"] == "already-on-order"
    assert (len(patches(sandbox, NO_TRACKING)), len(puts(sandbox, NO_TRACKING))) == (1, 1)


def test_only_would_send_rows_become_jobs_and_results_replace_the_dry_run_notes() -> None:
    row = ImportRow(line=2, order_id="o-1", invoice_number="1", tracking_number="JT124720455BR")
    flagged = RowResult(row=row, status=Status.FAILED, order_id="o-1", invoice_number="1")
    assert job_for(flagged) is None
    nothing = RowResult(row=row, order_id="o-1", invoice_number="1")  # would-send, but no body
    assert job_for(nothing) is None
    notes = [MSG_WOULD_PATCH.format(code="X", invoice="1"), MSG_WOULD_PUT.format(events=1, invoice="1")]
    pending = RowResult(row=row, order_id="o-1", invoice_number="1", messages=notes)
    apply_results([pending], {0: SendResult(SendStatus.PENDING, message=Message("queue.cancelled"))})
    assert (pending.status, pending.message) == (Status.PENDING, "Not sent: cancelled before this row.")
