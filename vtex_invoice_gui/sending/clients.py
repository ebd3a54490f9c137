"""One client per store, built once: the key and token read from the keyring once, the
``OmsClient`` (wrapped in the journal) kept until the store's credentials change.

:class:`ApiFactory` is what the desk (tabs, start-up check) and the command line ask for "the
client of this store". ``http`` is the one HTTP client, or a function that makes it. A function's
client is made on first use, or by :meth:`ApiFactory.prepare` on a background thread once the
window is up (``httpx.Client()`` imports its transport and loads the CA bundle: ~40 ms), and a
store on plain ``http://`` (the loopback sandbox) gets a client of its own without the CA bundle
(:func:`plain_http_client`): no TLS ever happens on its connections.

The built client is cached per store id (and dropped by :meth:`ApiFactory.forget`, which the
Accounts dialog calls when it saves new credentials or removes the store). Each call may still
be told its own retry notices: :meth:`ApiFactory.build`'s ``on_retry`` is relayed per thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..secrets import SecretVault
from ..settings import StoreProfile
from ..vtex import RetryNotice, RetryPolicy
from ..vtex.api import OrdersApi

if TYPE_CHECKING:
    import httpx

    from ..vtex import OmsClient

log = logging.getLogger(__name__)


class StoreNotReady(Exception):
    """No store is chosen, or it has no key and token yet. ``kind`` says which."""

    def __init__(self, kind: str, store: str = "") -> None:
        super().__init__(f"store not ready: {kind}")
        self.kind = kind  # "no-store" | "no-credentials"
        self.store = store


#: Turns a plain client into what the desk calls (``app.py`` wraps it in a ``JournaledClient``).
ClientWrapper = Callable[["OmsClient", StoreProfile], OrdersApi]


class _RetryRelay:
    """The cached client's ``on_retry``: tells the listener of the call running on this thread."""

    def __init__(self) -> None:
        self._local = threading.local()

    def listen(self, listener: Callable[[RetryNotice], None] | None) -> None:
        self._local.listener = listener

    def __call__(self, notice: RetryNotice) -> None:
        listener = getattr(self._local, "listener", None)
        if listener is not None:
            listener(notice)


class ApiFactory:
    """The client of each store, built on the worker thread (reading the keyring may block), once."""

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
        self._apis: dict[str, tuple[StoreProfile, OrdersApi]] = {}  # store id -> (as built for, client)
        self._relay = _RetryRelay()
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
        """The client of ``profile``'s store (built and cached on first use); ``on_retry`` hears
        the retries of the calls made on this thread from now on."""
        if profile is None:
            raise StoreNotReady("no-store")
        self._relay.listen(on_retry)
        with self._lock:
            cached = self._apis.get(profile.id)
        if cached is not None and cached[0] == profile:
            return cached[1]
        credentials = self.secrets.load(profile.id)  # the keyring, once per store
        if credentials is None:
            raise StoreNotReady("no-credentials", profile.account)
        from ..vtex.client import OmsClient  # httpx with it: not before the window is painted

        client = OmsClient(
            profile.to_account(),
            credentials.app_key,
            credentials.app_token,
            http=self._client(not _plain_http(profile.base_url)),
            retry=self.retry,
            on_retry=self._relay,
        )
        api = self.wrap(client, profile) if self.wrap is not None else client
        with self._lock:
            self._apis[profile.id] = (profile.model_copy(deep=True), api)
        return api

    def quiet(self) -> None:
        """The call on this thread is over: its retries are no longer told to anyone."""
        self._relay.listen(None)

    def forget(self, store_id: str) -> None:
        """Drop the store's client: its key and token changed, or the store was removed."""
        with self._lock:
            self._apis.pop(store_id, None)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._apis.clear()
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
    from ..vtex.transport import loopback_http_client

    return loopback_http_client()
