"""Sending a batch through the one send flow: what VTEX receives, once, with faults and a resume."""

from __future__ import annotations

import csv
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from batch_helpers import SEED_IDS, nfe_for, seed, write_day
from test_batch_cli import batch, sandbox_env

from vtex_invoice_gui.batch.dryrun import preview_batch
from vtex_invoice_gui.batch.matching import OrderBook
from vtex_invoice_gui.batch.preview import BatchRow, RowStatus
from vtex_invoice_gui.batch.send import BatchSender, SendStatus
from vtex_invoice_gui.batch.sources import collect
from vtex_invoice_gui.journal import Journal, JournaledClient, SendState
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.sending.clients import plain_http_client
from vtex_invoice_gui.vtex import Account, OmsClient, RetryPolicy

STORE = "shop"


class Watch:
    """An ``OrdersApi`` in front of the real client that notes what is in flight at once."""

    def __init__(self, client: OmsClient) -> None:
        self.client, self.account = client, client.account
        self._lock = threading.Lock()
        self.in_flight: Counter[str] = Counter()
        self.returns_in_flight = 0
        self.most_per_order = 0
        self.most_returns = 0
        self.most_at_once = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def send_invoice(self, order_id: str, invoice: Any, **kwargs: Any) -> Any:
        is_return = invoice.type == "Input"
        with self._lock:
            self.in_flight[order_id] += 1
            self.returns_in_flight += is_return
            self.most_per_order = max(self.most_per_order, self.in_flight[order_id])
            self.most_returns = max(self.most_returns, self.returns_in_flight)
            self.most_at_once = max(self.most_at_once, sum(self.in_flight.values()))
        try:
            time.sleep(0.05)  # long enough that overlapping sends would overlap here
            return self.client.send_invoice(order_id, invoice, **kwargs)
        finally:
            with self._lock:
                self.in_flight[order_id] -= 1
                self.returns_in_flight -= is_return


@pytest.fixture
def oms(sandbox: Sandbox) -> Iterator[OmsClient]:
    http = plain_http_client()
    yield OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token, http=http,
                    retry=RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05))  # fmt: skip
    http.close()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "data" / "journal.sqlite3") as journal:
        yield journal


def day_with_two_files_per_order(folder: Path) -> Path:
    """The day's files plus more returns and a second partial invoice of one order."""
    write_day(folder)
    returned = seed("invoiced_in_transit")
    (folder / "return-2.xml").write_bytes(
        nfe_for(returned, 9301, lines=[0], invoice_type="Input", info=f"Devolucao pedido {SEED_IDS['invoiced_in_transit']}")
    )
    return folder


def preview(oms: OmsClient, folder: Path) -> list[BatchRow]:
    """The preview of the XMLs in ``folder`` (the journal's own folder is not one of them)."""
    return preview_batch(collect([p for p in folder.iterdir() if p.name != "data"]), OrderBook(oms))


def report_rows(report: Path) -> dict[str, dict[str, str]]:
    with report.open(encoding="utf-8", newline="") as stream:
        return {row["file"]: row for row in csv.DictReader(stream)}


def invoices_on(sandbox: Sandbox, order_id: str) -> Counter[str]:
    packages = sandbox.order(order_id)["packageAttachment"]["packages"]
    return Counter(str(p["invoiceNumber"]) for p in packages)


def test_every_would_send_row_reaches_its_order_once_bounded_and_returns_one_at_a_time(
    tmp_path: Path, sandbox: Sandbox, oms: OmsClient, journal: Journal
) -> None:
    rows = preview(oms, day_with_two_files_per_order(tmp_path))
    sendable = {i: row for i, row in enumerate(rows) if row.status is RowStatus.WOULD_SEND}
    assert len(sendable) == 7 and sum(row.kind == "return" for row in sendable.values()) == 2
    watch = Watch(oms)
    seen: list[int] = []
    results = BatchSender(JournaledClient(watch, journal, store=STORE), window=1.0, settle_timeout=5.0,
                          on_result=lambda index, result: seen.append(index)).run(rows)  # fmt: skip

    assert set(results) == set(sendable) and sorted(seen) == sorted(sendable)
    assert {i: r.status for i, r in results.items()} == dict.fromkeys(sendable, SendStatus.SENT)
    assert all(r.receipt for r in results.values())
    for row in sendable.values():
        assert invoices_on(sandbox, row.order_id)[row.invoice_number] == 1, row.file
    posts = Counter(r.path for r in sandbox.requests if r.method == "POST")
    assert sum(posts.values()) == len(sendable)  # one POST per invoice, none for the other rows
    assert watch.most_per_order == 1 and watch.most_returns == 1
    assert watch.most_at_once == 2  # the default: two orders in flight
    assert {e.state for e in journal.query()} == {SendState.CONFIRMED}


def test_a_429_pauses_the_batch_and_the_row_is_sent_after_it(
    tmp_path: Path, sandbox: Sandbox, oms: OmsClient, journal: Journal
) -> None:
    ready = tmp_path / "ready.xml"
    ready.write_bytes(nfe_for(seed("ready"), 9401, info=f"Pedido {SEED_IDS['ready']}"))
    rows = preview(oms, tmp_path)
    sandbox.faults.rate_limit("POST", "/invoice", retry_after=0.2)
    results = BatchSender(JournaledClient(oms, journal, store=STORE), window=1.0, settle_timeout=5.0).run(rows)
    assert [r.status for r in results.values()] == [SendStatus.SENT]
    assert [r.status for r in sandbox.requests if r.method == "POST"] == [429, 200]
    assert invoices_on(sandbox, SEED_IDS["ready"])["9401"] == 1


def test_a_send_that_never_reached_vtex_is_pending_then_sent_once_on_the_next_run(
    tmp_path: Path, sandbox: Sandbox, oms: OmsClient, journal: Journal
) -> None:
    ready = tmp_path / "ready.xml"
    ready.write_bytes(nfe_for(seed("ready"), 9402, info=f"Pedido {SEED_IDS['ready']}"))
    sandbox.faults.add("drop_before", "POST", "/invoice")  # no answer, and VTEX has nothing
    api = JournaledClient(oms, journal, store=STORE)
    first = BatchSender(api, window=0.3, settle_timeout=1.0).run(preview(oms, tmp_path))
    assert [r.status for r in first.values()] == [SendStatus.PENDING]
    assert "Run again" in str(next(iter(first.values())).message)
    assert invoices_on(sandbox, SEED_IDS["ready"])["9402"] == 0

    again = preview(oms, tmp_path)  # the clerk runs it again: not on the order, so would-send
    assert [row.status for row in again] == [RowStatus.WOULD_SEND]
    second = BatchSender(api, window=0.3, settle_timeout=5.0).run(again)
    assert [r.status for r in second.values()] == [SendStatus.SENT]
    assert invoices_on(sandbox, SEED_IDS["ready"])["9402"] == 1
    states = Counter(e.state for e in journal.query())
    assert states == {SendState.FAILED: 1, SendState.CONFIRMED: 1}  # the lost row superseded by the resend


def test_a_send_whose_answer_was_lost_is_never_posted_again(
    tmp_path: Path, sandbox: Sandbox, oms: OmsClient, journal: Journal
) -> None:
    ready = tmp_path / "ready.xml"
    ready.write_bytes(nfe_for(seed("ready"), 9403, info=f"Pedido {SEED_IDS['ready']}"))
    sandbox.faults.add("drop_after", "POST", "/invoice")  # VTEX applies it, the answer is lost
    api = JournaledClient(oms, journal, store=STORE)
    first = BatchSender(api, window=0.3, settle_timeout=1.0).run(preview(oms, tmp_path))
    assert [r.status for r in first.values()] == [SendStatus.PENDING]
    assert [row.status for row in preview(oms, tmp_path)] == [RowStatus.ALREADY_ON_ORDER]
    assert invoices_on(sandbox, SEED_IDS["ready"])["9403"] == 1
    assert sum(1 for r in sandbox.requests if r.method == "POST") == 1


def test_cancel_stops_before_the_next_row(tmp_path: Path, sandbox: Sandbox, oms: OmsClient, journal: Journal) -> None:
    rows = preview(oms, day_with_two_files_per_order(tmp_path))
    cancel = threading.Event()
    sender = BatchSender(JournaledClient(oms, journal, store=STORE), window=1.0, settle_timeout=5.0,
                         concurrency=1, cancel=cancel, on_start=lambda index: cancel.set())  # fmt: skip
    results = sender.run(rows)
    statuses = Counter(r.status for r in results.values())
    assert statuses == {SendStatus.SENT: 1, SendStatus.SKIPPED: 6}  # the one in flight finished
    assert sum(1 for r in sandbox.requests if r.method == "POST") == 1


def test_the_command_sends_the_day_and_a_second_run_sends_nothing_again(tmp_path: Path, sandbox: Sandbox) -> None:
    (tmp_path / "day").mkdir()
    day = write_day(tmp_path / "day")
    env = sandbox_env(sandbox, tmp_path / "home")
    sandbox.faults.rate_limit("POST", "/invoice", retry_after=0.2)
    report = tmp_path / "sent.csv"
    done = batch(day, "--report", report, "--base-url", sandbox.base_url, env=env)
    assert done.returncode == 1, done.stderr  # the day has files that cannot be sent (broken, unmatched...)
    first = report_rows(report)
    sent = [name for name, row in first.items() if row["status"] == "sent"]
    assert len(sent) == 6 and all(first[name]["receipt"] for name in sent)  # each with its receipt
    assert "VTEX asked to wait" in done.stderr and "6 sent" in done.stderr
    posts = [r for r in sandbox.requests if r.method == "POST"]
    assert [r.status for r in posts].count(200) == 6

    again = batch(day, "--report", report, "--base-url", sandbox.base_url, env=env)
    assert again.returncode == 1
    assert [r for r in sandbox.requests if r.method == "POST"] == posts  # nothing posted twice
    second = report_rows(report)
    assert {second[name]["status"] for name in sent} == {"already-on-order"}  # resumed, found by the journal
    assert "8 already-on-order, 1 unmatched" in again.stderr  # + the one on the order before, and its copy


def test_concurrency_out_of_range_is_a_usage_error(tmp_path: Path, sandbox: Sandbox) -> None:
    xml = tmp_path / "a.xml"
    xml.write_bytes(nfe_for(seed("ready"), 9404))
    done = batch(xml, "--concurrency", "0", "--base-url", sandbox.base_url, env=sandbox_env(sandbox, tmp_path))
    assert done.returncode == 2 and done.stderr.strip() == "--concurrency is between 1 and 8."


def test_the_day_is_sent_and_its_danfes_come_in_one_pdf(tmp_path: Path, sandbox: Sandbox) -> None:
    from pypdf import PdfReader

    (tmp_path / "day").mkdir()
    day = write_day(tmp_path / "day")
    pdf = tmp_path / "danfes.pdf"
    done = batch(day, "--danfe", pdf, "--base-url", sandbox.base_url, env=sandbox_env(sandbox, tmp_path / "home"))
    assert done.returncode == 1, done.stderr  # some files of the day cannot be sent
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    text = " ".join(" ".join(pages).split())
    # the six sent today and the one already on its order, each with its number; nothing else
    assert len(pages) >= 7 and "7 DANFE(s) written to" in done.stderr
    for number in ("9.201", "9.202", "9.203", "9.204", "9.205", "9.206", "123.463"):
        assert number in text, number
    assert "9.207" not in text and "9.208" not in text  # homologation and canceled: not sent, not printed


def test_label_without_danfe_is_a_usage_error(tmp_path: Path, sandbox: Sandbox) -> None:
    xml = tmp_path / "a.xml"
    xml.write_bytes(nfe_for(seed("ready"), 9405))
    done = batch(xml, "--label", "--base-url", sandbox.base_url, env=sandbox_env(sandbox, tmp_path))
    assert done.returncode == 2 and done.stderr.strip() == "--label goes with --danfe FILE.pdf."


def test_a_refused_row_says_vtexs_words_in_a_message_the_window_translates(
    tmp_path: Path, sandbox: Sandbox, oms: OmsClient, journal: Journal
) -> None:
    from vtex_invoice_gui.messages import Message

    ready = tmp_path / "ready.xml"
    ready.write_bytes(nfe_for(seed("ready"), 9406, info=f"Pedido {SEED_IDS['ready']}"))
    sandbox.faults.status(400, "POST", "/invoice", body='{"error":{"code":"1","message":"Bad invoice"}}')
    results = BatchSender(JournaledClient(oms, journal, store=STORE), window=0.3, settle_timeout=1.0).run(
        preview(oms, tmp_path)
    )
    (result,) = results.values()
    assert result.status is SendStatus.FAILED
    assert isinstance(result.message, Message) and result.message.code == "queue.vtex_says"
    assert isinstance(result.message.params["summary"], Message)  # worded in the clerk's language
    assert str(result.message).endswith("VTEX says: 1 Bad invoice")  # VTEX's own words untouched
