"""Build a queue: list rows (paged, split by date), orders read where the list cannot tell, rows.

:class:`Worklist` is what the CLI and the desk's queue panel share: one per store, holding the
token bucket and the order cache, so a second look at a queue costs only the list requests (the
cache is ``order-cache.sqlite3`` in the data folder when opened with ``OrderCache.open``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol

from ..vtex.errors import NotFoundError
from ..vtex.order import Order, OrderList
from .fetch import MAX_PAGES, PER_PAGE, ListFetcher, ListProgress, Window
from .queues import QUEUES, Missing, Queue, WorkRow, custom_queue, row_for
from .rate import TokenBucket
from .cache import OrderCache
from .reader import OrderReader

DEFAULT_DAYS = 30


class WorklistClient(Protocol):
    def get_order(self, order_id: str) -> Order: ...
    def list_orders(self, status: str | None = None, page: int = 1, per_page: int = 15, *,
                    query: str | None = None, order_by: str | None = None,
                    filters: Mapping[str, str] | None = None) -> OrderList: ...


def window_for(since: date | None = None, until: date | None = None, *, days: int = DEFAULT_DAYS,
               today: date | None = None) -> Window:
    """Whole UTC days from ``since`` to ``until`` (default: the last ``days`` days up to today)."""
    today = today or datetime.now(UTC).date()
    until = until or today
    since = since or (until - timedelta(days=days - 1))
    if since > until:
        raise ValueError("the start date is after the end date")
    return Window(datetime.combine(since, time.min, UTC),
                  datetime.combine(until, time(23, 59, 59, 999000), UTC))


@dataclass
class Progress:
    listed: int = 0
    read: int = 0
    kept: int = 0
    list_requests: int = 0
    splits: int = 0


class Worklist:
    """The queues of one store. ``marked()``: the order ids a clerk marked for return (the
    Returns queue lists them first, whatever the list says; see ``returns/marks.py``)."""

    def __init__(self, client: WorklistClient, bucket: TokenBucket | None = None, cache: OrderCache | None = None, *,
                 per_page: int = PER_PAGE, max_pages: int = MAX_PAGES,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 marked: Callable[[], Collection[str]] = tuple) -> None:
        self.client = client
        self.marked = marked
        self.bucket = bucket or TokenBucket()
        self.reader = OrderReader(client, self.bucket, cache)
        self.per_page = per_page
        self.max_pages = max_pages
        self.clock = clock

    def queue(self, name: str) -> Queue:
        try:
            return QUEUES[name]
        except KeyError:
            raise ValueError(f"unknown queue {name!r}; one of: {', '.join(QUEUES)}") from None

    def rows(self, queue: Queue | str, window: Window,
             on_progress: Callable[[Progress], None] | None = None) -> Iterator[WorkRow]:
        """The queue's rows, newest first, as they are found (a caller may stop early)."""
        queue = self.queue(queue) if isinstance(queue, str) else queue
        progress = Progress()

        def listed(p: ListProgress) -> None:
            progress.list_requests, progress.splits = p.requests, p.splits
            if on_progress is not None:
                on_progress(progress)

        fetcher = ListFetcher(self.client, self.bucket, per_page=self.per_page, max_pages=self.max_pages,
                              on_progress=listed)
        seen: set[str] = set()
        now = self.clock()
        if queue.name == "returns":
            for order_id in self.marked():
                seen.add(order_id)
                try:
                    order = self.reader.read(order_id)
                except NotFoundError:  # older than VTEX keeps (two years), or mistyped: not a row
                    continue
                progress.read += 1
                progress.kept += 1
                yield row_for(_summary_of(order), order, Missing.RETURN_MARKED)
        for filters in queue.lists:
            for summary in fetcher.rows(filters, window):
                if summary.order_id in seen:
                    continue
                seen.add(summary.order_id)
                progress.listed += 1
                order = None
                if queue.needs_order(summary):
                    order = self.reader.read(summary.order_id, summary)
                    progress.read += 1
                missing = queue.keep(summary, order, now)
                if missing is not None:
                    progress.kept += 1
                    yield row_for(summary, order, missing)
                if on_progress is not None and progress.listed % 25 == 0:
                    on_progress(progress)
        if on_progress is not None:
            on_progress(progress)

    def recheck(self, queue: Queue | str, row: WorkRow) -> WorkRow | None:
        """After a send: re-read the order; its new row, or None when it left the queue."""
        self.reader.forget(row.order_id)
        return self.row_after(queue, row, self.reader.read(row.order_id))

    def row_after(self, queue: Queue | str, row: WorkRow, order: Order) -> WorkRow | None:
        """``row`` as ``order`` (a fresh read, e.g. the desk's after a send) shows it; None when
        it left the queue. The cached order is forgotten: its list row is about to change, and the
        next look at the queue reads it again."""
        queue = self.queue(queue) if isinstance(queue, str) else queue
        self.reader.forget(order.order_id)
        summary = _summary_of(order, row)
        if queue.name == "returns" and order.order_id in self.marked():
            return row_for(summary, order, Missing.RETURN_MARKED)
        missing = queue.keep(summary, order, self.clock())
        return None if missing is None else row_for(summary, order, missing)


def _summary_of(order: Order, row: WorkRow | None = None) -> Any:
    """A list row for ``order`` (the list's own row, ``row``, for what the order does not hold)."""
    from ..vtex.order import OrderSummary

    extra = order.model_extra or {}
    return OrderSummary.model_validate({
        "orderId": order.order_id,
        "creationDate": row.creation_date if row is not None else order.creation_date,
        "clientName": row.client if row is not None else None,
        "totalValue": order.value, "status": order.status,
        "marketPlaceOrderId": row.marketplace_order_id if row is not None else extra.get("marketplaceOrderId"),
        "ShippingEstimatedDate": (row.shipping_estimate if row is not None else None) or None,
    })


__all__ = ["DEFAULT_DAYS", "Progress", "Worklist", "custom_queue", "window_for"]
