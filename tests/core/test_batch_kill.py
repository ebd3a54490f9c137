"""A day of 200 NF-e sent by ``batch invoices`` against a misbehaving sandbox, killed mid-batch and
run again: every order gets exactly the invoices it should, once (issue 14, "done when").

The sandbox runs in this process with latency, a slow apply and queued faults (429s, answers lost
after processing, 5xx after processing); the command runs as
the clerk would, in a child process, SIGKILLed after some rows, then run again until done. What
VTEX processed is counted where the sandbox's state changes, not from what the client saw.
"""

from __future__ import annotations

import random
import signal
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from batch_helpers import SEED_IDS, nfe_for, write_day
from killtest_helpers import run_command_killed
from test_batch_cli import sandbox_env
from test_batch_send import invoices_on, report_rows

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.settings import Settings, SettingsFile
from vtex_invoice_gui.vtex import Order

pytestmark = [
    pytest.mark.slow,  # ~1 min: a run, a kill, a resume (2.5 min when the kill cuts a request VTEX never got)
    pytest.mark.timeout(600),
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

FILES = 200
KILL_AFTER = 60  # rows finished before the first run is killed
TO_INVOICE = ("ready-for-handling", "handling")
FAULTS = (
    ("status", {"status": 429, "retry_after": 0.3}),
    ("drop_after", {}),  # processed, answer lost: never posted again
    ("status", {"status": 500, "process": True}),  # processed, then a 5xx: never posted again
)
# A send VTEX never got (a 5xx before processing, a dropped connection) is sent again only after its
# settle window (90 s at least from the command line): test_batch_send.py covers it with a short one.


class ProcessedPosts:
    """POST /invoice calls the sandbox's store accepted, per ``order/number``."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._post = sandbox.store.post_invoice
        sandbox.store.post_invoice = self._counting  # type: ignore[method-assign]

    def _counting(self, ref: str, body: Any) -> dict[str, str]:
        receipt = self._post(ref, body)
        with self._lock:
            self.counts[f"{ref}/{body.get('invoiceNumber')}"] += 1
        return receipt


def run_batch(folder: Path, report: Path, env: dict[str, str], *, kill_after: int | None = None) -> tuple[int, str]:
    args = ["batch", "invoices", str(folder), "--report", str(report), "--base-url", env["BASE_URL"]]
    return run_command_killed(args, env, kill_after)


def test_a_killed_batch_resumes_and_every_order_gets_its_invoice_once(tmp_path: Path) -> None:
    rng = random.Random(20261205)
    with Sandbox(latency=0.02, apply_delay=0.3, extra_orders=1800) as sandbox:
        processed = ProcessedPosts(sandbox)
        folder = tmp_path / "day"
        folder.mkdir()
        write_day(folder)  # returns, a duplicate, homologation, broken, unmatched files among them
        orders = [Order.model_validate(o) for o in sandbox.orders.values() if o["status"] in TO_INVOICE]
        orders = [o for o in orders if o.remaining_cents > 0 and o.order_id not in SEED_IDS.values()]
        rng.shuffle(orders)
        generated: dict[str, tuple[str, str]] = {}
        number = 70000
        for order in orders:
            left = [i for i, q in order.remaining_quantities().items() if q > 0]
            # every other order with two lines or more is invoiced in two parts: two files, one order
            parts = [[left[0]], left[1:]] if len(left) > 1 and number % 2 else [None]
            for lines in parts:
                number += 1
                name = f"gen-{number}.xml"
                (folder / name).write_bytes(nfe_for(order, number, lines=lines, info=f"Pedido {order.order_id}"))
                generated[name] = (order.order_id, str(number))
            if len(generated) >= FILES:
                break
        assert len(generated) >= FILES and len({o for o, _ in generated.values()}) < len(generated)
        for kind, options in FAULTS * 3:
            sandbox.faults.add(kind, "POST", "/invoice", **options)

        home = tmp_path / "home"
        home.mkdir()
        SettingsFile(home / "settings.json").save(Settings(apply_time_s=1))
        env = {**sandbox_env(sandbox, home), "BASE_URL": sandbox.base_url}
        report = tmp_path / "report.csv"

        code, said = run_batch(folder, report, env, kill_after=KILL_AFTER)
        assert code == -signal.SIGKILL, said
        for _ in range(3):  # run again until nothing is pending (a lost answer settles after its window)
            code, said = run_batch(folder, report, env)
            rows = report_rows(report)
            if not any(rows[f"{folder}/{name}"]["status"] == "pending" for name in generated):
                break
        statuses = {name: rows[f"{folder}/{name}"]["status"] for name in generated}
        assert set(statuses.values()) <= {"sent", "already-on-order"}, said

        for name, (order_id, number) in generated.items():
            assert invoices_on(sandbox, order_id)[number] == 1, name  # on the order exactly once
            assert processed.counts[f"{order_id}/{number}"] == 1, name  # and VTEX processed it once
        assert all(count == 1 for count in processed.counts.values()), processed.counts
        assert not sandbox.faults.pending()  # every fault was met by some send
