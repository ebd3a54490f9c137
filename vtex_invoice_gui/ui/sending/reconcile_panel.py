"""The start-up check of unsettled sends, shown as a non-modal banner in the window.

Rows the journal left ``pending``, ``sent`` or ``unknown`` (the app stopped around a send, or
VTEX's answer was lost) are checked on a worker with :func:`reconcile_all`, which re-reads each
order. The banner says what was found ("1 landed, 1 did not") and offers, per row that did not
land, "Send again" (:func:`resend`: one more check, then the journaled body is posted as a new row)
and "Open order"; rows that could not be checked get "Check again". A row whose settle window still
runs (VTEX may yet apply it) says so and is checked again on its own after a pause; "Send again"
appears only once a re-read after the window did not find it, and asks the clerk first
(:func:`~.resend_confirm.confirm_resend`). Nothing is re-sent on its own.
(In a tab, the same settling after a lost answer is :class:`~.controller.SendController`.)
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...fill import fill
from ...journal import (
    JournaledClient,
    JournalEntry,
    JournalError,
    ReconcileOutcome,
    Verdict,
    reconcile_all,
    reconcile_entry,
    resend,
)
from ...sending.clients import StoreNotReady
from ..runtime.context import DeskContext
from ..runtime.language import say
from ..text.core_text import translate
from ..text.error_text import ErrorText
from ..history.model import describe_entry
from ..widgets.banner import Banner, Role
from .resend_confirm import confirm_resend


class _Row(QWidget):
    """One checked send in the banner: what it was, what was found, and what can be done."""

    def __init__(self, entry: JournalEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcileRow")
        self.entry = entry
        self.verdict: Verdict | None = None
        self.label = QLabel(objectName="reconcileRowLabel")
        self.label.setWordWrap(True)
        self.resend_button = QPushButton(self.tr("Send again"), objectName="resendButton")
        self.resend_button.setAccessibleName(self.tr("Send it again"))
        self.check_button = QPushButton(self.tr("Check again"), objectName="recheckButton")
        self.open_button = QPushButton(self.tr("Open order"), objectName="reconcileOpenButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        for button in (self.check_button, self.resend_button, self.open_button):
            layout.addWidget(button)


class ReconcilePanel(Banner):
    """The start-up check of unsettled sends, as a banner at the top of the window."""

    openOrder = Signal(str, str, str)  # store id, order id, operation
    resent = Signal(str, str)  # store id, order id: a row was sent again (reload it if shown)
    finished = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(Role.INFO, "reconcilePanel", parent)
        self.setAccessibleName(self.tr("Sends checked at start-up"))
        self.ctx = ctx
        self._text = ErrorText(self)
        self.outcomes: list[ReconcileOutcome] = []
        self.rows: list[_Row] = []
        self.summary = QLabel(objectName="reconcileSummary")
        self.summary.setWordWrap(True)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), objectName="dismissReconcileButton")
        self.dismiss_button.clicked.connect(self.hide)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.dismiss_button)
        rows = QWidget()
        self.rows_layout = QVBoxLayout(rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        scroll.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(head)
        layout.addWidget(scroll)
        scroll.hide()
        self.hide()

    # -- the start-up check -----------------------------------------------------------------
    def start(self) -> bool:
        """Check every unsettled journal row on a worker; False when there is none."""
        try:
            count = len(self.ctx.journal.pending_rows())
        except JournalError:
            return False
        if not count:
            return False
        self.summary.setText(fill(self.tr("Checking the sends left unfinished last time ({count})…"), count=count))
        self.dismiss_button.setEnabled(False)
        self.show()
        journal, window = self.ctx.journal, self.ctx.apply_window
        self.ctx.tasks.start(
            lambda _control: reconcile_all(self._client_for, journal, timeout=window, wait=0),
            succeeded=self._checked,
            failed=self._check_failed,
            name="reconcile_all",
        )
        return True

    def _client_for(self, store_id: str) -> Any:
        """Runs on the worker: the store's client, or None when the store is no longer set up."""
        profile = self.ctx.profile(store_id)
        return None if profile is None else self.ctx.api.build(profile)

    def _checked(self, outcomes: list[ReconcileOutcome]) -> None:
        self.outcomes = outcomes
        self.dismiss_button.setEnabled(True)
        for outcome in outcomes:
            self._add_row(outcome)
        self._summarize()
        self.scroll.setVisible(bool(self.rows))
        self.finished.emit()

    def _summarize(self) -> None:
        """The banner's head line, from each row's latest verdict (pending rows settle later)."""
        say(self.summary, self._summary_text)

    def _summary_text(self) -> str:
        verdicts = [row.verdict for row in self.rows]
        landed = verdicts.count(Verdict.CONFIRMED)
        missing = verdicts.count(Verdict.NOT_FOUND) + verdicts.count(Verdict.RESENT)
        waiting = verdicts.count(Verdict.PENDING)
        unchecked = len(verdicts) - landed - missing - waiting
        text = fill(
            self.tr(
                "Sends left unfinished last time were checked against the orders: {landed} landed, {missing} did not."
            ),
            landed=landed,
            missing=missing,
        )
        if waiting:
            text += " " + fill(self.tr("{count} not shown by VTEX yet: the desk keeps checking."), count=waiting)
        if unchecked:
            text += " " + fill(self.tr("{count} could not be checked."), count=unchecked)
        if missing:
            text += " " + self.tr("Send again what did not land, or open the order to look first.")
        return text

    def _check_failed(self, error: BaseException) -> None:
        self.dismiss_button.setEnabled(True)
        report = self._text.describe(error)
        self.summary.setText(
            fill(self.tr("Could not check the sends left unfinished last time: {reason}"), reason=report.headline)
        )
        self.finished.emit()

    def _add_row(self, outcome: ReconcileOutcome) -> None:
        row = _Row(outcome.entry)
        row.resend_button.clicked.connect(partial(self.send_again, row))
        row.check_button.clicked.connect(partial(self.check_again, row))
        row.open_button.clicked.connect(
            lambda: self.openOrder.emit(row.entry.store, row.entry.order_id, row.entry.operation.value)
        )
        self.rows.append(row)
        self._show_outcome(row, outcome)
        self.rows_layout.addWidget(row)

    def _show_outcome(self, row: _Row, outcome: ReconcileOutcome) -> None:
        row.entry, row.verdict = outcome.entry, outcome.verdict
        verdict = outcome.verdict
        if verdict is Verdict.PENDING:  # VTEX may still apply it: check again after the pause
            QTimer.singleShot(int(1000 * (outcome.retry_in or 0)), row, partial(self.check_again, row))
        say(row.label, lambda: self._outcome_text(outcome))  # again in another language
        row.resend_button.setVisible(verdict is Verdict.NOT_FOUND)
        row.check_button.setVisible(verdict in (Verdict.ERROR, Verdict.SKIPPED))
        for button in (row.resend_button, row.check_button):
            button.setEnabled(True)
        if self.dismiss_button.isEnabled():  # after the start-up check: keep the head line current
            self._summarize()

    def _outcome_text(self, outcome: ReconcileOutcome) -> str:
        what = describe_entry(outcome.entry)
        verdict = outcome.verdict
        if verdict is Verdict.CONFIRMED:
            text = fill(self.tr("{send}: it is on the order (confirmed, nothing sent again)."), send=what)
        elif verdict is Verdict.NOT_FOUND:
            text = fill(self.tr("{send}: not on the order; VTEX did not apply it."), send=what)
        elif verdict is Verdict.RESENT:
            new = outcome.new_entry
            receipt = new.receipt if new is not None and new.receipt else ""
            text = (
                fill(self.tr("{send}: sent again; VTEX's receipt {receipt}."), send=what, receipt=receipt)
                if receipt
                else fill(self.tr("{send}: sent again."), send=what)
            )
        elif verdict is Verdict.PENDING:
            text = translate(outcome.message)  # already names the send
        else:
            text = fill(self.tr("{send}: could not be checked ({reason})."), send=what, reason=self._reason(outcome))
        return text

    def _reason(self, outcome: ReconcileOutcome) -> str:
        error = outcome.error
        if error is None:
            if outcome.verdict is Verdict.SKIPPED and self.ctx.profile(outcome.entry.store) is None:
                return fill(self.tr("store {store} is not set up on this computer"), store=outcome.entry.store)
            return translate(outcome.message)
        if isinstance(error, StoreNotReady) and error.kind == "no-credentials":
            return self.tr("this store has no app key and token on this computer")
        return self._text.describe(error).headline

    # -- the clerk's actions ----------------------------------------------------------------
    def send_again(self, row: _Row) -> None:
        """Re-read the order once more; post the journaled body again only if it is still absent."""
        entry = row.entry
        if not confirm_resend(self, describe_entry(entry)):
            return
        profile = self.ctx.profile(entry.store)
        journal, window = self.ctx.journal, self.ctx.apply_window

        def job(api: Any) -> ReconcileOutcome:
            client = api if isinstance(api, JournaledClient) else JournaledClient(api, journal, store=entry.store)
            return resend(client, entry.id, timeout=window, wait=0)

        self._busy(row, self.tr("{send}: checking the order once more, then sending again…"))
        self.ctx.call(job, succeeded=partial(self._resent, row), failed=partial(self._action_failed, row),
                      name="resend", store=profile)

    def check_again(self, row: _Row) -> None:
        entry = row.entry
        journal, window = self.ctx.journal, self.ctx.apply_window
        self._busy(row, self.tr("{send}: checking the order…"))
        self.ctx.call(
            lambda api: reconcile_entry(api, journal, entry, timeout=window, wait=0),
            succeeded=partial(self._show_outcome, row),
            failed=partial(self._action_failed, row),
            name="reconcile",
            store=self.ctx.profile(entry.store),
        )

    def _busy(self, row: _Row, text: str) -> None:
        row.label.setText(fill(text, send=describe_entry(row.entry)))
        row.resend_button.setEnabled(False)
        row.check_button.setEnabled(False)

    def _resent(self, row: _Row, outcome: ReconcileOutcome) -> None:
        self._show_outcome(row, outcome)
        if outcome.verdict in (Verdict.RESENT, Verdict.CONFIRMED):
            self.resent.emit(outcome.entry.store, outcome.entry.order_id)

    def _action_failed(self, row: _Row, error: BaseException) -> None:
        report = self._text.describe(error)
        text = self.tr("{send}: {headline} {advice}")
        row.label.setText(fill(text, send=describe_entry(row.entry), headline=report.headline, advice=report.advice))
        row.resend_button.hide()
        row.check_button.setVisible(True)
        row.check_button.setEnabled(True)
        try:  # after a failed re-send, the new row is the one to check (the old one is settled)
            current = self.ctx.journal.get(row.entry.id)
            successor = self.ctx.journal.successor(current.id) if current.settled else None
            row.entry = successor if successor is not None else current
        except JournalError:
            return
        if row.entry.settled:
            row.check_button.hide()
