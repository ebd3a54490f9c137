"""Accounts: stores kept by name in settings, key and token only in the keyring (or this session)."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring.backends.fail
import keyring.errors
import pytest
from desk_helpers import WAIT, click, idle

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.secrets import Credentials, SecretStore, SecretVault
from vtex_invoice_gui.ui.accounts.dialog import AccountsDialog
from vtex_invoice_gui.ui.main_window import MainWindow

KEY = "vtexappkey-mystore-XYZ"
TOKEN = "MYSTORE-TOKEN-ABCDEFGHIJKLMNOP"


class DictBackend:
    name = "test keyring"

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, user: str, value: str) -> None:
        self.items[(service, user)] = value

    def get_password(self, service: str, user: str) -> str | None:
        return self.items.get((service, user))

    def delete_password(self, service: str, user: str) -> None:
        if self.items.pop((service, user), None) is None:
            raise keyring.errors.PasswordDeleteError("none")


def open_dialog(qtbot: Any, window: MainWindow) -> AccountsDialog:
    window.open_accounts()
    dialog = window.accounts_dialog
    qtbot.waitExposed(dialog)
    return dialog


def fill(qtbot: Any, dialog: AccountsDialog, account: str, key: str, token: str) -> None:
    dialog.account_edit.clear()
    qtbot.keyClicks(dialog.account_edit, account)
    qtbot.keyClicks(dialog.key_edit, key)
    qtbot.keyClicks(dialog.token_edit, token)


def test_add_store_keeps_secrets_in_the_keyring_only(
    qtbot: Any, make_window: Callable[..., MainWindow], desk_home: Path
) -> None:
    backend = DictBackend()
    window = make_window(vault=SecretVault(SecretStore(backend=backend)))
    dialog = open_dialog(qtbot, window)
    click(qtbot, dialog.new_button)
    fill(qtbot, dialog, "MyStore", KEY, TOKEN)  # clerks type names as they like; stored lowercase
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "Saved" in dialog.message.text() and idle(window), timeout=WAIT)
    assert "test keyring" in dialog.message.text()
    assert list(backend.items) == [(SecretStore().service, "mystore")]
    assert Credentials.from_json(backend.items[(SecretStore().service, "mystore")]) == Credentials(KEY, TOKEN)
    saved = (desk_home / "settings.json").read_text()
    assert json.loads(saved)["stores"] == [
        {"id": "mystore", "account": "mystore", "environment": "vtexcommercestable", "base_url": None}
    ]
    assert KEY not in saved and TOKEN not in saved
    assert window.account_selector.currentText().startswith("mystore")
    assert "mystore" in window.store_label.text()
    assert dialog.key_edit.text() == "" and dialog.token_edit.text() == ""  # not left on screen

    click(qtbot, dialog.remove_button)  # the keyring is asked on a worker (it may not answer)
    qtbot.waitUntil(lambda: "Removed mystore and its key." in dialog.message.text() and idle(window), timeout=WAIT)
    assert backend.items == {}
    assert json.loads((desk_home / "settings.json").read_text())["stores"] == []


def test_no_keyring_offers_session_only(qtbot: Any, make_window: Callable[..., MainWindow], desk_home: Path) -> None:
    vault = SecretVault(SecretStore(backend=keyring.backends.fail.Keyring()))
    window = make_window(vault=vault)
    dialog = open_dialog(qtbot, window)
    click(qtbot, dialog.new_button)
    fill(qtbot, dialog, "otherstore", KEY, TOKEN)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.session_button.isVisible() and idle(window), timeout=WAIT)
    assert "No system keyring" in dialog.message.text()
    assert not vault.is_session_only("otherstore")
    click(qtbot, dialog.session_button)
    assert vault.is_session_only("otherstore")
    assert vault.load("otherstore") == Credentials(KEY, TOKEN)
    assert "this session only" in dialog.message.text()
    for path in desk_home.rglob("*"):
        if path.is_file():
            assert TOKEN not in path.read_text(errors="replace")


def test_wrong_account_name_is_explained(qtbot: Any, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    click(qtbot, dialog.new_button)
    fill(qtbot, dialog, "evil.com/x", KEY, TOKEN)
    click(qtbot, dialog.save_button)
    assert "not a VTEX store address" in dialog.message.text()


def run_test_connection(qtbot: Any, window: MainWindow, key: str, token: str) -> str:
    dialog = open_dialog(qtbot, window)  # the sandbox store (from --base-url) is selected
    qtbot.keyClicks(dialog.key_edit, key)
    qtbot.keyClicks(dialog.token_edit, token)
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled() and idle(window), timeout=WAIT)
    return dialog.message.text()


def test_connection_ok(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    text = run_test_connection(qtbot, window, sandbox.app_key, sandbox.app_token)
    assert text.startswith("Connected.") and "may send invoices" in text
    assert not any(r.status is not None and r.status < 400 and r.method != "GET" for r in sandbox.requests)


def test_connection_wrong_token_is_401(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    text = run_test_connection(qtbot, window, sandbox.app_key, "wrong-token-0000")
    assert "Wrong key or token" in text and "401" in text


def test_connection_role_without_notify_invoice_is_403(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    text = run_test_connection(qtbot, window, sandbox.limited_app_key, sandbox.limited_app_token)
    assert "Notify invoice" in text and "403" in text


@pytest.mark.keyring
def test_accounts_dialog_with_the_real_keyring(
    qtbot: Any, make_window: Callable[..., MainWindow], desk_home: Path
) -> None:
    if os.environ.get("VTEX_DESK_REAL_KEYRING") != "1":
        if os.environ.get("CI"):
            pytest.fail("CI must run the keyring tests: use packaging/with-keyring.sh (VTEX_DESK_REAL_KEYRING=1)")
        pytest.skip("needs a real Secret Service (run inside dbus-run-session with packaging/with-keyring.sh)")
    store = SecretStore(service=f"vtex-invoice-desk-ui-test-{uuid.uuid4().hex}")
    window = make_window(vault=SecretVault(store))
    dialog = open_dialog(qtbot, window)
    click(qtbot, dialog.new_button)
    fill(qtbot, dialog, "realkeyring", KEY, TOKEN)
    click(qtbot, dialog.save_button)
    try:
        qtbot.waitUntil(lambda: "Saved" in dialog.message.text() and idle(window), timeout=WAIT)
        assert "keyring" in dialog.message.text()
        fresh = SecretStore(service=store.service)  # another reader finds it in the Secret Service
        assert fresh.load("realkeyring") == Credentials(KEY, TOKEN)
        for path in desk_home.rglob("*"):
            if path.is_file():
                assert TOKEN not in path.read_text(errors="replace")
    finally:
        store.delete("realkeyring")


def test_permission_doctor_reports_list_view_and_notify_separately(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    """Issue 13: a key that may view and send but not list (VTEX's 2023 split) is told so in plain words."""
    text = run_test_connection(qtbot, window, sandbox.nolist_app_key, sandbox.nolist_app_token)
    assert "List orders: no" in text and "queues stay empty" in text
    assert "View order: yes" in text and "Notify invoice: yes" in text
    full = run_test_connection(qtbot, window, sandbox.app_key, sandbox.app_token)
    assert all(f"{what}: yes" in full for what in ("List orders", "View order", "Notify invoice"))
    limited = run_test_connection(qtbot, window, sandbox.limited_app_key, sandbox.limited_app_token)
    assert "List orders: yes" in limited and "Notify invoice: no" in limited


def test_finding_16_test_connection_reports_notify_refund(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    """Found in the returns review: Test connection said nothing of *Notify refund*, so a key that
    could send invoices but not returns passed, and the first return met a 403."""
    norefund = run_test_connection(qtbot, window, sandbox.norefund_app_key, sandbox.norefund_app_token)
    assert "Notify invoice: yes" in norefund and "Notify refund: no" in norefund
    assert "returns cannot be sent" in norefund
    full = run_test_connection(qtbot, window, sandbox.app_key, sandbox.app_token)
    assert full.startswith("Connected.") and "Notify refund: yes" in full
    assert not any(r.status is not None and r.status < 400 and r.method != "GET" for r in sandbox.requests)


def test_finding_17_16_session_only_box_is_honoured_without_a_keyring(
    qtbot: Any, make_window: Callable[..., MainWindow], desk_home: Path
) -> None:
    vault = SecretVault(SecretStore(backend=keyring.backends.fail.Keyring()))
    window = make_window(vault=vault)
    dialog = open_dialog(qtbot, window)
    click(qtbot, dialog.new_button)
    fill(qtbot, dialog, "otherstore", KEY, TOKEN)
    dialog.session_check.setChecked(True)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    assert vault.is_session_only("otherstore") and vault.load("otherstore") == Credentials(KEY, TOKEN)
    assert "this session only" in dialog.message.text()
    assert dialog.session_check.isChecked()
    qtbot.waitUntil(lambda: "kept in" in dialog.where_label.text().lower() and idle(window), timeout=WAIT)
    assert "keyring" not in dialog.where_label.text().lower().split("\n")[0]


def test_finding_17_16_typed_key_stays_when_the_keyring_fails(
    qtbot: Any, make_window: Callable[..., MainWindow], desk_home: Path
) -> None:
    vault = SecretVault(SecretStore(backend=keyring.backends.fail.Keyring()))
    window = make_window(vault=vault)
    dialog = open_dialog(qtbot, window)
    click(qtbot, dialog.new_button)
    fill(qtbot, dialog, "otherstore", KEY, TOKEN)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.session_button.isVisible() and idle(window), timeout=WAIT)
    assert dialog.key_edit.text() == KEY and dialog.token_edit.text() == TOKEN  # nothing typed is lost
    dialog.session_check.setChecked(True)  # the clerk ticks the box and saves again
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    assert vault.load("otherstore") == Credentials(KEY, TOKEN)
    assert "this session only" in dialog.message.text()


def test_finding_17_16_test_connection_fails_fast_without_retries(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    sandbox.faults.add("drop_before", "GET", "/orders")
    retries: list[object] = []
    window.ctx.tasks.retrying.connect(retries.append)
    text = run_test_connection(qtbot, window, sandbox.app_key, sandbox.app_token)
    assert not text.startswith("Connected")
    lists = [  # the probe's list call (the queue dock lists orders of its own, a page of many)
        r for r in sandbox.requests
        if r.method == "GET" and r.path.endswith("/orders") and r.query.get("per_page") == "1"
    ]
    assert len(lists) <= 1 and retries == []  # one try: the clerk hears at once, not after ~20 s of retries


def test_finding_long_connection_report_does_not_overlap_the_labels(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    """Found rendering Test connection in pt_BR: the five-line report squeezed the labels above it
    until their lines were drawn over each other. The dialog grows to fit what it says."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QLabel

    from vtex_invoice_gui.ui.runtime.language import live_translator

    translator = live_translator(QApplication.instance())
    translator.load_locale(QLocale("pt_BR"))
    try:
        run_test_connection(qtbot, window, sandbox.norefund_app_key, sandbox.norefund_app_token)
        dialog = window.accounts_dialog
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.wordWrap() and label.text():
                assert label.height() >= label.heightForWidth(label.width()), label.objectName()
    finally:
        translator.load_locale(QLocale("en"))
