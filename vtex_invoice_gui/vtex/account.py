"""Which VTEX store a request goes to, validated so that keys can only go to that store's host.

An :class:`Account` is an account name plus an environment, giving
``https://{account}.{environment}.com.br``. The name is checked against a strict ASCII pattern, so
nothing a clerk types or pastes (``evil.com/x?``, ``a.b``, ``x@y``, look-alike letters) can make the
URL point at another host. An explicit base URL is accepted only for loopback: that is the built-in
sandbox, never a remote server.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from ..messages import Message


class Environment(StrEnum):
    STABLE = "vtexcommercestable"
    BETA = "vtexcommercebeta"


class AccountError(ValueError):
    """The account name, environment or base URL is not acceptable; the message says why.

    Its argument is a :class:`~vtex_invoice_gui.messages.Message` (code ``account.*``).
    """


MSG_NAME_EMPTY = Message("account.name_empty")
MSG_NAME_INVALID = Message("account.name_invalid")
MSG_URL_INVALID = Message("account.url_invalid")
MSG_URL_SCHEME = Message("account.url_scheme")
MSG_URL_CREDENTIALS = Message("account.url_credentials")
MSG_URL_NOT_LOOPBACK = Message("account.url_not_loopback")
MSG_URL_PATH = Message("account.url_path")
MSG_ENVIRONMENT = Message("account.environment")
MSG_NOT_STORE_ADDRESS = Message("account.not_store_address")


# VTEX account names are lowercase letters and digits, sometimes with inner hyphens; one DNS label.
_ACCOUNT_NAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", re.ASCII)
# A store URL pasted instead of the bare name: https://name.vtexcommercestable.com.br/admin/...
_STORE_HOST = re.compile(
    r"([a-z0-9-]+)\.(vtexcommercestable\.com\.br|vtexcommercebeta\.com\.br|myvtex\.com)", re.ASCII
)


def validate_account_name(name: str) -> str:
    """Return ``name`` if it is a valid account name, else raise :class:`AccountError`."""
    if not isinstance(name, str) or not name:
        raise AccountError(MSG_NAME_EMPTY)
    if not _ACCOUNT_NAME.fullmatch(name):
        raise AccountError(MSG_NAME_INVALID.format(name=name))
    return name


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and literal loopback addresses (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def validate_loopback_url(url: str) -> str:
    """Return the normalised base URL if it is plain http(s) on loopback, else raise."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise AccountError(MSG_URL_INVALID.format(url=url, reason=str(exc))) from None
    if parts.scheme not in ("http", "https"):
        raise AccountError(MSG_URL_SCHEME)
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise AccountError(MSG_URL_CREDENTIALS)
    host = parts.hostname or ""
    if not is_loopback_host(host):
        raise AccountError(MSG_URL_NOT_LOOPBACK)
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise AccountError(MSG_URL_PATH)
    shown_host = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{shown_host}" + (f":{port}" if port else "")


@dataclass(frozen=True)
class Account:
    """A VTEX store: account name and environment, or the loopback sandbox."""

    name: str
    environment: Environment = Environment.STABLE
    base_url_override: str | None = None

    def __post_init__(self) -> None:
        validate_account_name(self.name)
        try:
            env = Environment(self.environment)
        except ValueError:
            allowed = ", ".join(e.value for e in Environment)
            raise AccountError(MSG_ENVIRONMENT.format(environment=self.environment, allowed=allowed)) from None
        object.__setattr__(self, "environment", env)
        if self.base_url_override is not None:
            object.__setattr__(self, "base_url_override", validate_loopback_url(self.base_url_override))

    @classmethod
    def sandbox(cls, base_url: str, name: str = "sandbox") -> Account:
        """The built-in sandbox (or any loopback server) under a display name."""
        return cls(name=name, base_url_override=base_url)

    @classmethod
    def from_user_input(cls, text: str, environment: str | Environment = Environment.STABLE) -> Account:
        """Accept what a clerk types: ``mystore``, ``MyStore`` or a pasted store/admin URL."""
        cleaned = text.strip()
        lowered = cleaned.lower() if cleaned.isascii() else cleaned
        if "/" in lowered or "." in lowered:
            host = urlsplit(lowered if "//" in lowered else f"//{lowered}").hostname or ""
            match = _STORE_HOST.fullmatch(host)
            if match is None:
                raise AccountError(MSG_NOT_STORE_ADDRESS.format(text=cleaned))
            lowered = match.group(1)
            if match.group(2).startswith("vtexcommercebeta"):
                environment = Environment.BETA
        return cls(name=lowered, environment=Environment(environment))

    @property
    def is_sandbox(self) -> bool:
        return self.base_url_override is not None

    @property
    def base_url(self) -> str:
        if self.base_url_override is not None:
            return self.base_url_override
        return f"https://{self.name}.{self.environment.value}.com.br"

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""

    def __str__(self) -> str:
        if self.is_sandbox:
            return f"{self.name} (sandbox {self.base_url})"
        return f"{self.name} ({self.environment.value})"
