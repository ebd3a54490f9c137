"""The ``--demo`` store in a process of its own (``vtex_invoice_gui.demo_store``): it serves the
sandbox's orders, says clearly why when it cannot start, and never outlives its desk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from vtex_invoice_gui import demo_store
from vtex_invoice_gui.demo_store import DemoStoreError, DemoStoreProcess
from vtex_invoice_gui.sandbox import REALISTIC_APPLY_DELAY, SEED_IDS
from vtex_invoice_gui.vtex import Account
from vtex_invoice_gui.vtex.client import OmsClient


def _gone(pid: int, within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        try:  # ended, but its parent died and nobody reaped it (a container's init may not)
            with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True
        except OSError:
            pass
        try:  # our own child: reap it, or it lingers as a zombie
            if os.waitpid(pid, os.WNOHANG) != (0, 0):
                return True
        except ChildProcessError:
            pass
        time.sleep(0.05)
    return False


def test_it_serves_the_sandbox_orders_from_another_process() -> None:
    store = DemoStoreProcess(extra_orders=20).start()
    try:
        assert store.running and store.pid != os.getpid()
        assert store.base_url.startswith("http://127.0.0.1:") and store.account == "sandbox"
        assert store.apply_delay == REALISTIC_APPLY_DELAY
        with OmsClient(Account.sandbox(store.base_url), store.app_key, store.app_token) as client:
            assert client.get_order(SEED_IDS["handling"]).status == "handling"
            assert client.list_orders(per_page=1).paging.total == 28 + 20  # the seed and the demo day
    finally:
        store.stop()
    assert not store.running and _gone(store.pid)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_it_ends_when_its_desk_dies() -> None:
    desk = (
        "import sys\n"
        "from vtex_invoice_gui.demo_store import DemoStoreProcess\n"
        "store = DemoStoreProcess().start()\n"
        "print(store.pid, flush=True)\n"
        "sys.stdin.read()\n"
    )
    with subprocess.Popen([sys.executable, "-c", desk], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as proc:
        try:
            store_pid = int(proc.stdout.readline())
            os.kill(store_pid, 0)  # serving
            proc.send_signal(signal.SIGKILL)  # no closers run: only the system closes the pipe
            proc.wait(10)
            assert _gone(store_pid)
        finally:
            proc.kill()


def test_a_store_that_fails_says_how_it_ended(monkeypatch: pytest.MonkeyPatch) -> None:
    failing = [sys.executable, "-c", "import sys; print('cannot bind', file=sys.stderr); sys.exit(3)"]
    monkeypatch.setattr(demo_store, "store_command", lambda: failing)
    with pytest.raises(DemoStoreError, match=r"did not start: it ended with exit code 3\. It said: cannot bind"):
        DemoStoreProcess().start()


def test_a_silent_store_is_given_up_on(monkeypatch: pytest.MonkeyPatch) -> None:
    silent = [sys.executable, "-c", "import time; time.sleep(60)"]
    monkeypatch.setattr(demo_store, "store_command", lambda: silent)
    store = DemoStoreProcess()
    with pytest.raises(DemoStoreError, match=r"did not answer within 0\.5 s"):
        store.wait_ready(timeout=0.5)
    assert not store.running and _gone(store.pid)


def test_a_real_stores_credentials_stay_out_of_its_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """``VTEX_APP_KEY``/``VTEX_APP_TOKEN`` (a real store given on the command line) never reach it."""
    fields = "base_url={0}\\napp_key={1}\\napp_token=t\\naccount=sandbox\\napply_delay=0"
    reporter = [
        sys.executable, "-c",
        "import os, sys\n"
        f"print('{fields}'.format(os.environ.get('VTEX_APP_KEY', 'none'), os.environ.get('VTEX_APP_TOKEN', 'none')))\n"
        "sys.stdout.flush(); sys.stdin.read()\n",
    ]
    monkeypatch.setattr(demo_store, "store_command", lambda: reporter)
    monkeypatch.setenv("VTEX_APP_KEY", "vtexappkey-real-KEY")
    monkeypatch.setenv("VTEX_APP_TOKEN", "REALTOKEN")
    store = DemoStoreProcess().start()
    store.stop()
    assert (store.base_url, store.app_key) == ("none", "none")


def test_the_bundle_runs_its_own_sandbox_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert demo_store.store_command() == [sys.executable, "sandbox"]
    monkeypatch.delattr(sys, "frozen")
    assert demo_store.store_command() == [sys.executable, "-m", "vtex_invoice_gui.sandbox"]
