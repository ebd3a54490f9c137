"""Where app keys and tokens live: the operating system's keyring, or memory for this session.

:class:`SecretStore` keeps one keyring entry per store (fixed service name, the store id as the
user name). When no keyring works it raises :class:`SecretStoreUnavailable` with a sentence for
the clerk; it never falls back to a file. :class:`MemorySecretStore` keeps secrets only in this
process (session-only stores, the demo store, unit tests). :class:`SecretVault` puts the two
together: session secrets first, then the keyring.

No message, repr or exception raised here ever contains a key or token.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import APP_ID
from .blocking import CallTimedOut, call_with_timeout
from .messages import Message
from .vtex.credentials import CredentialError, clean_app_key, clean_app_token

log = logging.getLogger(__name__)

#: The keyring service name under which every store's credentials are kept.
KEYRING_SERVICE = f"{APP_ID}.credentials"
#: Seconds a keyring call may take (an unlock prompt included) before the desk stops waiting.
KEYRING_TIMEOUT_S = 20.0

# Sentences for the clerk, with codes (``secrets.*``) so the UI can say them in the clerk's language.
MSG_BOTH_NEEDED = Message("secrets.both_needed")
MSG_LOCKED = Message("secrets.locked")
MSG_NO_ANSWER = Message("secrets.no_answer")
WHERE_NO_KEYRING = Message("secrets.where_no_keyring")
WHERE_NO_ANSWER = Message("secrets.where_no_answer")
WHERE_KEYRING = Message("secrets.where_keyring")
WHERE_SESSION = Message("secrets.where_session")


@dataclass(frozen=True)
class Credentials:
    """An app key and token, stripped of surrounding whitespace. Their repr never shows the values.

    A key or token with a character VTEX keys never have (a line break or tab inside it, a space,
    an accented letter) raises :class:`~.vtex.credentials.CredentialError` (a ValueError) whose
    message says to copy it again from the VTEX Admin.
    """

    app_key: str = field(repr=False)
    app_token: str = field(repr=False)

    def __post_init__(self) -> None:
        if not (self.app_key or "").strip() or not (self.app_token or "").strip():
            raise ValueError(MSG_BOTH_NEEDED)
        object.__setattr__(self, "app_key", clean_app_key(self.app_key))
        object.__setattr__(self, "app_token", clean_app_token(self.app_token))
        if not self.app_key or not self.app_token:
            raise ValueError(MSG_BOTH_NEEDED)

    def __repr__(self) -> str:
        return "Credentials(app_key=***, app_token=***)"

    __str__ = __repr__

    def to_json(self) -> str:
        return json.dumps({"app_key": self.app_key, "app_token": self.app_token})

    @classmethod
    def from_json(cls, text: str) -> Credentials:
        data = json.loads(text)
        return cls(app_key=str(data["app_key"]), app_token=str(data["app_token"]))


class SecretStoreUnavailable(RuntimeError):
    """No working keyring: ``str(exc)`` is a sentence for the clerk; ``reason`` names the cause."""

    def __init__(self, message: str, reason: str = "", seconds: float | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.seconds = seconds  # how long the desk waited, when the reason is "timeout"


class Secrets(Protocol):
    """What the app needs from a place that keeps credentials."""

    def save(self, store_id: str, credentials: Credentials) -> None: ...
    def load(self, store_id: str) -> Credentials | None: ...
    def delete(self, store_id: str) -> None: ...
    def describe(self) -> str: ...


_UNAVAILABLE = Message("secrets.unavailable")


class SecretStore:
    """Credentials in the operating system's keyring, one entry per store id.

    Every call (finding the backend included: that talks to D-Bus too) runs on a daemon thread
    and is waited for at most ``timeout`` seconds; then it raises :class:`SecretStoreUnavailable`
    (reason ``"timeout"``) with :data:`MSG_NO_ANSWER`. While an abandoned call is still stuck,
    later calls say so at once instead of piling up more stuck threads.
    """

    def __init__(
        self, service: str = KEYRING_SERVICE, backend: Any | None = None, timeout: float = KEYRING_TIMEOUT_S
    ) -> None:
        self.service = service
        self._backend = backend
        self.timeout = timeout
        self._stuck: threading.Thread | None = None

    def _timed(self, what: str, fn: Any, *args: Any) -> Any:
        stuck = self._stuck
        if stuck is not None and stuck.is_alive():
            raise self._no_answer()
        try:
            return call_with_timeout(fn, *args, timeout=self.timeout, what=f"keyring-{what}")
        except CallTimedOut as exc:
            self._stuck = exc.thread
            raise self._no_answer() from None

    def _no_answer(self) -> SecretStoreUnavailable:
        return SecretStoreUnavailable(MSG_NO_ANSWER.format(seconds=self.timeout), "timeout", self.timeout)

    def _keyring(self) -> Any:
        import keyring
        import keyring.backends.fail
        import keyring.errors

        try:
            backend = self._backend if self._backend is not None else keyring.get_keyring()
        except keyring.errors.KeyringError as exc:
            raise self._unavailable(exc) from None
        if isinstance(backend, keyring.backends.fail.Keyring):
            raise SecretStoreUnavailable(_UNAVAILABLE.format(reason="no keyring backend found"), "no-backend")
        return backend

    @staticmethod
    def _unavailable(exc: BaseException) -> SecretStoreUnavailable:
        import keyring.errors

        if isinstance(exc, keyring.errors.KeyringLocked):
            return SecretStoreUnavailable(MSG_LOCKED, "locked")
        # Only the exception's type goes into the message: a backend's text could echo input.
        reason = type(exc).__name__
        return SecretStoreUnavailable(_UNAVAILABLE.format(reason=reason), reason)

    def _call(self, what: str, fn: Any, *args: str) -> Any:
        try:
            return fn(*args)
        except SecretStoreUnavailable:
            raise
        except Exception as exc:  # keyring backends raise many types (dbus, OS errors...)
            log.warning("keyring %s failed: %s", what, type(exc).__name__)
            raise self._unavailable(exc) from None

    def save(self, store_id: str, credentials: Credentials) -> None:
        user, text = _user(store_id), credentials.to_json()
        self._timed("save", lambda: self._call("save", self._keyring().set_password, self.service, user, text))

    def load(self, store_id: str) -> Credentials | None:
        user = _user(store_id)
        text = self._timed("load", lambda: self._call("load", self._keyring().get_password, self.service, user))
        if text is None:
            return None
        try:
            return Credentials.from_json(text)
        except CredentialError:
            log.warning("keyring entry for store %s holds a mangled key or token", store_id)
            raise  # the clerk is told to copy them again (never the values)
        except (ValueError, KeyError, TypeError):
            log.warning("keyring entry for store %s is not readable; ignoring it", store_id)
            return None

    def delete(self, store_id: str) -> None:
        self._timed("delete", self._delete, _user(store_id))

    def _delete(self, user: str) -> None:
        import keyring.errors

        backend = self._keyring()
        try:
            backend.delete_password(self.service, user)
        except keyring.errors.PasswordDeleteError:
            return  # nothing stored: already gone
        except Exception as exc:
            raise self._unavailable(exc) from None

    def describe(self) -> str:
        try:
            return self._timed("describe", self._describe)
        except SecretStoreUnavailable as exc:
            return WHERE_NO_ANSWER if exc.reason == "timeout" else WHERE_NO_KEYRING

    def _describe(self) -> str:
        try:
            backend = self._keyring()
        except SecretStoreUnavailable:
            return WHERE_NO_KEYRING
        name = getattr(backend, "name", None) or type(backend).__name__
        return WHERE_KEYRING.format(name=name)


class MemorySecretStore:
    """Credentials kept only in this process: gone when the app quits."""

    def __init__(self) -> None:
        self._items: dict[str, Credentials] = {}

    def save(self, store_id: str, credentials: Credentials) -> None:
        self._items[_user(store_id)] = credentials

    def load(self, store_id: str) -> Credentials | None:
        return self._items.get(_user(store_id))

    def delete(self, store_id: str) -> None:
        self._items.pop(_user(store_id), None)

    def __contains__(self, store_id: object) -> bool:
        return isinstance(store_id, str) and store_id in self._items

    def describe(self) -> str:
        return WHERE_SESSION


class SecretVault:
    """Session-only secrets first, then the persistent store (the keyring).

    ``save(..., session_only=True)`` never touches the persistent store. ``load`` raises
    :class:`SecretStoreUnavailable` only when the keyring fails *and* the session has nothing.
    """

    def __init__(self, persistent: Secrets, session: MemorySecretStore | None = None) -> None:
        self.persistent = persistent
        self.session = session if session is not None else MemorySecretStore()

    def save(self, store_id: str, credentials: Credentials, *, session_only: bool = False) -> None:
        if session_only:
            self.session.save(store_id, credentials)
            return
        self.persistent.save(store_id, credentials)
        self.session.delete(store_id)

    def load(self, store_id: str) -> Credentials | None:
        found = self.session.load(store_id)
        if found is not None:
            return found
        return self.persistent.load(store_id)

    def delete(self, store_id: str) -> None:
        was_session_only = self.is_session_only(store_id)
        self.session.delete(store_id)
        try:
            self.persistent.delete(store_id)
        except SecretStoreUnavailable:
            if not was_session_only:
                raise

    def is_session_only(self, store_id: str) -> bool:
        return store_id in self.session

    def where(self, store_id: str) -> str:
        """Where this store's secret is kept, in words for the clerk."""
        if self.is_session_only(store_id):
            return self.session.describe()
        return self.persistent.describe()


def _user(store_id: str) -> str:
    store_id = (store_id or "").strip()
    if not store_id:
        raise ValueError("A store id is needed to keep its credentials.")
    return store_id
