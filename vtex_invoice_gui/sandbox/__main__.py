"""Run the sandbox store on its own::

    python -m vtex_invoice_gui.sandbox --host 127.0.0.1 --port 8765 \\
        [--latency 0.2] [--apply-delay 6] [--start-handling-conflict 400] [--partial-settlement] \\
        [--list-lag 240] [--fault "POST /invoice:429:retry_after=2" ...] [--until-stdin-closes]

Prints ``base_url=...``, ``app_key=...`` and ``app_token=...`` on stdout, one per line, then
serves until Ctrl+C or SIGTERM. Only loopback hosts are accepted. The fault syntax is
described in ``vtex_invoice_gui.sandbox.faults``.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence

from .faults import parse_spec
from .instance import REALISTIC_APPLY_DELAY, Sandbox, check_loopback


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m vtex_invoice_gui.sandbox",
        description="A local HTTP server that behaves like VTEX's Orders API (OMS).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default 0: any free port)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    parser.add_argument("--apply-delay", type=float, default=REALISTIC_APPLY_DELAY,
                        help="seconds until a posted invoice shows in Get Order, and again until a "
                             "fully invoiced order leaves 'invoice' (Verifying invoice) for 'invoiced' "
                             f"(default {REALISTIC_APPLY_DELAY:g} s, like VTEX; 0 = immediately)")
    parser.add_argument("--start-handling-conflict", type=int, choices=(409, 400), default=409,
                        help="HTTP status of start-handling on a wrong status, with VTEX's OMS003 body: "
                             "409 as the spec documents (default) or 400 as seen on live accounts")
    parser.add_argument("--partial-settlement", action="store_true",
                        help="the gateway settles partial invoices (VTEX beta): a partly invoiced order "
                             "passes through 'invoice' and goes back to 'payment-approved' instead of "
                             "staying in 'handling'")
    parser.add_argument("--list-lag", type=float, default=0.0,
                        help="seconds the order list lags behind Get Order (VTEX: about 240; default 0)")
    parser.add_argument("--extra-orders", type=int, default=0, metavar="N",
                        help="add a real day's work: N more orders over the last 60 days (default 0)")
    parser.add_argument("--fault", action="append", default=[], metavar="SPEC",
                        help='queue a fault, e.g. "POST /invoice:429:retry_after=2" (repeatable)')
    parser.add_argument("--until-stdin-closes", action="store_true",
                        help="serve until standard input closes (the desk's demo store: it ends with the desk); "
                             "also prints account= and apply_delay= after the key and token")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        check_loopback(args.host)
        for spec in args.fault:
            parse_spec(spec)
    except ValueError as exc:
        parser.error(str(exc))
    sandbox = Sandbox(latency=args.latency, apply_delay=args.apply_delay, host=args.host,
                      port=args.port, faults=args.fault, extra_orders=max(args.extra_orders, 0))
    sandbox.start_handling_conflict_status = args.start_handling_conflict
    sandbox.partial_settlement = args.partial_settlement
    sandbox.list_lag = args.list_lag
    try:
        sandbox.start()
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    if args.until_stdin_closes:
        threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), name="stdin-watch", daemon=True).start()
    print(f"base_url={sandbox.base_url}", flush=True)
    print(f"app_key={sandbox.app_key}", flush=True)
    print(f"app_token={sandbox.app_token}", flush=True)
    if args.until_stdin_closes:
        print(f"account={sandbox.account}", flush=True)
        print(f"apply_delay={sandbox.apply_delay!r}", flush=True)
    print(f"read-only credentials: {sandbox.limited_app_key} / {sandbox.limited_app_token}",
          file=sys.stderr, flush=True)
    print("serving; press Ctrl+C to stop", file=sys.stderr, flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
