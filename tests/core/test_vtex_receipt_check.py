"""Issue 17, point 10: a receipt for another order is no confirmation (Prism answers a static one)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from vtex_invoice_gui.journal import Journal, JournaledClient, SendState, Verdict, reconcile_entry
from vtex_invoice_gui.sandbox import SEED_IDS, Sandbox
from vtex_invoice_gui.vtex import (
    Account,
    InvoiceNotification,
    OmsClient,
    ReceiptMismatchError,
    RetryPolicy,
    TrackingInfo,
)

ORDER = SEED_IDS["handling"]
STATIC = json.dumps({"date": "2024-02-07T15:22:56.7612218-02:00", "orderId": "123543123",
                     "receipt": "38e0e47da2934847b489216d208cfd91"})


@pytest.fixture
def sandbox():
    with Sandbox(latency=0.0, apply_delay=0.0) as sb:
        yield sb


@pytest.fixture
def oms(sandbox):
    with OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token,
                   retry=RetryPolicy(attempts=1)) as client:
        yield client


def full_invoice(oms: OmsClient, number: str = "NF-17-10") -> InvoiceNotification:
    order = oms.get_order(ORDER)
    return InvoiceNotification(issuance_date=datetime(2026, 11, 21, 13, 0, tzinfo=UTC), invoice_number=number,
                               invoice_value=order.remaining_cents, items=order.suggested_invoice_items())


def static_receipt(sandbox: Sandbox, method: str, path: str) -> None:
    """The write is processed, but the answer is the spec's example receipt (as Prism sends)."""
    sandbox.faults.add("status", method, path, status=200, body=STATIC, process=True)


def test_finding_10_a_receipt_for_another_order_raises_a_distinct_error(oms, sandbox):
    invoice = full_invoice(oms)
    static_receipt(sandbox, "POST", "/invoice")
    with pytest.raises(ReceiptMismatchError) as caught:
        oms.send_invoice(ORDER, invoice)
    error = caught.value
    assert (error.expected_order_id, error.received_order_id) == (ORDER, "123543123")
    assert error.may_have_applied and error.status == 200
    assert "123543123" in error.details()


def test_finding_10_tracking_receipts_are_checked_too(oms, sandbox):
    invoiced = SEED_IDS["invoiced_no_tracking"]
    number = oms.get_order(invoiced).packages[0].invoice_number
    static_receipt(sandbox, "PATCH", f"/invoice/{number}")
    with pytest.raises(ReceiptMismatchError):
        oms.update_tracking_number(invoiced, number, TrackingInfo(tracking_number="QB1BR"))


def test_finding_10_the_journal_keeps_it_unknown_and_reconciliation_rereads_the_order(oms, sandbox, tmp_path):
    with Journal(tmp_path / "journal.sqlite3") as journal:
        client = JournaledClient(oms, journal)
        invoice = full_invoice(oms)
        static_receipt(sandbox, "POST", "/invoice")
        with pytest.raises(ReceiptMismatchError):
            client.send_invoice(ORDER, invoice)
        [entry] = journal.query()
        assert entry.state is SendState.UNKNOWN  # not shown or kept as confirmed
        assert entry.receipt is None
        sandbox.clear_requests()
        outcome = reconcile_entry(client, journal, entry, timeout=0)
        assert [r.method for r in sandbox.requests][:1] == ["GET"]  # the order was re-read
        assert outcome.verdict is Verdict.CONFIRMED  # the invoice did land on the order sent
        assert journal.get(entry.id).state is SendState.CONFIRMED


def test_finding_10_a_matching_receipt_is_still_a_plain_confirmation(oms, sandbox):
    receipt = oms.send_invoice(ORDER, full_invoice(oms))
    assert receipt.order_id == ORDER
