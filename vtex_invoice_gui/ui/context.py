"""What every tab is given: a typed context built once by the composition root (``app.py``).

Tabs reach VTEX only through :class:`ApiFactory`, which builds, for the store chosen when the
call starts, an object with the client's method names (:class:`OrdersApi`). The composition root
may wrap the plain :class:`OmsClient` (a journaling wrapper, for example) without any tab knowing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import httpx

from ..journal import Drafts, Journal
from ..journal.models import DEFAULT_APPLY_WINDOW_S
from ..secrets import SecretVault
from ..settings import Settings, SettingsFile, StoreProfile
from ..vtex import (
    InvoiceNotification,
    OmsClient,
    Order,
    OrderList,
    Receipt,
    RetryNotice,
    RetryPolicy,
    TrackingInfo,
    TrackingStatus,
)
from .workers import TaskControl, TaskRunner

log = logging.getLogger(__name__)


class OrdersApi(Protocol):
    """The calls the desk makes: :class:`OmsClient`'s, as a journaling wrapper takes them (a write
    may replace an unsettled journal row, ``resend_of``; ``force`` only after reconciliation)."""

    def get_order(self, order_id: str) -> Order: ...
    def list_orders(self, status: str | None = None, page: int = 1, per_page: int = 15) -> OrderList: ...
    def start_handling(self, order_id: str) -> None: ...
    def send_invoice(
        self, order_id: str, invoice: InvoiceNotification, *, force: bool = False, resend_of: int | None = None
    ) -> Receipt: ...
    def update_tracking_number(
        self, order_id: str, invoice_number: str, info: TrackingInfo, *, resend_of: int | None = None
    ) -> Receipt: ...
    def update_tracking_status(
        self, order_id: str, invoice_number: str, status: TrackingStatus, *, resend_of: int | None = None
    ) -> Receipt: ...
    def wait_for(
        self, order_id: str, predicate: Callable[[Order], bool], *, timeout: float = 30.0
    ) -> tuple[Order, bool]: ...


class StoreNotReady(Exception):
    """No store is chosen, or it has no key and token yet. ``kind`` says which."""

    def __init__(self, kind: str, store: str = "") -> None:
        super().__init__(f"store not ready: {kind}")
        self.kind = kind  # "no-store" | "no-credentials"
        self.store = store


#: Turns a plain client into what the tabs call (``app.py`` wraps it in a ``JournaledClient``).
ClientWrapper = Callable[[OmsClient, StoreProfile], OrdersApi]


class ApiFactory:
    """Builds the client for a store, on the worker thread (reading the keyring may block)."""

    def __init__(
        self,
        secrets: SecretVault,
        http: httpx.Client,
        *,
        retry: RetryPolicy | None = None,
        wrap: ClientWrapper | None = None,
    ) -> None:
        self.secrets = secrets
        self.http = http
        self.retry = retry
        self.wrap = wrap

    def build(self, profile: StoreProfile | None, on_retry: Callable[[RetryNotice], None] | None = None) -> OrdersApi:
        if profile is None:
            raise StoreNotReady("no-store")
        credentials = self.secrets.load(profile.id)
        if credentials is None:
            raise StoreNotReady("no-credentials", profile.account)
        client = OmsClient(
            profile.to_account(),
            credentials.app_key,
            credentials.app_token,
            http=self.http,
            retry=self.retry,
            on_retry=on_retry,
        )
        return self.wrap(client, profile) if self.wrap is not None else client

    def close(self) -> None:
        self.http.close()


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
    #: How long VTEX may take to apply a write: "not on the order" is not concluded sooner.
    apply_window: float = DEFAULT_APPLY_WINDOW_S
    #: Run when the window closes (stop the demo sandbox, close the HTTP client...).
    closers: list[Callable[[], None]] = field(default_factory=list)
    #: Shown once the window is up (settings file damaged, keyring missing...).
    startup_notes: list[str] = field(default_factory=list)
    #: The in-process sandbox with ``--demo`` (its seed order ids drive ``--screenshot``).
    demo: Any = None

    @property
    def store(self) -> StoreProfile | None:
        return self.settings.current()

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
        """Run ``fn(api)`` on a worker for the current store (captured now, in the GUI thread)."""
        profile = store if store is not None else self.store
        factory = self.api

        def job(control: TaskControl) -> Any:
            return fn(factory.build(profile, on_retry=control.retry))

        self.tasks.start(job, succeeded=succeeded, failed=failed, name=name)

    def close(self) -> None:
        self.tasks.wait()
        while self.closers:
            closer = self.closers.pop()
            try:
                closer()
            except Exception:  # noqa: BLE001 - closing must go on
                log.exception("closing failed")
