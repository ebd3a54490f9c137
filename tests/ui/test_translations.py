"""The pt_BR and es translations: complete, current, consistent with their sources, and really loaded.

The static checks run ``packaging/i18n.py``'s comparison once per module (one lupdate run into a
temporary file, about a tenth of a second): every string in the code is in both ``.ts`` files,
translated, with the same placeholders and accelerators, and the committed ``.qm`` files are what
lrelease makes of the ``.ts``. The live checks build a real window with the translator installed
the way the app installs it, and look at what the clerk would read.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from vtex_invoice_gui.selftest import TRANSLATION_LANGUAGES
from vtex_invoice_gui.ui.runtime.application import pick_locale
from vtex_invoice_gui.ui.runtime.language import live_translator
from vtex_invoice_gui.ui.text.formatting import date_text, money_text
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.text.status_names import status_name

ROOT = Path(__file__).resolve().parents[2]


def _load_i18n() -> ModuleType:
    """``packaging/i18n.py`` as a module (``packaging/`` is a folder of scripts, not a package)."""
    name = "_packaging_i18n"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "i18n.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


i18n = _load_i18n()


@pytest.fixture(scope="module")
def report() -> Any:
    return i18n.problems(ROOT)


def _listing(items: list[str], hint: str = "run .venv/bin/python packaging/i18n.py, then translate") -> str:
    return "\n  " + "\n  ".join(items) + f"\n({hint})"


def test_the_languages_match_what_the_self_test_expects() -> None:
    assert tuple(i18n.LANGUAGES) == tuple(TRANSLATION_LANGUAGES)


def test_every_string_in_the_code_has_a_context_lupdate_can_see(report: Any) -> None:
    hint = "use self.tr('literal') in a QObject class, or QT_TRANSLATE_NOOP('Context', 'literal')"
    assert not report.no_context, _listing(report.no_context, hint)
    assert not report.hidden, _listing(report.hidden, hint)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_string_in_the_code_is_in_the_ts_file(report: Any, language: str) -> None:
    assert not report.missing[language], _listing(report.missing[language])
    assert not report.stale[language], _listing(report.stale[language])


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_message_is_translated_and_finished(report: Any, language: str) -> None:
    assert not report.untranslated[language], _listing(report.untranslated[language])


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_translations_keep_placeholders_accelerators_and_plural_forms(report: Any, language: str) -> None:
    assert not report.invalid[language], _listing(report.invalid[language])


def test_the_committed_qm_files_are_compiled_from_the_ts_files(report: Any) -> None:
    assert not report.outdated_qm, _listing(report.outdated_qm)


def test_the_checker_notices_a_missing_an_untranslated_and_a_broken_message(tmp_path: Path) -> None:
    """The checks above can fail: a scratch tree with one of each problem."""
    ui = tmp_path / "vtex_invoice_gui" / "ui"
    ui.mkdir(parents=True)
    (ui / "tab.py").write_text(
        "class Tab(QObject):\n"
        "    def build(self):\n"
        "        self.tr('Send invoice %1')\n"
        "        self.tr('&Load')\n"
        "        self.tr('Brand new string')\n"
        "        self.tr('Not yet')\n"
        "        self.tr('%n order(s) for {store}', '', 2)\n"
        "def _t(text):\n"
        "    return QCoreApplication.translate('Journal', text)\n"
        "LABEL = _t('Hidden')\n",
        encoding="utf-8",
    )
    for language in i18n.LANGUAGES:
        i18n.lupdate([i18n.ts_path(language, tmp_path)], tmp_path)
    ts = i18n.ts_path("pt_BR", tmp_path)
    text = ts.read_text(encoding="utf-8")
    for source, translation in (("Send invoice %1", "Enviar nota"), ("&amp;Load", "Carregar")):
        text = text.replace(
            f"<source>{source}</source>\n        <translation type=\"unfinished\"></translation>",
            f"<source>{source}</source>\n        <translation>{translation}</translation>",
        )
    text = text.replace("<source>Brand new string</source>", "<source>Gone from the code</source>")
    ts.write_text(text, encoding="utf-8")

    found = i18n.problems(tmp_path)

    assert not found.ok()
    assert any("Brand new string" in line for line in found.missing["pt_BR"])
    assert any("Gone from the code" in line for line in found.stale["pt_BR"])
    assert any("Not yet" in line and "untranslated" in line for line in found.untranslated["pt_BR"])
    invalid = "\n".join(found.invalid["pt_BR"])
    assert "placeholders [] instead of ['%1']" in invalid and "0 accelerator(s)" in invalid
    assert any("_t('Hidden')" in line for line in found.hidden)
    assert [line.rsplit(": ", 1)[1] for line in found.old_style] == ["%1"]  # Qt fills the plural %n itself
    assert "Send invoice %1" in found.old_style[0]
    assert sorted(found.outdated_qm) == sorted(
        str(i18n.qm_path(lang, tmp_path).relative_to(tmp_path)) for lang in i18n.LANGUAGES
    )


def test_qm_files_written_by_another_lrelease_are_compared_by_what_they_translate(tmp_path: Path) -> None:
    messages = i18n.read_ts(i18n.ts_path("pt_BR"))
    committed = i18n.qm_path("pt_BR")
    changed_ts = tmp_path / "changed.ts"
    original = i18n.ts_path("pt_BR").read_text(encoding="utf-8")
    changed_ts.write_text(original.replace(">Contas…<", ">Contas!<"), encoding="utf-8")
    i18n.lrelease(changed_ts, tmp_path / "changed.qm")

    assert i18n._same_translations(committed, committed, messages)
    assert not i18n._same_translations(committed, tmp_path / "changed.qm", messages)


@pytest.mark.parametrize(
    ("source", "translation", "ok"),
    [
        ("Wait %1 seconds", "Aguarde %1 segundos", True),
        ("Wait %1 seconds", "Aguarde segundos", False),
        ("%1 of %2", "%2 de %1", True),  # order may change
        ("The model is %model", "O modelo é %modelo", False),  # a named placeholder is not translated
        ("&Save", "&Salvar", True),
        ("&Save", "Salvar", False),
        ("Store:", "Loja", False),
        ("Loading…", "Carregando…", True),
        ("Wait {seconds} seconds", "Aguarde {seconds} segundos", True),
        ("Wait {seconds} seconds", "Aguarde {segundos} segundos", False),  # a name is not translated
        ("Wait {seconds} seconds", "Aguarde alguns segundos", False),
        ("{shown} of {total}", "{total} de {shown}", True),  # order may change
        ("Order {order}", "Pedido {order} ({order})", True),  # a value may show twice
        ("Order {order}", "Pedido {order} {store}", False),  # fill() would leave {store} visible
    ],
)
def test_message_checks(source: str, translation: str, ok: bool) -> None:
    message = i18n.Message(i18n.Key("Ctx", source), [translation])
    assert (i18n.message_problems(message) == []) is ok


def test_plural_forms_must_show_the_number() -> None:
    good = i18n.Message(i18n.Key("Ctx", "%n event(s)", numerus=True), ["%n evento", "%n eventos"])
    bad = i18n.Message(i18n.Key("Ctx", "%n event(s)", numerus=True), ["um evento", "eventos"])
    assert i18n.message_problems(good) == []
    assert i18n.message_problems(bad) == ["no plural form shows %n"]


def test_plural_forms_keep_qt_count_and_every_named_value() -> None:
    """``%n`` is Qt's (``tr(text, "", n)`` fills it); the ``{name}`` values are in every plural form."""
    key = i18n.Key("Ctx", "%n order(s) in {queue}", numerus=True)
    assert i18n.old_style(key) == []
    assert i18n.old_style(i18n.Key("Ctx", "%n order(s) in {queue}")) == ["%n"]  # not plural: Qt leaves %n
    assert i18n.message_problems(i18n.Message(key, ["%n pedido em {queue}", "%n pedidos em {queue}"])) == []
    assert i18n.message_problems(i18n.Message(key, ["um pedido", "%n pedidos em {queue}"])) == [
        "{name} placeholders [] instead of ['queue'] in 'um pedido'"
    ]


def test_no_ui_string_uses_percent_placeholders(report: Any) -> None:
    hint = "write {name} and fill it with vtex_invoice_gui.fill.fill(self.tr(...), name=value)"
    assert not report.old_style, _listing(report.old_style, hint)


# -- live: the translation really reaches the window --------------------------------------------


@pytest.fixture
def translated(qapp: Any) -> Iterator[Callable[[str], list[QTranslator]]]:
    """Load the desk's catalogs for a language into its one translator, as the app does; English afterwards."""
    translator = live_translator(qapp)

    def install(language: str) -> list[QTranslator]:
        locale = pick_locale(language)
        QLocale.setDefault(locale)
        translator.load_locale(locale)
        return translator.catalogs

    yield install
    QLocale.setDefault(QLocale("en"))
    translator.load_locale(QLocale("en"))


def visible_texts(window: QWidget) -> dict[str, str]:
    """Every text a clerk can read or hear in the window (labels, buttons, tabs, headers, tooltips...)."""
    texts: dict[str, str] = {}

    def add(text: str, where: str) -> None:
        if text:
            texts.setdefault(text, where)

    for widget in [window, *window.findChildren(QWidget)]:
        where = widget.objectName() or type(widget).__name__
        add(widget.accessibleName(), where)
        add(widget.toolTip(), where)
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget.text(), where)
        if isinstance(widget, QGroupBox):
            add(widget.title(), where)
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(widget.placeholderText(), where)
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget.tabText(i), where)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget.itemText(i), where)
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal and widget.model():
            for column in range(widget.count()):
                add(str(widget.model().headerData(column, Qt.Orientation.Horizontal) or ""), where)
    return texts


def every_tab(window: MainWindow) -> MainWindow:
    window.lazy_tabs.build_all()  # the Batch tab is made when first shown
    return window


def mnemonic_clashes(window: MainWindow) -> list[str]:
    """Alt+letter shortcuts two widgets share, per tab page (the top bar and order panel count for all)."""
    pages = [window.tabs.widget(i) for i in range(window.tabs.count())]
    clashes = []
    for page in pages:
        others = [p for p in pages if p is not page]
        seen: dict[str, str] = {}
        for widget in [window, *window.findChildren(QWidget)]:
            if any(o is widget or o.isAncestorOf(widget) for o in others):
                continue
            texts = [widget.text()] if isinstance(widget, QLabel | QAbstractButton) else []
            texts += [widget.title()] if isinstance(widget, QGroupBox) else []
            texts += [widget.tabText(i) for i in range(widget.count())] if isinstance(widget, QTabWidget) else []
            for text in texts:
                found = re.search(r"&([^&\s])", text.replace("&&", ""))
                if not found:
                    continue
                key = found.group(1).lower()
                if key in seen:
                    clashes.append(f"Alt+{key.upper()}: {seen[key]!r} and {text!r}")
                seen.setdefault(key, text)
    return clashes


def english_only(language: str) -> set[str]:
    """Sources whose translation differs from the English (``Total`` stays ``Total``)."""
    messages = i18n.read_ts(i18n.ts_path(language))
    same = {m.key.source for m in messages if m.key.source in m.translations}
    return {m.key.source for m in messages if m.current} - same


@pytest.mark.parametrize(
    ("language", "invoice_tab", "load_button"),
    [("pt_BR", "Nota &fiscal", "&Carregar"), ("es", "&Factura", "&Cargar")],
)
def test_a_real_window_speaks_the_language(
    translated: Any, make_window: Callable[..., MainWindow], language: str, invoice_tab: str, load_button: str
) -> None:
    english = mnemonic_clashes(every_tab(make_window()))
    assert len(translated(language)) == 2  # the desk's own catalog and Qt's qtbase
    window = every_tab(make_window())

    assert window.tabs.tabText(0) == invoice_tab
    assert window.order_panel.load_button.text() == load_button
    left = {text: where for text, where in visible_texts(window).items() if text in english_only(language)}
    assert not left, f"still in English in {language}: {left}"
    clashes = mnemonic_clashes(window)
    assert len(clashes) <= min(1, len(english)), clashes  # English has several; a translation may keep one


@pytest.mark.parametrize(
    ("language", "handling", "invoiced"),
    [
        ("pt_BR", "Preparando entrega (handling)", "Faturado (invoiced)"),
        ("es", "Preparando entrega (handling)", "Facturado (invoiced)"),
        ("", "Handling shipping (handling)", "Invoiced"),  # no code when the name only repeats it
    ],
)
def test_vtex_status_names_are_translated(translated: Any, language: str, handling: str, invoiced: str) -> None:
    if language:
        translated(language)
    assert status_name("handling") == handling
    assert status_name("invoiced") == invoiced
    assert status_name("some-new-status") == "some-new-status"
    assert status_name(None) == "?"


def test_without_a_translation_the_window_is_english(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    assert window.tabs.tabText(0) == "&Invoice"


def test_the_language_comes_from_settings_else_the_system() -> None:
    assert pick_locale("es").language() == QLocale.Language.Spanish
    assert pick_locale("pt_BR").name() == "pt_BR"
    assert pick_locale(None).name() == (QLocale.system().name() if QLocale.system().name() != "C" else "pt_BR")


def test_money_and_dates_follow_the_locale() -> None:
    brazil = QLocale("pt_BR")
    assert money_text(123456, "BRL", brazil).replace("\xa0", " ") == "R$ 1.234,56"
    assert date_text(date(2026, 11, 3), brazil) == "03/11/2026"
    assert money_text(123456, "BRL", QLocale("en_US")) == "R$1,234.56"
