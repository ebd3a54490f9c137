"""JournaledClient against the sandbox over real HTTP: every write is journaled before it leaves,
settled by what VTEX answered, and an invoice number is never posted twice on the journal's say."""

import inspect
import sqlite3
from datetime import UTC, datetime

import httpx
import pytest

from vtex_invoice_gui.journal import (
    DuplicateSendError,
    Journal,
    JournaledClient,
    JournalError,
    JournalFilter,
    SendState,
    Verdict,
    reconcile_entry,
    resend,
)
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.vtex import (
    Account,
    BadRequestError,
    InvalidResponseError,
    InvoiceNotification,
    OmsClient,
    OrderStateError,
    OutcomeUnknownError,
    RetryPolicy,
    ServerError,
    TrackingInfo,
    TrackingStatus,
    TransportError,
)

ORDER = "1368451243666-01"  # handling, R$ 166,40: SKU 7001 2 x 39,90 and 7002 3 x 24,90
READY = "1368451235578-01"  # ready-for-handling
ISSUED = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def invoice(number="NF1001", value=7980, **extra):
    return InvoiceNotification(
        issuance_date=ISSUED, invoice_number=number, invoice_value=value,
        items=[{"id": "7001", "price": 3990, "quantity": 2}], **extra,
    )


@pytest.fixture
def sandbox():
    with Sandbox(latency=0.0, apply_delay=0.0) as sb:
        yield sb


@pytest.fixture
def seen_states():
    return []


@pytest.fixture
def journal(tmp_path):
    with Journal(tmp_path / "journal.sqlite3") as journal:
        yield journal


@pytest.fixture
def client(sandbox, journal, seen_states):
    def on_request(request):
        # What a restarted app would find in the file at the moment the request leaves.
        with sqlite3.connect(journal.path) as conn:
            seen_states.append(conn.execute("SELECT id, state FROM sends ORDER BY id DESC LIMIT 1").fetchone())

    http = httpx.Client(event_hooks={"request": [on_request]})
    oms = OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token, http=http,
                    retry=RetryPolicy(attempts=1))
    yield JournaledClient(oms, journal)
    http.close()


def _posts(sandbox):
    return [r for r in sandbox.requests if r.method == "POST" and r.path.endswith("/invoice")]


def test_it_looks_like_an_oms_client():
    for name in ("get_order", "list_orders", "start_handling", "send_invoice", "update_tracking_number",
                 "update_tracking_status", "wait_for"):
        original = list(inspect.signature(getattr(OmsClient, name)).parameters.values())
        wrapped = list(inspect.signature(getattr(JournaledClient, name)).parameters.values())
        assert [(p.name, p.kind, p.default) for p in wrapped[: len(original)]] == [
            (p.name, p.kind, p.default) for p in original
        ], name
        for extra in wrapped[len(original):]:
            assert extra.kind is inspect.Parameter.KEYWORD_ONLY and extra.default is not inspect.Parameter.empty


def test_a_confirmed_invoice(client, journal, sandbox, seen_states):
    receipt = client.send_invoice(ORDER, invoice())
    [entry] = journal.query(with_body=True)
    assert entry.state is SendState.CONFIRMED
    assert (entry.receipt, entry.receipt_date) == (receipt.receipt, receipt.date)
    assert (entry.store, entry.order_id, entry.operation, entry.invoice_number, entry.invoice_type,
            entry.value_cents) == ("sandbox", ORDER, "invoice", "NF1001", "Output", 7980)
    assert entry.attempts == 1
    # The row was committed as "sent" before the request left, and holds exactly what VTEX got.
    assert seen_states == [(entry.id, "sent")]
    [post] = _posts(sandbox)
    assert post.body == entry.body == invoice().to_wire()
    assert client.account.base_url == sandbox.base_url and client.journal is journal


def test_reads_pass_through_unjournaled(client, journal):
    assert client.get_order(ORDER).order_id == ORDER
    assert client.list_orders(status="handling").orders
    order, held = client.wait_for(ORDER, lambda o: o.status == "handling", timeout=0)
    assert held and order.order_id == ORDER
    assert journal.count() == 0


def test_a_refused_invoice_is_failed_with_vtex_details(client, journal):
    with pytest.raises(BadRequestError) as caught:
        client.send_invoice(ORDER, invoice(value=999_999))
    [entry] = journal.query()
    assert entry.state is SendState.FAILED
    assert (entry.http_status, entry.error_kind) == (400, "BadRequestError")
    assert entry.error_code == caught.value.code  # None: VTEX documents no code for this 400
    assert "higher than the amount still to be invoiced" in entry.error_message
    client.send_invoice(ORDER, invoice())  # the corrected invoice goes through under the same number
    assert journal.count(JournalFilter(state="confirmed")) == 1


@pytest.mark.parametrize(
    ("fault", "error", "kind"),
    [
        ({"kind": "drop_after"}, OutcomeUnknownError, "OutcomeUnknownError"),
        ({"kind": "drop_before"}, OutcomeUnknownError, "OutcomeUnknownError"),
        ({"kind": "status", "status": 503}, ServerError, "ServerError"),
        ({"kind": "malformed_json", "process": True}, InvalidResponseError, "UnreadableWriteAnswerError"),
    ],
)
def test_an_answer_that_may_hide_an_applied_invoice_is_unknown(client, journal, sandbox, fault, error, kind):
    options = dict(fault)
    sandbox.faults.add(options.pop("kind"), "POST", "/invoice", **options)
    with pytest.raises(error):
        client.send_invoice(ORDER, invoice())
    [entry] = journal.query()
    assert (entry.state, entry.error_kind) == (SendState.UNKNOWN, kind)
    assert [e.id for e in journal.pending_rows()] == [entry.id]
    with pytest.raises(DuplicateSendError, match="Reconcile it first"):
        client.send_invoice(ORDER, invoice())


def test_a_request_that_never_left_is_failed(sandbox, journal):
    base_url = sandbox.base_url
    sandbox.stop()  # connection refused: certainly not applied
    oms = OmsClient(Account.sandbox(base_url), sandbox.app_key, sandbox.app_token, retry=RetryPolicy(attempts=1))
    with JournaledClient(oms, journal, store="demo") as client, pytest.raises(TransportError) as caught:
        client.send_invoice(ORDER, invoice())
    assert not isinstance(caught.value, OutcomeUnknownError)
    [entry] = journal.query()
    assert (entry.store, entry.state, entry.error_kind) == ("demo", SendState.FAILED, "TransportError")


def test_the_duplicate_guard_keeps_vtex_from_a_second_post(client, journal, sandbox):
    client.send_invoice(ORDER, invoice())
    with pytest.raises(DuplicateSendError) as caught:
        client.send_invoice(ORDER, invoice(value=100))
    assert "already on the order" in str(caught.value)
    with pytest.raises(DuplicateSendError):
        client.send_invoice(ORDER, invoice(), force=True)  # not even forced over a confirmed one
    assert len(_posts(sandbox)) == 1
    assert journal.count() == 1


def test_a_return_invoice_is_journaled_as_input(client, journal, sandbox):
    client.send_invoice(ORDER, InvoiceNotification(
        issuance_date=ISSUED, invoice_number="NF1", invoice_value=16640,
        items=[{"id": "7001", "price": 3990, "quantity": 2}, {"id": "7002", "price": 2490, "quantity": 3}],
    ))
    client.send_invoice(ORDER, InvoiceNotification(
        type="Input", issuance_date=ISSUED, invoice_number="DEV1", invoice_value=3990,
        items=[{"id": "7001", "price": 3990, "quantity": 1}],
    ))
    newest = journal.query()[0]
    assert (newest.invoice_type, newest.value_cents, newest.state) == ("Input", 3990, SendState.CONFIRMED)


def test_tracking_and_start_handling_are_journaled(client, journal):
    client.send_invoice(ORDER, invoice())
    client.update_tracking_number(ORDER, "NF1001", TrackingInfo(tracking_number="BR123", courier="Correios"))
    client.update_tracking_status(ORDER, "NF1001", TrackingStatus(
        events=[{"city": "Recife", "state": "PE", "description": "Saiu para entrega", "date": "2026-11-21"}]
    ))
    client.start_handling(READY)
    entries = journal.query(with_body=True)
    assert [(e.operation, e.invoice_number, e.state) for e in entries] == [
        ("start_handling", None, "confirmed"),
        ("tracking_events", "NF1001", "confirmed"),
        ("tracking_number", "NF1001", "confirmed"),
        ("invoice", "NF1001", "confirmed"),
    ]
    assert entries[0].receipt is None  # VTEX answers start-handling with 204
    assert entries[1].receipt and entries[2].receipt
    assert entries[2].body["trackingNumber"] == "BR123"
    # Tracking can be sent as often as needed: no guard on those.
    client.update_tracking_number(ORDER, "NF1001", TrackingInfo(tracking_number="BR124"))
    assert journal.count() == 5


def test_a_refused_start_handling_is_failed(client, journal):
    with pytest.raises(OrderStateError):
        client.start_handling(ORDER)  # already handling
    [entry] = journal.query()
    assert (entry.operation, entry.state, entry.error_code) == ("start_handling", SendState.FAILED, "OMS003")


def test_bad_input_is_refused_before_anything_is_journaled(client, journal):
    with pytest.raises(ValueError):
        client.update_tracking_number(ORDER, "NF 1/2", TrackingInfo(tracking_number="X"))
    with pytest.raises(ValueError):
        client.send_invoice("  ", invoice())
    assert journal.count() == 0


def test_no_secret_reaches_the_data_directory(tmp_path, monkeypatch, sandbox):
    monkeypatch.setenv("VTEX_DESK_HOME", str(tmp_path / "home"))
    oms = OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token,
                    retry=RetryPolicy(attempts=1))
    with Journal() as journal, JournaledClient(oms, journal) as client:
        client.send_invoice(ORDER, invoice(embedded_invoice="<NFe>" + "x" * 5000 + "</NFe>"))
        client.update_tracking_number(ORDER, "NF1001", TrackingInfo(tracking_number="BR1"))
        sandbox.faults.add("drop_after", "POST", "/invoice")
        with pytest.raises(OutcomeUnknownError):
            client.send_invoice(ORDER, invoice("NF1002", 100))
        with pytest.raises(BadRequestError):
            client.send_invoice(ORDER, invoice("NF1003", 999_999))
        journal.export_csv(None, tmp_path / "home" / "data" / "export.csv")
        files = [p for p in (tmp_path / "home").rglob("*") if p.is_file()]
        assert any(p.name == "journal.sqlite3-wal" for p in files)  # checked while the WAL is live
        for path in files:
            content = path.read_bytes()
            assert sandbox.app_token.encode() not in content, path
            assert sandbox.app_key.encode() not in content, path
        assert journal.count() == 4


def test_if_the_journal_fails_after_vtex_accepted_the_receipt_still_wins(client, journal, monkeypatch):
    def disk_full(*args, **kwargs):
        raise JournalError("The journal could not be written: database or disk is full.")

    monkeypatch.setattr(journal, "mark_confirmed", disk_full)
    receipt = client.send_invoice(ORDER, invoice())
    assert receipt.receipt
    monkeypatch.undo()
    [row] = journal.pending_rows()  # left "sent", no longer in flight: reconciliation settles it
    assert row.state is SendState.SENT
    outcome = reconcile_entry(client, journal, row, timeout=0)
    assert (outcome.verdict, outcome.entry.state) == (Verdict.CONFIRMED, SendState.CONFIRMED)


def test_if_the_journal_cannot_be_written_nothing_is_sent(client, journal, sandbox, monkeypatch):
    def locked(*args, **kwargs):
        raise JournalError("The journal is busy or cannot be written: database is locked.")

    monkeypatch.setattr(journal, "mark_sent", locked)
    with pytest.raises(JournalError):
        client.send_invoice(ORDER, invoice())
    assert _posts(sandbox) == []
    [row] = journal.query()
    assert (row.state, row.error_kind) == (SendState.FAILED, "JournalError")  # does not block a retry


def test_resend_through_the_journaled_client(client, journal, sandbox):
    sandbox.faults.add("drop_before", "POST", "/invoice")
    with pytest.raises(OutcomeUnknownError):
        client.send_invoice(ORDER, invoice())
    [row] = journal.pending_rows()
    assert reconcile_entry(client, journal, row, timeout=0).verdict is Verdict.NOT_FOUND
    outcome = resend(client, row.id, timeout=0)
    assert outcome.verdict is Verdict.RESENT
    assert (outcome.new_entry.state, outcome.new_entry.attempts) == (SendState.CONFIRMED, 2)
