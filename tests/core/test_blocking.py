"""Calls that may never return: bounded waits on daemon threads (findings 7 and 8 of issue 11)."""

from __future__ import annotations

import threading

import pytest

from vtex_invoice_gui.blocking import CallTimedOut, DaemonPool, call_with_timeout


def test_call_with_timeout_returns_the_result_or_the_exception() -> None:
    assert call_with_timeout(lambda a, b: a + b, 2, 3, timeout=10) == 5
    with pytest.raises(KeyError):
        call_with_timeout(lambda: {}["x"], timeout=10)


def test_finding_7_a_call_that_never_returns_is_abandoned_on_a_daemon_thread() -> None:
    release = threading.Event()
    with pytest.raises(CallTimedOut) as caught:
        call_with_timeout(release.wait, timeout=0.05, what="hang")
    assert caught.value.thread.daemon and caught.value.thread.is_alive()
    release.set()
    caught.value.thread.join(timeout=10)


def test_finding_8_a_stuck_job_does_not_hold_up_the_others_and_waiting_is_bounded() -> None:
    pool = DaemonPool("test-files")  # a thread per job
    release = threading.Event()
    done = threading.Event()
    pool.start(release.wait)  # stuck (a FIFO with no writer)
    pool.start(done.set)
    assert done.wait(10)
    assert not pool.wait(0.05)  # the stuck one is still running: the wait gives up
    release.set()
    assert pool.wait(10) and pool.active == 0


def test_a_limited_pool_runs_jobs_in_order_and_clear_drops_the_queued_ones() -> None:
    pool = DaemonPool("test-network", max_threads=1)
    release = threading.Event()
    ran: list[int] = []
    pool.start(release.wait)
    for n in range(3):
        pool.start(lambda n=n: ran.append(n))
    assert pool.active == 4
    assert pool.clear() == 3
    release.set()
    assert pool.wait(10)
    pool.start(lambda: ran.append(9))
    assert pool.wait(10) and ran == [9]
