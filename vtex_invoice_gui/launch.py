"""What the command line asks for, and the stores the desk opens before any window: no Qt here.

:func:`parse_args` reads the command line; :func:`open_stores` opens the journal of sends and the
drafts (:func:`open_stores_soon` on a background thread while Qt loads). The composition root
(:mod:`vtex_invoice_gui.app`) calls these, then hands the result to the Qt layer
(:func:`vtex_invoice_gui.ui.runtime.desk.create_window`).

    vtex-invoice-gui [--demo] [--base-url URL --account NAME] [--screenshot DIR]
"""

from __future__ import annotations

import argparse
import gc
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import APP_NAME, __version__
from .messages import Message
from .vtex.account import AccountError, validate_account_name, validate_loopback_url

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .journal import Drafts, Journal
    from .journal.owner import DeskLock

KEY_ENV = "VTEX_APP_KEY"
TOKEN_ENV = "VTEX_APP_TOKEN"
DEMO_STORE_ID = "demo"
DEMO_EXTRA_ORDERS = 400  # a real day: every worklist queue has rows (sandbox.demo_day)
CLI_STORE_ID = "command-line"
#: Seconds a thread may keep the GIL while another waits for it (Python's default is 5 ms). Every Qt
#: call on the GUI thread lets the GIL go; with a worker busy in Python (an HTTP answer, an NF-e, the
#: journal) each such call could wait a whole interval to get it back, and the window froze for tens
#: of milliseconds. 0.2 ms keeps those waits short (a 500-item NF-e read on a worker: largest gap
#: 23 -> 16 ms, measured with ``python -m benchmarks.stall_trace nfe``) at a small cost to the workers.
SWITCH_INTERVAL_S = 0.0002
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
