"""The clerk's side of the kill test: recover, then send a plan of invoices through the journal.

    python tests/killtest/sender.py --journal PATH --plan PLAN.json --base-url URL [--window S] [--read-timeout S]

The app key and token come from ``KILLTEST_APP_KEY`` / ``KILLTEST_APP_TOKEN`` (never argv). It
does what the app does at start-up: :func:`reconcile_all`, then :func:`resend` for every send found
absent. It prints ``recovered N`` and waits for a ``go`` line on stdin (so the test can check the
state after each restart), then sends every planned invoice the journal has not confirmed, printing
``sent NUMBER`` after each, and ``done`` at the end. A send whose answer is lost is reconciled on
the spot, like the UI does; every "not applied" comes after the settle window (``--window``, counted
from when the client gave up, or from when this process first saw a row an earlier one left). The
test SIGKILLs this process at random moments.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import httpx

from vtex_invoice_gui.journal import (
    DuplicateSendError,
    Journal,
    JournaledClient,
    Verdict,
    may_have_applied,
    reconcile_all,
    reconcile_entry,
    resend,
)
from vtex_invoice_gui.vtex import Account, InvoiceNotification, OmsClient, RetryPolicy, VtexError

MAX_TRIES = 8


def settle(client: JournaledClient, row_id: int, window: float) -> None:
    """Bring an unsettled row to confirmed: re-read, and send again only when absent."""
    journal = client.journal
    for _ in range(MAX_TRIES):
        try:
            outcome = resend(client, row_id, timeout=window)
        except VtexError as error:
            if not may_have_applied(error):
                raise
            successor = journal.successor(row_id)
            assert successor is not None, "a resend that raised must have journaled its new row"
            row_id = successor.id  # the new row is unknown: reconcile it in the next turn
            continue
        if outcome.verdict in (Verdict.RESENT, Verdict.CONFIRMED):
            return
        raise RuntimeError(f"cannot settle #{row_id}: {outcome.message}")
    raise RuntimeError(f"gave up settling #{row_id}")


def recover(client: JournaledClient, window: float) -> int:
    outcomes = reconcile_all(lambda store: client, client.journal, timeout=window)
    for outcome in outcomes:
        if outcome.verdict is Verdict.NOT_FOUND:
            settle(client, outcome.entry.id, window)
        elif outcome.verdict is not Verdict.CONFIRMED:
            raise RuntimeError(outcome.message)
    return len(outcomes)


def send_one(client: JournaledClient, order_id: str, invoice: InvoiceNotification, window: float) -> None:
    journal = client.journal
    if journal.latest_receipt(client.store, order_id, "invoice", invoice.invoice_number) is not None:
        return
    try:
        client.send_invoice(order_id, invoice)
    except DuplicateSendError as error:
        settle(client, error.existing.id, window)
    except VtexError as error:
        if not may_have_applied(error):
            raise
        [row] = [e for e in journal.pending_rows(client.store) if e.invoice_number == invoice.invoice_number
                 and e.order_id == order_id]
        outcome = reconcile_entry(client, journal, row, timeout=window)
        if outcome.verdict is Verdict.NOT_FOUND:
            settle(client, row.id, window)
        elif outcome.verdict is not Verdict.CONFIRMED:
            raise RuntimeError(outcome.message) from error
    print(f"sent {invoice.invoice_number}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--journal", required=True)
    parser.add_argument("--plan", required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--window", type=float, default=0.5, help="the settle window (s)")
    parser.add_argument("--read-timeout", type=float, default=30.0, help="the client's read timeout (s)")
    args = parser.parse_args()
    with open(args.plan, encoding="utf-8") as handle:
        plan = [(item["order_id"], InvoiceNotification.model_validate(item["body"])) for item in json.load(handle)]
    oms = OmsClient(
        Account.sandbox(args.base_url), os.environ["KILLTEST_APP_KEY"], os.environ["KILLTEST_APP_TOKEN"],
        retry=RetryPolicy(attempts=3, base_delay=0.05, max_delay=0.2, budget=2.0),
        timeout=httpx.Timeout(args.read_timeout, connect=5.0),
    )
    with Journal(args.journal) as journal, JournaledClient(oms, journal) as client:
        print(f"recovered {recover(client, args.window)}", flush=True)
        if sys.stdin.readline().strip() != "go":
            return 0
        for order_id, invoice in plan:
            send_one(client, order_id, invoice, args.window)
        print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
