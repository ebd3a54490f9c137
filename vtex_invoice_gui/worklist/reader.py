"""Get Order for the queues the list cannot filter: rate-bounded and cached by order id.

A second look at an order costs nothing while its list row is unchanged (the cache answers, see
``cache.py``); :meth:`OrderReader.forget` drops an order after a send so its next look re-reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ..vtex.retry import RetryNotice
from ..vtex.errors import RateLimitedError
from ..vtex.order import Order, OrderSummary
from .cache import OrderCache, digest_of
from .rate import TokenBucket


class Getter(Protocol):
    def get_order(self, order_id: str) -> Order: ...


class OrderReader:
    """``read(order_id)``: from the cache, or Get Order once a token is free."""

    def __init__(self, client: Getter, bucket: TokenBucket, cache: OrderCache | None = None) -> None:
        self.client = client
        self.bucket = bucket
        self.cache = cache if cache is not None else OrderCache()
        self.reads = 0

    def read(self, order_id: str, summary: OrderSummary | None = None) -> Order:
        """The order, from the cache when ``summary`` (its list row) is the one it was read for."""
        digest = digest_of(summary)
        cached = self.cache.get(order_id, digest)
        if cached is not None:
            return cached
        self.bucket.acquire()
        self.reads += 1
        order = self.client.get_order(order_id)
        self.cache.put(order, digest)
        return order

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
