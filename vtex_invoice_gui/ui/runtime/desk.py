"""The desk's parts wired together: the context every tab gets, and the main window on it.

:func:`create_window` is the one way a window is made: ``vtex_invoice_gui.app.main`` calls it
after starting Qt, and so do the tests and benchmarks (with a memory secret store, a temporary
home, quick retries...). The direction is one way: ``app`` -> here -> the tabs; nothing in
``ui/`` imports ``app``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from ...blocking import bounded
from ...demo_store import DemoStoreProcess
from ...journal import JournaledClient
from ...journal.window import settle_window
from ...launch import (
    CLI_STORE_ID,
    DEMO_EXTRA_ORDERS,
    DEMO_STORE_ID,
    JOURNAL_CLOSE_S,
    KEY_ENV,
    NOTE_ENV_CREDENTIALS,
    SWITCH_INTERVAL_S,
    TOKEN_ENV,
    Stores,
    open_stores,
    settle_startup_objects,
)
from ...messages import Message, message_of
from ...secrets import Credentials, SecretStore, SecretVault
from ...settings import SettingsFile, StoreProfile, config_dir
from ...vtex.credentials import CredentialError
from ...vtex.timeouts import READ_TIMEOUT_S
from ...sending.clients import ApiFactory, ClientWrapper
from .context import DeskContext
from .startup import DemoStart
from .workers import TaskRunner

if TYPE_CHECKING:
    from ...vtex import RetryPolicy
    from ..main_window import MainWindow


def create_window(
    args: argparse.Namespace,
    *,
    notes: tuple[Message | str, ...] = (),
    **overrides: Any,
) -> MainWindow:
    """The main window (a QMainWindow) for the parsed ``args``, ready to show (a QApplication must
    exist, with its locale and translations: widgets translate their texts when built).

    ``notes``: what the clerk is told at start-up besides the context's own (e.g. no log file).
    ``overrides`` go to :func:`build_context`: ``secrets`` (a SecretVault), ``home`` (config dir;
    the journal goes to ``home/data``), ``retry`` (RetryPolicy), ``wrap`` (client wrapper, applied
    inside the journal), ``apply_window`` (the settle window: seconds after the client gave up on
    a write before reconciliation may conclude it is absent; default: the read timeout plus the
    settings' ``apply_time_s``), ``demo_later``, ``stores`` and ``demo_store`` (the ``--demo`` store's
    process, spawned early by ``app.main``: else it is spawned here).
    """
    from ..main_window import MainWindow

    ctx = build_context(args, **overrides)
    ctx.startup_notes += notes
    window = MainWindow(ctx)
    settle_startup_objects()
    return window


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
    demo_store: DemoStoreProcess | None = None,
) -> DeskContext:
    """Build the settings, secrets, journal, drafts, HTTP client and workers, wired together.

    The HTTP client is made on a background thread (see :class:`~vtex_invoice_gui.sending.clients.ApiFactory`). With
    ``demo_later`` the ``--demo`` store starts on a background thread too, once the window is
    shown (:class:`~.startup.DemoStart`); else it is running when this returns. ``stores``:
    the journal and drafts being opened by :func:`~vtex_invoice_gui.launch.open_stores_soon` (else they are opened here).

    Needs a QApplication. Every client the tabs get is a :class:`JournaledClient` writing to the
    journal (a ``wrap`` given here is applied to the plain client first, inside the journal).
    The journal and drafts live in ``<home>/data`` when ``home`` is given, else where
    :func:`~vtex_invoice_gui.journal.default_db_path` says (``VTEX_DESK_HOME`` or platformdirs).
    """
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

    api = ApiFactory(vault, _http_client, retry=retry, wrap=journaled)  # made when first needed
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
            settle_window(READ_TIMEOUT_S, settings.apply_time_s) if apply_window is None else apply_window
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
    if args.demo:
        demo_store = demo_store or DemoStoreProcess(extra_orders=DEMO_EXTRA_ORDERS).spawn()
        ctx.closers.append(demo_store.stop)  # also when it never got to be ready
    if args.demo and demo_later:  # its readiness is awaited once the window is up
        ctx.starting = _demo_store_starter(ctx, demo_store)
        ctx.closers.append(ctx.starting.stop)
    elif args.demo:
        _use_demo_store(ctx, demo_store.wait_ready())
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


def _http_client() -> Any:
    from ...vtex.transport import http_client  # httpx: imported on the thread that makes the client

    return http_client()


def _demo_store_starter(ctx: DeskContext, store: DemoStoreProcess) -> Any:
    """The demo store's process, awaited on a background thread once the window is up
    (:class:`DemoStart`), with the HTTP client that talks to it made meanwhile."""

    def start() -> Any:
        store.wait_ready()  # a pipe read: the GIL is free for the window meanwhile
        ctx.api.prepare_now(store.base_url)
        return store

    return DemoStart(start, lambda sandbox: _use_demo_store(ctx, sandbox))


def _use_demo_store(ctx: DeskContext, sandbox: DemoStoreProcess) -> None:
    """Make the running demo store the current store (session only: nothing is saved)."""
    profile = StoreProfile(id=DEMO_STORE_ID, account=sandbox.account, base_url=sandbox.base_url, session_only=True)
    ctx.settings.upsert(profile)
    ctx.settings.current_store = profile.id
    ctx.secrets.save(profile.id, Credentials(sandbox.app_key, sandbox.app_token), session_only=True)
    ctx.demo = sandbox
