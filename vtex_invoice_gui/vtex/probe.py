"""Testing a store's key and token: can it read orders, and may its role send invoices?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from .account import Account
from .client import OmsClient, RetryPolicy
from .errors import PermissionDeniedError, VtexError
from .payloads import InvoiceItem, InvoiceNotification, TrackingInfo

#: The probe answers the clerk at once: one try, and a short wait to connect (a desk with no
#: network heard nothing for ~20 s of retries before).
PROBE_RETRY = RetryPolicy(attempts=1, base_delay=0.0, max_delay=0.0, budget=0.0)
PROBE_TIMEOUT = httpx.Timeout(connect=4.0, read=15.0, write=15.0, pool=4.0)

#: An order id that cannot exist: the permission probe's PATCH can never change anything.
PROBE_ORDER_ID = "0000000000000-00"


@dataclass(frozen=True)
class Permissions:
    """What the key's role may do, each ``"ok"``, ``"denied"`` or ``"unknown"``: *List orders* (the
    queues), *View order* (loading an order), *Notify invoice* (sending) and *Notify refund*
    (returns: an Input invoice). Since 2023 listing needs its own resource: a key can view but not
    list (queue-and-batch.md section 1)."""

    list_orders: str
    view_order: str
    notify_invoice: str
    notify_refund: str = "unknown"

    @property
    def all_ok(self) -> bool:
        return self.list_orders == self.view_order == self.notify_invoice == self.notify_refund == "ok"

    @property
    def can_work(self) -> bool:
        """Whether the desk's daily work (queues, orders, invoices, tracking) is allowed: only
        returns may be missing."""
        return "denied" not in (self.list_orders, self.view_order, self.notify_invoice)


def _probe(call: object) -> tuple[str, object]:
    try:
        return "ok", call()  # type: ignore[operator]
    except PermissionDeniedError:
        return "denied", None
    except VtexError as exc:
        if exc.status in (None, 401):  # no answer, or a wrong key: the dialog says so
            raise
        return ("ok" if exc.status == 404 else "unknown"), None


def check_connection(client: OmsClient) -> Permissions:
    """List one order, view one (a listed one, or an id that cannot exist: 404 means allowed), and
    probe *Notify invoice* and *Notify refund* (see :func:`probe_notify_invoice`). A wrong key or
    token (401) raises."""
    listed, page = _probe(lambda: client.list_orders(per_page=1))
    orders = getattr(page, "orders", None) or []
    viewed, _ = _probe(lambda: client.get_order(orders[0].order_id if orders else PROBE_ORDER_ID))
    notify = probe_notify_invoice(client)
    return Permissions(listed, viewed, {"no-notify": "denied"}.get(notify, notify), probe_notify_refund(client))


def probe_notify_invoice(client: OmsClient) -> str:
    """Whether the key's role has *Notify invoice*, without changing anything.

    A tracking update (a write that needs *Notify invoice*) for an order id that cannot exist:
    VTEX checks the role first (403), then finds no order (404). Returns ``"ok"``,
    ``"no-notify"`` or ``"unknown"``.
    """
    info = TrackingInfo(tracking_number="permission-check", dispatched_date=datetime.now(UTC))
    found = _probe_write(lambda: client.update_tracking_number(PROBE_ORDER_ID, "permission-check", info))
    return {"denied": "no-notify"}.get(found, found)


def probe_notify_refund(client: OmsClient) -> str:
    """Whether the key's role has *Notify refund* (returns), without changing anything: a return
    (an Input invoice) for an order id that cannot exist. VTEX checks the role first (403), then
    finds no order (404). Returns ``"ok"``, ``"denied"`` or ``"unknown"``."""
    check = InvoiceNotification(
        type="Input", issuance_date=datetime.now(UTC), invoice_number="permission-check", invoice_value=1,
        items=[InvoiceItem(id="1", price=1, quantity=1)],
    )
    return _probe_write(lambda: client.send_invoice(PROBE_ORDER_ID, check))


def _probe_write(call: object) -> str:
    """A write to :data:`PROBE_ORDER_ID`: 403 is a role without the resource; 400, 404 or 409 mean
    the role got past VTEX's permission check."""
    try:
        call()  # type: ignore[operator]
    except PermissionDeniedError:
        return "denied"
    except VtexError as exc:
        return "ok" if exc.status in (400, 404, 409) else "unknown"
    return "ok"


def test_store(account: Account, app_key: str, app_token: str, http: httpx.Client) -> Permissions:
    """Probe a store with a key and token (the Accounts dialog's *Test connection*): one try,
    short waits (:data:`PROBE_RETRY`, :data:`PROBE_TIMEOUT`), through the desk's HTTP client."""
    client = OmsClient(account, app_key, app_token, http=http, retry=PROBE_RETRY, timeout=PROBE_TIMEOUT)
    return check_connection(client)
