"""Run the sandbox in its own process for the kill test, with a control channel on stdin.

Like ``python -m vtex_invoice_gui.sandbox`` it prints ``base_url=``, ``app_key=`` and
``app_token=`` lines, so killing the sender never kills the sandbox. On top of the standalone CLI
it answers one command per stdin line, with one JSON line on stdout, because the kill test needs
the server's own record of what it processed (the CLI has no such endpoint):

``fault SPEC``  queue a fault (``--fault`` syntax, e.g. ``POST /invoice:drop_after``) -> ``{"ok": true}``
``posts``       how many POST /invoice requests the sandbox's store accepted (whatever the client
                got back), per ``order_id/invoiceNumber`` -> ``{"1368...-01/K00N1": 1, ...}``
``quit``        stop serving and exit

Usage: ``python tests/killtest/sandbox_host.py [--latency S] [--apply-delay S]``
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import threading
from collections import Counter
from typing import Any

from vtex_invoice_gui.sandbox import Sandbox


class PostCounter:
    """Counts the POST /invoice calls the sandbox's store accepted, per order and number.

    Counted where the state changes (the store), not from the request log, so a request answered
    with a fault after being processed (``drop_after``, ``500:process=1``) counts, and one
    rejected before processing does not.
    """

    def __init__(self, sandbox: Sandbox) -> None:
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._post = sandbox.store.post_invoice
        sandbox.store.post_invoice = self._counting  # type: ignore[method-assign]

    def _counting(self, ref: str, body: Any) -> dict[str, str]:
        receipt = self._post(ref, body)
        with self._lock:
            self._counts[f"{ref}/{body.get('invoiceNumber')}"] += 1
        return receipt

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--apply-delay", type=float, default=0.0)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # answers to killed clients fail by design; keep quiet
    with Sandbox(latency=args.latency, apply_delay=args.apply_delay) as sandbox:
        posts = PostCounter(sandbox)
        print(f"base_url={sandbox.base_url}", flush=True)
        print(f"app_key={sandbox.app_key}", flush=True)
        print(f"app_token={sandbox.app_token}", flush=True)
        for line in sys.stdin:
            command, _, argument = line.strip().partition(" ")
            if command == "fault":
                sandbox.faults.add_spec(argument)
                answer: object = {"ok": True}
            elif command == "posts":
                answer = posts.snapshot()
            elif command == "quit":
                break
            else:
                answer = {"error": f"unknown command {command!r}"}
            print(json.dumps(answer), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
