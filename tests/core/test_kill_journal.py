"""Kill test: a sender SIGKILLed at random moments, many times, never loses nor doubles an invoice.

The sandbox runs in its own process (``tests/killtest/sandbox_host.py``) with latency, so kills
land mid-request (the sandbox still processes what it received), plus queued faults: answers
dropped after processing, connections dropped before, 5xx before and after processing. After each
restart the sender reconciles (``tests/killtest/sender.py``); then this test checks, from the
sandbox's own record and its orders over HTTP, that every invoice was processed at most once,
exists exactly once when the journal says confirmed, and that every journal row is settled:
confirmed, or failed because it was absent and was re-sent as a row that is confirmed.
"""

import json
import random
import signal
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

import pytest

from killtest_helpers import KILLTEST, Child, child_env, host_client, make_plan, start_host, stop_host

from vtex_invoice_gui.journal import Journal, SendState
from vtex_invoice_gui.journal.reconcile import CONFIRMED_NOTE

# slow: 20 SIGKILL rounds against a sandbox with latency (~25 s); CI runs it, `-m "not slow"` skips it.
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

SEED = 20261121
ROUNDS = 20
FAULT_ROUNDS = 15  # faults are queued only early on, so every one is used by some send
LATENCY = 0.05
APPLY_DELAY = 0.1
WINDOW = 0.5
INVOICES_PER_ORDER = 5
FAULTS = (
    "POST /invoice:drop_after",
    "POST /invoice:drop_before",
    "POST /invoice:503",
    "POST /invoice:500:process=1",
)


@pytest.fixture
def env():
    return child_env()


@pytest.fixture
def host(tmp_path, env):
    child = start_host(tmp_path, env, LATENCY, APPLY_DELAY)
    yield child
    stop_host(child)


def check(journal_path, host, plan, *, final=False, apply_delay=APPLY_DELAY):
    """Assert the invariants after a restart and its reconciliation; return journal stats."""
    posts = host.command("posts")
    keys = [(item["order_id"], item["body"]["invoiceNumber"]) for item in plan]
    with Journal(journal_path) as journal:
        rows = journal.query(limit=1_000_000)
        successors = {row.resent_from: row for row in rows if row.resent_from is not None}
    wanted = defaultdict(set)
    for row in rows:
        if row.state is SendState.CONFIRMED:
            wanted[row.order_id].add(row.invoice_number)

    def read(order_id):
        # VTEX applies invoices asynchronously: give a just-confirmed one its apply window.
        order, _ = oms.wait_for(
            order_id, lambda o: wanted[order_id] <= {p.invoice_number for p in o.packages},
            timeout=apply_delay + 2.0, first_delay=0.05,
        )
        return order_id, [p.invoice_number for p in order.packages]

    with host_client(host) as oms, ThreadPoolExecutor(max_workers=8) as pool:
        packages = dict(pool.map(read, {order_id for order_id, _ in keys}))

    assert [r.id for r in rows if r.state not in (SendState.CONFIRMED, SendState.FAILED)] == []
    confirmed = defaultdict(list)
    for row in rows:
        if row.state is SendState.CONFIRMED:
            confirmed[(row.order_id, row.invoice_number)].append(row.id)
    assert {key: ids for key, ids in confirmed.items() if len(ids) > 1} == {}

    for key in keys:
        processed = posts.get(f"{key[0]}/{key[1]}", 0)
        on_order = packages[key[0]].count(key[1])
        assert processed <= 1, f"{key} was posted {processed} times"
        if key in confirmed:
            assert (processed, on_order) == (1, 1), key
        else:  # never processed: not on the order either
            assert (processed, on_order) == (0, 0), key
        if final:
            assert key in confirmed, f"{key} was never sent"

    for row in rows:
        if row.state is SendState.FAILED:  # honest only if absent and re-sent as a row that landed
            assert row.note and row.note.startswith("not applied; sent again as #"), row
            chain = row
            while chain.state is SendState.FAILED:
                chain = successors[chain.id]
                assert (chain.order_id, chain.invoice_number) == (row.order_id, row.invoice_number)
            assert chain.state is SendState.CONFIRMED
    return {
        "rows": len(rows),
        "confirmed_by_reread": sum(1 for r in rows if r.note == CONFIRMED_NOTE),
        "resent": sum(1 for r in rows if r.state is SendState.FAILED),
    }


def test_killing_the_sender_never_loses_nor_doubles_an_invoice(tmp_path, env, host):
    plan = make_plan(host, INVOICES_PER_ORDER)
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(json.dumps(plan), encoding="utf-8")
    journal_path = tmp_path / "data" / "journal.sqlite3"
    env = dict(env, KILLTEST_APP_KEY=host.app_key, KILLTEST_APP_TOKEN=host.app_token)
    args = [str(KILLTEST / "sender.py"), "--journal", str(journal_path), "--plan", str(plan_path),
            "--base-url", host.base_url, "--window", str(WINDOW)]
    rng = random.Random(SEED)
    recovered = 0
    for round_number in range(ROUNDS):
        sender = Child(args, env, tmp_path / "sender.stderr")
        try:
            recovered += int(sender.expect("recovered").split()[1])
            check(journal_path, host, plan)
            if round_number < FAULT_ROUNDS and rng.random() < 0.6:
                assert host.command(f"fault {rng.choice(FAULTS)}") == {"ok": True}
            sender.send("go")
            time.sleep(rng.uniform(0.0, 0.35))
        finally:
            sender.stop(kill=True)
        assert sender.proc.returncode in (-signal.SIGKILL, 0), (tmp_path / "sender.stderr").read_text()

    sender = Child(args, env, tmp_path / "sender.stderr")
    try:
        sender.expect("recovered")
        check(journal_path, host, plan)
        sender.send("go")
        sender.expect("done", timeout=60)
        sender.proc.wait(timeout=30)
    finally:
        sender.stop(kill=True)  # only if it is still running
    assert sender.proc.returncode == 0, (tmp_path / "sender.stderr").read_text()
    stats = check(journal_path, host, plan, final=True)
    # The kills and faults did hit requests in flight: some sends had to be settled by re-reading
    # the order, and some were found absent and sent again.
    assert recovered > 0
    assert stats["confirmed_by_reread"] > 0 and stats["resent"] > 0, stats
    # Nothing secret reached the journal's folder.
    for path in journal_path.parent.rglob("*"):
        assert path.is_dir() or host.app_token.encode() not in path.read_bytes()
