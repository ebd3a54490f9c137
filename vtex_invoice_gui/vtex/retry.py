"""How the client retries: the policy (attempts, backoff, budget), what it tells the UI before each
wait, and VTEX's ``Retry-After`` header read into seconds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from .errors import VtexError


@dataclass(frozen=True)
class RetryPolicy:
    """How patiently to retry: attempts, exponential backoff bounds and a total time budget."""

    attempts: int = 5
    base_delay: float = 1.0
    max_delay: float = 60.0
    budget: float = 120.0

    def backoff(self, attempt: int, rng: Callable[[], float]) -> float:
        """Full-jitter exponential backoff for the ``attempt``-th retry (1-based)."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return ceiling * (0.5 + rng() / 2)


@dataclass(frozen=True)
class RetryNotice:
    """Told to ``on_retry`` before each wait, so the UI can show a calm queue."""

    operation: str
    attempt: int
    delay: float
    error: VtexError


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        from email.utils import parsedate_to_datetime  # ~5 ms of imports, for a 429 or 503 only

        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max((when - now).total_seconds(), 0.0)
