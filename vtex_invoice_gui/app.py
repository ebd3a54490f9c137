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
    from .journal import Journal
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
    apply_window: float | None = None,
) -> DeskContext:
    """Build the settings, secrets, journal, drafts, HTTP client and workers, wired together.

    Needs a QApplication. Every client the tabs get is a :class:`JournaledClient` writing to the
    journal (a ``wrap`` given here is applied to the plain client first, inside the journal).
    The journal and drafts live in ``<home>/data`` when ``home`` is given, else where
    :func:`~vtex_invoice_gui.journal.default_db_path` says (``VTEX_DESK_HOME`` or platformdirs).
    """
    import shutil
    import tempfile

    import httpx

    from .journal import Drafts, JournaledClient
    from .journal.db import DB_NAME
    from .journal.models import DEFAULT_APPLY_WINDOW_S
    from .ui.context import ApiFactory, DeskContext
    from .ui.workers import TaskRunner

    directory = config_dir(home)
    settings_file = SettingsFile(directory / "settings.json")
    settings = settings_file.load()
    vault = secrets if secrets is not None else SecretVault(SecretStore())
    scratch = Path(tempfile.mkdtemp(prefix="vtex-desk-demo-")) if args.demo else None
    if scratch is not None:  # the demo's sends are not the store's: keep them out of the real journal
        journal, problem = _open_journal(scratch / DB_NAME)
    else:
        journal, problem = _open_journal(None if home is None else Path(home) / "data" / DB_NAME)
    drafts = Drafts(journal.path)
    inner = wrap

    def journaled(client: Any, profile: StoreProfile) -> Any:
        return JournaledClient(inner(client, profile) if inner is not None else client, journal, store=profile.id)

    http = httpx.Client()
    ctx = DeskContext(
        settings=settings,
        settings_file=settings_file,
        secrets=vault,
        api=ApiFactory(vault, http, retry=retry, wrap=journaled),
        tasks=TaskRunner(),
        journal=journal,
        drafts=drafts,
        config_dir=directory,
        apply_window=DEFAULT_APPLY_WINDOW_S if apply_window is None else apply_window,
    )
    if scratch is not None:
        ctx.closers.append(lambda: shutil.rmtree(scratch, ignore_errors=True))
    ctx.closers += [journal.close, drafts.close, http.close]  # run last to first
    if problem:
        ctx.startup_notes.append(problem)
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


def _open_journal(path: Path | None) -> tuple[Journal, str]:
    """The journal at ``path`` (default location when None), or a temporary one and why."""
    import tempfile

    from .journal import Journal, JournalError

    try:
        return Journal(path), ""
    except JournalError as exc:
        fallback = Path(tempfile.mkdtemp(prefix="vtex-desk-journal-")) / "journal.sqlite3"
        note = (
            f"{exc} This session's sends are journaled in {fallback} instead, which a restart does not read."
        )
        return Journal(fallback), note


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

    ``overrides`` (for tests and embedding): ``secrets`` (a SecretVault), ``home`` (config dir;
    the journal goes to ``home/data``), ``retry`` (RetryPolicy), ``wrap`` (client wrapper, applied
    inside the journal), ``apply_window`` (seconds VTEX is given to apply a write before
    reconciliation concludes it is absent).
    """
    from .ui.main_window import MainWindow

    args = parse_args(list(argv))
    ctx = build_context(args, **overrides)
    return MainWindow(ctx)


def main(argv: list[str] | None = None) -> int:
    """The ``vtex-invoice-gui`` entry point."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args_list:
        from .ui.selftest import run_self_test

        return run_self_test(args_list)
    args = parse_args(args_list)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .ui.application import run

    return run(args, args_list)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
