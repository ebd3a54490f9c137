"""``batch invoices PATH... --dry-run`` run as the clerk would (a subprocess) against the sandbox."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from batch_helpers import SEED_IDS, day_batch, nfe_for, seed, write_day

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.secrets import Credentials, SecretStore
from vtex_invoice_gui.settings import Settings, SettingsFile, StoreProfile


def batch(*args: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # The command as the clerk types it: ``batch`` (commands.py) -> ``invoices`` (batch_cli.py) -> batch/cli.py
    return subprocess.run(
        [sys.executable, "-m", "vtex_invoice_gui", "batch", "invoices", *map(str, args)],
        capture_output=True, text=True, timeout=60, check=False, env=env,
    )  # fmt: skip


def sandbox_env(sandbox: Sandbox, home: Path) -> dict[str, str]:
    return {**os.environ, "VTEX_APP_KEY": sandbox.app_key, "VTEX_APP_TOKEN": sandbox.app_token,
            "VTEX_DESK_HOME": str(home)}  # fmt: skip


def test_a_dry_run_writes_the_report_and_exits_1_when_some_rows_are_not_sendable(
    tmp_path: Path, sandbox: Sandbox
) -> None:
    (tmp_path / "day").mkdir()
    day = write_day(tmp_path / "day")
    report = tmp_path / "report.csv"
    done = batch(day, "--dry-run", "--report", report, "--base-url", sandbox.base_url,
                 env=sandbox_env(sandbox, tmp_path / "home"))  # fmt: skip
    assert done.returncode == 1, done.stderr
    with report.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        assert reader.fieldnames == ["file", "order_id", "invoice_number", "value_cents", "status", "receipt", "message"]
        rows = {row["file"].removeprefix(f"{day}/"): row for row in reader}
    _, _, expected = day_batch()
    assert {name: (row["status"], row["order_id"]) for name, row in rows.items()} == {
        name: (status, order_id) for name, (status, order_id, _) in expected.items()
    }
    assert rows["ready.xml"]["value_cents"] == str(seed("ready").remaining_cents)
    assert rows["ready.xml"]["invoice_number"] == "9201" and rows["ready.xml"]["receipt"] == ""
    assert "[1/13]" in done.stderr and "[13/13]" in done.stderr  # progress on stderr
    assert "Nothing was sent (dry run)." in done.stderr and "6 would-send, 1 already-on-order, 3 failed, 1 unmatched, 2 skipped" in done.stderr
    assert done.stdout == ""
    assert [r.method for r in sandbox.requests if r.method != "GET"] == []


def test_a_dry_run_where_every_row_would_send_or_is_on_its_order_exits_0(tmp_path: Path, sandbox: Sandbox) -> None:
    ready = tmp_path / "ready.xml"
    ready.write_bytes(nfe_for(seed("ready"), 9501, info=f"Pedido {SEED_IDS['ready']}"))
    on_order = tmp_path / "on-order.xml"
    on_order.write_bytes(
        nfe_for(seed("invoiced_in_transit"), 123463, lines=[0, 1], info=f"Pedido {SEED_IDS['invoiced_in_transit']}")
    )
    done = batch(ready, on_order, "--dry-run", "--base-url", sandbox.base_url, env=sandbox_env(sandbox, tmp_path))
    assert done.returncode == 0, done.stderr
    assert "1 would-send, 1 already-on-order" in done.stderr


def test_help_says_what_the_command_does(tmp_path: Path) -> None:
    helped = batch("--help")
    assert helped.returncode == 0
    words = " ".join(helped.stdout.split())
    assert "--dry-run" in words and "--concurrency N" in words and "nothing is sent twice" in words


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ((), "the following arguments are required: PATH"),
        (("{xml}", "--dry-run", "--store", "s", "--base-url", "http://127.0.0.1:1"), "not allowed with argument"),
        (("{missing}", "--dry-run", "--base-url", "{url}"), "Not found: "),
        (("{xml}", "--dry-run", "--base-url", "https://mystore.vtexcommercestable.com.br"), "only allowed for the local sandbox"),
        (("{xml}", "--dry-run"), "Name the store: --store STORE, or --base-url URL"),
        (("{xml}", "--dry-run", "--store", "nosuch"), "No saved store named 'nosuch' in "),
        (("{xml}", "--dry-run", "--base-url", "{url}", "--report", "{nodir}/r.csv"), "The report's folder does not exist"),
    ],
)
def test_usage_errors_exit_2_with_one_clear_line(tmp_path: Path, sandbox: Sandbox, args: tuple, says: str) -> None:
    xml = tmp_path / "a.xml"
    xml.write_bytes(nfe_for(seed("ready"), 9701))
    values = {"xml": xml, "missing": tmp_path / "nope.xml", "url": sandbox.base_url, "nodir": tmp_path / "nodir"}
    done = batch(*(arg.format(**values) for arg in args), env=sandbox_env(sandbox, tmp_path / "home"))
    assert done.returncode == 2
    assert says in done.stderr
    assert "Traceback" not in done.stderr


def test_base_url_needs_the_key_in_the_environment(tmp_path: Path, sandbox: Sandbox) -> None:
    xml = tmp_path / "a.xml"
    xml.write_bytes(nfe_for(seed("ready"), 9801))
    env = {k: v for k, v in sandbox_env(sandbox, tmp_path).items() if k != "VTEX_APP_TOKEN"}
    done = batch(xml, "--dry-run", "--base-url", sandbox.base_url, env=env)
    assert done.returncode == 2
    assert done.stderr.strip() == "--base-url needs the app key and token in VTEX_APP_KEY and VTEX_APP_TOKEN."


def test_a_wrong_key_is_one_clear_line_and_exit_1(tmp_path: Path, sandbox: Sandbox) -> None:
    xml = tmp_path / "a.xml"
    xml.write_bytes(nfe_for(seed("ready"), 9901, info=f"Pedido {SEED_IDS['ready']}"))
    env = {**sandbox_env(sandbox, tmp_path), "VTEX_APP_TOKEN": "WRONGTOKEN"}
    done = batch(xml, "--dry-run", "--base-url", sandbox.base_url, env=env)
    assert done.returncode == 1
    assert "The store could not be read: VTEX did not accept the app key and token." in done.stderr
    assert "WRONGTOKEN" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.keyring
def test_store_reads_the_saved_profile_from_vtex_desk_home_and_its_key_from_the_keyring(
    tmp_path: Path, sandbox: Sandbox
) -> None:
    if os.environ.get("VTEX_DESK_REAL_KEYRING") != "1":
        pytest.skip("needs a real Secret Service (run inside dbus-run-session with packaging/with-keyring.sh)")
    store_id = f"batch-{uuid.uuid4().hex[:8]}"
    home = tmp_path / "home"
    home.mkdir()
    profile = StoreProfile(id=store_id, account="sandbox", base_url=sandbox.base_url)
    SettingsFile(home / "settings.json").save(Settings(stores=[profile]))
    keyring = SecretStore()
    keyring.save(store_id, Credentials(sandbox.app_key, sandbox.app_token))
    try:
        xml = tmp_path / "ready.xml"
        xml.write_bytes(nfe_for(seed("ready"), 9951, info=f"Pedido {SEED_IDS['ready']}"))
        env = {k: v for k, v in os.environ.items() if k not in ("VTEX_APP_KEY", "VTEX_APP_TOKEN")}
        done = batch(xml, "--dry-run", "--store", store_id, env={**env, "VTEX_DESK_HOME": str(home)})
        assert done.returncode == 0, done.stderr
        assert "1 would-send" in done.stderr
        assert sandbox.app_token not in done.stderr
    finally:
        keyring.delete(store_id)
