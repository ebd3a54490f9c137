"""Shared fixtures for core tests (no Qt here)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from vtex_invoice_gui.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A fresh sandbox store on a free loopback port, stopped after the test; invoices apply at once
    (tests about timing set ``apply_delay`` and a clock themselves)."""
    with Sandbox(latency=0.0, apply_delay=0.0) as sb:
        yield sb


@pytest.fixture
def sandbox_http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A plain httpx client for ``sandbox`` with the demo key and token (JSON headers set)."""
    headers = {
        "Accept": "application/json",
        "Content-Type": "application/json",
        "X-VTEX-API-AppKey": sandbox.app_key,
        "X-VTEX-API-AppToken": sandbox.app_token,
    }
    with httpx.Client(base_url=sandbox.base_url, headers=headers, timeout=10) as client:
        yield client
