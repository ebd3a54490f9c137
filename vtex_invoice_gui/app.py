"""The composition root: parses the command line, builds every part once, hands them to the window.

No PySide6 import at module level (core modules never import Qt; this one only inside functions).

    vtex-invoice-gui [--demo] [--base-url URL --account NAME] [--screenshot DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import APP_NAME, __version__
from .secrets import Credentials, SecretStore, SecretVault
from .settings import SettingsFile, StoreProfile, config_dir
from .vtex.account import AccountError, validate_account_name, validate_loopback_url

if TYPE_CHECKING:  # only for annotations: nothing below runs Qt at import time
    from .ui.context import ClientWrapper, DeskContext
    from .ui.main_window import MainWindow
    from .vtex import RetryPolicy

KEY_ENV = "VTEX_APP_KEY"
TOKEN_ENV = "VTEX_APP_TOKEN"
DEMO_STORE_ID = "demo"
CLI_STORE_ID = "command-line"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="vtex-invoice-gui", description=f"{APP_NAME}: invoice VTEX orders by hand.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="start the built-in sandbox store and use it")
    parser.add_argument("--base-url", metavar="URL", help="a loopback sandbox address (http://127.0.0.1:PORT)")
    parser.add_argument("--account", metavar="NAME", help="account name shown for --base-url (default: sandbox)")
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        type=Path,
        help="start offscreen on the demo store, save one PNG per tab to DIR and exit",
    )
    args = parser.parse_args(argv)
    if args.screenshot is not None:
        args.demo = True
    if args.demo and args.base_url:
        parser.error("--demo and --base-url cannot be combined")
    if args.account and not args.base_url:
        parser.error("--account goes with --base-url")
    if args.base_url:
        try:
            args.base_url = validate_loopback_url(args.base_url)
            args.account = validate_account_name(args.account or "sandbox")
        except AccountError as exc:
            parser.error(str(exc))
    return args


def build_context(
    args: argparse.Namespace,
    *,
    secrets: SecretVault | None = None,
    home: str | os.PathLike[str] | None = None,
    retry: RetryPolicy | None = None,
    wrap: ClientWrapper | None = None,
) -> DeskContext:
    """Build the settings, secrets, HTTP client, workers and history, wired together (needs a QApplication)."""
    import httpx

    from .ui.context import ApiFactory, DeskContext
    from .ui.history_tab import HistoryTab
    from .ui.workers import TaskRunner

    directory = config_dir(home)
    settings_file = SettingsFile(directory / "settings.json")
    settings = settings_file.load()
    vault = secrets if secrets is not None else SecretVault(SecretStore())
    http = httpx.Client()
    ctx = DeskContext(
        settings=settings,
        settings_file=settings_file,
        secrets=vault,
        api=ApiFactory(vault, http, retry=retry, wrap=wrap),
        tasks=TaskRunner(),
        history=HistoryTab(),
        config_dir=directory,
    )
    ctx.closers.append(http.close)
    if settings_file.problem:
        ctx.startup_notes.append(settings_file.problem)
    if args.demo:
        _add_demo_store(ctx)
    elif args.base_url:
        profile = StoreProfile(id=CLI_STORE_ID, account=args.account, base_url=args.base_url, session_only=True)
        settings.upsert(profile)
        settings.current_store = profile.id
        key, token = os.environ.get(KEY_ENV, ""), os.environ.get(TOKEN_ENV, "")
        if key and token:
            vault.save(profile.id, Credentials(key, token), session_only=True)
    return ctx


def _add_demo_store(ctx: DeskContext) -> None:
    from .sandbox import Sandbox

    sandbox = Sandbox(latency=0.0, apply_delay=1.0).start()
    ctx.closers.append(sandbox.stop)
    profile = StoreProfile(id=DEMO_STORE_ID, account=sandbox.account, base_url=sandbox.base_url, session_only=True)
    ctx.settings.upsert(profile)
    ctx.settings.current_store = profile.id
    ctx.secrets.save(profile.id, Credentials(sandbox.app_key, sandbox.app_token), session_only=True)
    ctx.demo = sandbox


def create_window(argv: list[str], **overrides: Any) -> MainWindow:
    """The main window (a QMainWindow) for these arguments, ready to show (a QApplication must exist).

    ``overrides`` (for tests and embedding): ``secrets`` (a SecretVault), ``home`` (config dir),
    ``retry`` (RetryPolicy), ``wrap`` (client wrapper).
    """
    from .ui.main_window import MainWindow

    args = parse_args(list(argv))
    ctx = build_context(args, **overrides)
    return MainWindow(ctx)


def main(argv: list[str] | None = None) -> int:
    """The ``vtex-invoice-gui`` entry point."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(args_list)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .ui.application import run

    return run(args, args_list)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
