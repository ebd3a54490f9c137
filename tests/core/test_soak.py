"""Issue 11's soak: 100 SIGKILLs while VTEX applies invoices later than the client's read timeout.

The sandbox (its own process) applies every invoice ``APPLY_DELAY`` after processing it, longer
than the sender's ``READ_TIMEOUT``, and queued faults drop answers after processing, drop
connections before it, hold a POST past the read timeout before processing it (so VTEX applies it
well after the client gave up), answer 5xx, and answer a login page or broken JSON after
processing. The sender (``tests/killtest/sender.py``) is SIGKILLed at random moments 100 times; each
restart reconciles with the settle window ``WINDOW`` (read timeout + apply time). After every
round no invoice may have been processed twice; at the end every planned invoice is on its order
exactly once. The figures are printed (``-s``) for the lead's report.
"""

import json
import random
import signal
import time

import pytest
from killtest_helpers import KILLTEST, Child, child_env, make_plan, start_host, stop_host
from test_kill_journal import check

from vtex_invoice_gui.journal import Journal, SendState

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(600),
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

SEED = 20261204
KILLS = 100
LATENCY = 0.05
READ_TIMEOUT = 0.25
APPLY_DELAY = 0.5  # twice the read timeout
WINDOW = READ_TIMEOUT + 0.75  # the settle window: read timeout + apply time (> the latest apply)
INVOICES_PER_ORDER = 12
FAULT_CHANCE = 0.6
FAULTS = (
    "POST /invoice:drop_after",
    "POST /invoice:drop_after",
    "POST /invoice:drop_before",
    f"POST /invoice:delay:seconds={READ_TIMEOUT + 0.15}",  # processed after the client gave up
    "POST /invoice:503",
    "POST /invoice:500:process=1",
    "POST /invoice:login:process=1",
    "POST /invoice:malformed_json:process=1",
)


def test_soak_100_kills_while_vtex_applies_later_than_the_read_timeout(tmp_path):
    env = child_env()
    host = start_host(tmp_path, env, LATENCY, APPLY_DELAY)
    try:
        _soak(tmp_path, env, host)
    finally:
        stop_host(host)


def _soak(tmp_path, env, host):
    plan = make_plan(host, INVOICES_PER_ORDER)
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(json.dumps(plan), encoding="utf-8")
    journal_path = tmp_path / "data" / "journal.sqlite3"
    env = dict(env, KILLTEST_APP_KEY=host.app_key, KILLTEST_APP_TOKEN=host.app_token)
    args = [str(KILLTEST / "sender.py"), "--journal", str(journal_path), "--plan", str(plan_path),
            "--base-url", host.base_url, "--window", str(WINDOW), "--read-timeout", str(READ_TIMEOUT)]
    rng = random.Random(SEED)
    kills = 0
    started = time.monotonic()
    while kills < KILLS:
        sender = Child(args, env, tmp_path / "sender.stderr")
        try:
            sender.expect("recovered", timeout=120)
            doubles = {key: n for key, n in host.command("posts").items() if n > 1}
            assert doubles == {}, f"posted twice after {kills} kills: {doubles}"
            if rng.random() < FAULT_CHANCE:
                assert host.command(f"fault {rng.choice(FAULTS)}") == {"ok": True}
            sender.send("go")
            time.sleep(rng.uniform(0.0, 0.3))
        finally:
            alive = sender.proc.poll() is None
            sender.stop(kill=True)
        assert sender.proc.returncode in (-signal.SIGKILL, 0), (tmp_path / "sender.stderr").read_text()
        kills += alive and sender.proc.returncode == -signal.SIGKILL

    host.command("posts")
    sender = Child(args, env, tmp_path / "sender.stderr")
    try:
        sender.expect("recovered", timeout=120)
        sender.send("go")
        sender.expect("done", timeout=300)
        sender.proc.wait(timeout=30)
    finally:
        sender.stop(kill=True)
    assert sender.proc.returncode == 0, (tmp_path / "sender.stderr").read_text()
    stats = check(journal_path, host, plan, final=True, apply_delay=APPLY_DELAY)

    posts = host.command("posts")
    keys = [f"{item['order_id']}/{item['body']['invoiceNumber']}" for item in plan]
    with Journal(journal_path) as journal:
        rows = journal.query(limit=1_000_000)
    figures = {
        "kills": kills,
        "invoices": len(keys),
        "sends": sum(row.attempts > 0 for row in rows),  # rows whose request went out
        "posts_applied": sum(posts.values()),
        "confirmed": sum(row.state is SendState.CONFIRMED for row in rows),
        "confirmed_by_reread": stats["confirmed_by_reread"],
        "resent": stats["resent"],
        "lost": sum(posts.get(key, 0) == 0 for key in keys),
        "doubles": sum(posts.get(key, 0) > 1 for key in keys),
        "seconds": round(time.monotonic() - started),
    }
    print("\nsoak figures: " + json.dumps(figures))
    assert figures["kills"] == KILLS
    assert figures["lost"] == 0 and figures["doubles"] == 0, figures
    assert figures["confirmed_by_reread"] > 0 and figures["resent"] > 0, figures  # the faults did bite
