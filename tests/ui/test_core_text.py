"""Sentences written by the core (no Qt, English) reach a Brazilian clerk in Portuguese.

The live tests install the pt_BR catalog the way the app does, drive a real window, and read the
widgets the clerk reads. The static tests read the core's source: every code it spells has a template in
``vtex_invoice_gui/wording/``, and each template's translations (pt_BR, es) keep its placeholders.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, click, idle, load_order
from journal_helpers import STORE, history_shown
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

import vtex_invoice_gui
from vtex_invoice_gui.fill import placeholders
from vtex_invoice_gui.journal import Operation, reconcile_entry
from vtex_invoice_gui.messages import Message, message_of
from vtex_invoice_gui.nfe.access_key import _PARTS
from vtex_invoice_gui.nfe.errors import OTHER_DOCUMENTS
from vtex_invoice_gui.ui.runtime.application import pick_locale
from vtex_invoice_gui.ui.runtime.language import live_translator
from vtex_invoice_gui.ui.text.core_text import decimal_text, note_text, translate
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.wording import CONTEXT, PHRASES, TEMPLATES, context_of

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"


@pytest.fixture
def portuguese(qapp: Any) -> Iterator[None]:
    """The desk's pt_BR catalogs installed as the app installs them; removed afterwards."""
    locale = pick_locale("pt_BR")
    before = QLocale()
    QLocale.setDefault(locale)
    translator = live_translator(qapp)
    assert translator.load_locale(locale)
    yield
    translator.load_locale(QLocale("en"))
    QLocale.setDefault(before)


# -- live: what the clerk reads ---------------------------------------------------------------------
def test_a_refused_invoice_number_and_a_bad_amount_are_explained_in_portuguese(
    qtbot: Any, portuguese: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    load_order(qtbot, window, SEED_IDS["ready"])
    form = window.invoice_tab.form
    form.number_edit.setText("12/34")
    form.value_edit.setText("12,34,5")
    form.url_edit.setText("www.example.com/nf")
    click(qtbot, window.invoice_tab.send_button)

    assert not window.invoice_tab.confirm_bar.isVisible()
    assert form.problems["invoice_number"].text() == (
        "O número da nota só pode ter letras, dígitos e '-' (encontrado: '/'). A VTEX aceita outros "
        "caracteres, mas depois falha ao atualizar o rastreio."
    )
    assert form.problems["invoice_value"].text() == "'12,34,5' tem mais de um separador decimal ','."
    assert form.problems["invoice_url"].text() == "Deve ser um endereço web que comece com http:// ou https://"

    form.number_edit.setText("12 34")
    form.value_edit.setText("12.34")
    click(qtbot, window.invoice_tab.send_button)
    assert "(encontrado: espaço)" in form.problems["invoice_number"].text()
    assert form.problems["invoice_value"].text() == (
        "'12.34': os separadores de milhar ('.') vão a cada três dígitos, e o separador decimal é ','."
    )


def test_a_refused_nfe_file_is_explained_in_portuguese(
    qtbot: Any, portuguese: None, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    load_order(qtbot, window, SEED_IDS["ready"])
    path = tmp_path / "danfe.xml"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")

    window.invoice_tab.nfe.open_path(path)
    panel = window.invoice_tab.nfe.panel
    qtbot.waitUntil(lambda: idle(window) and panel.is_error, timeout=WAIT)

    assert panel.note.text().splitlines()[0] == (
        "Este arquivo é um PDF (provavelmente a DANFE impressa), não o XML da NF-e. Peça o arquivo XML da NF-e."
    )


def test_account_errors_and_where_the_key_is_kept_are_in_portuguese(
    qtbot: Any, portuguese: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.open_accounts()
    dialog = window.accounts_dialog
    qtbot.waitExposed(dialog)
    # The sandbox store of --base-url is selected; its key came from the environment, for this session.
    assert "só esta sessão (esquecida ao fechar o aplicativo)" in dialog.where_label.text()

    click(qtbot, dialog.new_button)
    qtbot.keyClicks(dialog.account_edit, "evil.com/x")
    qtbot.keyClicks(dialog.key_edit, "key")
    qtbot.keyClicks(dialog.token_edit, "token")
    click(qtbot, dialog.save_button)
    assert dialog.message.text() == (
        "'evil.com/x' não é o endereço de uma loja VTEX. Informe só o nome da conta, a parte antes de "
        ".vtexcommercestable.com.br."
    )


class _OrderWithoutIt:
    """The order, re-read, does not show the send (reconciliation's verdict: not applied)."""

    status = "ready-for-handling"

    def get_order(self, order_id: str) -> _OrderWithoutIt:
        return self

    def package(self, number: str) -> None:
        return None


def test_reconciliation_notes_in_the_history_are_in_portuguese(
    qtbot: Any, portuguese: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)  # the start-up check found nothing to do
    journal = window.ctx.journal
    entry = journal.begin(STORE, SEED_IDS["ready"], Operation.INVOICE, invoice_number="NF900", value_cents=100)
    journal.mark_sent(entry.id)
    journal.forget_in_flight(entry.id)  # as after a restart: the send's outcome is not known
    outcome = reconcile_entry(_OrderWithoutIt(), journal, entry, timeout=0)
    assert translate(outcome.message) == (
        f"A nota fiscal NF900 do pedido {SEED_IDS['ready']} (nº {entry.id}) não está no pedido: a VTEX não "
        "aplicou o envio. Ele pode ser enviado de novo."
    )

    window.tabs.setCurrentWidget(window.history_tab)
    window.history_tab.refresh()
    qtbot.waitUntil(lambda: history_shown(window), timeout=WAIT)
    tab = window.history_tab
    tab.table.selectRow(0)
    details = tab.details.toPlainText()
    assert "não estava no pedido ao relê-lo em " in details and "; pode ser enviado de novo" in details
    assert "not on the order" not in details


def test_a_note_written_before_notes_had_codes_is_still_shown_in_portuguese(
    qtbot: Any, portuguese: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    journal = window.ctx.journal
    entry = journal.begin(STORE, SEED_IDS["ready"], Operation.INVOICE, invoice_number="NF901", value_cents=100)
    journal.mark_sent(entry.id)
    journal.forget_in_flight(entry.id)
    journal.mark_unknown(entry.id, note="not on the order when re-read at 2025-01-01T10:00:00 UTC; may be sent again")
    stored = journal._conn.execute("SELECT note_code FROM sends WHERE id = ?", (entry.id,)).fetchone()
    assert stored["note_code"] is None  # plain English, as an older version wrote it

    window.tabs.setCurrentWidget(window.history_tab)
    window.history_tab.refresh()
    qtbot.waitUntil(lambda: history_shown(window), timeout=WAIT)
    window.history_tab.table.selectRow(0)
    details = window.history_tab.details.toPlainText()
    assert "não estava no pedido ao relê-lo em 2025-01-01T10:00:00" in details and "not on the order" not in details


def test_a_start_up_note_is_in_portuguese(
    qtbot: Any, portuguese: None, make_window: Callable[..., MainWindow], desk_home: Path
) -> None:
    desk_home.mkdir(parents=True, exist_ok=True)
    (desk_home / "settings.json").write_text('{"stores": [{"id": "NOT VALID", "account": "x"}]}', encoding="utf-8")
    window = make_window()
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()), timeout=WAIT)
    assert window.statusBar().currentMessage().startswith(
        "O arquivo de configurações estava danificado e foi guardado à parte como "
    )


def test_without_a_translation_the_core_english_is_shown_unchanged(qapp: Any) -> None:
    message = Message("nfe.too_large").format(size_mb=1.25, limit_mb=15.0)
    english = "The file is 1.2 MB; an NF-e XML is at most 15 MB, so this is probably not an NF-e. It was not read."
    assert translate(message) == english
    assert translate(ValueError(message)) == english
    assert translate("plain text") == "plain text"
    assert note_text("confirmed by re-reading the order") == "confirmed by re-reading the order"
    assert note_text("someone else's words") == "someone else's words"


def test_values_are_shown_the_brazilian_way(portuguese: None) -> None:
    assert decimal_text("1.5") == "1,5" and decimal_text("1234.50") == "1.234,5" and decimal_text(3) == "3"
    nested = Message("reconcile.error").format(
        what=Message("reconcile.what_start_handling").format(order="1-01", id=4), error="boom"
    )
    assert translate(nested) == "Não foi possível verificar o início do manuseio do pedido 1-01 (nº 4): boom"
    refused = Message("reconcile.error").format(
        what=Message("reconcile.what_start_handling").format(order="", id=5),
        error=message_of(ValueError(Message("payload.order_id_empty"))),
    )
    assert translate(refused).endswith(": Informe o número do pedido.")  # the core's reason, in Portuguese too
    state = Message("reconcile.already_settled").format(id=4, state="failed")
    assert translate(state) == "O nº 4 já está com falha."
    unknown = Message(text="Something new.")  # no code: shown as the core wrote it
    assert translate(unknown) == "Something new."


def test_nfe_quantities_use_the_decimal_comma(
    qtbot: Any, portuguese: None, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    load_order(qtbot, window, SEED_IDS["many_items"])
    path = tmp_path / "mixed.xml"
    path.write_bytes(FIXTURES.joinpath("sandbox_many_items_mixed.xml").read_bytes())
    window.invoice_tab.nfe.open_path(path)
    panel = window.invoice_tab.nfe.panel
    qtbot.waitUntil(lambda: idle(window) and panel.mapping.isVisible(), timeout=WAIT)

    assert "tem quantidade 0,5 UN, que não é um número inteiro" in panel.warnings.text()  # coffee sold by weight
    xml = path.read_text(encoding="utf-8")
    sac = xml[xml.index("<cProd>SAC-RET</cProd>"):]
    quantity = decimal_text(sac[sac.index("<qCom>") + 6 : sac.index("</qCom>")])
    labels = [label.text() for label in panel.mapping.findChildren(QLabel)]
    assert any("SAC-RET" in text and f"({quantity} UN)" in text for text in labels), labels


def test_nfe_warnings_are_in_portuguese(
    qtbot: Any, portuguese: None, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    load_order(qtbot, window, SEED_IDS["ready"])
    path = tmp_path / "nota-de-credito.xml"
    path.write_bytes(FIXTURES.joinpath("reform_credit_note.xml").read_bytes())
    window.invoice_tab.nfe.open_path(path)
    panel = window.invoice_tab.nfe.panel
    qtbot.waitUntil(lambda: idle(window) and panel.warnings.isVisible(), timeout=WAIT)

    text = panel.warnings.text()
    assert "Esta NF-e é uma nota de crédito (finNFe=5), não uma venda normal nem uma devolução." in text
    assert "que falta faturar no pedido" in text and "R$\xa0" in text  # the amounts as Brazilian money
    assert "NF-e" in text and "credit note" not in text and "still to invoice" not in text


def test_nfe_findings_name_their_amounts_the_locale_way_even_in_english(qapp: Any) -> None:
    total = Message("nfe_finding.total_differs").format(total_cents=123456, remaining_cents=34560, currency="BRL")
    assert total == "The NF-e total (R$ 1,234.56) is not the R$ 345.60 still to invoice on the order."  # the CLI's
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil))
    try:
        shown = translate(total)
        assert shown == "The NF-e total (R$\xa01.234,56) is not the R$\xa0345,60 still to invoice on the order."
    finally:
        QLocale.setDefault(before)


def test_what_the_desk_found_wrong_with_an_answer_is_in_portuguese(
    portuguese: None, make_window: Callable[..., MainWindow]
) -> None:
    from vtex_invoice_gui.vtex import InvalidResponseError

    window = make_window()
    found = Message("error.found_not_json").format(content_type="text/html")
    window.errors.show_error(InvalidResponseError(status=200, vtex_message=found))
    assert "O desk encontrou: esperava dados JSON, recebeu 'text/html'" in window.errors.meta.text()
    assert "expected JSON data, got 'text/html'" in window.errors.report.as_text()  # the details keep the English


# -- static: every code the core uses has a template, and the translations keep its placeholders ---
def _spelled_codes(tree: ast.AST) -> Iterator[str]:
    """Codes spelled as ``Message("code")``, ``_said("code")`` or ``summary_code = "code"``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("Message", "_said"):
            first = node.args[0] if node.args else None
            for arg in [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                    yield arg.value
        elif isinstance(node, ast.Assign):
            names = [t for target in node.targets for t in (target.elts if isinstance(target, ast.Tuple) else [target])]
            values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
            for name, value in zip(names, values, strict=False):
                if isinstance(name, ast.Name) and name.id.endswith("_code") and isinstance(value, ast.Constant):
                    if isinstance(value.value, str) and value.value:
                        yield value.value


def core_codes() -> dict[str, str]:
    """Every message code the desk spells, read from the source (not run): ``{code: file}``."""
    found: dict[str, str] = {}
    package = Path(vtex_invoice_gui.__file__).parent
    for path in sorted(package.rglob("*.py")):
        if path.relative_to(package).parts[0] == "wording":
            continue
        for code in _spelled_codes(ast.parse(path.read_text(encoding="utf-8"))):
            found[code] = str(path.relative_to(package))
    return found


def test_every_code_the_core_uses_has_a_template() -> None:
    codes = core_codes()
    assert len(codes) > 250  # the scan really found the core's sentences
    missing = sorted(f"{code} ({where})" for code, where in codes.items() if code not in TEMPLATES)
    assert not missing, f"codes without a template in vtex_invoice_gui/wording/: {missing}"


def test_every_template_belongs_to_a_core_code() -> None:
    stale = sorted(code for code in set(TEMPLATES) - set(core_codes()) if not code.startswith("pydantic."))
    assert not stale, f"templates no core message uses: {stale}"


def _translations(language: str) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` of ``language``'s catalog."""
    root = ET.parse(Path(vtex_invoice_gui.__file__).parents[1] / "resources" / "i18n" / f"vtex_invoice_desk_{language}.ts")
    return {
        (context.findtext("name") or "", m.findtext("source") or ""): m.findtext("translation") or ""
        for context in root.iter("context")
        for m in context.iter("message")
    }


@pytest.mark.parametrize("language", ["pt_BR", "es"])
def test_every_template_is_translated_with_the_same_placeholders(language: str) -> None:
    translations = _translations(language)
    marked = {code: source for code, source in TEMPLATES.items() if not code.startswith("cli.")}  # the CLI: English
    assert len(marked) > 200
    for code, source in marked.items():
        translated = translations.get((context_of(code), source))
        assert translated, f"{language}: {code} is not translated"
        assert placeholders(translated) == placeholders(source), f"{language}: {code}"
    for phrase in PHRASES.values():
        translated = translations.get((CONTEXT, phrase))
        assert translated and not placeholders(translated), f"{language}: {phrase!r}"


def test_the_nfe_words_inside_sentences_are_in_the_phrase_table() -> None:
    words = {*OTHER_DOCUMENTS.values(), *(label for *_, label in _PARTS)}
    assert words - set(PHRASES) == set()
