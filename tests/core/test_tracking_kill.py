"""A carrier's spreadsheet sent by ``batch tracking``, killed mid-run and run again: every invoice
gets its tracking number, and VTEX processes each PATCH once (issue 15, "done when").

The sandbox runs in this process with latency, a slow apply and queued faults (a 429, a 5xx
before processing, an answer lost after processing); the command runs as the clerk would, in a
child process, SIGKILLed after some rows, then run again. What VTEX processed is counted where
the sandbox's state changes.
"""

from __future__ import annotations

import signal
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from killtest_helpers import run_command_killed
from test_batch_cli import sandbox_env

from vtex_invoice_gui.sandbox import Sandbox

pytestmark = [
    pytest.mark.slow,  # ~1-2 min: a run, a kill, a resume (a lost 5xx waits out one settle window)
    pytest.mark.timeout(600),
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

ROWS = 80
KILL_AFTER = 25


class ProcessedPatches:
    """PATCH tracking-number calls the sandbox's store accepted, per ``order/invoice``."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._patch = sandbox.store.patch_invoice
        sandbox.store.patch_invoice = self._counting  # type: ignore[method-assign]

    def _counting(self, ref: str, number: str, body: Any) -> dict[str, str]:
        receipt = self._patch(ref, number, body)
        with self._lock:
            self.counts[f"{ref}/{number}"] += 1
        return receipt


def run(sheet: Path, env: dict[str, str], base_url: str, *, kill_after: int | None = None) -> tuple[int, str]:
    return run_command_killed(["batch", "tracking", str(sheet), "--base-url", base_url], env, kill_after)


def test_a_killed_tracking_import_resumes_and_each_invoice_is_patched_once(tmp_path: Path) -> None:
    with Sandbox(latency=0.02, apply_delay=0.3, extra_orders=2600) as sandbox:
        processed = ProcessedPatches(sandbox)
        wanted: dict[tuple[str, str], str] = {}
        for order in sandbox.orders.values():
            packages = order.get("packageAttachment", {}).get("packages", [])
            if order["status"] == "invoiced" and len(packages) == 1 and not packages[0].get("trackingNumber"):
                if packages[0].get("type", "Output") == "Output":
                    wanted[(order["orderId"], str(packages[0]["invoiceNumber"]))] = f"JD{70000000 + len(wanted):010d}"
            if len(wanted) == ROWS:
                break
        assert len(wanted) == ROWS
        sheet = tmp_path / "jadlog.csv"
        lines = ["Pedido;Nota Fiscal;Código de Rastreio;Transportadora"]
        lines += [f"{order};{number};{code};Jadlog" for (order, number), code in wanted.items()]
        sheet.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
        for kind, options in (("status", {"status": 429, "retry_after": 0.3}), ("status", {"status": 503}),
                              ("drop_after", {}), ("status", {"status": 429, "retry_after": 0.3})):
            sandbox.faults.add(kind, "PATCH", "/invoice/", **options)
        env = {**sandbox_env(sandbox, tmp_path / "home")}

        code, said = run(sheet, env, sandbox.base_url, kill_after=KILL_AFTER)
        assert code == -signal.SIGKILL, said
        for _ in range(2):  # again, until every row is done (a row cut by the kill is sent now)
            code, said = run(sheet, env, sandbox.base_url)
            if code == 0:
                break
        assert code == 0, said

        for (order_id, number), tracking in wanted.items():
            packages = sandbox.order(order_id)["packageAttachment"]["packages"]
            assert [p.get("trackingNumber") for p in packages] == [tracking], order_id  # on the invoice
        assert set(processed.counts) == {f"{o}/{n}" for o, n in wanted}
        assert max(processed.counts.values()) == 1, processed.counts  # VTEX processed each PATCH once
        assert not sandbox.faults.pending()
