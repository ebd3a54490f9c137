"""The batch's work off the GUI thread: the check (read, match, preview) and the send.

Both run through :meth:`DeskContext.call`, so they get the current store's journaled client the
desk's way (one cached client per store). The core reports through plain callbacks, called on
worker threads (the send's own pool included); :class:`BatchSignals` turns them into Qt signals,
which reach the view in the GUI thread (queued connections).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...batch.dryrun import preview_batch
from ...batch.matching import OrderBook
from ...batch.preview import BatchRow
from ...batch.send import BatchSender, SendResult, sent_before
from ...gc_pause import settle
from ...journal import Journal
from ...sending.clients import ApiFactory
from ...sending.flow import APPLY_TIMEOUT
from ...settings import StoreProfile
from ...vtex import RetryNotice
from ...vtex.api import OrdersApi
from ..sending.pause import pausing, queue_client


#: Files checked between two :func:`~vtex_invoice_gui.gc_pause.settle` calls (each ~1-3 ms).
SETTLE_EVERY = 25


class BatchSignals(QObject):
    """The batch work's voice in the GUI thread (lives there; emitted from any thread)."""

    progress = Signal(int, int, str)  # files read, files in all, the file's name
    started = Signal(int)  # row index: its send begins
    result = Signal(int, object)  # row index, SendResult
    retrying = Signal(object)  # RetryNotice: VTEX asked to wait (429) or did not answer


def check_job(
    paths: Sequence[Path], journal: Journal, store_id: str, signals: BatchSignals
) -> Callable[[OrdersApi], list[BatchRow]]:
    """The dry run: every file read, matched and checked against the store; nothing is sent."""
    from ...batch.sources import collect

    def progress(done: int, total: int | None, name: str) -> None:
        if done % SETTLE_EVERY == 0:
            settle()  # the rows made so far are kept out of full collections (gc_pause)
        signals.progress.emit(done, total or 0, name)

    def job(api: OrdersApi) -> list[BatchRow]:
        book = OrderBook(api, sent_before(journal, store_id))
        rows = preview_batch(collect(list(paths)), book, progress)
        settle()
        return rows

    return job


class SendSettings:
    """How a batch is sent: the settle window and timeout, the orders in flight."""

    def __init__(self, window: float, concurrency: int = 2, settle_timeout: float = APPLY_TIMEOUT) -> None:
        self.window, self.concurrency, self.settle_timeout = window, concurrency, settle_timeout


def send_job(
    rows: Sequence[BatchRow],
    settings: SendSettings,
    cancel: threading.Event,
    signals: BatchSignals,
    factory: ApiFactory,
    profile: StoreProfile | None,
    name: str,
) -> Callable[[OrdersApi], dict[int, SendResult]]:
    """Send the would-send rows of ``rows`` (exactly the preview the clerk confirmed), journaled
    under the batch's ``name`` (History shows the batch's rows together)."""
    frozen = tuple(rows)

    def job(api: OrdersApi) -> dict[int, SendResult]:
        api = queue_client(api, name)  # the same client, its writes named for the batch
        bucket, listen = pausing(factory, profile, settings.concurrency, signals.retrying.emit)

        def on_start(index: int) -> None:
            listen()  # on the sender's own thread: its requests' retries (a 429) pause every send
            signals.started.emit(index)

        sender = BatchSender(
            api, window=settings.window, concurrency=settings.concurrency, bucket=bucket,
            settle_timeout=settings.settle_timeout, cancel=cancel, on_start=on_start,
            on_result=lambda index, result: signals.result.emit(index, result),
        )  # fmt: skip
        return sender.run(frozen)

    return job


def retry_seconds(notice: RetryNotice) -> int:
    return max(1, round(notice.delay))
