"""A sandbox on a clock the test moves (no sleeps), with an HTTP client for it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from vtex_invoice_gui.sandbox import Sandbox


class Clock:
    """Monotonic seconds, moved by the test."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@contextmanager
def clocked_sandbox(apply_delay: float = 3.0) -> Iterator[tuple[Sandbox, httpx.Client, Clock]]:
    clock = Clock()
    with Sandbox(latency=0.0, apply_delay=apply_delay, clock=clock) as sb:
        headers = {"Accept": "application/json", "Content-Type": "application/json",
                   "X-VTEX-API-AppKey": sb.app_key, "X-VTEX-API-AppToken": sb.app_token}
        with httpx.Client(base_url=sb.base_url, headers=headers, timeout=10) as http:
            yield sb, http, clock
