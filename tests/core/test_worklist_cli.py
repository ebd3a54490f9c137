"""``python -m vtex_invoice_gui worklist NAME ...`` in a subprocess against the sandbox: formats on
stdout, progress on stderr, exit codes 0 / 1 / 2 (issue 13, item 6)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from vtex_invoice_gui.sandbox import Sandbox
from worklist_helpers import TODAY, expected

from datetime import UTC, datetime


@pytest.fixture(scope="module")
def day() -> Iterator[Sandbox]:
    with Sandbox(extra_orders=120, today=TODAY) as sb:
        yield sb


@pytest.fixture(autouse=True)
def desk_home(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """The run's data folder (its order cache) in a temporary folder, never the user's."""
    monkeypatch.setenv("VTEX_DESK_HOME", str(tmp_path))


def _run(*args: str, sb: Sandbox | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VTEX_APP_")}
    if sb is not None:
        environment.update(VTEX_APP_KEY=sb.app_key, VTEX_APP_TOKEN=sb.app_token)
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "vtex_invoice_gui", "worklist", *args], capture_output=True,
                          text=True, env=environment, timeout=120)


def test_json_lists_the_queue_with_the_documented_fields(day: Sandbox) -> None:
    now = datetime.now(UTC)
    result = _run("in-transit", "--since", "2026-09-01", "--until", "2026-12-31", "--format", "json",
                  "--base-url", day.base_url, sb=day)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {r["orderId"] for r in rows} == expected(day.orders, "in-transit", now)
    orders = day.orders
    for row in rows:
        assert {"orderId", "status", "creationDate", "value", "missing"} <= set(row)
        assert row["value"] == orders[row["orderId"]]["value"] and isinstance(row["value"], int)
        assert row["missing"] == "delivery"
    assert [r["creationDate"] for r in rows] == sorted((r["creationDate"] for r in rows), reverse=True)
    assert "in-transit" in result.stderr and "listed" in result.stderr  # progress, not data


def test_csv_and_table_formats(day: Sandbox) -> None:
    result = _run("returns", "--since", "2026-09-01", "--format", "csv", "--base-url", day.base_url, sb=day)
    assert result.returncode == 0, result.stderr
    records = list(csv.DictReader(io.StringIO(result.stdout)))
    assert records and all(r["missing"] == "return-review" for r in records)
    table = _run("returns", "--since", "2026-09-01", "--base-url", day.base_url, sb=day)
    assert table.returncode == 0
    lines = table.stdout.splitlines()
    assert lines[0].split()[0] == "orderId" and len(lines) == len(records) + 1
    assert all(r["orderId"] in table.stdout for r in records)


@pytest.mark.parametrize("args", [
    ("bogus", "--base-url", "http://127.0.0.1:1"),
    ("late",),  # neither --store nor --base-url
    ("late", "--since", "2026-31-12", "--base-url", "http://127.0.0.1:1"),
    ("late", "--since", "2026-12-10", "--until", "2026-12-01", "--base-url", "http://127.0.0.1:1"),
    ("late", "--store", "x", "--base-url", "http://127.0.0.1:1"),
])
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = _run(*args)
    assert result.returncode == 2 and result.stdout == ""


def test_missing_key_exits_1_with_one_line(day: Sandbox) -> None:
    result = _run("late", "--base-url", day.base_url)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and "VTEX_APP_KEY" in result.stderr


def test_non_loopback_base_url_exits_1(day: Sandbox) -> None:
    result = _run("late", "--base-url", "https://example.com", sb=day)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: --base-url")


def test_wrong_token_exits_1_without_the_token(day: Sandbox) -> None:
    result = _run("late", "--base-url", day.base_url, env={"VTEX_APP_KEY": day.app_key,
                                                            "VTEX_APP_TOKEN": "WRONGTOKEN" * 5})
    assert result.returncode == 1 and result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and "WRONGTOKEN" not in result.stderr and "Traceback" not in result.stderr


def test_unknown_store_exits_1(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = _run("late", "--store", "nowhere", env={"VTEX_DESK_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)})
    assert result.returncode == 1 and "nowhere" in result.stderr


def test_console_entry_point_runs_subcommands_only() -> None:
    from vtex_invoice_gui.commands import cli_main

    assert cli_main([]) == 2


def test_a_key_that_cannot_list_exits_1_with_one_line(day: Sandbox) -> None:
    result = _run("late", "--base-url", day.base_url, env={"VTEX_APP_KEY": day.nolist_app_key,
                                                            "VTEX_APP_TOKEN": day.nolist_app_token})
    assert result.returncode == 1 and result.stdout == ""
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "'List Orders'" in errors[0] and "Traceback" not in result.stderr
