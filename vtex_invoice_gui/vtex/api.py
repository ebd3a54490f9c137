"""The one shape of "something that talks to a store's Orders API".

:class:`~.client.OmsClient` has it; so has :class:`~vtex_invoice_gui.journal.JournaledClient`,
which wraps one (its writes take extra keyword-only ``force`` / ``resend_of``, with defaults, so it
still fits). The journal, reconciliation, the send flow, the tabs and the command line all take an
``OrdersApi``: none of them names the concrete client.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from .order import Order, OrderList
from .payloads import InvoiceNotification, Receipt, TrackingInfo, TrackingStatus


class OrdersApi(Protocol):
    """The Orders API calls the desk makes (reads, and the three writes plus start handling)."""

    @property
    def account(self) -> Any: ...

    def get_order(self, order_id: str) -> Order: ...

    def list_orders(
        self, status: str | None = None, page: int = 1, per_page: int = 15, *, query: str | None = None,
        order_by: str | None = None, filters: Mapping[str, str] | None = None,
    ) -> OrderList: ...

    def start_handling(self, order_id: str) -> None: ...

    def send_invoice(self, order_id: str, invoice: InvoiceNotification) -> Receipt: ...

    def update_tracking_number(self, order_id: str, invoice_number: str, info: TrackingInfo) -> Receipt: ...

    def update_tracking_status(self, order_id: str, invoice_number: str, status: TrackingStatus) -> Receipt: ...

    def wait_for(
        self, order_id: str, predicate: Callable[[Order], bool], *, timeout: float = 30.0,
        first_delay: float = 0.5, max_delay: float = 5.0, clock: Callable[[], float] = time.monotonic,
    ) -> tuple[Order, bool]: ...
