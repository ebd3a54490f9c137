"""Finding 7 (issue 11): a Secret Service that never answers freezes nothing.

The keyring backend here blocks every call (a D-Bus call with no answer) until the test ends (or
a watchdog, so that a desk that waits for it on the GUI thread fails the test instead of hanging
it). Remove store, Load and Save keep the window turning (a heartbeat timer keeps ticking) and
say what to do; what the clerk typed stays on screen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, click, idle
from PySide6.QtCore import QTimer

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.secrets import SecretStore, SecretVault
from vtex_invoice_gui.settings import StoreProfile
from vtex_invoice_gui.ui.main_window import MainWindow

KEY = "vtexappkey-hang-XYZ"
TOKEN = "HANG-TOKEN-ABCDEFGHIJ"
WATCHDOG_S = 30.0


class HangingBackend:
    name = "hanging keyring"

    def __init__(self) -> None:
        self.release = threading.Event()

    def _hang(self) -> None:
        self.release.wait(WATCHDOG_S)

    def set_password(self, service: str, user: str, value: str) -> None:
        self._hang()

    def get_password(self, service: str, user: str) -> str | None:
        self._hang()
        return None

    def delete_password(self, service: str, user: str) -> None:
        self._hang()


@pytest.fixture
def backend() -> Iterator[HangingBackend]:
    hanging = HangingBackend()
    yield hanging
    hanging.release.set()


class Heartbeat:
    """Counts event-loop turns: it only advances while the GUI thread processes events."""

    def __init__(self) -> None:
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1


def still_hanging_and_turning(qtbot: Any, backend: HangingBackend, beat: Heartbeat, shown: Callable[[], bool]) -> None:
    """The message shows and the loop turns while the keyring still has not answered."""
    start = beat.ticks
    qtbot.waitUntil(lambda: shown() and beat.ticks > start + 10, timeout=WAIT)
    assert not backend.release.is_set()


def test_finding_7_load_remove_and_save_with_a_keyring_that_never_answers(
    qtbot: Any, make_window: Callable[..., MainWindow], sandbox: Sandbox, backend: HangingBackend
) -> None:
    window = make_window(vault=SecretVault(SecretStore(backend=backend, timeout=0.3)))
    beat = Heartbeat()
    kept = StoreProfile(id="kept", account="kept", base_url=sandbox.base_url)  # its key is in the keyring
    window.ctx.settings.upsert(kept)
    window.account_selector.addItem("kept", "kept")
    window._store_chosen(window.account_selector.findData("kept"))

    # Load: the key is read from the keyring on a worker; the error view says what to do.
    window.order_panel.order_id_edit.setText(SEED_IDS["ready"])
    click(qtbot, window.order_panel.load_button)
    errors = window.errors
    still_hanging_and_turning(qtbot, backend, beat, lambda: "did not answer within" in errors.headline.text())
    assert "Unlock or restart it" in errors.advice.text() and "session only" in errors.advice.text()
    qtbot.waitUntil(lambda: idle(window) and window.order_panel.load_button.isEnabled(), timeout=WAIT)
    assert window.order_panel.order_id_edit.text() == SEED_IDS["ready"]

    # Remove store: the store goes at once; the keyring's silence is explained.
    window.open_accounts()
    dialog = window.accounts_dialog
    qtbot.waitExposed(dialog)
    assert dialog.profile is not None and dialog.profile.id == "kept"
    click(qtbot, dialog.remove_button)
    still_hanging_and_turning(qtbot, backend, beat, lambda: "did not answer within" in dialog.message.text())
    assert "The store was removed, but its key could not be deleted" in dialog.message.text()
    assert "Unlock or restart it" in dialog.message.text()
    assert window.ctx.profile("kept") is None

    # Save: nothing typed is lost, and "keep for this session only" is offered.
    click(qtbot, dialog.new_button)
    qtbot.keyClicks(dialog.account_edit, "hangstore")
    qtbot.keyClicks(dialog.key_edit, KEY)
    qtbot.keyClicks(dialog.token_edit, TOKEN)
    click(qtbot, dialog.save_button)
    still_hanging_and_turning(qtbot, backend, beat, lambda: dialog.session_button.isVisible())
    assert "did not answer within" in dialog.message.text() and TOKEN not in dialog.message.text()
    assert dialog.key_edit.text() == KEY and dialog.token_edit.text() == TOKEN
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.session_button)
    assert window.ctx.secrets.is_session_only("hangstore")
    assert "this session only" in dialog.message.text()
    beat.timer.stop()
