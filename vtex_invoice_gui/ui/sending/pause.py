"""A send queue run from the window: its client, journaled under the batch's name, and a 429
pausing every send, as the command line's does.

The command line gives its one client ``on_retry=pause_on_429(bucket)``. The desk's client is
shared and built once per store (``sending.clients.ApiFactory``); its retries are told, per
thread, to whoever listens on that thread. So each queue thread listens as its send starts.
"""

from __future__ import annotations

from collections.abc import Callable

from ...journal import JournaledClient
from ...sending.clients import ApiFactory
from ...sending.queue import SEND_RATE
from ...settings import StoreProfile
from ...vtex import RetryNotice
from ...vtex.api import OrdersApi
from ...worklist.rate import TokenBucket
from ...worklist.reader import pause_on_429


def pausing(
    factory: ApiFactory, profile: StoreProfile | None, concurrency: int,
    told: Callable[[RetryNotice], None] | None = None,
) -> tuple[TokenBucket, Callable[[], None]]:
    """The queue's shared bucket, and the hook each queue thread calls as a send starts."""
    bucket = TokenBucket(SEND_RATE, concurrency)
    on_retry = pause_on_429(bucket, told)

    def listen() -> None:
        try:
            factory.build(profile, on_retry=on_retry)
        except Exception:  # noqa: BLE001 - no pause hook on this thread; the client still waits
            pass

    return bucket, listen


def queue_client(api: OrdersApi, name: str) -> JournaledClient:
    """The store's client (``ctx.call`` gives it), its writes journaled under the batch ``name``.
    The desk's clients always write the journal; anything else is refused: never send unjournaled."""
    if not isinstance(api, JournaledClient):
        raise RuntimeError("the store's client does not write the journal")
    return JournaledClient(api.client, api.journal, store=api.store, batch=name)
