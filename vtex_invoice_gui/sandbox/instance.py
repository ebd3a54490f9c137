"""``Sandbox``: a local HTTP server that behaves like VTEX's OMS, for tests, demos and benchmarks."""

from __future__ import annotations

import copy
import ipaddress
import socket
import threading
import time
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Any

from .errors import ApiError
from .faults import FaultQueue
from .demo_day import demo_day_orders
from .seed import seed_orders
from .server import RecordedRequest, SandboxHTTPServer
from .store import Store

DEMO_APP_KEY = "vtexappkey-sandbox-DEMO"
DEMO_APP_TOKEN = "SANDBOXDEMOTOKENXKQWJHZPLMNBVCXASDFGHJKLQWERTYUIOPZXCVBNMASDFGHJKLQWERTY"
LIMITED_APP_KEY = "vtexappkey-sandbox-READONLY"
LIMITED_APP_TOKEN = "SANDBOXREADONLYTOKENQWERTYUIOPASDFGHJKLZXCVBNMQWERTYUIOPASDFGHJKLZXCVBN"
NOLIST_APP_KEY = "vtexappkey-sandbox-NOLIST"
NOLIST_APP_TOKEN = "SANDBOXNOLISTTOKENZXCVBNMASDFGHJKLQWERTYUIOPZXCVBNMASDFGHJKLQWERTYUIOP"
NOREFUND_APP_KEY = "vtexappkey-sandbox-NOREFUND"
NOREFUND_APP_TOKEN = "SANDBOXNOREFUNDTOKENQWERTYUIOPASDFGHJKLZXCVBNMQWERTYUIOPASDFGHJKLZXCVBNM"
ACCOUNT = "sandbox"
REALISTIC_APPLY_DELAY = 3.0
"""Seconds OMS takes to apply an invoice (FIELD measured ~6 s; "a few seconds"): the demo's and
the command line's default. Tests pass their own ``apply_delay`` (0 unless timing is the point)."""


def check_loopback(host: str) -> str:
    """Return ``host`` if it is a loopback address (or ``localhost``); raise ``ValueError`` otherwise."""
    if host == "localhost":
        return "127.0.0.1"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise ValueError(f"the sandbox only binds to loopback addresses, not {host!r}") from None
    if not address.is_loopback:
        raise ValueError(f"the sandbox only binds to loopback addresses, not {host!r}")
    return host


class Sandbox:
    """A fake VTEX account ("sandbox") served over real HTTP on a loopback port.

    Use it as a context manager (``with Sandbox() as sb: ...``) or call :meth:`start` and
    :meth:`stop`. ``latency`` is added to every request; ``apply_delay`` is how long a posted
    invoice takes to show up in Get Order, and then how long the gateway takes to settle it
    (0 = immediately; the demo uses :data:`REALISTIC_APPLY_DELAY`). ``clock`` (monotonic seconds)
    can be injected so that tests step through the delays without sleeping. ``extra_orders``
    adds a real day's work (:mod:`.demo_day`: that many orders over the 60 days before ``today``,
    default the current UTC day) to the 28 seed orders.
    """

    account = ACCOUNT
    app_key = DEMO_APP_KEY
    app_token = DEMO_APP_TOKEN
    limited_app_key = LIMITED_APP_KEY
    limited_app_token = LIMITED_APP_TOKEN
    #: A role with View order and Notify invoice but not List orders (the 2023 split).
    nolist_app_key = NOLIST_APP_KEY
    nolist_app_token = NOLIST_APP_TOKEN
    #: A role with Notify invoice but not Notify refund: an Input invoice is refused with 403.
    norefund_app_key = NOREFUND_APP_KEY
    norefund_app_token = NOREFUND_APP_TOKEN

    def __init__(
        self,
        latency: float = 0.0,
        apply_delay: float = 0.0,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: list[str] | tuple[str, ...] = (),
        clock: Callable[[], float] = time.monotonic,
        extra_orders: int = 0,
        today: datetime | None = None,
    ) -> None:
        self.host = check_loopback(host)
        self._requested_port = port
        self.latency = latency
        self._extra = (extra_orders, today)
        self.store = Store(self._seed(), apply_delay=apply_delay, clock=clock)
        self.faults = FaultQueue()
        for spec in faults:
            self.faults.add_spec(spec)
        self._requests: list[RecordedRequest] = []
        self._requests_lock = threading.Lock()
        self._server: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Bind and serve on a background thread; returns ``self``."""
        if self._server is not None:
            return self
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        server_class = type("_Server", (SandboxHTTPServer,), {"address_family": family})
        self._server = server_class((self.host, self._requested_port), self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
            name=f"vtex-sandbox:{self.port}", daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every open connection. Safe to call twice."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self._server = self._thread = None
        server.shutdown()
        server.close_connections()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the sandbox is not running")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` (no trailing slash)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    # --- knobs -----------------------------------------------------------------------------

    def set_latency(self, seconds: float) -> None:
        """Seconds added to every request from now on."""
        self.latency = max(0.0, float(seconds))

    @property
    def apply_delay(self) -> float:
        """Seconds until a posted invoice shows up in Get Order."""
        return self.store.apply_delay

    @apply_delay.setter
    def apply_delay(self, seconds: float) -> None:
        self.store.apply_delay = max(0.0, float(seconds))

    @property
    def start_handling_conflict_status(self) -> int:
        """409 as documented, or 400 as seen in the field (vtex-api.md section 2.3)."""
        return self.store.start_handling_conflict_status

    @start_handling_conflict_status.setter
    def start_handling_conflict_status(self, status: int) -> None:
        self.store.start_handling_conflict_status = status

    @property
    def partial_settlement(self) -> bool:
        """Whether the gateway settles partial invoices (VTEX beta): a partly invoiced order then
        passes through ``invoice`` and goes back to ``payment-approved``; otherwise it stays in
        ``handling``."""
        return self.store.partial_settlement

    @partial_settlement.setter
    def partial_settlement(self, on: bool) -> None:
        self.store.partial_settlement = bool(on)

    def set_list_caps(self, max_page: int = 30, max_per_page: int = 100) -> None:
        """Lower the list's page caps (VTEX: 30 pages of 100), so tests reach the 3,000-row
        ceiling with a few hundred orders."""
        self.store.list_caps = (max_page, max_per_page)

    @property
    def list_lag(self) -> float:
        """Seconds the order list lags behind Get Order (VTEX: about 4 minutes; 0 = none)."""
        return self.store.list_lag

    @list_lag.setter
    def list_lag(self, seconds: float) -> None:
        self.store.list_lag = max(0.0, float(seconds))

    def apply_pending(self) -> int:
        """Apply and settle every pending invoice now, whatever ``apply_delay`` says; returns how
        many steps ran (an invoice that completes the order counts twice: applied, settled)."""
        return self.store.apply_pending(force=True)

    def _seed(self) -> dict[str, dict[str, Any]]:
        orders = seed_orders()
        count, today = self._extra
        if count:
            orders.update(demo_day_orders(count, today=today))
        return orders

    # --- state -----------------------------------------------------------------------------

    @property
    def orders(self) -> dict[str, dict[str, Any]]:
        """A deep copy of every order: order id -> Get Order JSON."""
        return self.store.snapshot()

    def order(self, order_id: str) -> dict[str, Any]:
        """A deep copy of one order (by id or ``seq…``); ``KeyError`` if unknown."""
        try:
            return self.store.get_order(order_id)
        except ApiError:
            raise KeyError(order_id) from None

    def add_order(self, order: dict[str, Any]) -> str:
        """Add an order given as Get Order JSON (see ``seed.make_large_order``); returns its id."""
        return self.store.add_order(order)

    def reset(self) -> None:
        """Back to the seed: orders, pending invoices, recorded requests and faults."""
        self.store.reset(self._seed())
        self.faults.clear()
        self.clear_requests()

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (app token shown as ``***``)."""
        with self._requests_lock:
            return copy.copy(self._requests)

    def clear_requests(self) -> None:
        with self._requests_lock:
            self._requests.clear()

    # --- the server's Backend -------------------------------------------------------------

    def record(self, request: RecordedRequest) -> None:
        """Keep ``request`` (answered or dropped) for :attr:`requests`."""
        with self._requests_lock:
            self._requests.append(request)

    def access(self, key: str | None, token: str | None) -> str | None:
        """``"full"``, ``"read"``, ``"nolist"``, ``"norefund"`` or None (unauthorized) for these credentials."""
        if key == self.app_key and token == self.app_token:
            return "full"
        if key == self.limited_app_key and token == self.limited_app_token:
            return "read"
        if key == self.nolist_app_key and token == self.nolist_app_token:
            return "nolist"
        if key == self.norefund_app_key and token == self.norefund_app_token:
            return "norefund"
        return None
