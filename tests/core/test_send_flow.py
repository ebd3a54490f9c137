"""The core's send flow, no Qt: build -> guard -> send -> settle -> outcome, against the sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from vtex_invoice_gui.journal import Journal, JournaledClient, Operation, SendState, Verdict
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.secrets import Credentials, MemorySecretStore, SecretVault
from vtex_invoice_gui.sending.clients import ApiFactory, StoreNotReady, plain_http_client
from vtex_invoice_gui.sending.flow import (
    Failed, NotYetShown, Refused, Settled, Shown, events_request, invoice_request, post, send, tracking_request,
)
from vtex_invoice_gui.sending.lost import LostSend, check_rows, find_duplicate
from vtex_invoice_gui.settings import StoreProfile
from vtex_invoice_gui.vtex import (
    Account, InvoiceNotification, OmsClient, RetryPolicy, TrackingEvent, TrackingInfo, TrackingStatus,
)

ORDER = "1368451243666-01"  # handling, R$ 166,40: SKU 7001 2 x 39,90 and 7002 3 x 24,90
ISSUED = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
STORE = "shop"


def invoice(number: str = "NF1001") -> InvoiceNotification:
    return InvoiceNotification(
        issuance_date=ISSUED, invoice_number=number, invoice_value=7980,
        items=[{"id": "7001", "price": 3990, "quantity": 2}],
    )


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(latency=0.0, apply_delay=0.0) as sb:
        yield sb


@pytest.fixture
def journal(tmp_path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        yield journal


@pytest.fixture
def oms(sandbox: Sandbox) -> Iterator[OmsClient]:
    http = plain_http_client()
    yield OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token, http=http,
                    retry=RetryPolicy(attempts=1))
    http.close()


@pytest.fixture
def api(oms: OmsClient, journal: Journal) -> JournaledClient:
    return JournaledClient(oms, journal, store=STORE)


def test_send_runs_every_step_on_the_callers_thread(api, journal):
    outcome = send(api, invoice_request(ORDER, invoice()), window=0, timeout=5)
    assert isinstance(outcome, Shown) and outcome.receipt.receipt
    assert outcome.order.package("NF1001") is not None  # settled: the order shows it
    [row] = journal.query()
    assert (row.state, row.receipt) == (SendState.CONFIRMED, outcome.receipt.receipt)


def test_the_journal_is_the_one_hard_guard(api, oms):
    assert isinstance(send(api, invoice_request(ORDER, invoice()), window=0, timeout=5), Shown)
    again = send(api, invoice_request(ORDER, invoice()), window=0, timeout=5)
    assert isinstance(again, Refused) and again.reason == "duplicate" and again.entry is not None
    with pytest.raises(TypeError):  # no send without the journal
        post(oms, invoice_request(ORDER, invoice("NF1002")), window=0)


def test_a_lost_answer_blocks_until_a_reload_then_the_check_lets_it_be_replaced(api, journal, sandbox):
    request = invoice_request(ORDER, invoice())
    state, key = LostSend(Operation.INVOICE), (STORE, ORDER, "NF1001")
    assert state.begin() and not state.begin()  # one send at a time
    sandbox.faults.add("drop_before", "POST", "/invoice")  # VTEX never got it, the desk cannot tell
    outcome = post(api, request, window=0)
    assert isinstance(outcome, Failed) and outcome.may_have_applied
    state.end(lost=key, generation=3)
    assert state.blocked(STORE, ORDER) == "reload" and not state.begin()
    assert not state.order_read(STORE, ORDER, loaded_generation=3)  # a read that started before the failure
    assert state.order_read(STORE, ORDER, loaded_generation=4)  # a fresh read: check now
    assert state.start_check() == key and state.blocked(STORE, ORDER) == "checking"
    final = state.check_done(key, check_rows(api, journal, key, Operation.INVOICE, window=0))
    assert final is not None and final.verdict is Verdict.NOT_FOUND
    assert state.blocked(STORE, ORDER) is None
    replaces = state.replaces(journal, key)
    assert replaces == final.entry.id
    assert find_duplicate(journal, api.get_order(ORDER), key, cleared=state.cleared[key]) is None
    resent = send(api, request, replaces=replaces, window=0, timeout=5)
    assert isinstance(resent, Shown)
    assert journal.get(replaces).state is SendState.FAILED  # superseded by the new row


def test_replacing_a_lost_send_that_did_land_sends_nothing(api, journal, sandbox):
    sandbox.faults.add("drop_after", "POST", "/invoice")  # VTEX applied it, the answer was lost
    assert isinstance(post(api, invoice_request(ORDER, invoice()), window=0), Failed)
    [row] = journal.pending_rows()
    outcome = post(api, invoice_request(ORDER, invoice()), replaces=row.id, window=0)
    assert isinstance(outcome, Settled) and outcome.verdict.verdict is Verdict.CONFIRMED
    assert len(journal.query()) == 1  # nothing posted again


def test_pending_inside_the_settle_window_waits(api, journal, sandbox):
    sandbox.faults.add("drop_before", "POST", "/invoice")
    post(api, invoice_request(ORDER, invoice()), window=60)
    state, key = LostSend(Operation.INVOICE), (STORE, ORDER, "NF1001")
    state.end(lost=key, generation=0)
    assert state.order_read(STORE, ORDER, loaded_generation=1) and state.start_check() == key
    final = state.check_done(key, check_rows(api, journal, key, Operation.INVOICE, window=60))
    assert final is not None and final.verdict is Verdict.PENDING and final.retry_in
    assert state.blocked(STORE, ORDER) == "pending" and state.checking
    assert state.replaces(journal, key) is None  # not known absent: the journal would refuse it


def test_duplicates_are_a_pure_function_of_order_and_journal(api, journal):
    key = (STORE, ORDER, "NF1001")
    order = api.get_order(ORDER)
    assert find_duplicate(journal, order, key) is None
    send(api, invoice_request(ORDER, invoice()), window=0, timeout=5)
    found = find_duplicate(journal, api.get_order(ORDER), key)
    assert found is not None and found.kind == "on-order"
    found = find_duplicate(journal, order, key)  # the order read before the send: the journal knows
    assert found is not None and found.kind == "confirmed" and found.entry is not None
    found = find_duplicate(journal, None, key)  # the journal alone (after its guard refused a send)
    assert found is not None and found.kind == "confirmed"


def test_tracking_number_and_events_settle_on_what_the_order_shows(api, journal):
    assert isinstance(send(api, invoice_request(ORDER, invoice()), window=0, timeout=5), Shown)
    info = TrackingInfo(tracking_number="BR123", courier="Correios", dispatched_date=ISSUED)
    shown = send(api, tracking_request(ORDER, "NF1001", info), window=0, timeout=5)
    assert isinstance(shown, Shown) and shown.order.package("NF1001").tracking_number == "BR123"
    status = TrackingStatus(
        is_delivered=False, events=[TrackingEvent(city="Campinas", state="SP", description="Em trânsito",
                                                  date=ISSUED.date())],
    )
    before = len(shown.order.package("NF1001").events)
    outcome = send(api, events_request(ORDER, "NF1001", status, before), window=0, timeout=5)
    assert isinstance(outcome, Shown)
    never = events_request(ORDER, "NF1001", status, before + 5)  # a predicate the order cannot meet
    assert not never.shown(outcome.order)
    late = send(api, tracking_request(ORDER, "NF1001", info.model_copy(update={"tracking_number": "BR9"})),
                window=0, timeout=0)
    assert isinstance(late, (Shown, NotYetShown))


def test_one_client_per_store_until_its_credentials_change(sandbox):
    vault = SecretVault(MemorySecretStore())
    factory = ApiFactory(vault, plain_http_client)
    profile = StoreProfile(id=STORE, account="sandbox", base_url=sandbox.base_url, session_only=True)
    with pytest.raises(StoreNotReady):
        factory.build(profile)
    vault.save(STORE, Credentials(sandbox.app_key, sandbox.app_token), session_only=True)
    first = factory.build(profile)
    assert factory.build(profile) is first  # built once: the keyring read once
    assert first.get_order(ORDER).order_id == ORDER
    factory.forget(STORE)  # Accounts saved new credentials, or removed the store
    assert factory.build(profile) is not first
    factory.close()


def test_the_cached_client_tells_each_call_its_own_retries(sandbox):
    vault = SecretVault(MemorySecretStore())
    vault.save(STORE, Credentials(sandbox.app_key, sandbox.app_token), session_only=True)
    factory = ApiFactory(vault, plain_http_client, retry=RetryPolicy(attempts=2, base_delay=0.0, max_delay=0.0, budget=5.0))
    profile = StoreProfile(id=STORE, account="sandbox", base_url=sandbox.base_url, session_only=True)
    heard: list[object] = []
    sandbox.faults.status(503, "GET")
    api = factory.build(profile, on_retry=heard.append)
    assert api.get_order(ORDER).order_id == ORDER and len(heard) == 1
    factory.quiet()  # that call is over
    sandbox.faults.status(503, "GET")
    assert factory.build(profile) is api and api.get_order(ORDER).order_id == ORDER
    assert len(heard) == 1  # the next call's retry went to nobody, not to the old listener
    factory.close()
