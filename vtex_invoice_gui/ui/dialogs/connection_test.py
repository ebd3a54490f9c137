"""Testing a store's key and token: can it read orders, and may its role send invoices?"""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from ...vtex import OmsClient, PermissionDeniedError, RetryPolicy, TrackingInfo, VtexError

#: The probe answers the clerk at once: one try, and a short wait to connect (a desk with no
#: network heard nothing for ~20 s of retries before).
PROBE_RETRY = RetryPolicy(attempts=1, base_delay=0.0, max_delay=0.0, budget=0.0)
PROBE_TIMEOUT = httpx.Timeout(connect=4.0, read=15.0, write=15.0, pool=4.0)

#: An order id that cannot exist: the permission probe's PATCH can never change anything.
PROBE_ORDER_ID = "0000000000000-00"


def check_connection(client: OmsClient) -> str:
    """List one order (401/403 raise), then probe *Notify invoice*; see :func:`probe_notify_invoice`."""
    client.list_orders(per_page=1)
    return probe_notify_invoice(client)


def probe_notify_invoice(client: OmsClient) -> str:
    """Whether the key's role has *Notify invoice*, without changing anything.

    A tracking update (a write that needs *Notify invoice*) for an order id that cannot exist:
    VTEX checks the role first (403), then finds no order (404). Returns ``"ok"``,
    ``"no-notify"`` or ``"unknown"``.
    """
    info = TrackingInfo(tracking_number="permission-check", dispatched_date=datetime.now(UTC))
    try:
        client.update_tracking_number(PROBE_ORDER_ID, "permission-check", info)
    except PermissionDeniedError:
        return "no-notify"
    except VtexError as exc:
        return "ok" if exc.status in (400, 404, 409) else "unknown"
    return "ok"
