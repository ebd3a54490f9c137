"""The worklist's order cache on disk (``order-cache.sqlite3`` beside the journal, issue 13): a
second command-line run reads only the list, a changed order is read again, entries expire, a
corrupt file is replaced, and a file that cannot be used leaves the cache in memory."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.vtex.account import Account
from vtex_invoice_gui.vtex.client import OmsClient
from vtex_invoice_gui.vtex.order import Order
from vtex_invoice_gui.worklist import Missing, OrderCache, TokenBucket, Worklist, window_for
from vtex_invoice_gui.worklist.cache import FILE_NAME

from sandbox_helpers import body, post
from worklist_helpers import SINCE, TODAY, UNTIL

WINDOW = window_for(SINCE, UNTIL)


@pytest.fixture
def day() -> Iterator[Sandbox]:
    with Sandbox(extra_orders=120, today=TODAY, apply_delay=0.0) as sb:
        yield sb


def _order_reads(sb: Sandbox) -> list[str]:
    """The Get Order requests the sandbox answered (not the list, not the writes)."""
    return [r.path for r in sb.requests if r.method == "GET" and not r.path.rstrip("/").endswith("/orders")]


def _cli(sb: Sandbox, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VTEX_")}
    env.update(VTEX_APP_KEY=sb.app_key, VTEX_APP_TOKEN=sb.app_token, VTEX_DESK_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "vtex_invoice_gui", "worklist", "awaiting-tracking", "--since",
                           SINCE.isoformat(), "--until", UNTIL.isoformat(), "--format", "json", "--base-url",
                           sb.base_url, *args], capture_output=True, text=True, env=env, timeout=120)


def _client(sb: Sandbox) -> OmsClient:
    return OmsClient(Account.sandbox(sb.base_url), sb.app_key, sb.app_token)


def _fast() -> TokenBucket:
    return TokenBucket(rate=10_000, burst=1_000)


def _invoice_fully(sb: Sandbox, order_id: str, number: str) -> None:
    with httpx.Client(base_url=sb.base_url, headers={"X-VTEX-API-AppKey": sb.app_key,
                                                     "X-VTEX-API-AppToken": sb.app_token}) as http:
        assert post(http, order_id, body(sb.order(order_id), number)).status_code == 200


def test_a_second_command_line_run_reads_no_order(day: Sandbox, tmp_path: Path) -> None:
    first = _cli(day, tmp_path)
    assert first.returncode == 0, first.stderr
    assert _order_reads(day)  # the first run had to read the orders
    assert (tmp_path / "data" / FILE_NAME).exists()
    day.clear_requests()
    second = _cli(day, tmp_path)
    assert second.returncode == 0, second.stderr
    assert second.stdout == first.stdout
    assert _order_reads(day) == []
    assert [r for r in day.requests if r.path.rstrip("/").endswith("/orders")]  # the list was read again


def test_an_order_whose_list_row_changed_is_read_again(day: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    with _client(day) as client:
        worklist = Worklist(client, _fast(), OrderCache.open("s", path))
        before = {r.order_id for r in worklist.rows("awaiting-tracking", WINDOW)}
        # a handling order with no invoice yet: read, and not awaiting tracking
        handling = next(oid for oid, o in day.orders.items() if o["status"] == "handling"
                        and not o["packageAttachment"]["packages"] and SINCE.isoformat() <= o["creationDate"][:10])
        assert handling not in before
        _invoice_fully(day, handling, "555001")  # elsewhere (another clerk, the ERP): its status changes
        day.clear_requests()
        after = {r.order_id for r in Worklist(client, _fast(), OrderCache.open("s", path)).rows(
            "awaiting-tracking", WINDOW)}
    assert after == before | {handling}
    assert [p.rsplit("/", 1)[-1] for p in _order_reads(day)] == [handling]


def test_entries_expire(day: Sandbox, tmp_path: Path) -> None:
    now = [1_000_000.0]
    path = tmp_path / FILE_NAME
    with _client(day) as client:
        worklist = Worklist(client, _fast(), OrderCache.open("s", path, ttl=3600, clock=lambda: now[0]))
        list(worklist.rows("in-transit", WINDOW))
        reads = worklist.reader.reads
        now[0] += 3599
        fresh = Worklist(client, _fast(), OrderCache.open("s", path, ttl=3600, clock=lambda: now[0]))
        list(fresh.rows("in-transit", WINDOW))
        assert fresh.reader.reads == 0
        now[0] += 2
        stale = Worklist(client, _fast(), OrderCache.open("s", path, ttl=3600, clock=lambda: now[0]))
        list(stale.rows("in-transit", WINDOW))
    assert reads > 0 and stale.reader.reads == reads


def _order(order_id: str) -> Order:
    return Order.model_validate({"orderId": order_id, "status": "invoiced", "value": 1000})


def test_the_file_is_capped_oldest_first_and_kept_per_store(tmp_path: Path) -> None:
    now = [0.0]
    path = tmp_path / FILE_NAME
    cache = OrderCache.open("a", path, max_rows=300, clock=lambda: now[0])
    for i in range(450):
        now[0] += 1
        cache.put(_order(f"o{i}"), "d")
    cache.close()
    with sqlite3.connect(path) as db:
        kept = {row[0] for row in db.execute("SELECT order_id FROM orders")}
    assert len(kept) <= 300 and "o449" in kept and "o0" not in kept
    again = OrderCache.open("a", path, max_rows=300, clock=lambda: now[0])
    assert again.get("o449", "d") is not None and again.get("o449", "other") is None
    assert OrderCache.open("b", path, clock=lambda: now[0]).get("o449", "d") is None  # another store


def test_a_forgotten_order_is_gone_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    cache = OrderCache.open("a", path)
    cache.put(_order("x"), "d")
    cache.forget("x")
    assert cache.get("x", "d") is None
    cache.close()
    assert OrderCache.open("a", path).get("x", "d") is None


def test_a_corrupt_file_is_replaced(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(b"this is not a database" * 100)
    cache = OrderCache.open("a", path)
    with caplog.at_level(logging.WARNING):
        cache.put(_order("x"), "d")
    assert cache.on_disk
    assert [r.getMessage() for r in caplog.records if "order cache" in r.getMessage()] == [
        f"order cache {path} was damaged (file is not a database): replaced by an empty one"]
    cache.close()
    assert OrderCache.open("a", path).get("x", "d") is not None


def test_a_corrupt_file_does_not_stop_the_command_line(day: Sandbox, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / FILE_NAME).write_bytes(b"\x00garbage" * 1000)
    result = _cli(day, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "replaced by an empty one" in result.stderr
    assert {r["missing"] for r in json.loads(result.stdout)} == {Missing.TRACKING.value}


def test_an_unusable_file_leaves_the_cache_in_memory(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    cache = OrderCache.open("a", blocker / FILE_NAME)
    with caplog.at_level(logging.WARNING):
        cache.put(_order("x"), "d")
        cache.put(_order("y"), "d")
    assert not cache.on_disk
    assert cache.get("x", "d") is not None  # still a cache, in memory
    assert len([r for r in caplog.records if "order cache" in r.getMessage()]) == 1


def test_a_locked_file_leaves_the_cache_in_memory(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / FILE_NAME
    first = OrderCache.open("a", path)
    first.put(_order("x"), "d")
    first.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        import vtex_invoice_gui.worklist.cache as cache_module

        old, cache_module.BUSY_TIMEOUT_MS = cache_module.BUSY_TIMEOUT_MS, 50
        try:
            cache = OrderCache.open("a", path)
            with caplog.at_level(logging.WARNING):
                cache.put(_order("y"), "d")
                assert cache.get("y", "d") is not None
        finally:
            cache_module.BUSY_TIMEOUT_MS = old
    finally:
        holder.rollback() if holder.in_transaction else None
        holder.close()
    assert not cache.on_disk
    assert len([r for r in caplog.records if "order cache" in r.getMessage()]) == 1
