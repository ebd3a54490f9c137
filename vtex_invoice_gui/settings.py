"""The app's settings: which stores exist (names only, never keys), the current one, the language.

A pydantic model written atomically (temp file + ``os.replace``) as JSON under the platform's user
config directory. Tests and portable setups point it elsewhere with an explicit path or the
``VTEX_DESK_HOME`` environment variable. Keys and tokens live in :mod:`vtex_invoice_gui.secrets`.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .aside import set_aside
from .messages import Message
from .vtex.account import Account, Environment, validate_account_name, validate_loopback_url

log = logging.getLogger(__name__)

#: Environment variable that moves every file the app writes (settings, window state, logs).
HOME_ENV = "VTEX_DESK_HOME"
APP_DIR_NAME = "vtex-invoice-desk"
SETTINGS_FILE = "settings.json"
#: ``journal.window.DEFAULT_APPLY_TIME_S`` (not imported: the settings load before the journal).
DEFAULT_APPLY_TIME_S = 180.0
_STORE_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}", re.ASCII)

# What the clerk is told at start-up when the file is not usable (codes ``settings.*``).
MSG_UNREADABLE = Message("settings.unreadable")
MSG_NO_LOG = Message("settings.no_log")
MSG_DAMAGED = Message("settings.damaged")
MSG_NOT_TEXT = Message("settings.not_text")


def config_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The directory for settings and window state: explicit path, ``VTEX_DESK_HOME``, or platformdirs."""
    if explicit is not None:
        return Path(explicit)
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def log_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where log files go: ``<home>/logs`` when a home is set, else the platform's log directory."""
    if explicit is not None:
        return Path(explicit) / "logs"
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def saved_language(path: str | os.PathLike[str] | None = None) -> str | None:
    """The language in the settings file, or None; never changes the file (even a damaged one)."""
    try:
        text = Path(path or config_dir() / SETTINGS_FILE).read_text(encoding="utf-8-sig")
        return Settings.model_validate_json(text).language
    except (OSError, ValueError):  # missing, unreadable or damaged: load() reports it when the desk starts
        return None


class StoreProfile(BaseModel):
    """One store the clerk works with. Its key and token are in the keyring under ``id``."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    id: str
    account: str
    environment: Environment = Environment.STABLE
    #: Only for the local sandbox: a loopback address (anything else is refused).
    base_url: str | None = None
    #: Kept for this session only (the demo store); never written to the settings file.
    session_only: bool = Field(default=False, exclude=True)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not _STORE_ID.fullmatch(value):
            raise ValueError("A store id is lowercase letters, digits, '-' and '_'.")
        return value

    @field_validator("account")
    @classmethod
    def _account(cls, value: str) -> str:
        return validate_account_name(value)

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, value: str | None) -> str | None:
        return None if value in (None, "") else validate_loopback_url(value)

    def to_account(self) -> Account:
        if self.base_url:
            return Account.sandbox(self.base_url, self.account)
        return Account(self.account, self.environment)

    @property
    def environment_label(self) -> str:
        if self.base_url:
            return f"sandbox {self.base_url}"
        return self.environment.value


class Settings(BaseModel):
    """Everything the app remembers between runs (no secrets)."""

    model_config = ConfigDict(extra="ignore")

    version: int = 1
    stores: list[StoreProfile] = Field(default_factory=list)
    current_store: str | None = None
    language: str | None = None
    #: The folder the last NF-e XML was chosen from ("Open NF-e XML…" opens there).
    nfe_folder: str | None = None
    #: Seconds VTEX is given to apply a write whose answer was lost, on top of the read timeout,
    #: before the desk concludes "not applied" and lets it be sent again (kept between 1 and 60
    #: minutes; a value that is not a number means the default).
    apply_time_s: float = DEFAULT_APPLY_TIME_S
    #: The worklist's date window per store id: how many days back the queues look (default 30).
    worklist_days: dict[str, int] = Field(default_factory=dict)

    @field_validator("apply_time_s", mode="before")
    @classmethod
    def _apply_time(cls, value: object) -> float:
        try:
            seconds = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_APPLY_TIME_S
        return DEFAULT_APPLY_TIME_S if seconds != seconds else min(max(seconds, 60.0), 3600.0)

    def store(self, store_id: str | None) -> StoreProfile | None:
        return next((s for s in self.stores if s.id == store_id), None)

    def current(self) -> StoreProfile | None:
        return self.store(self.current_store) or (self.stores[0] if self.stores else None)

    def upsert(self, profile: StoreProfile) -> None:
        """Add the store, or replace the one with the same id."""
        for index, existing in enumerate(self.stores):
            if existing.id == profile.id:
                self.stores[index] = profile
                return
        self.stores.append(profile)

    def remove(self, store_id: str) -> None:
        self.stores = [s for s in self.stores if s.id != store_id]
        if self.current_store == store_id:
            self.current_store = self.stores[0].id if self.stores else None

    def new_store_id(self, account: str, environment: Environment | str = Environment.STABLE) -> str:
        """A fresh id for a store: ``account`` (plus ``-beta`` and a number when needed)."""
        base = account if Environment(environment) is Environment.STABLE else f"{account}-beta"
        candidate, n = base, 2
        taken = {s.id for s in self.stores}
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def for_disk(self) -> Settings:
        """A copy without the session-only stores."""
        kept = [s for s in self.stores if not s.session_only]
        current = self.current_store if any(s.id == self.current_store for s in kept) else None
        return self.model_copy(update={"stores": kept, "current_store": current})


class SettingsFile:
    """Reads and atomically writes :class:`Settings` as JSON at ``path``."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else config_dir() / SETTINGS_FILE
        #: Set when the file existed but could not be read (the clerk is told; a copy is kept).
        self.problem: Message | None = None

    def load(self) -> Settings:
        self.problem = None
        try:
            text = self.path.read_text(encoding="utf-8-sig")  # a BOM (Windows editors) is fine
        except FileNotFoundError:
            return Settings()
        except UnicodeDecodeError:  # not text at all: a wrong file, or bytes damaged on disk
            self.problem = MSG_NOT_TEXT.format(path=str(self.path), backup=str(self._set_aside()))
            log.warning("settings file %s is not UTF-8 text", self.path)
            return Settings()
        except OSError as exc:
            self.problem = MSG_UNREADABLE.format(path=str(self.path), reason=exc.strerror)
            return Settings()
        try:
            return Settings.model_validate_json(text)
        except ValidationError as exc:
            self.problem = MSG_DAMAGED.format(backup=str(self._set_aside()), count=exc.error_count())
            log.warning("settings file %s unreadable: %s", self.path, exc.errors()[0].get("msg"))
            return Settings()

    def _set_aside(self) -> Path:
        """Move the file out of the way (kept, with the time in its name); where it is now."""
        try:
            return set_aside(self.path)
        except OSError:  # a read-only folder: it stays where it is (the desk cannot save over it either)
            return self.path

    def save(self, settings: Settings) -> None:
        """Write atomically: a crash leaves either the old file or the new one, never half."""
        data = settings.for_disk().model_dump_json(indent=2)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.path)
        except BaseException:
            try:
                os.unlink(temp)
            except OSError:
                pass
            raise
