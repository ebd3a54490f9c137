"""Tabs built the first time they are shown, or asked for: not on the way to the window's first paint.

A lazy tab starts as an empty page with its title (the tab bar, its Alt+letter and its place are
there from the start); the first time the clerk opens it, or the code asks for it (:meth:`get`),
its widget is made and takes the empty page's place. Nothing else changes: same index, same title,
and the tab stays the current one when it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from .runtime.context import DeskContext


class LazyTabs:
    def __init__(self, tabs: QTabWidget, built: Callable[[str, QWidget], None]) -> None:
        self.tabs = tabs
        self._built_hook = built  # called once per tab, after it took its page
        self._pending: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}
        self._built: dict[str, QWidget] = {}

    def add(self, name: str, title: str, make: Callable[[], QWidget]) -> None:
        page = QWidget(objectName=f"{name}LazyPage")
        self.tabs.addTab(page, title)
        self._pending[name] = (page, make)

    def built(self, name: str) -> QWidget | None:
        """The tab's widget if it was made; None (and nothing made) otherwise."""
        return self._built.get(name)

    def get(self, name: str) -> QWidget:
        """The tab's widget, made now if it was not yet."""
        widget = self._built.get(name)
        if widget is not None:
            return widget
        page, make = self._pending.pop(name)
        widget = make()
        self._built[name] = widget
        tabs = self.tabs
        index, current = tabs.indexOf(page), tabs.currentWidget()
        blocked = tabs.blockSignals(True)  # the same tab stays current: nothing to announce
        try:
            tabs.insertTab(index, widget, tabs.tabText(index))
            tabs.setTabToolTip(index, tabs.tabToolTip(index + 1))
            tabs.removeTab(index + 1)
            tabs.setCurrentWidget(widget if current is page else current)
        finally:
            tabs.blockSignals(blocked)
        page.deleteLater()
        self._built_hook(name, widget)
        return widget

    def realize(self, page: QWidget | None) -> QWidget | None:
        """``page`` (a tab just shown) as its real widget: a lazy tab's empty page is built now."""
        for name, (pending, _make) in list(self._pending.items()):
            if pending is page:
                return self.get(name)
        return page

    def build_all(self) -> None:
        """Make every tab not made yet (tests that look at every widget; screenshots)."""
        for name in list(self._pending):
            self.get(name)


# -- the window's lazy tab: its modules are imported when it is made ---------------------------------


def make_batch(ctx: DeskContext, show_error: Callable[..., Any]) -> QWidget:
    from .batch.view import BatchView

    view = BatchView(ctx)  # a day's NF-e files, checked then sent (issue 14)
    view.failed.connect(show_error)
    return view
