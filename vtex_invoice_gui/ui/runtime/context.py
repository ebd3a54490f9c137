"""What every tab is given: a typed context built once by the composition root (``app.py``).

Tabs reach VTEX only through :class:`ApiFactory`, which builds, for the store chosen when the
call starts, an object with the client's method names (:class:`OrdersApi`). The composition root
may wrap the plain :class:`OmsClient` (a journaling wrapper, for example) without any tab knowing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ...journal import Drafts, Journal, UnavailableJournal
from ...journal.window import DEFAULT_SETTLE_WINDOW_S
from ...secrets import SecretVault
from ...settings import Settings, SettingsFile, StoreProfile
from ...vtex import (
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

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)


class OrdersApi(Protocol):
    """The calls the desk makes: :class:`OmsClient`'s, as a journaling wrapper takes them (a write
    may replace an unsettled journal row, ``resend_of``; ``force`` only after reconciliation)."""

    def get_order(self, order_id: str) -> Order: ...
    def list_orders(
        self, status: str | None = None, page: int = 1, per_page: int = 15, *, query: str | None = None,
        order_by: str | None = None, filters: Mapping[str, str] | None = None,
    ) -> OrderList: ...
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
    """Builds the client for a store, on the worker thread (reading the keyring may block).

    ``http`` is the one HTTP client, or a function that makes it. A function's client is made on
    first use, or by :meth:`prepare` on a background thread once the window is up
    (``httpx.Client()`` imports its transport and loads the CA bundle: ~40 ms), and a store on
    plain ``http://`` (the loopback sandbox) gets a client of its own without the CA bundle
    (:func:`plain_http_client`): no TLS ever happens on its connections.
    """

    def __init__(
        self,
        secrets: SecretVault,
        http: httpx.Client | Callable[[], httpx.Client],
        *,
        retry: RetryPolicy | None = None,
        wrap: ClientWrapper | None = None,
    ) -> None:
        self.secrets = secrets
        self.retry = retry
        self.wrap = wrap
        self._make = http if callable(http) else None
        self._given = None if callable(http) else http
        self._clients: dict[bool, httpx.Client] = {}  # uses TLS -> its client
        self._lock = threading.Lock()
        self._closed = False

    def prepare(self, profile: StoreProfile | None) -> None:
        """Make ``profile``'s HTTP client now, on a background thread (a no-op when it exists)."""
        tls = profile is None or not _plain_http(profile.base_url)
        if self._given is None and tls not in self._clients:
            threading.Thread(target=self._prepare, args=(tls,), name="desk-http-client", daemon=True).start()

    def prepare_now(self, base_url: str | None) -> None:
        """Make the HTTP client for stores at ``base_url`` now, on this thread."""
        self._prepare(not _plain_http(base_url))

    def _prepare(self, tls: bool) -> None:
        try:
            self._client(tls)
        except Exception:  # noqa: BLE001 - the first request makes it again and reports why
            if not self._closed:
                log.exception("could not prepare the HTTP client")

    @property
    def http(self) -> httpx.Client:
        """The HTTP client for any store (made now, or waited for, when it is not ready yet)."""
        return self._client(True)

    def http_for(self, base_url: str | None) -> httpx.Client:
        """The HTTP client for a store at ``base_url`` (None: a VTEX account)."""
        return self._client(not _plain_http(base_url))

    def _client(self, tls: bool) -> httpx.Client:
        with self._lock:
            if self._given is not None:
                return self._given
            client = self._clients.get(tls)
            if client is None:
                if self._closed or self._make is None:
                    raise RuntimeError("the desk is closing")
                client = self._clients[tls] = self._make() if tls else plain_http_client()
            return client

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
            http=self._client(not _plain_http(profile.base_url)),
            retry=self.retry,
            on_retry=on_retry,
        )
        return self.wrap(client, profile) if self.wrap is not None else client

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for client in (self._given, *self._clients.values()):
                if client is not None:
                    client.close()


def _plain_http(base_url: str | None) -> bool:
    """A store reached over plain HTTP (the loopback sandbox); a VTEX account has no base URL."""
    return bool(base_url) and str(base_url).lower().startswith("http://")


def plain_http_client() -> httpx.Client:
    """A client for ``http://`` stores only (the loopback sandbox): no TLS happens on those
    connections, so the CA bundle is not loaded; its TLS context trusts no certificate at all, so
    it could never complete a TLS handshake even if one were attempted. It never uses a proxy
    (``HTTP_PROXY``, ``ALL_PROXY``): the key and token would reach it in clear."""
    from ...vtex.transport import loopback_http_client

    return loopback_http_client()


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
    #: The in-process sandbox with ``--demo`` (its seed order ids drive ``--screenshot``).
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
            return fn(factory.build(profile, on_retry=control.retry))

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
