"""Accounts: add, edit and remove stores; keep their key and token in the keyring; test them."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...fill import fill
from ...secrets import Credentials, SecretStoreUnavailable
from ...settings import StoreProfile
from ...vtex import Account, AccountError, Environment
from ..runtime.context import DeskContext
from ..text.core_text import translate
from ..text.error_text import ErrorText
from ..widgets.banner import Tone, set_tone
from ..runtime.workers import FILES, TaskControl
from .connection_test import ConnectionTest

Index = QModelIndex | QPersistentModelIndex


class StoresModel(QAbstractListModel):
    def __init__(self, ctx: DeskContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ctx.settings.stores)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        profile = self.ctx.settings.stores[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{profile.account} ({profile.environment_label})"
        if role == Qt.ItemDataRole.UserRole:
            return profile.id
        return None

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class AccountsDialog(QDialog):
    storesChanged = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.ctx = ctx
        self._text = ErrorText(self)
        self._pending_credentials: tuple[StoreProfile, Credentials] | None = None

        self.model = StoresModel(ctx, self)
        self.list = QListView(objectName="storesList")
        self.list.setAccessibleName(self.tr("Stores"))
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(self._selected)
        self.new_button = QPushButton(self.tr("&New store"), objectName="newStoreButton")
        self.new_button.clicked.connect(self.new_store)
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="removeStoreButton")
        self.remove_button.clicked.connect(self.remove_store)

        self.account_edit = QLineEdit(objectName="accountNameEdit", placeholderText=self.tr("mystore"))
        self.environment_combo = QComboBox(objectName="environmentCombo")
        self.environment_combo.addItem(self.tr("Stable (vtexcommercestable)"), Environment.STABLE.value)
        self.environment_combo.addItem(self.tr("Beta (vtexcommercebeta)"), Environment.BETA.value)
        self.key_edit = QLineEdit(objectName="appKeyEdit", placeholderText="vtexappkey-…")
        self.token_edit = QLineEdit(objectName="appTokenEdit")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.session_check = QCheckBox(
            self.tr("Keep the key for this session only (not in the keyring)"), objectName="sessionOnlyCheck"
        )
        self.where_label = QLabel(objectName="secretWhereLabel")
        self.where_label.setWordWrap(True)
        self.message = QLabel(objectName="accountsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.session_button = QPushButton(self.tr("Keep for this session only"), objectName="sessionOnlyButton")
        self.session_button.clicked.connect(self._save_session_only)
        self.session_button.hide()
        self.test_button = QPushButton(self.tr("&Test connection"), objectName="testConnectionButton")
        self.test_button.clicked.connect(self.test_connection)
        self.connection_test = ConnectionTest(ctx, self.test_button, self._say, self)
        self.save_button = QPushButton(self.tr("&Save"), objectName="saveStoreButton")
        self.save_button.clicked.connect(self.save)
        for widget, name in (
            (self.account_edit, self.tr("Account name")),
            (self.environment_combo, self.tr("Environment")),
            (self.key_edit, self.tr("App key")),
            (self.token_edit, self.tr("App token")),
        ):
            widget.setAccessibleName(name)

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Account name:"), self.account_edit),
            (self.tr("&Environment:"), self.environment_combo),
            (self.tr("App &key:"), self.key_edit),
            (self.tr("App t&oken:"), self.token_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.session_check)
        form.addRow("", self.where_label)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        actions.addWidget(self.session_button)
        actions.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        right.addStretch(1)
        right.addLayout(actions)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.remove_button)
        left.addLayout(left_buttons)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.resize(760, 380)

        current = ctx.store
        row = ctx.settings.stores.index(current) if current in ctx.settings.stores else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.new_store()

    # -- editing ----------------------------------------------------------------------------
    @property
    def profile(self) -> StoreProfile | None:
        index = self.list.currentIndex()
        return self.ctx.settings.stores[index.row()] if index.isValid() else None

    def _selected(self, *_args: object) -> None:
        profile = self.profile
        self.session_button.hide()
        self.message.clear()
        self.key_edit.clear()
        self.token_edit.clear()
        if profile is None:
            return
        self.account_edit.setText(profile.account)
        self.environment_combo.setCurrentIndex(self.environment_combo.findData(profile.environment.value))
        self.account_edit.setEnabled(not profile.base_url)
        self.environment_combo.setEnabled(not profile.base_url)
        self.session_check.setChecked(self.ctx.secrets.is_session_only(profile.id))
        self._show_where(profile)

    def _show_where(self, profile: StoreProfile) -> None:
        """"Key and token kept in: …", asked of the keyring on a worker (it may not answer)."""
        keep = self.tr("Leave key and token empty to keep the saved ones.")
        vault = self.ctx.secrets

        def show(where: str) -> None:
            if vault.is_session_only(profile.id):  # kept for the session since the keyring was asked
                where = vault.where(profile.id)
            if self.profile is not None and self.profile.id == profile.id:
                kept_in = fill(self.tr("Key and token kept in: {place}"), place=translate(where))
                self.where_label.setText(f"{kept_in}\n{keep}")

        if vault.is_session_only(profile.id):
            show(vault.where(profile.id))  # memory: no keyring call
            return
        self.where_label.setText(keep)
        self.ctx.tasks.start(lambda _c: vault.where(profile.id), succeeded=show, name="keyring_where", lane=FILES)

    def new_store(self) -> None:
        self.list.setCurrentIndex(QModelIndex())
        for edit in (self.account_edit, self.key_edit, self.token_edit):
            edit.clear()
            edit.setEnabled(True)
        self.environment_combo.setEnabled(True)
        self.environment_combo.setCurrentIndex(0)
        self.session_check.setChecked(False)  # a new store goes to the keyring unless ticked
        self.where_label.setText(
            self.tr("The key and token go to the system keyring; the settings file keeps only the store name.")
        )
        self.message.clear()
        self.account_edit.setFocus()

    def _form_account(self) -> Account:
        if self.profile is not None and self.profile.base_url:
            return self.profile.to_account()
        return Account.from_user_input(self.account_edit.text(), self.environment_combo.currentData())

    def _typed_credentials(self) -> Credentials | None:
        key, token = self.key_edit.text().strip(), self.token_edit.text().strip()
        if not key and not token:
            return None
        return Credentials(key, token)

    def _say(self, text: str, ok: bool | None = None) -> None:
        set_tone(self.message, {True: Tone.SUCCESS, False: Tone.ERROR, None: None}[ok])
        self.message.setText(text)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (within the screen) so wrapped texts are never squeezed over each other."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def save(self) -> None:
        try:
            account = self._form_account()
            credentials = self._typed_credentials()
        except (AccountError, ValueError) as exc:
            self._say(translate(exc), False)
            return
        # Read before re-selecting the row, which resets the box and empties the key fields.
        session_only = self.session_check.isChecked()
        typed = self.key_edit.text(), self.token_edit.text()
        existing = self.profile
        if existing is None:
            if credentials is None:
                self._say(self.tr("Enter the app key and the app token."), False)
                return
            store_id = self.ctx.settings.new_store_id(account.name, account.environment)
            profile = StoreProfile(id=store_id, account=account.name, environment=account.environment)
        else:
            profile = existing.model_copy(update={"account": account.name, "environment": account.environment})
        self.ctx.settings.upsert(profile)
        self.ctx.settings.current_store = profile.id
        self._persist_settings()
        self.model.refresh()
        self.list.setCurrentIndex(self.model.index(self.ctx.settings.stores.index(profile)))
        self.key_edit.setText(typed[0])  # kept on screen until they are safely kept
        self.token_edit.setText(typed[1])
        self.session_check.setChecked(session_only)
        self.storesChanged.emit()
        if credentials is None:
            self._say(self.tr("Saved."), True)
            return
        self._pending_credentials = (profile, credentials)
        if session_only or profile.session_only:
            self._save_session_only()
            return
        self.save_button.setEnabled(False)
        self._say(self.tr("Saving the key and token in the system keyring…"))
        vault, api = self.ctx.secrets, self.ctx.api

        def job(_control: TaskControl) -> str:
            vault.save(profile.id, credentials)
            api.forget(profile.id)  # the next call reads the new key and token
            return vault.where(profile.id)

        self.ctx.tasks.start(
            job, succeeded=partial(self._keyring_saved, profile), failed=self._keyring_failed, name="keyring_save",
            lane=FILES,
        )

    def _persist_settings(self) -> None:
        try:
            self.ctx.save_settings()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._say(fill(self.tr("Could not write the settings file: {reason}"), reason=reason), False)

    def _keyring_saved(self, profile: StoreProfile, where: str) -> None:
        self.save_button.setEnabled(True)
        self._pending_credentials = None
        self.key_edit.clear()
        self.token_edit.clear()
        where = translate(where)
        self._say(fill(self.tr("Saved. The key and token are in {place}."), place=where), True)
        self._selected()
        self._say(fill(self.tr("Saved. The key and token are in {place}."), place=where), True)

    def _keyring_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        report = self._text.describe(error)
        self._say(f"{report.headline} {report.advice}", False)
        self.session_button.setVisible(isinstance(error, SecretStoreUnavailable))

    def _save_session_only(self) -> None:
        if self._pending_credentials is None:
            return
        profile, credentials = self._pending_credentials
        self.ctx.secrets.save(profile.id, credentials, session_only=True)
        self.ctx.api.forget(profile.id)
        self._pending_credentials = None
        self.session_button.hide()
        self.key_edit.clear()
        self.token_edit.clear()
        self._selected()
        self._say(self.tr("Saved for this session only: the key is forgotten when the app closes."), True)

    def remove_store(self) -> None:
        profile = self.profile
        if profile is None:
            return
        self.ctx.settings.remove(profile.id)
        self.ctx.api.forget(profile.id)
        self._persist_settings()
        self.model.refresh()
        self.storesChanged.emit()
        self._selected()
        self._say(fill(self.tr("Removed {account}; deleting its key from the keyring…"), account=profile.account))
        vault = self.ctx.secrets
        self.ctx.tasks.start(
            lambda _c: vault.delete(profile.id),
            succeeded=lambda _r: self._say(
                fill(self.tr("Removed {account} and its key."), account=profile.account), True
            ),
            failed=self._key_not_deleted,
            name="keyring_delete",
            lane=FILES,
        )

    def _key_not_deleted(self, error: BaseException) -> None:
        report = self._text.describe(error)
        text = self.tr("The store was removed, but its key could not be deleted from the keyring: {reason}")
        self._say(fill(text, reason=f"{report.headline} {report.advice}"), False)

    # -- test connection (connection_test.py) ------------------------------------------------
    def test_connection(self) -> None:
        try:
            account = self._form_account()
            credentials = self._typed_credentials()
        except (AccountError, ValueError) as exc:
            self._say(translate(exc), False)
            return
        self.connection_test.start(account, credentials, self.profile)
