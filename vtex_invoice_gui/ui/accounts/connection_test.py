"""Test connection: ask VTEX, on a worker, whether a store's key and token work and what their role may do."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from ...fill import fill
from ...secrets import Credentials
from ...settings import StoreProfile
from ...vtex import Account, AuthError, PermissionDeniedError
from ...vtex.probe import Permissions, test_store
from ..runtime.context import DeskContext
from ..runtime.workers import TaskControl
from ..text.error_text import ErrorText
from .permission_text import permission_lines

# Shows a sentence in the Accounts dialog: ``ok`` True (success), False (error) or None (neutral).
Say = Callable[[str, bool | None], None]


class ConnectionTest(QObject):
    """The Accounts dialog's "Test connection": ``button`` is disabled while a test runs, ``say`` tells the outcome."""

    def __init__(self, ctx: DeskContext, button: QPushButton, say: Say, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.button = button
        self._say = say
        self._text = ErrorText(self)

    def start(self, account: Account, credentials: Credentials | None, profile: StoreProfile | None) -> None:
        """Test ``credentials`` (None: the ones kept for ``profile``) against ``account``."""
        vault, http = self.ctx.secrets, self.ctx.api.http_for(account.base_url if account.is_sandbox else None)

        missing = self.tr("Enter the app key and the app token to test them.")

        def job(control: TaskControl) -> Permissions:
            creds = credentials
            if creds is None and profile is not None:
                creds = vault.load(profile.id)
            if creds is None:
                raise ValueError(missing)
            return test_store(account, creds.app_key, creds.app_token, http)

        self.button.setEnabled(False)
        self._say(fill(self.tr("Testing the connection to {account}…"), account=account), None)
        self.ctx.tasks.start(
            job, succeeded=self._tested, failed=partial(self._test_failed, account), name="test_connection"
        )

    def _tested(self, result: Permissions) -> None:
        self.button.setEnabled(True)
        if result.all_ok:
            head = self.tr("Connected. VTEX accepted the key, and its role may send invoices.")
        elif result.notify_invoice == "denied":
            head = self.tr(
                "Connected, but the key's role lacks the 'Notify invoice' resource (VTEX answered 403): it can "
                "read orders but not send invoices or tracking. In the VTEX Admin, Account settings > Roles, add "
                "'Notify invoice' to the key's role (or use 'OMS - Full access')."
            )
        elif result.can_work and result.notify_invoice == "ok":
            head = self.tr("Connected. VTEX accepted the key, and its role may send invoices (returns: see below).")
        else:
            head = self.tr(
                "Connected: VTEX accepted the key and token (whether the role may send invoices "
                "could not be checked)."
            )
        self._say(f"{head}\n{permission_lines(result)}", result.can_work)

    def _test_failed(self, account: Account, error: BaseException) -> None:
        self.button.setEnabled(True)
        if isinstance(error, AuthError):
            self._say(
                fill(
                    self.tr(
                        "Wrong key or token (VTEX answered 401): check both, and that the account name is "
                        "'{account}'."
                    ),
                    account=account.name,
                ),
                False,
            )
        elif isinstance(error, PermissionDeniedError):
            self._say(
                self.tr(
                    "The key is valid, but its role may not read orders (VTEX answered 403). Give the "
                    "role the 'List Orders', 'View order' and 'Notify invoice' resources."
                ),
                False,
            )
        else:
            report = self._text.describe(error)
            self._say(f"{report.headline} {report.advice}", False)
