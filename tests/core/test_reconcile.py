"""Reconciliation: an unsettled send is settled by re-reading the order, never by posting again
blindly; only a send found absent is offered again, as a new row linked to the old one."""

import sqlite3
from datetime import UTC, datetime

import pytest

from vtex_invoice_gui.journal import (
    Journal,
    JournaledClient,
    JournalStateError,
    SendState,
    Verdict,
    reconcile_all,
    reconcile_entry,
    resend,
)
from vtex_invoice_gui.journal.reconcile import CONFIRMED_NOTE
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.vtex import (
    Account,
    InvoiceNotification,
    OmsClient,
    OutcomeUnknownError,
    RetryPolicy,
    ServerError,
    TrackingInfo,
    TrackingStatus,
)

ORDER = "1368451243666-01"  # handling; SKU 7001 2 x 39,90 and 7002 3 x 24,90
READY = "1368451235578-01"  # ready-for-handling
ISSUED = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def invoice(number="NF1001", value=7980):
    return InvoiceNotification(
        issuance_date=ISSUED, invoice_number=number, invoice_value=value,
        items=[{"id": "7001", "price": 3990, "quantity": 2}],
    )


@pytest.fixture
def sandbox():
    with Sandbox(latency=0.0, apply_delay=0.0) as sb:
        yield sb


@pytest.fixture
def journal(tmp_path):
    with Journal(tmp_path / "journal.sqlite3") as journal:
        yield journal


def _oms(sandbox):
    return OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token,
                     retry=RetryPolicy(attempts=1))


@pytest.fixture
def client(sandbox, journal):
    with JournaledClient(_oms(sandbox), journal) as client:
        yield client


def _posts(sandbox, number=None):
    return [
        r for r in sandbox.requests
        if r.method == "POST" and r.path.endswith("/invoice") and (number is None or r.body["invoiceNumber"] == number)
    ]


def _numbers(sandbox, order=ORDER):
    return [p["invoiceNumber"] for p in sandbox.order(order)["packageAttachment"]["packages"]]


def _lost_answer(client, sandbox, kind="drop_after"):
    """Send NF1001 while the sandbox drops the connection (after or before processing it)."""
    sandbox.faults.add(kind, "POST", "/invoice")
    with pytest.raises(OutcomeUnknownError):
        client.send_invoice(ORDER, invoice())
    [entry] = client.journal.query()
    assert entry.state is SendState.UNKNOWN
    return client.journal.get(entry.id)


def test_an_applied_invoice_is_confirmed_without_posting_again(client, journal, sandbox):
    entry = _lost_answer(client, sandbox, "drop_after")
    outcome = reconcile_entry(client, journal, journal.get(entry.id), timeout=0)
    assert outcome.verdict is Verdict.CONFIRMED
    assert outcome.entry.state is SendState.CONFIRMED
    assert (outcome.entry.note, outcome.entry.receipt) == (CONFIRMED_NOTE, None)
    assert "is on the order" in outcome.message
    assert len(_posts(sandbox)) == 1
    assert _numbers(sandbox) == ["NF1001"]
    assert journal.pending_rows() == []


def test_an_absent_invoice_is_not_found_and_can_be_sent_again(client, journal, sandbox):
    entry = _lost_answer(client, sandbox, "drop_before")
    outcome = reconcile_entry(client, journal, journal.get(entry.id), timeout=0)
    assert outcome.verdict is Verdict.NOT_FOUND
    assert outcome.entry.state is SendState.UNKNOWN  # still blocks a plain send
    assert "not on the order" in outcome.entry.note and "can be sent again" in outcome.message
    assert _numbers(sandbox) == []

    again = resend(client, entry.id, timeout=0)
    assert again.verdict is Verdict.RESENT
    assert again.entry.state is SendState.FAILED
    assert again.entry.note == f"not applied; sent again as #{again.new_entry.id}"
    assert again.new_entry.state is SendState.CONFIRMED and again.new_entry.receipt
    assert again.new_entry.resent_from == entry.id
    assert again.new_entry.body == entry.body
    assert _numbers(sandbox) == ["NF1001"]
    assert [r.body for r in _posts(sandbox)] == [entry.body, entry.body]  # the dropped one, the resend
    with pytest.raises(JournalStateError):
        resend(client, entry.id, timeout=0)  # settled now


def test_a_pending_row_from_a_crash_is_decided_by_the_order(client, journal, sandbox):
    # Killed after the row was committed but before the "sent" mark: the request never left.
    never = journal.begin("sandbox", ORDER, "invoice", invoice_number="NF1001", body=invoice().to_wire())
    # Killed after the request left but before "sent" was recorded (an OmsClient posted it).
    landed = journal.begin("sandbox", ORDER, "invoice", invoice_number="NF1002", body=invoice("NF1002", 100).to_wire())
    with _oms(sandbox) as oms:
        oms.send_invoice(ORDER, invoice("NF1002", 100))
    outcomes = reconcile_all(lambda store: client, journal, timeout=0)
    assert [(o.entry.id, o.verdict) for o in outcomes] == [
        (never.id, Verdict.NOT_FOUND), (landed.id, Verdict.CONFIRMED),
    ]
    assert journal.get(never.id).state is SendState.UNKNOWN
    assert journal.get(landed.id).state is SendState.CONFIRMED


def test_vtex_applies_late_so_reconciliation_waits_before_saying_absent(client, journal, sandbox):
    sandbox.apply_delay = 0.6
    entry = _lost_answer(client, sandbox, "drop_after")
    outcome = reconcile_entry(client, journal, journal.get(entry.id), timeout=5)
    assert outcome.verdict is Verdict.CONFIRMED
    assert len(_posts(sandbox)) == 1


def test_a_send_whose_window_has_closed_is_read_once(sandbox, tmp_path):
    # As if the app had died long ago: this process gives the row one full window (counted from
    # when it first looked), then one read decides, and resend does not wait a second window.
    now = [1000.0]
    with Journal(tmp_path / "j.sqlite3", clock=lambda: now[0]) as journal, JournaledClient(_oms(sandbox), journal) as client:
        entry = _lost_answer(client, sandbox, "drop_before")
        now[0] += 601
        sandbox.clear_requests()
        outcome = reconcile_entry(client, journal, journal.get(entry.id), timeout=600)
        assert outcome.verdict is Verdict.NOT_FOUND
        assert [r.method for r in sandbox.requests] == ["GET"]
        sandbox.clear_requests()
        assert resend(client, entry.id, timeout=600).verdict is Verdict.RESENT  # no second wait either
        assert [r.method for r in sandbox.requests] == ["GET", "POST"]


def test_resend_checks_again_and_does_not_post_what_has_landed_meanwhile(client, journal, sandbox):
    sandbox.apply_delay = 30  # applied only when the test says so
    entry = _lost_answer(client, sandbox, "drop_after")
    assert reconcile_entry(client, journal, journal.get(entry.id), timeout=0).verdict is Verdict.NOT_FOUND
    sandbox.apply_pending()  # VTEX catches up before the clerk clicks "send again"
    outcome = resend(client, entry.id, timeout=0)
    assert outcome.verdict is Verdict.CONFIRMED and outcome.new_entry is None
    assert len(_posts(sandbox)) == 1
    assert journal.count() == 1


def test_a_failed_resend_is_journaled_as_a_new_unsettled_row(client, journal, sandbox):
    entry = _lost_answer(client, sandbox, "drop_before")
    sandbox.faults.add("status", "POST", "/invoice", status=503)
    with pytest.raises(ServerError):
        resend(client, entry.id, timeout=0)
    old, new = journal.get(entry.id), journal.successor(entry.id)
    assert old.state is SendState.FAILED and new.state is SendState.UNKNOWN
    assert [e.id for e in journal.pending_rows()] == [new.id]
    assert resend(client, new.id, timeout=0).verdict is Verdict.RESENT
    assert _numbers(sandbox) == ["NF1001"]


def test_tracking_number_present_or_not(client, journal, sandbox):
    client.send_invoice(ORDER, invoice())
    sandbox.faults.add("drop_after", "PATCH", "/invoice/NF1001")
    with pytest.raises(OutcomeUnknownError):
        client.update_tracking_number(ORDER, "NF1001", TrackingInfo(tracking_number="BR1"))
    sandbox.faults.add("drop_before", "PATCH", "/invoice/NF1001")
    with pytest.raises(OutcomeUnknownError):
        client.update_tracking_number(ORDER, "NF1001", TrackingInfo(tracking_number="BR2"))
    applied, lost = journal.pending_rows()
    assert reconcile_entry(client, journal, lost, timeout=0).verdict is Verdict.NOT_FOUND  # BR1 shows, not BR2
    assert reconcile_entry(client, journal, applied, timeout=0).verdict is Verdict.CONFIRMED
    assert resend(client, lost.id, timeout=0).verdict is Verdict.RESENT
    assert sandbox.order(ORDER)["packageAttachment"]["packages"][0]["trackingNumber"] == "BR2"


def test_tracking_events_present_absent_and_delivery(client, journal, sandbox):
    client.send_invoice(ORDER, invoice())
    client.update_tracking_number(ORDER, "NF1001", TrackingInfo(tracking_number="BR1"))
    events = [{"city": "Recife", "state": "PE", "description": "Saiu para entrega", "date": "2026-11-21"}]
    sandbox.faults.add("drop_after", "PUT", "/tracking")
    with pytest.raises(OutcomeUnknownError):
        client.update_tracking_status(ORDER, "NF1001", TrackingStatus(events=events))
    [sent] = journal.pending_rows()
    assert reconcile_entry(client, journal, sent, timeout=0).verdict is Verdict.CONFIRMED

    other = [{"city": "Recife", "state": "PE", "description": "Entregue", "date": "2026-11-22"}]
    delivered = TrackingStatus(is_delivered=True, delivered_date=datetime(2026, 11, 22, 15, 0), events=other)
    sandbox.faults.add("drop_before", "PUT", "/tracking")
    with pytest.raises(OutcomeUnknownError):
        client.update_tracking_status(ORDER, "NF1001", delivered)
    [lost] = journal.pending_rows()
    outcome = reconcile_entry(client, journal, lost, timeout=0)
    assert outcome.verdict is Verdict.NOT_FOUND
    assert "tracking events of invoice NF1001" in outcome.message
    assert resend(client, lost.id, timeout=0).verdict is Verdict.RESENT
    status = sandbox.order(ORDER)["packageAttachment"]["packages"][0]["courierStatus"]
    assert status["finished"] is True
    assert [e["description"] for e in status["data"]] == ["Saiu para entrega", "Entregue"]


def test_events_shown_but_delivery_missing_is_not_confirmed(client, journal, sandbox):
    client.send_invoice(ORDER, invoice())
    client.update_tracking_number(ORDER, "NF1001", TrackingInfo(tracking_number="BR1"))
    events = [{"city": "Recife", "state": "PE", "description": "Entregue", "date": "2026-11-22"}]
    client.update_tracking_status(ORDER, "NF1001", TrackingStatus(events=events))  # not delivered
    body = TrackingStatus(is_delivered=True, delivered_date=datetime(2026, 11, 22, 15, 0), events=events).to_wire()
    row = journal.begin("sandbox", ORDER, "tracking_events", invoice_number="NF1001", body=body)
    assert reconcile_entry(client, journal, row, timeout=0).verdict is Verdict.NOT_FOUND


def test_start_handling(client, journal, sandbox):
    sandbox.faults.add("drop_after", "POST", "/start-handling")
    with pytest.raises(OutcomeUnknownError):
        client.start_handling(READY)
    [row] = journal.pending_rows()
    assert reconcile_entry(client, journal, row, timeout=0).verdict is Verdict.CONFIRMED
    lost = journal.begin("sandbox", "1368451236589-01", "start_handling")  # still ready-for-handling
    assert reconcile_entry(client, journal, lost, timeout=0).verdict is Verdict.NOT_FOUND
    assert resend(client, lost.id, timeout=0).verdict is Verdict.RESENT
    assert sandbox.order("1368451236589-01")["status"] == "handling"


def test_reconcile_all_per_store_with_missing_and_unreachable_stores(client, journal, sandbox):
    journal.begin("sandbox", ORDER, "invoice", invoice_number="NF1", body=invoice("NF1").to_wire())
    journal.begin("gone-store", ORDER, "invoice", invoice_number="NF2", body=invoice("NF2").to_wire())
    journal.begin("broken-store", ORDER, "invoice", invoice_number="NF3", body=invoice("NF3").to_wire())
    journal.begin("offline-store", ORDER, "invoice", invoice_number="NF4", body=invoice("NF4").to_wire())
    journal.begin("sandbox", ORDER, "invoice", invoice_number="NF5", body=invoice("NF5").to_wire())
    with Sandbox() as down:
        offline_url = down.base_url
    offline = OmsClient(Account.sandbox(offline_url), "k" * 8, "t" * 8, retry=RetryPolicy(attempts=1))
    asked = []

    def factory(store):
        asked.append(store)
        if store == "broken-store":
            raise RuntimeError("the keyring is locked")
        return {"sandbox": client, "offline-store": offline}.get(store)

    seen = []
    with offline:
        outcomes = reconcile_all(factory, journal, timeout=0, on_outcome=seen.append)
    assert seen == outcomes
    assert asked == ["sandbox", "gone-store", "broken-store", "offline-store"]  # once per store
    verdicts = [(o.entry.invoice_number, o.verdict) for o in outcomes]
    assert verdicts == [
        ("NF1", Verdict.NOT_FOUND), ("NF2", Verdict.SKIPPED), ("NF3", Verdict.SKIPPED),
        ("NF4", Verdict.ERROR), ("NF5", Verdict.NOT_FOUND),
    ]
    assert "keyring is locked" in outcomes[2].message and "not set up" in outcomes[1].message
    assert journal.get(outcomes[3].entry.id).state is SendState.PENDING  # untouched: try later
    assert len(reconcile_all(lambda store: client, journal, timeout=0, store="sandbox")) == 2


def test_a_send_in_flight_here_is_left_alone(client, journal):
    row = journal.begin("sandbox", ORDER, "invoice", invoice_number="NF1", body=invoice("NF1").to_wire())
    journal.mark_sent(row.id)
    assert reconcile_all(lambda store: client, journal, timeout=0) == []
    assert reconcile_entry(client, journal, journal.get(row.id), timeout=0).verdict is Verdict.SKIPPED
    assert journal.get(row.id).state is SendState.SENT


def test_an_unknown_order_is_an_error_not_an_absence(client, journal):
    row = journal.begin("sandbox", "9999999999999-01", "invoice", invoice_number="NF1", body=invoice("NF1").to_wire())
    outcome = reconcile_entry(client, journal, row, timeout=0)
    assert outcome.verdict is Verdict.ERROR and "does not find order" in outcome.message
    assert journal.get(row.id).state is SendState.PENDING


def test_rows_from_a_list_are_reconciled_with_their_body(client, journal, sandbox):
    client.send_invoice(ORDER, invoice())
    sandbox.faults.add("drop_after", "PATCH", "/invoice/NF1001")
    with pytest.raises(OutcomeUnknownError):
        client.update_tracking_number(ORDER, "NF1001", TrackingInfo(tracking_number="BR1"))
    listed = journal.query()[0]  # as the History view has it: no body
    assert listed.body is None
    assert reconcile_entry(client, journal, listed, timeout=0).verdict is Verdict.CONFIRMED


def test_an_unexpected_failure_on_one_row_does_not_stop_the_others(client, journal):
    journal.begin("sandbox", "  ", "invoice", invoice_number="NF1", body=invoice("NF1").to_wire())  # no order id
    journal.begin("sandbox", ORDER, "invoice", invoice_number="NF2", body=invoice("NF2").to_wire())
    outcomes = reconcile_all(lambda store: client, journal, timeout=0)
    assert [o.verdict for o in outcomes] == [Verdict.ERROR, Verdict.NOT_FOUND]
    assert "Enter an order id" in outcomes[0].message
    assert outcomes[0].message.params["error"].code == "payload.order_id_empty"  # translated with the row's sentence
