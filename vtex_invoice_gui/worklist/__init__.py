"""Worklists: the clerk's day as queues (to invoice, late, awaiting tracking, in transit,
returns) built from List Orders plus Get Order where the list cannot filter. No Qt here."""

from .admin_url import AdminUrlError, filters_from_admin_url
from .build import DEFAULT_DAYS, Progress, Worklist, window_for
from .fetch import Window
from .queues import QUEUE_NAMES, QUEUES, Missing, Queue, WorkRow, custom_queue
from .rate import TokenBucket
from .cache import OrderCache
from .reader import OrderReader, pause_on_429

__all__ = [
    "DEFAULT_DAYS", "QUEUES", "QUEUE_NAMES", "AdminUrlError", "Missing", "OrderCache", "OrderReader", "Progress",
    "Queue", "TokenBucket", "WorkRow", "Window", "Worklist", "custom_queue", "filters_from_admin_url",
    "pause_on_429", "window_for",
]
