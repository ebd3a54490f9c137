"""Keys and tokens: keyring per store, session-only memory, and clear words when no keyring works."""

from __future__ import annotations

import os
import uuid

import keyring.backends.fail
import keyring.errors
import pytest

from vtex_invoice_gui.secrets import (
    Credentials,
    MemorySecretStore,
    SecretStore,
    SecretStoreUnavailable,
    SecretVault,
)

KEY = "vtexappkey-mystore-ABCDEF"
TOKEN = "SECRET-TOKEN-0123456789"


class DictBackend:
    """A keyring backend kept in a dict (to check what SecretStore writes)."""

    name = "dict"

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, user: str, value: str) -> None:
        self.items[(service, user)] = value

    def get_password(self, service: str, user: str) -> str | None:
        return self.items.get((service, user))

    def delete_password(self, service: str, user: str) -> None:
        if (service, user) not in self.items:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.items[(service, user)]


class RaisingBackend(DictBackend):
    def __init__(self, exc: Exception) -> None:
        super().__init__()
        self.exc = exc

    def set_password(self, service: str, user: str, value: str) -> None:
        raise self.exc

    def get_password(self, service: str, user: str) -> str | None:
        raise self.exc


def test_credentials_never_show_their_values() -> None:
    creds = Credentials(KEY, TOKEN)
    for text in (repr(creds), str(creds), f"{creds}", repr([creds])):
        assert KEY not in text and TOKEN not in text


def test_credentials_need_both_parts() -> None:
    with pytest.raises(ValueError, match="Both"):
        Credentials(KEY, "  ")


def test_keyring_store_keeps_one_entry_per_store() -> None:
    backend = DictBackend()
    store = SecretStore(service="test-service", backend=backend)
    store.save("shop-a", Credentials(KEY, TOKEN))
    store.save("shop-b", Credentials("other-key", "other-token"))
    assert sorted(user for _, user in backend.items) == ["shop-a", "shop-b"]
    assert store.load("shop-a") == Credentials(KEY, TOKEN)
    store.delete("shop-a")
    assert store.load("shop-a") is None
    store.delete("shop-a")  # deleting twice is fine
    assert store.load("shop-b") == Credentials("other-key", "other-token")


def test_unreadable_entry_is_ignored() -> None:
    backend = DictBackend()
    backend.items[("svc", "shop")] = "not json"
    assert SecretStore("svc", backend).load("shop") is None


def test_fail_backend_is_reported_as_unavailable() -> None:
    store = SecretStore(backend=keyring.backends.fail.Keyring())
    with pytest.raises(SecretStoreUnavailable, match="No system keyring") as caught:
        store.save("shop", Credentials(KEY, TOKEN))
    assert caught.value.reason == "no-backend"
    assert "session only" in str(caught.value)
    assert store.describe() == "no keyring available"


@pytest.mark.parametrize(
    ("exc", "says"),
    [
        (keyring.errors.KeyringLocked(f"locked {TOKEN}"), "locked"),
        (keyring.errors.NoKeyringError(f"none {TOKEN}"), "NoKeyringError"),
        (keyring.errors.InitError(f"init {TOKEN}"), "InitError"),
        (OSError(f"dbus {TOKEN}"), "OSError"),
    ],
)
def test_backend_failures_become_a_clerk_message_without_secrets(exc: Exception, says: str) -> None:
    store = SecretStore(backend=RaisingBackend(exc))
    for call in (lambda: store.save("shop", Credentials(KEY, TOKEN)), lambda: store.load("shop")):
        with pytest.raises(SecretStoreUnavailable, match=says) as caught:
            call()
        assert TOKEN not in str(caught.value) and KEY not in str(caught.value)
        assert caught.value.__cause__ is None  # the backend's text is not chained along


def test_memory_store_round_trip() -> None:
    store = MemorySecretStore()
    assert store.load("shop") is None
    store.save("shop", Credentials(KEY, TOKEN))
    assert store.load("shop") == Credentials(KEY, TOKEN)
    assert "shop" in store
    store.delete("shop")
    assert store.load("shop") is None


def test_vault_session_only_never_touches_the_keyring() -> None:
    backend = DictBackend()
    vault = SecretVault(SecretStore("svc", backend))
    vault.save("demo", Credentials(KEY, TOKEN), session_only=True)
    assert backend.items == {}
    assert vault.load("demo") == Credentials(KEY, TOKEN)
    assert vault.is_session_only("demo")
    assert "session" in vault.where("demo")


def test_vault_session_only_works_without_any_keyring() -> None:
    vault = SecretVault(SecretStore(backend=keyring.backends.fail.Keyring()))
    vault.save("shop", Credentials(KEY, TOKEN), session_only=True)
    assert vault.load("shop") == Credentials(KEY, TOKEN)
    vault.delete("shop")  # the keyring's absence does not block forgetting a session secret
    with pytest.raises(SecretStoreUnavailable):
        vault.load("shop")


def test_vault_saving_to_keyring_replaces_a_session_secret() -> None:
    backend = DictBackend()
    vault = SecretVault(SecretStore("svc", backend))
    vault.save("shop", Credentials("old-key", "old-token"), session_only=True)
    vault.save("shop", Credentials(KEY, TOKEN))
    assert not vault.is_session_only("shop")
    assert vault.load("shop") == Credentials(KEY, TOKEN)
    assert len(backend.items) == 1


@pytest.mark.keyring
def test_real_secret_service_round_trip() -> None:
    if os.environ.get("VTEX_DESK_REAL_KEYRING") != "1":
        if os.environ.get("CI"):
            pytest.fail("CI must run the keyring tests: use packaging/with-keyring.sh (VTEX_DESK_REAL_KEYRING=1)")
        pytest.skip("needs a real Secret Service (run inside dbus-run-session with packaging/with-keyring.sh)")
    store = SecretStore(service=f"vtex-invoice-desk-test-{uuid.uuid4().hex}")
    assert "keyring" in store.describe()
    store.save("shop", Credentials(KEY, TOKEN))
    try:
        again = SecretStore(service=store.service)  # a fresh object reads what the first wrote
        assert again.load("shop") == Credentials(KEY, TOKEN)
        assert again.load("other-shop") is None
    finally:
        store.delete("shop")
    assert store.load("shop") is None
