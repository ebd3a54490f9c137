"""Fixtures for the desk's UI tests: a sandbox on a free port, a temp home, an in-memory keyring.

Every test builds its own window from injected parts; nothing is shared across tests.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vtex_invoice_gui.launch import parse_args  # noqa: E402
from vtex_invoice_gui.ui.runtime.desk import create_window  # noqa: E402
from vtex_invoice_gui.sandbox import Sandbox  # noqa: E402
from vtex_invoice_gui.secrets import MemorySecretStore, SecretVault  # noqa: E402
from vtex_invoice_gui.ui.main_window import MainWindow  # noqa: E402
from vtex_invoice_gui.ui.runtime.language import LiveTranslator, live_translator  # noqa: E402
from vtex_invoice_gui.vtex import RetryPolicy  # noqa: E402

#: Quick retries so error tests stay fast (the client's real policy is slower and calmer).
FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.05, max_delay=0.2, budget=10.0)
#: The sandbox applies writes at once (apply_delay=0): reconciliation need not wait VTEX's 10 s.
APPLY_WINDOW = 0.3


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(latency=0.0, apply_delay=0.0) as sb:
        yield sb


@pytest.fixture
def desk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "desk-home"
    monkeypatch.setenv("VTEX_DESK_HOME", str(home))
    return home


@pytest.fixture
def make_window(
    qtbot: Any, sandbox: Sandbox, desk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., MainWindow]:
    """Build a window on the sandbox; key and token come from the environment, as for automation."""

    def make(
        key: str | None = None,
        token: str | None = None,
        retry: RetryPolicy = FAST_RETRY,
        vault: SecretVault | None = None,
        apply_window: float = APPLY_WINDOW,
    ) -> MainWindow:
        monkeypatch.setenv("VTEX_APP_KEY", key or sandbox.app_key)
        monkeypatch.setenv("VTEX_APP_TOKEN", token or sandbox.app_token)
        live_translator(QApplication.instance())  # the one recording translator, as start_qt installs it
        window = create_window(
            parse_args(["--base-url", sandbox.base_url, "--account", "sandbox"]),
            secrets=vault or SecretVault(MemorySecretStore()),
            retry=retry,
            apply_window=apply_window,
        )
        assert isinstance(window, MainWindow)
        for tab in (window.invoice_tab, window.tracking_tab, window.events_tab):
            tab.sender.apply_timeout = 10.0
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


@pytest.fixture(autouse=True)
def brazilian_locale(qapp: Any) -> Iterator[None]:
    """The desk's main audience: money as R$ 1.234,56, dates as dd/MM/yyyy."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("pt_BR"))
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def english_after(qapp: Any) -> Iterator[None]:
    """A test that switched the language live (the picker) leaves the next one in English."""
    yield
    translator = qapp.findChild(LiveTranslator, "deskTranslator")
    if translator is not None:
        from PySide6.QtCore import QLocale

        translator.load_locale(QLocale("en"))


@pytest.fixture
def make_tab(
    qtbot: Any, sandbox: Sandbox, desk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[str], Any]]:
    """Build ONE tab ("invoice", "tracking", "events" or "history") without the window: its context
    on the sandbox, an order session, an order panel and the error view (``pages.SingleTab``)."""
    from pages import SingleTab

    from vtex_invoice_gui.launch import parse_args
    from vtex_invoice_gui.ui.runtime.desk import build_context
    from vtex_invoice_gui.ui.events.tab import EventsTab
    from vtex_invoice_gui.ui.history.tab import HistoryTab
    from vtex_invoice_gui.ui.invoice.tab import InvoiceTab
    from vtex_invoice_gui.ui.tracking.tab import TrackingTab

    sending = {"invoice": InvoiceTab, "tracking": TrackingTab, "events": EventsTab}
    hosts: list[SingleTab] = []

    def make(kind: str) -> SingleTab:
        monkeypatch.setenv("VTEX_APP_KEY", sandbox.app_key)
        monkeypatch.setenv("VTEX_APP_TOKEN", sandbox.app_token)
        args = parse_args(["--base-url", sandbox.base_url, "--account", "sandbox"])
        ctx = build_context(
            args, secrets=SecretVault(MemorySecretStore()), retry=FAST_RETRY, apply_window=APPLY_WINDOW
        )

        def build(host: SingleTab) -> Any:
            if kind == "history":
                return HistoryTab(ctx)
            tab = sending[kind](ctx, host.session, host.errors, host.show_status)
            tab.apply_timeout = 10.0
            return tab

        host = SingleTab(ctx, build)
        qtbot.addWidget(host)
        hosts.append(host)
        host.show()
        return host

    yield make
    for host in hosts:  # closing closes the context (drafts, jobs, journal, HTTP), as the window does
        host.close()
