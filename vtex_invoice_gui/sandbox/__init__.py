"""A built-in sandbox store: a real local HTTP server that behaves like VTEX's OMS.

    from vtex_invoice_gui.sandbox import Sandbox

    with Sandbox(latency=0.0, apply_delay=0.0) as sb:
        client = OmsClient(Account.sandbox(sb.base_url), sb.app_key, sb.app_token)
        ...
        assert sb.order(order_id)["status"] == "invoiced"

Standalone: ``python -m vtex_invoice_gui.sandbox --port 8765`` (see ``__main__``).
Faults: ``sb.faults.add(...)`` or ``--fault SPEC`` (see ``faults``).
Standard library only; never imports Qt.
"""

from .faults import Fault, FaultQueue, parse_spec
from .instance import (
    ACCOUNT,
    DEMO_APP_KEY,
    DEMO_APP_TOKEN,
    LIMITED_APP_KEY,
    LIMITED_APP_TOKEN,
    REALISTIC_APPLY_DELAY,
    Sandbox,
    check_loopback,
)
from .seed import SEED_IDS, make_large_order, seed_orders
from .server import RecordedRequest

__all__ = [
    "ACCOUNT",
    "DEMO_APP_KEY",
    "DEMO_APP_TOKEN",
    "LIMITED_APP_KEY",
    "LIMITED_APP_TOKEN",
    "REALISTIC_APPLY_DELAY",
    "SEED_IDS",
    "Fault",
    "FaultQueue",
    "RecordedRequest",
    "Sandbox",
    "check_loopback",
    "make_large_order",
    "parse_spec",
    "seed_orders",
]
