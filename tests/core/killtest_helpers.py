"""The kill tests' machinery: child processes read line by line, the sandbox host, the plan.

Shared by ``test_kill_journal.py`` (the kill test) and ``test_soak.py`` (issue 11's soak).
"""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from vtex_invoice_gui.vtex import Account, InvoiceNotification, OmsClient

ROOT = Path(__file__).resolve().parents[2]
KILLTEST = ROOT / "tests" / "killtest"


def child_env():
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


class Child:
    """A subprocess whose stdout lines are read on a thread, so waits can time out."""

    def __init__(self, args, env, stderr_path):
        self._stderr = open(stderr_path, "ab")  # noqa: SIM115 (closed in stop)
        self.proc = subprocess.Popen(
            [sys.executable, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
            text=True, env=env, cwd=ROOT,
        )
        self.lines: queue.Queue = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def expect(self, prefix, timeout=30.0):
        deadline = time.monotonic() + timeout
        while True:
            line = self.lines.get(timeout=max(deadline - time.monotonic(), 0.01))
            if line is None:
                raise AssertionError(f"process ended (rc={self.proc.wait()}) before {prefix!r}")
            if line.startswith(prefix):
                return line

    def send(self, text):
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def stop(self, kill=True):
        if kill and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=5)
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except (BrokenPipeError, OSError):
                pass
        self._stderr.close()


def start_host(tmp_path, env, latency, apply_delay):
    """The sandbox in its own process; ``host.command(text)`` talks to its control channel."""
    child = Child([str(KILLTEST / "sandbox_host.py"), "--latency", str(latency), "--apply-delay", str(apply_delay)],
                  env, tmp_path / "sandbox.stderr")
    values = dict(child.expect(key).split("=", 1) for key in ("base_url=", "app_key=", "app_token="))
    child.base_url, child.app_key, child.app_token = values["base_url"], values["app_key"], values["app_token"]

    def command(text):
        child.send(text)
        return json.loads(child.expect("{"))

    child.command = command
    return child


def stop_host(child):
    child.send("quit")
    child.stop(kill=False)


def host_client(host):
    return OmsClient(Account.sandbox(host.base_url), host.app_key, host.app_token)


def make_plan(host, per_order):
    """Up to ``per_order`` partial invoices (the last completes the value) for every order that can take them.

    Each invoice carries units the order still has to invoice (VTEX refuses more units of a SKU
    than were ordered), one unit on each but the last, which takes the rest.
    """
    plan = []
    with host_client(host) as oms:
        listed = oms.list_orders(per_page=100).orders
        orders = [oms.get_order(summary.order_id) for summary in listed]
    eligible = [o for o in orders if o.invoice_gate().can_invoice and not o.packages]
    assert len(eligible) >= 8
    for index, order in enumerate(eligible):
        units = [item for item in order.items for _ in range(item.quantity)]
        count = min(per_order, len(units))
        value = order.value
        parts = [value // count] * (count - 1)
        parts.append(value - sum(parts))
        shares = [units[n:n + 1] for n in range(count - 1)] + [units[count - 1:]]
        for n, (part, share) in enumerate(zip(parts, shares, strict=True), start=1):
            quantities = Counter(item.id for item in share)
            invoice = InvoiceNotification(
                issuance_date="2026-11-21T10:00:00-03:00", invoice_number=f"K{index:02d}N{n}", invoice_value=part,
                items=[{"id": sku, "price": part // sum(quantities.values()), "quantity": qty}
                       for sku, qty in quantities.items()],
            )
            plan.append({"order_id": order.order_id, "body": invoice.to_wire()})
    return plan


#: A line of a batch command's send progress (``[3/200] day/a.xml: sent receipt …``); the preview's
#: lines carry no status.
SENT_LINE = re.compile(r"^\[\d+/\d+\] .*: (sent|pending|failed|already-on-order|skipped)\b")


def run_command_killed(args: list[str], env: dict[str, str], kill_after: int | None = None) -> tuple[int, str]:
    """``python -m vtex_invoice_gui ARGS`` as the clerk runs it; SIGKILLed once ``kill_after`` rows
    are sent (None: run to the end). Returns its exit status and its stderr, each line timed."""
    start = time.monotonic()
    child = subprocess.Popen([sys.executable, "-m", "vtex_invoice_gui", *args], stderr=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, text=True, env=env)  # fmt: skip
    assert child.stderr is not None
    lines: list[str] = []
    finished = 0
    for line in child.stderr:
        lines.append(f"{time.monotonic() - start:7.2f} {line}")
        finished += SENT_LINE.match(line) is not None
        if kill_after is not None and finished >= kill_after:
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait(timeout=300)
    child.stderr.close()
    return child.returncode, "".join(lines)
