"""Autosave of what the clerk types, per store, order and tab, restored after a crash or restart.

Each form tab owns a :class:`DraftKeeper`. The tab exposes its form as plain values
(:meth:`DraftTab.draft_state` / :meth:`DraftTab.restore_draft`, never credentials) and the
signals its fields emit when edited (:meth:`DraftTab.draft_signals`). The keeper:

- saves the fields one second after the last edit (a debounced ``QTimer``), through
  :meth:`~vtex_invoice_gui.journal.Drafts.save_later`: the drafts' writer thread does the SQLite
  upsert (the file is synced so a power cut keeps it too), so another program holding the
  journal's write lock never freezes the window; the draft is written once the lock is free;
- saves pending edits at once when the order is about to change (``OrderSession.aboutToChange``)
  and when the window closes (closing waits for the writer, bounded);
- reads the draft of an order just opened on a worker (the files lane); what the clerk typed
  before it arrives is kept (the draft is then not put back);
- ignores changes the desk makes itself (filling the form from a freshly read order), so loading
  an order never creates a draft;
- when an order is opened and a draft exists for it, restores it *after* the tab filled the form
  from the order (so the prefill never overwrites it) and shows "Draft from HH:MM restored" with
  a Discard button (Discard puts back what the order gave);
- forgets the draft when the tab's send succeeded (:meth:`DraftKeeper.sent`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...fill import fill
from ...journal import JournalError
from ...journal.draft_writer import WRITTEN
from ...journal.models import utc_now
from .context import DeskContext
from .language import say
from ..text.formatting import local_datetime_text
from ..order.session import OrderSession
from .workers import FILES, Latest
from ..widgets.banner import Banner, Role

log = logging.getLogger(__name__)

#: Milliseconds after the last edit before the draft is written.
SAVE_DELAY_MS = 1000
#: The key under which the keeper stores when a draft was saved (the tab ignores it).
SAVED_AT = "_saved_at"


class DraftTab(Protocol):
    """What a tab gives its keeper."""

    def draft_state(self) -> dict[str, Any]: ...
    def restore_draft(self, data: dict[str, Any]) -> None: ...
    def draft_signals(self) -> list[SignalInstance]: ...


class DraftBar(Banner):
    """"Draft from 14:03 restored" and a Discard button, above the tab's form."""

    discardRequested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(Role.INFO, f"{name}DraftBar", parent)
        self.label = QLabel(objectName=f"{name}DraftLabel")
        self.label.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Discard draft"), objectName=f"{name}DiscardDraftButton")
        self.discard_button.setAccessibleName(self.tr("Discard the restored draft"))
        self.discard_button.setToolTip(self.tr("Forget what was typed and start again from the order"))
        self.discard_button.clicked.connect(self.discardRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.discard_button)
        self.hide()

    def show_restored(self, saved_at: str | None) -> None:
        say(self.label, lambda: self._restored_text(saved_at))  # again in another language
        self.show()

    def _restored_text(self, saved_at: str | None) -> str:
        when = draft_time_text(saved_at)
        if when:
            return fill(self.tr("Draft from {when} restored: this is what you were typing for this order."), when=when)
        return self.tr("Draft restored: this is what you were typing for this order.")


def draft_time_text(saved_at: str | None) -> str:
    """``14:03`` today, else the short date and time, in the clerk's locale and time zone."""
    if not saved_at:
        return ""
    try:
        moment = datetime.fromisoformat(saved_at)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    if local.date() == QDate.currentDate():
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return local_datetime_text(moment, locale)


class DraftKeeper(QObject):
    """Autosaves one tab's form for the order on screen; see the module docstring.

    ``saved`` fires after each write, ``restored(saved_at)`` after a draft was put back.
    """

    saved = Signal()
    restored = Signal(str)
    _written = Signal(str)  # from the writer thread: "written", "superseded" or "failed"

    def __init__(
        self, ctx: DeskContext, session: OrderSession, tab: DraftTab, name: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.session, self.tab, self.name = ctx, session, tab, name
        self.bar = DraftBar(name)
        self.bar.discardRequested.connect(self.discard_restored)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.key: tuple[str, str] | None = None  # (store id, order id) the form is about
        self._dirty = False
        self._quiet = 0
        self._fresh: dict[str, Any] | None = None  # the form as the order filled it
        self._writes = 0  # saves handed to the writer, not written yet
        self._touched = False  # the clerk edited the order on screen (before its draft was read?)
        self._reading = Latest()
        self._written.connect(self._write_done)
        session.aboutToChange.connect(self._before_change)
        # Connected after the tab's own handler (the tab builds its keeper last): the tab fills
        # the form from the order first, then the draft goes on top of it.
        session.orderChanged.connect(self._order_changed)
        for signal in tab.draft_signals():
            signal.connect(self._edited)
        ctx.flushers.append(self.flush)  # when the window closes, before the drafts file is closed
        self._order_changed(session.order)

    # -- edits ------------------------------------------------------------------------------
    @property
    def pending(self) -> bool:
        """Edits not written yet (not handed to the writer, or not written by it)."""
        return self._dirty or self._writes > 0

    def _edited(self, *_args: object) -> None:
        if self._quiet or self.key is None:
            return
        self._dirty = True
        self._touched = True
        self.timer.start()

    @contextmanager
    def unrecorded(self) -> Iterator[None]:
        """Changes the tab makes itself inside this block are not typing (not saved as a draft)."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def flush(self) -> None:
        """Write pending edits now."""
        self.timer.stop()
        if not self._dirty or self.key is None:
            return
        self._dirty = False
        data = dict(self.tab.draft_state())
        data[SAVED_AT] = utc_now()
        try:
            self.ctx.drafts.save_later(self.key[0], self.key[1], self.name, data, done=self._written.emit)
        except (JournalError, ValueError, RuntimeError) as exc:
            log.warning("could not save the %s draft: %s", self.name, exc)
            return
        self._writes += 1

    def _write_done(self, status: str) -> None:
        self._writes -= 1
        if status == WRITTEN:
            self.saved.emit()

    # -- order changes ----------------------------------------------------------------------
    def _before_change(self) -> None:
        self.flush()  # the edits belong to the order still on screen
        self._quiet += 1  # whatever the tabs do until the new order is shown is not typing

    def _order_changed(self, order: Any) -> None:
        self._quiet = 0
        store = self.ctx.store
        key = (store.id, order.order_id) if order is not None and store is not None else None
        if key == self.key:
            return  # the same order read again: the tab kept what was typed
        self.timer.stop()
        self._dirty = False
        # Typed before this order was shown (the Invoice tab keeps an invoice number typed early).
        self._touched = bool(getattr(self.tab, "consume_typed_ahead", lambda: False)())
        self.key = key
        self.bar.hide()
        self._fresh = None
        if key is None:
            return
        drafts, name, token = self.ctx.drafts, self.name, self._reading.next()
        self.ctx.tasks.start(
            lambda _c: drafts.load_draft(key[0], key[1], name),
            succeeded=partial(self._draft_read, token, key),
            failed=self._read_failed,
            name="load_draft",
            lane=FILES,
        )

    def _read_failed(self, exc: BaseException) -> None:
        log.warning("could not read the %s draft: %s", self.name, exc)

    def _draft_read(self, token: int, key: tuple[str, str], data: dict[str, Any] | None) -> None:
        if not self._reading.is_current(token) or key != self.key:
            return  # another order is on screen now
        if self._touched:
            log.info("the clerk typed before the %s draft was read; what was typed is kept", self.name)
            return
        if data:
            saved_at = str(data.pop(SAVED_AT, "") or "")
            # The form as the order filled it, for Discard: still untouched here (an edit since
            # the order was shown returned above), and taken only when a draft goes on top (a
            # 330-item order's snapshot cost ~2 ms of every order shown).
            self._fresh = self.tab.draft_state()
            if self._put(data):
                self.bar.show_restored(saved_at)
                self.restored.emit(saved_at)

    def _put(self, data: dict[str, Any]) -> bool:
        self._quiet += 1
        try:
            self.tab.restore_draft(data)
        except LookupError as exc:  # what it was typed for is gone (another invoice list)
            log.info("the %s draft no longer fits the order (%s); it is dropped", self.name, exc)
            self._drop()
            return False
        except Exception:  # noqa: BLE001 - a draft from an older version must not break the tab
            log.exception("could not restore the %s draft; it is dropped", self.name)
            self._drop()
            return False
        finally:
            self._quiet -= 1
        return True

    # -- forgetting -------------------------------------------------------------------------
    def sent(self) -> None:
        """The tab's send succeeded: its draft is done with."""
        self._drop()

    def discard_restored(self) -> None:
        """The clerk's Discard: forget the draft and put back what the order gave."""
        self._drop()
        if self._fresh is not None:
            self._put(self._fresh)

    def _drop(self) -> None:
        self.timer.stop()
        self._dirty = False
        self.bar.hide()
        if self.key is None:
            return
        try:
            self.ctx.drafts.discard_later(self.key[0], self.key[1], self.name)
        except RuntimeError as exc:  # closed
            log.warning("could not discard the %s draft: %s", self.name, exc)


def set_datetime(edit: Any, text: object) -> None:
    """Set ``edit`` to the ISO date-time ``text`` (a draft's value); an invalid text leaves it."""
    moment = QDateTime.fromString(str(text or ""), Qt.DateFormat.ISODate)
    if moment.isValid():
        edit.setDateTime(moment)
