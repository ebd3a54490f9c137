"""What every tab is given: a typed context built once by the composition root (``app.py``).

Tabs reach VTEX only through :meth:`DeskContext.call`, which runs a job on a worker with the
current store's client (an :class:`~vtex_invoice_gui.vtex.api.OrdersApi`, cached per store by the
core's :class:`~vtex_invoice_gui.sending.clients.ApiFactory`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...journal import Drafts, Journal, UnavailableJournal
from ...journal.window import DEFAULT_SETTLE_WINDOW_S
from ...secrets import SecretVault
from ...settings import Settings, SettingsFile, StoreProfile
from ...sending.clients import ApiFactory
from ...vtex.api import OrdersApi
from .workers import TaskControl, TaskRunner

log = logging.getLogger(__name__)


@dataclass
class DeskContext:
    """Everything a tab needs, passed in explicitly (no globals)."""

    settings: Settings
    settings_file: SettingsFile
    secrets: SecretVault
    api: ApiFactory
    tasks: TaskRunner
    #: The journal of every write (the api's clients write to it) and the clerk's form drafts.
    journal: Journal
    drafts: Drafts
    config_dir: Path
    #: The settle window (seconds, see ``journal/window.py``): how long after the client gave up
    #: on a write the desk keeps re-reading the order before it concludes "not applied".
    apply_window: float = DEFAULT_SETTLE_WINDOW_S
    #: Run first when the window closes, before waiting for jobs (hand the last drafts to the writer).
    flushers: list[Callable[[], None]] = field(default_factory=list)
    #: Run when the window closes, after the jobs (stop the demo sandbox, close the HTTP client...).
    closers: list[Callable[[], None]] = field(default_factory=list)
    #: Shown once the window is up (settings file damaged, keyring missing...).
    startup_notes: list[str] = field(default_factory=list)
    #: The demo store with ``--demo`` (a :class:`~vtex_invoice_gui.demo_store.DemoStoreProcess`).
    demo: Any = None
    #: A store still starting (``--demo`` started after the window: :class:`~.startup.DemoStart`):
    #: calls for "the current store" made meanwhile wait for it instead of finding no store.
    starting: Any = None

    @property
    def store(self) -> StoreProfile | None:
        return self.settings.current()

    @property
    def sending_blocked(self) -> str | None:
        """Why nothing may be sent this session (no journal could be opened), else None."""
        journal = self.journal
        return journal.problem if isinstance(journal, UnavailableJournal) else None

    def profile(self, store_id: str) -> StoreProfile | None:
        """The configured store with that id (journal rows and drafts name stores by id)."""
        return next((p for p in self.settings.stores if p.id == store_id), None)

    def store_name(self, store_id: str) -> str:
        """The account name to show for a store id (the id itself when it is not set up)."""
        profile = self.profile(store_id)
        return profile.account if profile is not None else store_id

    def save_settings(self) -> None:
        self.settings_file.save(self.settings)

    def call(
        self,
        fn: Callable[[OrdersApi], Any],
        *,
        succeeded: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        name: str = "call",
        store: StoreProfile | None = None,
    ) -> None:
        """Run ``fn(api)`` on a worker for the current store (captured now, in the GUI thread).

        While the store is still starting (:attr:`starting`), the call waits for it, then runs.
        """
        starting = self.starting
        if store is None and starting is not None and starting.pending:
            starting.later(lambda: self.call(fn, succeeded=succeeded, failed=failed, name=name))
            return
        profile = store if store is not None else self.store
        factory = self.api

        def job(control: TaskControl) -> Any:
            try:
                return fn(factory.build(profile, on_retry=control.retry))
            finally:
                factory.quiet()

        self.tasks.start(job, succeeded=succeeded, failed=failed, name=name)

    def close(self) -> None:
        """Flush, wait for the jobs (bounded: :data:`~.workers.QUIT_WAIT_S`), close (last first)."""
        _run_all(self.flushers)
        self.tasks.wait()
        _run_all(self.closers)


def _run_all(calls: list[Callable[[], None]]) -> None:
    """Call and remove each, last first; one failing does not stop the others."""
    while calls:
        call = calls.pop()
        try:
            call()
        except Exception:  # noqa: BLE001 - closing must go on
            log.exception("closing failed")
