"""Finding 4 of issue 11: a write answered by a 200 login page or broken JSON may have applied.

It is an ambiguous answer like a timeout: the journal keeps it unknown, reconciliation re-reads the
order and decides, and a send found absent can be sent again.
"""

from datetime import UTC, datetime

import pytest

from vtex_invoice_gui.journal import Journal, JournaledClient, SendState, Verdict, reconcile_entry, resend
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.vtex import (
    Account,
    InvalidResponseError,
    InvoiceNotification,
    OmsClient,
    RetryPolicy,
    UnreadableWriteAnswerError,
)

ORDER = "1368451243666-01"
INVOICE = InvoiceNotification(
    issuance_date=datetime(2026, 11, 20, 10, 0, tzinfo=UTC), invoice_number="NF1001", invoice_value=7980,
    items=[{"id": "7001", "price": 3990, "quantity": 2}],
)


@pytest.fixture
def sandbox():
    with Sandbox(latency=0.0, apply_delay=0.0) as sb:
        yield sb


@pytest.fixture
def client(sandbox, tmp_path):
    oms = OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token, retry=RetryPolicy(attempts=1))
    with Journal(tmp_path / "journal.sqlite3") as journal, JournaledClient(oms, journal) as client:
        yield client


def _posts(sandbox):
    return [r for r in sandbox.requests if r.method == "POST" and r.path.endswith("/invoice")]


@pytest.mark.parametrize("fault", ["login", "malformed_json"])
def test_finding_4_an_unreadable_answer_to_a_write_that_applied_is_confirmed_not_resent(client, sandbox, fault):
    sandbox.faults.add(fault, "POST", "/invoice", process=True)  # VTEX applied it, then answered badly
    with pytest.raises(InvalidResponseError) as raised:
        client.send_invoice(ORDER, INVOICE)
    assert isinstance(raised.value, UnreadableWriteAnswerError) and raised.value.may_have_applied
    assert "Reload the order" in raised.value.advice and "account name" not in raised.value.advice
    [row] = client.journal.query()
    assert row.state is SendState.UNKNOWN
    assert reconcile_entry(client, client.journal, row, timeout=0).verdict is Verdict.CONFIRMED
    assert len(_posts(sandbox)) == 1


@pytest.mark.parametrize("fault", ["login", "malformed_json"])
def test_finding_4_an_unreadable_answer_to_a_write_that_did_not_apply_can_be_resent(client, sandbox, fault):
    sandbox.faults.add(fault, "POST", "/invoice")  # answered badly without applying it
    with pytest.raises(UnreadableWriteAnswerError):
        client.send_invoice(ORDER, INVOICE)
    [row] = client.journal.query()
    assert reconcile_entry(client, client.journal, row, timeout=0).verdict is Verdict.NOT_FOUND
    outcome = resend(client, row.id, timeout=0)
    assert outcome.verdict is Verdict.RESENT and outcome.new_entry.state is SendState.CONFIRMED
    assert len(_posts(sandbox)) == 2


def test_an_unreadable_answer_to_a_read_is_not_ambiguous(client, sandbox):
    sandbox.faults.add("login", "GET", "/orders/")
    with pytest.raises(InvalidResponseError) as raised:
        client.get_order(ORDER)
    assert not raised.value.may_have_applied
