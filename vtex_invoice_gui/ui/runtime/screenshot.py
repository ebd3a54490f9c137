"""``--screenshot DIR``: load representative demo orders into each tab and save one PNG per tab."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from .. import window_state
from ..main_window import MainWindow

log = logging.getLogger(__name__)


def _wait_until(condition: Callable[[], bool], timeout_ms: int = 15_000) -> bool:
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return True


def _load(window: MainWindow, order_id: str) -> bool:
    window.order_panel.order_id_edit.setText(order_id)
    window.order_panel.load()
    return _wait_until(
        lambda: (
            window.session.order is not None
            and window.session.order.order_id == order_id
            and window.ctx.tasks.in_flight == 0
        )
    )


def take_screenshots(window: MainWindow, directory: Path, size: tuple[int, int] = (1600, 900)) -> int:
    """Writes invoice.png, tracking-number.png, tracking-events.png, history.png, batch.png and
    return.png (the return wizard); returns 0 on success."""
    from ...sandbox import SEED_IDS

    directory.mkdir(parents=True, exist_ok=True)
    window.resize(*size)
    window_state.place_queue(window, window.worklist)  # beside the order when it has room, as a first start
    window.show()
    _wait_until(lambda: window.isVisible())
    ok = True

    def shot(name: str) -> None:
        QApplication.processEvents()
        path = directory / f"{name}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        log.info("screenshot %s", path)

    # Invoice: an order in handling with a partial invoice already on it.
    ok &= _load(window, SEED_IDS["handling_partial"])
    window.tabs.setCurrentWidget(window.invoice_tab)
    window.invoice_tab.form.number_edit.setText("000123999")
    window.invoice_tab.review()
    _wait_until(lambda: window.worklist.panel.model.total > 0)  # the demo day's "To invoice"
    shot("invoice")

    # Tracking number and events: an invoiced order in transit.
    ok &= _load(window, SEED_IDS["invoiced_in_transit"])
    window.tabs.setCurrentWidget(window.tracking_tab)
    shot("tracking-number")
    window.tabs.setCurrentWidget(window.events_tab)
    tab = window.events_tab
    tab.city_edit.setText("Campinas")
    tab.state_combo.setCurrentText("SP")
    tab.description_edit.setText("Saiu para entrega ao destinatário")
    tab.add_event()
    tab.city_edit.setText("Campinas")
    shot("tracking-events")

    # History: the journal of sends (start handling), with an error (an unknown order) shown.
    ok &= _load(window, SEED_IDS["ready"])
    window.session.start_handling()
    ok &= _wait_until(lambda: window.ctx.tasks.in_flight == 0)
    window.order_panel.order_id_edit.setText("0000000000000-01")
    window.order_panel.load()
    ok &= _wait_until(lambda: window.ctx.tasks.in_flight == 0 and window.errors.isVisible())
    window.tabs.setCurrentWidget(window.history_tab)
    history = window.history_tab.model  # reads the journal on a worker: wait for its first page
    ok &= _wait_until(lambda: not history.busy and history.rowCount() >= 1)
    window.history_tab.table.selectRow(0)
    shot("history")

    # Batch: the tab as a clerk first finds it (add or drop the day's files).
    window.errors.clear()  # the error was about the History shot's order
    window.tabs.setCurrentWidget(window.batch_view)
    shot("batch")

    # Return: the wizard on a boleto order (its warning), one unit picked.
    ok &= _load(window, SEED_IDS["invoiced_boleto"])
    ok &= window.returns.open_wizard()
    wizard = window.returns.wizard
    if wizard is not None:
        wizard.model.set_quantity("7001", 1)
        wizard.number_edit.setText("000223901")
        QApplication.processEvents()
        path = directory / "return.png"
        if not wizard.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        wizard.close()
    window.close()
    return 0 if ok else 1
