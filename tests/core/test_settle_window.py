"""Finding 1 of issue 11: VTEX slower than the settle window.

The window starts when the client gave up (the ambiguous error came back), on the monotonic clock
(injected here), lasts the read timeout plus minutes of apply time, and while it runs the verdict
is *pending*: nothing is re-sent. Rows this process did not give up on itself get a full window
from when it first looks. The sandbox applies "later" when the test calls ``apply_pending()``.
"""

import sqlite3
import time
from datetime import UTC, datetime

import httpx
import pytest

from vtex_invoice_gui.journal import Journal, JournaledClient, SendState, Verdict, reconcile_all, reconcile_entry, resend
from vtex_invoice_gui.journal.window import DEFAULT_SETTLE_WINDOW_S, settle_window
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.vtex import Account, InvoiceNotification, OmsClient, OutcomeUnknownError, RetryPolicy

ORDER = "1368451243666-01"  # handling; SKU 7001 2 x 39,90
READ_TIMEOUT = 0.3
WINDOW = settle_window(30.0, 180.0)  # the desk's default: read timeout + 3 minutes


class Clock:
    """A monotonic clock the test moves; ``sleep`` advances it instead of waiting."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def sandbox():
    with Sandbox(latency=0.0, apply_delay=3600.0) as sb:  # applied only when the test says so
        yield sb


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def journal(tmp_path, clock):
    with Journal(tmp_path / "journal.sqlite3", clock=clock) as journal:
        yield journal


def invoice():
    return InvoiceNotification(
        issuance_date=datetime(2026, 11, 20, 10, 0, tzinfo=UTC), invoice_number="NF1001", invoice_value=7980,
        items=[{"id": "7001", "price": 3990, "quantity": 2}],
    )


def _posts(sandbox):
    return [r for r in sandbox.requests if r.method == "POST" and r.path.endswith("/invoice")]


def _apply_when_processed(sandbox):
    """Apply the delayed POST once the sandbox has processed it (it sleeps past our read timeout)."""
    deadline = time.monotonic() + 10
    while not sandbox.apply_pending():
        assert time.monotonic() < deadline, "the sandbox never processed the POST"
        time.sleep(0.05)


def _oms(sandbox):
    return OmsClient(Account.sandbox(sandbox.base_url), sandbox.app_key, sandbox.app_token,
                     retry=RetryPolicy(attempts=1), timeout=httpx.Timeout(READ_TIMEOUT))


@pytest.fixture
def client(sandbox, journal):
    with JournaledClient(_oms(sandbox), journal) as client:
        yield client


def test_the_default_window_is_the_read_timeout_plus_minutes():
    assert DEFAULT_SETTLE_WINDOW_S == settle_window() >= 30 + 120


def test_finding_1_post_timing_out_at_the_read_timeout_then_applied_later_is_never_resent(
    client, journal, sandbox, clock
):
    sandbox.faults.add("delay", "POST", "/invoice", seconds=READ_TIMEOUT * 3)  # processed after we gave up
    with pytest.raises(OutcomeUnknownError):
        client.send_invoice(ORDER, invoice())
    [row] = journal.query()
    for elapsed in (1, 30, 60, 100):  # 191 s after giving up; the old 10 s window said "absent" at once
        clock.now += elapsed
        outcome = reconcile_entry(client, journal, row, timeout=WINDOW, wait=0)
        assert outcome.verdict is Verdict.PENDING, outcome.message
        assert outcome.message.startswith(f"VTEX has not shown invoice NF1001 of order {ORDER} (#{row.id}) yet")
        assert 0 < outcome.retry_in <= WINDOW
        assert resend(client, row.id, timeout=WINDOW, wait=0).verdict is Verdict.PENDING
    assert journal.get(row.id).state is SendState.UNKNOWN
    _apply_when_processed(sandbox)  # VTEX shows it at last, minutes later
    assert reconcile_entry(client, journal, row, timeout=WINDOW, wait=0).verdict is Verdict.CONFIRMED
    assert len(_posts(sandbox)) == 1


def test_finding_1_answer_dropped_and_applied_after_12_s_is_confirmed_not_resent(client, journal, sandbox, clock):
    sandbox.faults.add("drop_after", "POST", "/invoice")
    with pytest.raises(OutcomeUnknownError):
        client.send_invoice(ORDER, invoice())
    [row] = journal.query()
    clock.now += 11.9
    assert reconcile_all(lambda store: client, journal, timeout=WINDOW, wait=0)[0].verdict is Verdict.PENDING
    clock.now += 0.2  # 12 s after the answer was lost
    sandbox.apply_pending()
    assert resend(client, row.id, timeout=WINDOW, wait=0).verdict is Verdict.CONFIRMED
    assert len(_posts(sandbox)) == 1


def test_finding_1_a_wall_clock_jump_of_an_hour_does_not_end_the_window(client, journal, sandbox, clock):
    sandbox.faults.add("drop_before", "POST", "/invoice")
    with pytest.raises(OutcomeUnknownError):
        client.send_invoice(ORDER, invoice())
    [row] = journal.query()
    with sqlite3.connect(journal.path) as conn:  # the computer's clock jumps +1 h: every stored time is 1 h old
        conn.execute("UPDATE sends SET sent_at = datetime(sent_at, '-1 hour'), created_at = datetime(created_at, "
                     "'-1 hour') WHERE id = ?", (row.id,))
    outcome = resend(client, row.id, timeout=WINDOW, wait=0)
    assert outcome.verdict is Verdict.PENDING
    assert len(_posts(sandbox)) == 1  # the lost one only


def test_finding_1_not_applied_only_from_a_read_after_the_window_then_resend(client, journal, sandbox, clock):
    sandbox.faults.add("drop_before", "POST", "/invoice")
    with pytest.raises(OutcomeUnknownError):
        client.send_invoice(ORDER, invoice())
    [row] = journal.query()
    clock.now += WINDOW - 0.5
    assert reconcile_entry(client, journal, row, timeout=WINDOW, wait=0).verdict is Verdict.PENDING
    clock.now += 0.5
    sandbox.clear_requests()
    outcome = resend(client, row.id, timeout=WINDOW, wait=0)
    assert outcome.verdict is Verdict.RESENT  # the final re-read found nothing: posted again
    assert [r.method for r in sandbox.requests] == ["GET", "POST"]


def test_finding_1_rows_from_an_earlier_process_get_a_full_window_from_first_sight(sandbox, tmp_path, clock):
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as earlier, JournaledClient(_oms(sandbox), earlier) as gone:
        sandbox.faults.add("drop_before", "POST", "/invoice")
        with pytest.raises(OutcomeUnknownError):
            gone.send_invoice(ORDER, invoice())
    with sqlite3.connect(path) as conn:  # and its wall-clock times say "long ago"
        conn.execute("UPDATE sends SET sent_at = '2026-01-01T00:00:00.000000+00:00'")
    with Journal(path, clock=clock) as journal, JournaledClient(_oms(sandbox), journal) as client:
        [row] = journal.pending_rows()
        assert reconcile_entry(client, journal, row, timeout=WINDOW, wait=0).verdict is Verdict.PENDING
        clock.now += WINDOW / 2
        assert resend(client, row.id, timeout=WINDOW, wait=0).verdict is Verdict.PENDING
        clock.now += WINDOW / 2
        assert resend(client, row.id, timeout=WINDOW, wait=0).verdict is Verdict.RESENT
    assert len(_posts(sandbox)) == 2


def test_finding_1_waiting_mode_rereads_with_backoff_until_the_window_closes(client, journal, sandbox, clock):
    sandbox.faults.add("drop_before", "POST", "/invoice")
    with pytest.raises(OutcomeUnknownError):
        client.send_invoice(ORDER, invoice())
    [row] = journal.query()
    sandbox.clear_requests()
    start = clock.now
    outcome = reconcile_entry(client, journal, row, timeout=WINDOW, sleep=clock.sleep)
    assert outcome.verdict is Verdict.NOT_FOUND
    assert clock.now - start >= WINDOW  # the deciding read came after the whole window
    reads = len(sandbox.requests)
    assert 5 <= reads <= 20  # backoff: neither one read nor a flood


def test_the_apply_time_is_a_setting_kept_within_minutes(tmp_path):
    from vtex_invoice_gui import settings as settings_module
    from vtex_invoice_gui.journal import window
    from vtex_invoice_gui.settings import Settings, SettingsFile

    assert settings_module.DEFAULT_APPLY_TIME_S == window.DEFAULT_APPLY_TIME_S
    path = tmp_path / "settings.json"
    path.write_text('{"apply_time_s": 600}', encoding="utf-8")
    assert SettingsFile(path).load().apply_time_s == 600
    assert Settings.model_validate({"apply_time_s": 5}).apply_time_s == 60  # never less than a minute
    assert Settings.model_validate({"apply_time_s": "soon"}).apply_time_s == window.DEFAULT_APPLY_TIME_S
