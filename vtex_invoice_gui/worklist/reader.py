"""Get Order for the queues the list cannot filter: rate-bounded and cached by order id.

A second look at an order costs nothing (the cache answers); :meth:`OrderReader.forget` drops an
order after a send so its next look re-reads it. The cache also fills from the desk's own reads
(:meth:`OrderReader.remember`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from ..vtex.client import RetryNotice
from ..vtex.errors import RateLimitedError
from ..vtex.order import Order
from .rate import TokenBucket


class Getter(Protocol):
    def get_order(self, order_id: str) -> Order: ...


class OrderCache:
    """Orders by id, in memory, shared by every queue of one store."""

    def __init__(self) -> None:
        self._orders: dict[str, Order] = {}
        self._lock = threading.Lock()

    def get(self, order_id: str) -> Order | None:
        with self._lock:
            return self._orders.get(order_id)

    def put(self, order: Order) -> None:
        with self._lock:
            self._orders[order.order_id] = order

    def forget(self, order_id: str) -> None:
        with self._lock:
            self._orders.pop(order_id, None)

    def __len__(self) -> int:
        return len(self._orders)


class OrderReader:
    """``read(order_id)``: from the cache, or Get Order once a token is free."""

    def __init__(self, client: Getter, bucket: TokenBucket, cache: OrderCache | None = None) -> None:
        self.client = client
        self.bucket = bucket
        self.cache = cache if cache is not None else OrderCache()
        self.reads = 0

    def read(self, order_id: str) -> Order:
        cached = self.cache.get(order_id)
        if cached is not None:
            return cached
        self.bucket.acquire()
        self.reads += 1
        order = self.client.get_order(order_id)
        self.cache.put(order)
        return order

    def remember(self, order: Order) -> None:
        self.cache.put(order)

    def forget(self, order_id: str) -> None:
        self.cache.forget(order_id)


def pause_on_429(bucket: TokenBucket, then: Callable[[RetryNotice], None] | None = None) -> Callable[[RetryNotice], None]:
    """An ``OmsClient(on_retry=...)`` hook: a 429 pauses every read for its ``Retry-After``."""

    def on_retry(notice: RetryNotice) -> None:
        if isinstance(notice.error, RateLimitedError):
            bucket.pause(notice.delay)
        if then is not None:
            then(notice)

    return on_retry
