"""Finding 2 of issue 11: two processes on one data folder never post the same invoice twice.

A second process (a subprocess here, the way a second desk or a batch command would run) owns a
row whose request is still in flight; this process must not settle, supersede or re-send it while
that process lives, and may once it is dead. A second desk on the same folder is refused, naming
the first.
"""

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vtex_invoice_gui.journal import (
    DuplicateSendError,
    Journal,
    JournaledClient,
    JournalStateError,
    SendState,
    Verdict,
    reconcile_all,
    resend,
)
from vtex_invoice_gui.journal.owner import DeskAlreadyRunning, DeskLock
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.vtex import Account, InvoiceNotification, OmsClient, RetryPolicy

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

ROOT = Path(__file__).resolve().parents[2]
ORDER = "1368451243666-01"
INVOICE = InvoiceNotification(
    issuance_date=datetime(2026, 11, 20, 10, 0, tzinfo=UTC), invoice_number="NF1001", invoice_value=7980,
    items=[{"id": "7001", "price": 3990, "quantity": 2}],
)
# The other process: journals an invoice as sent (its slow request is out) and waits, or holds
# the desk lock of the folder; it prints a line when ready and lives until stdin closes.
SENDER = textwrap.dedent("""
    import json, sys
    from vtex_invoice_gui.journal import Journal
    journal = Journal(sys.argv[1])
    row = journal.begin("sandbox", sys.argv[2], "invoice", invoice_number="NF1001", body=json.loads(sys.argv[3]))
    journal.mark_sent(row.id)
    print(row.id, flush=True)
    sys.stdin.read()
""")
DESK = textwrap.dedent("""
    import sys
    from pathlib import Path
    from vtex_invoice_gui.journal.owner import DeskLock
    DeskLock(Path(sys.argv[1])).acquire()
    print("locked", flush=True)
    sys.stdin.read()
""")


def _spawn(code, *args):
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-c", code, *map(str, args)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    line = proc.stdout.readline().strip()
    assert line, f"the other process did not start (rc={proc.poll()})"
    return proc, line


def _kill(proc):
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdin.close()
    proc.stdout.close()


@pytest.fixture
def sandbox():
    with Sandbox(latency=0.0, apply_delay=0.0) as sb:
        yield sb


def _posts(sandbox):
    return [r for r in sandbox.requests if r.method == "POST" and r.path.endswith("/invoice")]


def test_finding_2_a_row_another_live_process_owns_is_left_to_it(tmp_path, sandbox):
    path = tmp_path / "data" / "journal.sqlite3"
    path.parent.mkdir()
    other, row_id = _spawn(SENDER, path, ORDER, json.dumps(INVOICE.to_wire()))
    row_id = int(row_id)
    try:
        oms = OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token,
                        retry=RetryPolicy(attempts=1))
        with Journal(path) as journal, JournaledClient(oms, journal) as client:
            [outcome] = reconcile_all(lambda store: client, journal, timeout=0, wait=0)
            assert outcome.verdict is Verdict.SKIPPED
            assert f"process {other.pid} on " in outcome.message and "another program" in outcome.message
            assert resend(client, row_id, timeout=0).verdict is Verdict.SKIPPED
            with pytest.raises(DuplicateSendError):
                client.send_invoice(ORDER, INVOICE, force=True)
            with pytest.raises(JournalStateError):
                client.send_invoice(ORDER, INVOICE, force=True, resend_of=row_id)
            assert journal.get(row_id).state is SendState.SENT
            assert _posts(sandbox) == []

            _kill(other)  # the owner dies (its request never reached VTEX): the row is fair game now
            [outcome] = reconcile_all(lambda store: client, journal, timeout=0, wait=0)
            assert outcome.verdict is Verdict.NOT_FOUND
            assert journal.get(row_id).owner == journal.owner.token  # claimed
            assert resend(client, row_id, timeout=0).verdict is Verdict.RESENT
        assert len(_posts(sandbox)) == 1
    finally:
        _kill(other)


def test_finding_2_a_second_desk_on_the_same_data_folder_is_refused_and_names_the_first(tmp_path):
    folder = tmp_path / "data"
    first, _ = _spawn(DESK, folder)
    try:
        with pytest.raises(DeskAlreadyRunning) as refused:
            DeskLock(folder).acquire()
        message = str(refused.value)
        assert f"process {first.pid} on " in message and "already using this data folder" in message
        assert refused.value.info.pid == first.pid and refused.value.info.started
    finally:
        _kill(first)
    DeskLock(folder).acquire().release()  # released by the OS when the first desk died


def test_one_process_may_open_its_folder_twice(tmp_path):
    first = DeskLock(tmp_path).acquire()
    second = DeskLock(tmp_path).acquire()
    first.release()
    second.release()
