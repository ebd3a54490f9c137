"""The composition root: parses the command line, builds every part once, hands them to the window.

No PySide6 import at module level (core modules never import Qt; this one only inside functions).

    vtex-invoice-gui [--demo] [--base-url URL --account NAME] [--screenshot DIR]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import APP_NAME, __version__
from .blocking import bounded
from .display import display_problem
from .messages import Message, message_of
from .process_guard import no_core_dumps
from .secrets import Credentials, SecretStore, SecretVault
from .settings import SettingsFile, StoreProfile, config_dir
from .vtex.account import AccountError, validate_account_name, validate_loopback_url
from .vtex.credentials import CredentialError

if TYPE_CHECKING:  # only for annotations: nothing below runs Qt at import time
    from concurrent.futures import Future

    from .journal import Drafts, Journal
    from .journal.owner import DeskLock
    from .ui.runtime.context import ClientWrapper, DeskContext
    from .ui.main_window import MainWindow
    from .vtex import RetryPolicy

KEY_ENV = "VTEX_APP_KEY"
TOKEN_ENV = "VTEX_APP_TOKEN"
DEMO_STORE_ID = "demo"
DEMO_EXTRA_ORDERS = 400  # a real day: every worklist queue has rows (sandbox.demo_day)
CLI_STORE_ID = "command-line"
#: Seconds a thread may keep the GIL while another waits for it (Python's default is 5 ms). Every Qt
#: call on the GUI thread lets the GIL go; with a worker busy in Python (an HTTP answer, an NF-e, the
#: journal) each such call could wait a whole interval to get it back, and the window froze for tens
#: of milliseconds. 1 ms keeps those waits short at a negligible cost to the workers.
SWITCH_INTERVAL_S = 0.001
#: Seconds closing waits for the journal (only a job abandoned at quit inside it makes it wait).
JOURNAL_CLOSE_S = 1.0

#: The start-up note when ``VTEX_APP_KEY``/``VTEX_APP_TOKEN`` hold a mangled key or token.
NOTE_ENV_CREDENTIALS = Message("app.env_credentials")


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
    parser.add_argument(
        "--screenshot-size",
        metavar="WxH",
        default="1600x900",
        help="window size for --screenshot (default 1600x900; e.g. 1366x768, 1024x700)",
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        choices=("en", "pt_BR", "es"),
        help="the desk's language for this run: en, pt_BR or es (default: the settings, else the system's)",
    )
    args = parser.parse_args(argv)
    if args.screenshot is not None:
        args.demo = True
    try:
        width, height = (int(part) for part in args.screenshot_size.lower().split("x"))
    except ValueError:
        parser.error("--screenshot-size is WIDTHxHEIGHT, e.g. 1024x700")
    args.screenshot_size = (width, height)
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
    demo_later: bool = False,
    stores: Future[Stores] | None = None,
) -> DeskContext:
    """Build the settings, secrets, journal, drafts, HTTP client and workers, wired together.

    The HTTP client is made on a background thread (see :class:`~.ui.context.ApiFactory`). With
    ``demo_later`` the ``--demo`` store starts on a background thread too, once the window is
    shown (:class:`~.ui.startup.DemoStart`); else it is running when this returns. ``stores``:
    the journal and drafts being opened by :func:`open_stores_soon` (else they are opened here).

    Needs a QApplication. Every client the tabs get is a :class:`JournaledClient` writing to the
    journal (a ``wrap`` given here is applied to the plain client first, inside the journal).
    The journal and drafts live in ``<home>/data`` when ``home`` is given, else where
    :func:`~vtex_invoice_gui.journal.default_db_path` says (``VTEX_DESK_HOME`` or platformdirs).
    """
    import shutil

    from .journal import JournaledClient
    from .journal.window import settle_window
    from .vtex.client import DEFAULT_TIMEOUT
    from .ui.runtime.context import ApiFactory, DeskContext
    from .ui.runtime.workers import TaskRunner
    from .vtex.transport import http_client

    sys.setswitchinterval(SWITCH_INTERVAL_S)  # before any worker starts: see the constant
    directory = config_dir(home)
    settings_file = SettingsFile(directory / "settings.json")
    settings = settings_file.load()
    vault = secrets if secrets is not None else SecretVault(SecretStore())
    opened = stores.result() if stores is not None else open_stores(args.demo, home)
    journal, drafts, problem, scratch = opened.journal, opened.drafts, opened.problem, opened.scratch
    inner = wrap

    def journaled(client: Any, profile: StoreProfile) -> Any:
        return JournaledClient(inner(client, profile) if inner is not None else client, journal, store=profile.id)

    api = ApiFactory(vault, http_client, retry=retry, wrap=journaled)  # made when first needed
    ctx = DeskContext(
        settings=settings,
        settings_file=settings_file,
        secrets=vault,
        api=api,
        tasks=TaskRunner(),
        journal=journal,
        drafts=drafts,
        config_dir=directory,
        apply_window=(
            settle_window(DEFAULT_TIMEOUT.read or 0.0, settings.apply_time_s) if apply_window is None else apply_window
        ),
    )
    if scratch is not None:
        ctx.closers.append(lambda: shutil.rmtree(scratch, ignore_errors=True))
    # Run last to first, each waiting a bounded time: a job stuck in the journal keeps its lock.
    ctx.closers += [opened.release, bounded(journal.close, JOURNAL_CLOSE_S, "journal-close"), drafts.close, api.close]
    if problem:
        ctx.startup_notes.append(problem)
    if settings_file.problem:
        ctx.startup_notes.append(settings_file.problem)
    if args.demo and demo_later:  # begun by the window once it is up
        ctx.starting = _demo_store_starter(ctx)
        ctx.closers.append(ctx.starting.stop)
    elif args.demo:
        _add_demo_store(ctx)
    elif args.base_url:
        profile = StoreProfile(id=CLI_STORE_ID, account=args.account, base_url=args.base_url, session_only=True)
        settings.upsert(profile)
        settings.current_store = profile.id
        key, token = os.environ.get(KEY_ENV, "").strip(), os.environ.get(TOKEN_ENV, "").strip()
        if key and token:
            try:
                vault.save(profile.id, Credentials(key, token), session_only=True)
            except CredentialError as exc:  # mangled while copying: say which variable, never its value
                ctx.startup_notes.append(NOTE_ENV_CREDENTIALS.format(problem=message_of(exc), key=KEY_ENV, token=TOKEN_ENV))
    return ctx


@dataclass
class Stores:
    """The journal of sends and the drafts, with what the clerk must be told about the journal (it was
    set aside, or none could be opened: then sending is blocked, see :mod:`~.journal.opening`)."""

    journal: Journal
    drafts: Drafts
    problem: Message | str = ""
    scratch: Path | None = None  # the demo's directory, removed on close
    lock: DeskLock | None = None  # one desk per data folder, held while the window is open

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()


def open_stores(demo: bool, home: str | os.PathLike[str] | None = None) -> Stores:
    """Open the journal and the drafts (the demo's in a scratch directory: its sends are not the
    store's, they stay out of the real journal).

    The real data folder is taken with a :class:`~.journal.owner.DeskLock` first: a second desk on
    it raises :class:`~.journal.owner.DeskAlreadyRunning`, naming the first.
    """
    import tempfile

    from .journal import Drafts, default_db_path, open_journal
    from .journal.db import DB_NAME
    from .journal.owner import DeskLock

    scratch = Path(tempfile.mkdtemp(prefix="vtex-desk-demo-")) if demo else None
    lock = None
    if scratch is not None:
        journal, problem = open_journal(scratch / DB_NAME)
    else:
        path = default_db_path() if home is None else Path(home) / "data" / DB_NAME
        lock = _lock_folder(DeskLock(path.parent))
        try:
            journal, problem = open_journal(path)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
    return Stores(journal, Drafts(journal.path), problem or "", scratch, lock)


def _lock_folder(lock: Any) -> Any:
    """Take the desk lock; None when the folder cannot hold a lock file at all (read-only: the
    journal falls back elsewhere). Another desk holding it raises ``DeskAlreadyRunning``."""
    try:
        return lock.acquire()
    except OSError:
        return None


def open_stores_soon(demo: bool, home: str | os.PathLike[str] | None = None) -> Future[Stores]:
    """:func:`open_stores` on a background thread, for :func:`build_context`.

    Opening SQLite files waits on the disk (creating the demo's journal fsyncs its schema: ~40 ms
    here, more on a slow disk) without holding the GIL, so the window's modules load meanwhile.
    """
    from concurrent.futures import Future

    future: Future[Stores] = Future()

    def work() -> None:
        try:
            future.set_result(open_stores(demo, home))
        except BaseException as exc:  # noqa: BLE001 - re-raised by build_context in the GUI thread
            future.set_exception(exc)

    threading.Thread(target=work, name="desk-journal-open", daemon=True).start()
    return future


def _demo_sandbox() -> Any:
    from .sandbox import REALISTIC_APPLY_DELAY, Sandbox

    # VTEX takes seconds to apply an invoice, then to settle it: the demo shows the desk waiting.
    return Sandbox(latency=0.0, apply_delay=REALISTIC_APPLY_DELAY, extra_orders=DEMO_EXTRA_ORDERS).start()


def _demo_store_starter(ctx: DeskContext) -> Any:
    """The demo store, to start on a background thread once the window is up (:class:`DemoStart`),
    with the HTTP client that talks to it."""
    from .ui.runtime.startup import DemoStart

    def start() -> Any:
        sandbox = _demo_sandbox()
        ctx.api.prepare_now(sandbox.base_url)
        return sandbox

    return DemoStart(start, lambda sandbox: _use_demo_store(ctx, sandbox))


def _add_demo_store(ctx: DeskContext) -> None:
    sandbox = _demo_sandbox()
    ctx.closers.append(sandbox.stop)
    _use_demo_store(ctx, sandbox)


def _use_demo_store(ctx: DeskContext, sandbox: Any) -> None:
    """Make the running demo sandbox the current store (session only: nothing is saved)."""
    profile = StoreProfile(id=DEMO_STORE_ID, account=sandbox.account, base_url=sandbox.base_url, session_only=True)
    ctx.settings.upsert(profile)
    ctx.settings.current_store = profile.id
    ctx.secrets.save(profile.id, Credentials(sandbox.app_key, sandbox.app_token), session_only=True)
    ctx.demo = sandbox


def create_window(argv: list[str], **overrides: Any) -> MainWindow:
    """The main window (a QMainWindow) for these arguments, ready to show (a QApplication must exist).

    ``overrides`` (for tests and embedding): ``secrets`` (a SecretVault), ``home`` (config dir;
    the journal goes to ``home/data``), ``retry`` (RetryPolicy), ``wrap`` (client wrapper, applied
    inside the journal), ``apply_window`` (the settle window: seconds after the client gave up on
    a write before reconciliation may conclude it is absent; default: the read timeout plus the
    settings' ``apply_time_s``).
    """
    from .ui.main_window import MainWindow

    args = parse_args(list(argv))
    ctx = build_context(args, **overrides)
    window = MainWindow(ctx)
    settle_startup_objects()
    return window


_settled = False


def settle_startup_objects() -> None:
    """Hide what start-up built from the garbage collector, once per process.

    Modules, classes, pydantic schemas and the window's Python objects live as long as the app;
    scanning them again on every full collection made a collection take 40-60 ms in the middle of
    the clerk's work (after a few large orders). ``gc.freeze()`` moves them to a generation the
    collector never scans; everything made later is collected as before.
    """
    global _settled
    if not _settled:
        _settled = True
        gc.freeze()


def main(argv: list[str] | None = None) -> int:
    """The ``vtex-invoice-gui`` entry point."""
    no_core_dumps()  # before any key or token is in memory
    args_list = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args_list:
        from .ui.runtime.selftest import run_self_test

        return run_self_test(args_list)
    from .commands import run_command

    status = run_command(args_list)  # e.g. ``danfe XML... --output FILE.pdf``
    if status is not None:
        return status
    args = parse_args(args_list)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if display_problem(os.environ) is not None:  # Qt would abort (rc 134) with its words in the log only
        from .ui.runtime.application import say_no_display

        return say_no_display(args.language)
    from .ui.runtime.application import run

    return run(args, args_list)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
