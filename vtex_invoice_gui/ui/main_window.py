"""The main window: order panel beside the tabs, one error view, store selector and status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..fill import fill
from . import keyboard, window_state
from .runtime.context import DeskContext
from .runtime.language import on_language_change, pick_locale, switch_language
from .text.core_text import translate
from .events.tab import EventsTab
from .history.tab import HistoryTab
from .invoice.tab import InvoiceTab
from .invoice.nfe_drop import NfeDropTarget
from .lazy_tabs import LazyTabs, make_batch
from .order.panel import OrderPanel
from .order.session import OrderSession
from .returns.bar import ReturnsDesk, wire_returns
from .sending.reconcile_panel import ReconcilePanel
from .runtime.startup import AfterFirstPaint
from .runtime.warmup import WarmImports, warm_first_order
from .tracking.tab import TrackingTab
from .tracking_import import ImportLauncher
from .widgets.desk_status import DeskStatus
from .widgets.error_view import ErrorView
from .widgets.language_picker import LanguagePicker
from .widgets.scroll import scrolls_only_down
from .widgets.startup_notice import StartupNotice
from .worklist import WorklistDock

if TYPE_CHECKING:
    from .batch.view import BatchView


class MainWindow(QMainWindow):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self._shown_once = False
        self._shown_order_id: str | None = None  # the order on screen before the latest change
        self.setWindowTitle(APP_NAME)
        self.session = OrderSession(ctx, self)
        self.errors = ErrorView()
        self.order_panel = OrderPanel(self.session)

        self.tabs = QTabWidget(objectName="mainTabs")
        self.tabs.setAccessibleName(self.tr("Tasks"))
        self.invoice_tab = InvoiceTab(ctx, self.session, self.errors, self.show_status)
        self.tracking_tab = TrackingTab(ctx, self.session, self.errors, self.show_status)
        self.events_tab = EventsTab(ctx, self.session, self.errors, self.show_status)
        self.tabs.addTab(self.invoice_tab, self.tr("&Invoice"))
        self.tabs.addTab(self.tracking_tab, self.tr("Tracking &number"))
        self.tabs.addTab(self.events_tab, self.tr("Tracking &events"))
        self.history_tab = HistoryTab(ctx)  # the journal of every send
        self.tabs.addTab(self.history_tab, self.tr("&History"))
        self.history_tab.openOrder.connect(self.open_order)
        # Batch is made when first shown (or asked for): its modules are not on the way to the first paint.
        # (History is not: the widest page, it decides whether a small screen shows the queue dock.)
        self.lazy_tabs = LazyTabs(self.tabs, self._tab_built)
        self.lazy_tabs.add("batch", self.tr("&Batch"), self._make_batch)  # a day's NF-e files (issue 14)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.reconcile_panel = ReconcilePanel(ctx)  # what happened to sends left unfinished last time
        self.reconcile_panel.openOrder.connect(self.open_order)
        self.reconcile_panel.resent.connect(self._resent)
        self.events_tab.wantTrackingNumber.connect(self.go_to_tracking)
        self.invoice_tab.nfe.nfeChanged.connect(self.order_panel.nfe_data.set_nfe)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.errors)  # beside the forms it is about; never squeezes the order
        right_layout.addWidget(self.tabs, 1)
        left = QScrollArea()  # small screens: the order panel scrolls instead of overlapping
        left.setWidgetResizable(True)
        left.setFrameShape(QFrame.Shape.NoFrame)
        left.setWidget(self.order_panel)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        window_state.order_free_pages(self.tabs, left, lambda: (self.history_tab, self.lazy_tabs.built("batch")))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 4)
        notes = [translate(note) for note in ctx.startup_notes]
        said = [lambda note=note: translate(note) for note in ctx.startup_notes]  # again in another language
        self.startup_notice = StartupNotice(said, lasting=ctx.sending_blocked is not None)
        layout.addWidget(self.startup_notice)
        layout.addWidget(self.reconcile_panel)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._build_status_bar()
        self._build_worklist()
        self.returns = ReturnsDesk(ctx, self.session, self, self.show_status)  # the return wizard, marks (issue 16)
        self.returns_bar = wire_returns(self.returns, self.invoice_tab, self.worklist.panel)
        # An NF-e XML dropped anywhere on the window fills the Invoice tab (after all widgets exist).
        self.nfe_drop = NfeDropTarget(
            self, self.invoice_tab.nfe, lambda: self.tabs.setCurrentWidget(self.invoice_tab), watch_children=False
        )  # its children are watched after the first paint (_after_first_show)
        self._build_keyboard()
        for tab in (self.invoice_tab, self.tracking_tab, self.events_tab):
            scrolls_only_down(tab)  # a 1024-pixel window: the left pane gives way, not the send buttons

        self.session.failed.connect(self.errors.show_error)
        self.session.aboutToChange.connect(self._remember_shown_order)
        self.session.orderChanged.connect(self._order_shown)
        self.errors.reloadRequested.connect(self.session.reload)
        ctx.tasks.busyChanged.connect(self._busy)
        ctx.tasks.retrying.connect(self.status.retrying)
        self.refresh_stores()
        if ctx.starting is not None:  # the demo store starts while the window is built and shown
            ctx.starting.finished.connect(self._store_started)
        window_state.restore(self, splitter, ctx.config_dir)  # window.ini, or a first start fitted to the screen
        window_state.place_queue(self, self.worklist)  # beside the order when the window has room
        for note in notes:
            QTimer.singleShot(0, lambda note=note: self.statusBar().showMessage(note, 15_000))
        self.reconcile_panel.start()  # on a worker; the banner shows what it finds
        on_language_change(self, lambda: (self.refresh_stores(), self._busy(ctx.tasks.requests)))

    # -- chrome -----------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Store"), objectName="storeToolBar")
        bar.setMovable(False)
        self.addToolBar(bar)
        label = QLabel(self.tr("&Store: "))
        self.account_selector = QComboBox(objectName="accountSelector")
        self.account_selector.setAccessibleName(self.tr("Store"))
        self.account_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.account_selector)
        self.account_selector.activated.connect(self._store_chosen)
        self.accounts_button = QPushButton(self.tr("Accounts…"), objectName="accountsButton")
        self.accounts_button.clicked.connect(self.open_accounts)
        bar.addWidget(label)
        bar.addWidget(self.account_selector)
        bar.addWidget(self.accounts_button)
        spacer = QWidget()
        spacer.setMinimumWidth(16)
        bar.addWidget(spacer)
        self.environment_label = QLabel(objectName="environmentLabel")
        bar.addWidget(self.environment_label)
        stretch = QWidget()
        stretch.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(stretch)
        self.language_picker = LanguagePicker(self.ctx.settings.language)
        self.language_picker.chosen.connect(self._language_chosen)
        bar.addWidget(self.language_picker)

    def _build_worklist(self) -> None:
        """The queues beside the order panel (issue 13); F6 and Ctrl+1: ``window_state.queue_keys``."""
        self.worklist = WorklistDock(self.ctx, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.worklist)
        panel = self.worklist.panel
        panel.openOrder.connect(self._open_from_queue)
        panel.failed.connect(self.errors.show_error)
        # On the next turn of the event loop: the queue's row (and freeing the order it held, ~2.5 ms for
        # 330 items) is not in the same frame as the order panel and the forms.
        self.session.orderChanged.connect(panel.order_changed, Qt.ConnectionType.QueuedConnection)
        self.worklist_shortcuts = window_state.queue_keys(self, self.worklist, self.order_panel.focus_order_id)

    def focus_worklist(self) -> None:
        window_state.show_queue(self, self.worklist, focus=True)

    def _open_from_queue(self, order_id: str) -> None:
        self.worklist.setVisible(not self.worklist.isFloating())  # over the order (narrow window): now the order
        self.open_order(self.ctx.settings.current_store or "", order_id)

    def _build_keyboard(self) -> None:
        self.shortcuts = keyboard.bind(
            self,
            {
                "Ctrl+L": self.order_panel.focus_order_id,
                "Ctrl+Return": self.submit_current,
                "Ctrl+Enter": self.submit_current,
                "Ctrl+O": self.open_nfe,
                "Ctrl+Shift+O": self.open_batch_files,
                "F5": self.reload_order,
            },
        )
        keyboard.tabs_leave_tables(self)
        self.enter_moves_on = keyboard.EnterMovesOn((self.invoice_tab.form, self.tracking_tab, self.events_tab), self)
        self.tracking_import = ImportLauncher(self, self.ctx)  # Tools > Import tracking… (Ctrl+Shift+I)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.menuAction().setObjectName("helpMenu")
        action = self.help_menu.addAction(self.tr("&Keyboard shortcuts…"), self.show_shortcuts)
        action.setObjectName("shortcutsAction")
        action.setShortcut(QKeySequence("F1"))

    def show_shortcuts(self) -> None:
        dialog = keyboard.ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _build_status_bar(self) -> None:
        self.status = DeskStatus(self.statusBar())
        self.store_label, self.busy_label = self.status.store_label, self.status.busy_label
        self._busy(0)

    def _busy(self, count: int) -> None:
        self.status.busy(count, self.tr("%n request(s) in progress", "", count) if count else self.tr("Idle"))

    def show_status(self, text: str, msecs: int = 8000) -> None:
        self.status.show(text, msecs)

    # -- stores -----------------------------------------------------------------------------
    def refresh_stores(self) -> None:
        selector = self.account_selector
        blocked = selector.blockSignals(True)
        selector.clear()
        for profile in self.ctx.settings.stores:
            selector.addItem(f"{profile.account} ({profile.environment_label})", profile.id)
        current = self.ctx.store
        if current is not None:
            selector.setCurrentIndex(selector.findData(current.id))
        selector.blockSignals(blocked)
        if current is None and self.ctx.starting is not None and self.ctx.starting.pending:
            self.store_label.setText(self.tr("Starting the demo store…"))
            self.environment_label.setText("")
        elif current is None:
            self.store_label.setText(self.tr("No store: open Accounts to add one"))
            self.environment_label.setText("")
        else:
            self.store_label.setText(fill(self.tr("Store: {store}"), store=current.account))
            env = current.environment_label
            self.environment_label.setText(fill(self.tr("Environment: {environment}"), environment=env))
        self.setWindowTitle(f"{APP_NAME} — {current.account}" if current else APP_NAME)

    def _store_started(self, error: object) -> None:
        self.refresh_stores()
        self.history_tab.refresh_stores()
        self.worklist.panel.store_changed()
        if error is not None:
            self.show_status(fill(self.tr("The demo store could not start: {error}"), error=error), 15_000)

    def _store_chosen(self, index: int) -> None:
        store_id = self.account_selector.itemData(index)
        if store_id == self.ctx.settings.current_store:
            return
        self.ctx.settings.current_store = store_id
        self._save_settings()
        self.session.clear()
        self.errors.clear()
        self.refresh_stores()
        self.worklist.panel.store_changed()

    def _save_settings(self) -> None:
        try:
            self.ctx.save_settings()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.show_status(fill(self.tr("Could not save the settings: {reason}"), reason=reason), 15_000)

    # -- lazy tabs --------------------------------------------------------------------------
    @property
    def batch_view(self) -> BatchView:
        return self.lazy_tabs.get("batch")  # type: ignore[return-value]

    def _make_batch(self) -> QWidget:
        return make_batch(self.ctx, self.errors.show_error)

    def _tab_built(self, _name: str, _tab: QWidget) -> None:
        if self._shown_once:  # an NF-e dropped on the new tab fills the Invoice tab, as on the others
            self.nfe_drop.watch()

    def _language_chosen(self, language: str | None) -> None:
        if language == self.ctx.settings.language:
            return
        self.ctx.settings.language = language
        self._save_settings()
        switch_language(QApplication.instance(), pick_locale(language))  # at once, in every open widget

    def open_accounts(self) -> None:
        from .accounts.dialog import AccountsDialog

        dialog = AccountsDialog(self.ctx, self)
        dialog.storesChanged.connect(self._stores_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.accounts_dialog = dialog

    def _stores_changed(self) -> None:
        before = self.account_selector.currentData()
        self.refresh_stores()
        self.history_tab.refresh_stores()
        if self.ctx.store is None or self.ctx.store.id != before:
            self.session.clear()

    # -- actions ----------------------------------------------------------------------------
    def submit_current(self) -> None:
        tab = self.tabs.currentWidget()
        submit = getattr(tab, "submit", None)
        if callable(submit):
            submit()

    def open_nfe(self) -> None:
        """Ctrl+O: the Invoice tab, and its "Open NF-e XML…" dialog."""
        self.tabs.setCurrentWidget(self.invoice_tab)
        self.invoice_tab.form.choose_xml()

    def open_batch_files(self) -> None:
        """Ctrl+Shift+O: the Batch tab, and its "Add files…" dialog."""
        self.tabs.setCurrentWidget(self.batch_view)
        self.batch_view.choose_files()

    def reload_order(self) -> None:
        """F5: read the order again (the one shown, or the one the order field names)."""
        if self.session.order is not None or self.order_panel.order_id_edit.text().strip():
            self.order_panel.load()

    def open_order(self, store_id: str, order_id: str, operation: str = "") -> None:
        """Load a journal row's order (History, start-up banner), switching store if needed."""
        if store_id != self.ctx.settings.current_store:
            index = self.account_selector.findData(store_id)
            if index < 0:
                self.show_status(fill(self.tr("Store {store} is not set up on this computer."), store=store_id), 15_000)
                return
            self.account_selector.setCurrentIndex(index)
            self._store_chosen(index)
        tab = {"tracking_number": self.tracking_tab, "tracking_events": self.events_tab}.get(operation)
        self.tabs.setCurrentWidget(tab or self.invoice_tab)
        self.order_panel.order_id_edit.setText(order_id)
        self.session.load(order_id)

    def _tab_shown(self, index: int) -> None:
        """A lazy tab is made when first shown (before ``order_free_pages`` looks at it)."""
        self.lazy_tabs.realize(self.tabs.widget(index))

    def _remember_shown_order(self) -> None:
        self._shown_order_id = self.session.order.order_id if self.session.order is not None else None

    def _order_shown(self, order: object) -> None:
        """Another order on screen: the banner was about the previous one (or a failed load)."""
        order_id = getattr(order, "order_id", None)
        if order_id is not None and order_id != self._shown_order_id:
            self.errors.clear()

    def _resent(self, store_id: str, order_id: str) -> None:
        order = self.session.order
        if store_id == self.ctx.settings.current_store and order is not None and order.order_id == order_id:
            self.session.reload()

    def go_to_tracking(self, invoice_number: str) -> None:
        self.tabs.setCurrentWidget(self.tracking_tab)
        if invoice_number:
            self.tracking_tab.invoice_combo.select(invoice_number)
        self.tracking_tab.number_edit.setFocus()

    # -- first paint, close -----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # After the first paint, with the window idle: starting the demo store and making the
            # HTTP client are Python work that would compete with painting the window for the GIL.
            AfterFirstPaint(self, self._after_first_show)

    def _after_first_show(self) -> None:
        self.nfe_drop.watch()
        warm_first_order(self.ctx.tasks)  # while the clerk types the first order id
        if self.lazy_tabs.built("batch") is None:
            self.warm_imports = WarmImports(self.ctx.tasks, self)  # the Batch tab's first click: no freeze
            self.warm_imports.begin()
        starting = self.ctx.starting
        if starting is not None:
            starting.begin()
        else:
            self.ctx.api.prepare(self.ctx.store)
            self.worklist.panel.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.splitter.widget(0).setVisible(True)  # the sizes saved are those of both panes
        window_state.save(self, self.splitter, self.ctx.config_dir)
        self.hide()  # gone at once; closing then waits (bounded) for jobs and drafts
        self.ctx.close()
        super().closeEvent(event)
