"""The self-test's checks that need no Qt: report format, resources, keyring, sandbox."""

from __future__ import annotations

import os
import threading

import keyring.backends.fail
import pytest
from keyring.errors import KeyringLocked, PasswordDeleteError

from vtex_invoice_gui import selftest
from vtex_invoice_gui.selftest import Check


class DictKeyring:
    """An in-memory keyring with keyring's backend methods; ``break_on`` makes one operation raise,
    ``lie`` corrupts reads, ``keep`` ignores deletes. (Not a KeyringBackend subclass: those register
    themselves with keyring for the whole test session.)"""

    priority = 1

    def __init__(self, break_on: str = "", lie: bool = False, keep: bool = False) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.break_on, self.lie, self.keep = break_on, lie, keep
        self.seen: list[str] = []

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.break_on == "set":
            raise KeyringLocked("locked")
        self.seen.append(password)
        self.items[service, username] = password

    def get_password(self, service: str, username: str) -> str | None:
        if self.break_on == "get":
            raise OSError("dbus went away")
        value = self.items.get((service, username))
        return value[::-1] if value and self.lie else value

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise PasswordDeleteError("not found")
        if not self.keep:
            del self.items[service, username]


class HangingKeyring(DictKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)  # like a keyring waiting for an unlock prompt nobody answers


def test_report_has_one_line_per_check_and_a_verdict():
    checks = [Check("icon", True, "renders"), Check("keyring", False, "no usable backend")]
    assert selftest.format_report(checks).splitlines() == [
        "OK   icon: renders",
        "FAIL keyring: no usable backend",
        "RESULT: FAIL (1 of 2 checks failed)",
    ]
    assert selftest.exit_code(checks) == 1
    assert selftest.format_report(checks[:1]).splitlines()[-1] == "RESULT: OK"
    assert selftest.exit_code(checks[:1]) == 0


def test_a_crashing_check_becomes_a_fail_line():
    @selftest.guarded("thing")
    def broken() -> Check:
        raise RuntimeError("boom")

    assert broken() == Check("thing", False, "check crashed: RuntimeError: boom")


def test_resources_check_names_the_missing_icons(tmp_path):
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "app.svg").write_text("<svg/>")
    result = selftest.check_resources(tmp_path)
    assert not result.ok and "app-16.png" in result.detail and "app.svg" not in result.detail
    assert selftest.check_resources().ok  # the checkout has them all


def test_keyring_round_trip_uses_a_throwaway_entry_and_cleans_up():
    backend = DictKeyring()
    result = selftest.check_keyring(backend)
    assert result.ok, result.detail
    assert "DictKeyring" in result.detail and "round trip works" in result.detail
    assert backend.items == {}
    assert len(backend.seen) == 1 and backend.seen[0] not in result.detail  # the value is never shown


@pytest.mark.parametrize(
    ("backend", "expected"),
    [
        (DictKeyring(break_on="set"), "set failed: the keyring is locked"),
        (DictKeyring(break_on="get"), "get failed: OSError"),
        (DictKeyring(lie=True), "get returned a different value"),
        (DictKeyring(keep=True), "still there after delete"),
    ],
)
def test_keyring_problems_are_reported_not_raised(backend, expected):
    result = selftest.check_keyring(backend)
    assert not result.ok and expected in result.detail


def test_keyring_that_never_answers_is_reported():
    backend = HangingKeyring()
    try:
        result = selftest.check_keyring(backend, timeout=0.2)
    finally:
        backend.release.set()
    assert not result.ok and "no answer in 0.2 s" in result.detail


def test_no_keyring_backend_is_reported_with_the_reason(monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    result = selftest.check_keyring(keyring.backends.fail.Keyring())
    assert not result.ok and result.detail.startswith("no usable backend")
    assert "SecretService" in result.detail  # keyring's own reason for the Linux backend


@pytest.mark.keyring
def test_keyring_check_against_the_real_secret_service():
    if os.environ.get("VTEX_DESK_REAL_KEYRING") != "1":
        pytest.skip("needs a real Secret Service (run inside dbus-run-session with packaging/with-keyring.sh)")
    result = selftest.check_keyring()
    assert result.ok and result.detail.startswith("SecretService"), result.detail


def test_sandbox_check_invoices_a_seed_order_over_http():
    result = selftest.check_sandbox()
    assert result.ok, result.detail
    assert "ready-for-handling -> invoiced" in result.detail


def test_tls_check_finds_the_ca_bundle():
    result = selftest.check_tls()
    assert result.ok and "CA certificates" in result.detail


def test_danfe_check_draws_a_danfe_a_label_and_a_preview():
    result = selftest.check_danfe()
    assert result.ok, result.detail
    assert result.detail.startswith("2 DANFE pages") and "preview " in result.detail
