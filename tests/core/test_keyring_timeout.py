"""Finding 7 (issue 11): a Secret Service that never answers must not hang the desk.

Every keyring call waits at most the store's timeout, then says what to do; a call still stuck
makes the next ones answer at once (no pile of stuck threads).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from vtex_invoice_gui.secrets import (
    MSG_NO_ANSWER,
    WHERE_NO_ANSWER,
    Credentials,
    SecretStore,
    SecretStoreUnavailable,
    SecretVault,
)


class HangingBackend:
    """A keyring backend whose every call blocks until ``release`` is set (a D-Bus call with no answer)."""

    name = "hanging keyring"

    def __init__(self) -> None:
        self.release = threading.Event()
        self.calls: list[str] = []

    def _hang(self, what: str) -> None:
        self.calls.append(what)
        self.release.wait()

    def set_password(self, service: str, user: str, value: str) -> None:
        self._hang("set")

    def get_password(self, service: str, user: str) -> str | None:
        self._hang("get")
        return None

    def delete_password(self, service: str, user: str) -> None:
        self._hang("delete")


@pytest.fixture
def backend() -> Iterator[HangingBackend]:
    hanging = HangingBackend()
    yield hanging
    hanging.release.set()  # let the abandoned threads end


def test_finding_7_every_keyring_call_gives_up_with_a_sentence(backend: HangingBackend) -> None:
    store = SecretStore(backend=backend, timeout=0.2)
    with pytest.raises(SecretStoreUnavailable) as caught:
        store.save("mystore", Credentials("vtexappkey-x", "TOKEN-1"))
    assert caught.value.reason == "timeout" and caught.value.seconds == 0.2
    text = str(caught.value)
    assert text == MSG_NO_ANSWER.format(seconds=0.2)
    assert "did not answer within 0.2 s" in text and "session only" in text and "GNOME Keyring" in text
    assert "TOKEN-1" not in text
    for call in (lambda: store.load("mystore"), lambda: store.delete("mystore")):
        with pytest.raises(SecretStoreUnavailable) as caught:
            call()
        assert caught.value.reason == "timeout"
    assert store.describe() == WHERE_NO_ANSWER
    assert backend.calls == ["set"]  # the later calls did not start more stuck threads


def test_finding_7_the_keyring_is_used_again_once_it_answers(backend: HangingBackend) -> None:
    store = SecretStore(backend=backend, timeout=0.2)
    with pytest.raises(SecretStoreUnavailable):
        store.load("mystore")
    backend.release.set()  # the clerk unlocked or restarted it: the stuck call returns
    stuck = store._stuck
    assert stuck is not None
    stuck.join(timeout=10)
    assert store.load("mystore") is None  # asked again, and answered
    assert backend.calls == ["get", "get"]


def test_finding_7_the_vault_keeps_session_secrets_usable_when_the_keyring_hangs(backend: HangingBackend) -> None:
    vault = SecretVault(SecretStore(backend=backend, timeout=0.2))
    vault.save("demo", Credentials("vtexappkey-demo", "DEMO-TOKEN"), session_only=True)
    assert vault.load("demo") == Credentials("vtexappkey-demo", "DEMO-TOKEN")
    vault.delete("demo")  # session only: the keyring's silence does not matter
    with pytest.raises(SecretStoreUnavailable):
        vault.load("mystore")
