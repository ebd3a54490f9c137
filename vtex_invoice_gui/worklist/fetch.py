"""Read every row of a List Orders filter within VTEX's caps: 30 pages of 100 rows.

When ``paging.total`` says a filter matches more than the caps allow, the creation-date range is
split in two and each half is read the same way (queue-and-batch.md section 1). Every request
first takes a token from the shared :class:`~.rate.TokenBucket`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from ..vtex.order import OrderList, OrderSummary
from .rate import TokenBucket

MAX_PAGES = 30
PER_PAGE = 100
SMALLEST_SPLIT = timedelta(seconds=1)


class Lister(Protocol):
    def list_orders(self, status: str | None = None, page: int = 1, per_page: int = 15, *,
                    query: str | None = None, order_by: str | None = None,
                    filters: Mapping[str, str] | None = None) -> OrderList: ...


@dataclass(frozen=True)
class Window:
    """A creation-date range, both ends in UTC and included."""

    since: datetime
    until: datetime

    def filter_value(self) -> str:
        return f"creationDate:[{_iso(self.since)} TO {_iso(self.until)}]"

    def halves(self) -> tuple[Window, Window]:
        middle = self.since + (self.until - self.since) / 2
        middle = middle.replace(microsecond=middle.microsecond // 1000 * 1000)
        return Window(self.since, middle), Window(middle + timedelta(milliseconds=1), self.until)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass
class ListProgress:
    requests: int = 0
    rows: int = 0
    splits: int = 0
    truncated: int = 0  # rows a one-second window still could not hold (never in practice)


class ListFetcher:
    """Yields every list row of ``filters`` in ``window``, newest first."""

    def __init__(self, client: Lister, bucket: TokenBucket, *, per_page: int = PER_PAGE, max_pages: int = MAX_PAGES,
                 on_progress: Callable[[ListProgress], None] | None = None) -> None:
        self.client = client
        self.bucket = bucket
        self.per_page = per_page
        self.max_pages = max_pages
        self.progress = ListProgress()
        self.on_progress = on_progress

    @property
    def cap(self) -> int:
        return self.per_page * self.max_pages

    def rows(self, filters: Mapping[str, str], window: Window) -> Iterator[OrderSummary]:
        first = self._page(filters, window, 1)
        total = first.paging.total
        if total > self.cap and window.until - window.since > SMALLEST_SPLIT:
            self.progress.splits += 1
            for half in reversed(window.halves()):  # newest half first
                yield from self.rows(filters, half)
            return
        if total > self.cap:
            self.progress.truncated += total - self.cap
        yield from self._emit(first.orders)
        pages = min(first.paging.pages or -(-total // self.per_page), self.max_pages)
        for page in range(2, pages + 1):
            answer = self._page(filters, window, page)
            if not answer.orders:
                break
            yield from self._emit(answer.orders)

    def _emit(self, orders: list[OrderSummary]) -> Iterator[OrderSummary]:
        for summary in orders:
            self.progress.rows += 1
            yield summary
        if self.on_progress is not None:
            self.on_progress(self.progress)

    def _page(self, filters: Mapping[str, str], window: Window, page: int) -> OrderList:
        params: dict[str, Any] = dict(filters)
        params["f_creationDate"] = window.filter_value()
        self.bucket.acquire()
        self.progress.requests += 1
        return self.client.list_orders(page=page, per_page=self.per_page, order_by="creationDate,desc",
                                       filters=params)
