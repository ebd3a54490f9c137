"""Start-up as ``vtex-invoice-gui --demo`` does it: the window first, the demo store right after.

The journal opens on a background thread, and the demo store starts once the window has been
painted (``create_window(..., demo_later=True, stores=open_stores_soon(...))``, what
``app.main`` does): a Load clicked before the store is up waits for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk_helpers import SEED_IDS, WAIT, click, idle

from vtex_invoice_gui.launch import open_stores_soon, parse_args
from vtex_invoice_gui.secrets import MemorySecretStore, SecretVault
from vtex_invoice_gui.sending.clients import ApiFactory, plain_http_client
from vtex_invoice_gui.ui.runtime.desk import create_window
from vtex_invoice_gui.ui.main_window import MainWindow


def demo_window(qtbot: Any) -> MainWindow:
    args = parse_args(["--demo"])
    window = create_window(
        args, secrets=SecretVault(MemorySecretStore()), demo_later=True, stores=open_stores_soon(args.demo)
    )
    qtbot.addWidget(window)
    return window


def test_load_clicked_before_the_demo_store_is_up_waits_for_it(qtbot: Any, desk_home: Path) -> None:
    window = demo_window(qtbot)
    starting = window.ctx.starting
    assert starting is not None and starting.pending and window.ctx.store is None
    assert window.store_label.text() == "Starting the demo store…"
    window.order_panel.order_id_edit.setText(SEED_IDS["handling"])
    click(qtbot, window.order_panel.load_button)  # before the window was even shown
    assert window.order_panel.load_button.text() == "Loading…"
    window.show()
    qtbot.waitUntil(
        lambda: window.session.order is not None and window.session.order.order_id == SEED_IDS["handling"],
        timeout=WAIT,
    )
    sandbox = window.ctx.demo
    assert not starting.pending and sandbox is not None and sandbox.running
    assert window.ctx.store is not None and window.ctx.store.base_url == sandbox.base_url
    assert window.store_label.text() == "Store: sandbox"
    assert window.errors.isHidden()
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    window.close()
    assert not sandbox.running
    assert not (desk_home / "settings.json").exists()  # the demo store is session-only


def test_closing_before_the_demo_store_started_leaves_nothing_running(qtbot: Any, desk_home: Path) -> None:
    window = demo_window(qtbot)
    starting = window.ctx.starting
    window.show()
    starting.begin()  # as the first paint would
    window.close()  # while (or before) it starts
    assert window.ctx.demo is None or not window.ctx.demo.running
    assert starting._sandbox is None or not starting._sandbox.running


def test_a_plain_http_store_never_completes_a_tls_handshake() -> None:
    """The client for loopback ``http://`` stores loads no CA bundle: it trusts no certificate."""
    import ssl

    client = plain_http_client()
    try:
        context = client._transport._pool._ssl_context  # type: ignore[attr-defined]
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
        assert context.get_ca_certs() == []
    finally:
        client.close()


def test_api_factory_makes_one_client_per_kind_and_closes_them() -> None:
    made: list[Any] = []

    def make() -> Any:
        import httpx

        made.append(httpx.Client())
        return made[-1]

    factory = ApiFactory(SecretVault(MemorySecretStore()), make)
    assert factory.http is factory.http and len(made) == 1
    factory.close()
    assert made[0].is_closed
