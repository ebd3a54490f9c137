"""Changing the desk's language while it runs (issue 17, point 17).

One translator is installed: :class:`LiveTranslator`. It holds the chosen language's catalogs (the
desk's ``.qm`` and Qt's ``qtbase``) and remembers, for every text a ``tr()`` call produced, the
source and context it came from. A change of language swaps the catalogs, then
:func:`retranslate_widgets` walks every widget (labels, buttons, tab titles, group titles, menus,
actions, placeholders, tooltips, table headers and items) and puts each remembered text through the
new catalogs. Texts built from state (counts, money, dates, "what is missing") are not in that
record: their widgets rebuild them (:func:`on_language_change`) once the new catalogs are installed,
after the walk.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QModelIndex, QObject, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from shiboken6 import isValid

from ...resources import resource_path
from ..text.formatting import date_format, datetime_format

Key = tuple[str, str, "str | None", int]
#: A combo box whose items are the clerk's data (a spreadsheet's column titles), not the desk's words:
#: ``combo.setProperty(ITEMS_ARE_DATA, True)`` keeps the walk away ("Pedido" is a column, not "Order").
ITEMS_ARE_DATA = "itemsAreData"


class LiveTranslator(QTranslator):
    """The desk's one installed translator: the chosen language inside, a record of sources outside."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskTranslator")
        self._catalogs: list[QTranslator] = []
        self._sources: dict[str, dict[Key, None]] = {}  # text -> the keys that produced it, in order
        self._placed: dict[Hashable, tuple[str, Key]] = {}  # a widget's property -> what the walk put there

    def load_locale(self, locale: QLocale) -> bool:
        """The desk's and Qt's catalogs for ``locale`` (none for English: the sources are English)."""
        catalogs = []
        for prefix, directory in (
            ("vtex_invoice_desk", str(resource_path("i18n"))),
            ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ):
            catalog = QTranslator(self)
            if catalog.load(locale, prefix, "_", directory):
                catalogs.append(catalog)
            else:
                catalog.deleteLater()
        for old in self._catalogs:
            old.deleteLater()  # the previous language's
        self._catalogs = catalogs
        return bool(catalogs)

    @property
    def catalogs(self) -> list[QTranslator]:
        """The catalogs of the language loaded (the desk's own and Qt's qtbase, when present)."""
        return list(self._catalogs)

    def translate(  # noqa: D102 - QTranslator's
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        out = ""
        for catalog in self._catalogs:
            out = catalog.translate(context, source, disambiguation, n)
            if out:
                break
        if n < 0 and source:  # a plural ("%n orders") is a count: its widget rebuilds it
            # PySide's tr() asks each class of the caller's MRO in turn, most derived first, until
            # one has a translation: keep the context that had it, else the first one asked.
            key = (context, source, disambiguation, n)
            keys = self._sources.setdefault(out or source, {})
            if out or not keys:
                keys[key] = None
        return out or None  # None, not "": Qt then asks the next translator, or keeps the source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False  # English has no catalog, yet every text must pass through to be recorded

    def again(self, text: str, owner: QObject | None = None, slot: Hashable = None) -> str | None:
        """``text`` as the current language says it, if a ``tr()`` call produced it; else None.

        Two sources may share a translation ("Falta faturar": Remaining, Remaining to invoice): the
        one the walk put in the same ``slot`` (a widget's property) last time is meant; else the one
        whose context is the class of ``owner`` or of its nearest parent (``tr()``'s context is its
        caller's class)."""
        placed = self._placed.get(slot) if slot is not None else None
        if placed is not None and placed[0] == text:
            key = placed[1]
        else:
            keys = list(self._sources.get(text, ()))
            if not keys:
                return None
            key = _closest(keys, owner)
        context, source, disambiguation, n = key
        again = QCoreApplication.translate(context, source, disambiguation, n)
        if slot is not None:
            self._placed[slot] = (again, key)
        return again


def _closest(keys: list[Key], owner: QObject | None) -> Key:
    if len(keys) > 1:
        by_context = {key[0]: key for key in reversed(keys)}
        while owner is not None:
            for cls in type(owner).__mro__:
                if cls.__name__ in by_context:
                    return by_context[cls.__name__]
            owner = owner.parent()
    return keys[0]


def live_translator(app: QCoreApplication) -> LiveTranslator:
    """The application's :class:`LiveTranslator`, installed (without catalogs) if it has none yet."""
    found = app.findChild(LiveTranslator, "deskTranslator")
    if isinstance(found, LiveTranslator):
        return found
    translator = LiveTranslator(app)
    app.installTranslator(translator)
    return translator


def relive(text: str) -> str:
    """``text``, which a ``tr()`` call made in the language of its time, in the current language
    (a banner's context kept from then); as it is when no ``tr()`` made it."""
    app = QCoreApplication.instance()
    translator = app.findChild(LiveTranslator, "deskTranslator") if app is not None else None
    again = translator.again(text) if isinstance(translator, LiveTranslator) and text else None
    return again or text


def pick_locale(language: str | None) -> QLocale:
    """The settings' language, else the system's; a bare C/POSIX system gets pt_BR (the main audience)."""
    if language:
        return QLocale(language)
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return QLocale("pt_BR")
    return system


def install_language(app: QCoreApplication, locale: QLocale) -> LiveTranslator:
    """Start-up: ``locale`` as the default and its catalogs in the one translator, before any widget."""
    QLocale.setDefault(locale)
    translator = live_translator(app)
    translator.load_locale(locale)
    return translator


def switch_language(app: QCoreApplication, locale: QLocale) -> None:
    """Everything on screen in ``locale``'s language, at once: recorded texts by the walk, texts
    built from state by their widgets' watchers (:func:`on_language_change`), after the
    ``LanguageChange`` that reinstalling the translator sends (Qt's own widgets retranslate on it)."""
    translator = live_translator(app)
    before = QLocale()
    QLocale.setDefault(locale)
    for window in QApplication.topLevelWidgets():  # widgets keep the locale they were built with
        window.setLocale(locale)  # LocaleChange: a money field re-shows its amount (MoneyEdit)
    translator.load_locale(locale)
    retranslate_widgets(translator)
    _redate(before, locale)
    app.removeTranslator(translator)
    app.installTranslator(translator)  # posts LanguageChange to the application and every widget
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    _rebuild_watched()


# -- the walk ------------------------------------------------------------------------------------
def _redo(
    translator: LiveTranslator, owner: QObject, name: object, get: Callable[[], str], put: Callable[[str], object]
) -> None:
    text = get()
    if text:
        again = translator.again(text, owner, (id(owner), name))
        if again is not None and again != text:
            put(again)


def _action(translator: LiveTranslator, action: QAction) -> None:
    _redo(translator, action, "text", action.text, action.setText)
    _redo(translator, action, "toolTip", action.toolTip, action.setToolTip)
    _redo(translator, action, "statusTip", action.statusTip, action.setStatusTip)


def _widget(translator: LiveTranslator, w: QWidget) -> None:
    def redo(name: object, get: Callable[[], str], put: Callable[[str], object]) -> None:
        _redo(translator, w, name, get, put)

    redo("toolTip", w.toolTip, w.setToolTip)
    redo("statusTip", w.statusTip, w.setStatusTip)
    redo("whatsThis", w.whatsThis, w.setWhatsThis)
    redo("accessibleName", w.accessibleName, w.setAccessibleName)
    redo("accessibleDescription", w.accessibleDescription, w.setAccessibleDescription)
    if w.isWindow() or w.windowTitle():
        redo("windowTitle", w.windowTitle, w.setWindowTitle)
    if isinstance(w, (QLabel, QAbstractButton)):
        redo("text", w.text, w.setText)
    if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
        redo("placeholderText", w.placeholderText, w.setPlaceholderText)
    if isinstance(w, QGroupBox):
        redo("title", w.title, w.setTitle)
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            redo(("tabText", i), lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t))
            redo(("tabToolTip", i), lambda i=i: w.tabToolTip(i), lambda t, i=i: w.setTabToolTip(i, t))
    if isinstance(w, QComboBox) and not w.isEditable() and not w.property(ITEMS_ARE_DATA):
        for i in range(w.count()):
            redo(("itemText", i), lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t))
    if isinstance(w, QAbstractItemView):
        _view(translator, w)
    for action in w.actions():
        _action(translator, action)


def _view(translator: LiveTranslator, view: QAbstractItemView) -> None:
    """A table's headers and fixed cells: item widgets' items, or a model's ``headers`` and a repaint."""
    if isinstance(view, QTableWidget):
        cells = [(-1, c, view.horizontalHeaderItem(c)) for c in range(view.columnCount())]
        cells += [(r, c, view.item(r, c)) for r in range(view.rowCount()) for c in range(view.columnCount())]
        for row, column, item in cells:
            if item is not None:
                _redo(translator, view, ("item", row, column), item.text, item.setText)
                _redo(translator, view, ("itemTip", row, column), item.toolTip, item.setToolTip)
        return
    model = view.model()
    if model is None:
        return
    headers = getattr(model, "headers", None)
    if isinstance(headers, (tuple, list)) and all(isinstance(h, str) for h in headers):
        slots = [(id(model), "header", i) for i in range(len(headers))]
        model.headers = type(headers)(translator.again(h, model, slot) or h for h, slot in zip(headers, slots))
    try:
        columns, rows = model.columnCount(QModelIndex()), model.rowCount(QModelIndex())
    except TypeError:  # Qt's private models (a completer's list): nothing of ours in them
        return
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if rows:  # the models say their cells when asked: paint again (not dataChanged: that means "edited")
        view.viewport().update()


def _redate(before: QLocale, after: QLocale) -> None:
    """Date fields in the desk's one date (and date-time) format of the new locale."""
    formats = {date_format(before): date_format(after), datetime_format(before): datetime_format(after)}
    for edit in QApplication.allWidgets():
        if isinstance(edit, QDateTimeEdit) and edit.displayFormat() in formats:
            edit.setDisplayFormat(formats[edit.displayFormat()])


def retranslate_widgets(translator: LiveTranslator) -> None:
    """Every widget's remembered texts in the current catalogs (menus and toolbars' actions too)."""
    for widget in QApplication.allWidgets():
        _widget(translator, widget)


def on_language_change(widget: QWidget, rebuild: Callable[[], object]) -> QObject:
    """``rebuild()`` when the language changes: for the texts ``widget`` builds from state.

    Not an event filter: a filter in Python sees every event of its widget (paints, moves, timers),
    and each one then waits for the GIL behind whatever worker holds it, which stalled the event loop
    for tens of ms while a worker read an NF-e (issue 18). The watcher lives as ``widget``'s child
    and :func:`switch_language` calls the live ones, in the order they were made."""
    watcher = _LanguageWatcher(rebuild, widget)
    _WATCHERS.append(watcher)
    if len(_WATCHERS) > _PRUNE_AT[0]:
        _prune_watchers()
    return watcher


class _LanguageWatcher(QObject):
    def __init__(self, rebuild: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._rebuild = rebuild


#: Every watcher made, oldest first; the deleted ones (their widget went) pruned as the list grows.
_WATCHERS: list[_LanguageWatcher] = []
_PRUNE_AT = [1024]


def _prune_watchers() -> None:
    _WATCHERS[:] = [watcher for watcher in _WATCHERS if isValid(watcher)]
    _PRUNE_AT[0] = max(1024, 2 * len(_WATCHERS))


def _rebuild_watched() -> None:
    """Every live widget's texts built from state, again (after the catalogs changed)."""
    _prune_watchers()
    for watcher in list(_WATCHERS):
        if isValid(watcher):  # a rebuild may delete other widgets
            watcher._rebuild()


def say(label: QLabel, build: Callable[[], str]) -> None:
    """``label`` shows ``build()``, and ``build()`` again each time the language changes (a text made
    from state: a count, money, a date), as long as nothing else was put in the label since."""
    watcher = label.findChild(_LanguageWatcher, "liveText", Qt.FindChildOption.FindDirectChildrenOnly)
    if watcher is None:
        watcher = on_language_change(label, lambda: None)
        watcher.setObjectName("liveText")
    said = [build()]

    def again() -> None:
        if label.text() == said[0]:  # not cleared or replaced by other code meanwhile
            said[0] = build()
            label.setText(said[0])

    watcher._rebuild = again
    label.setText(said[0])
