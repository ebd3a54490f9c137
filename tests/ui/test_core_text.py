"""Sentences written by the core (no Qt, English) reach a Brazilian clerk in Portuguese.

The live tests install the pt_BR catalog the way the app does, drive a real window, and read the
widgets the clerk reads. The static tests keep ``core_text``'s table in step with the core: every
code the core attaches has a template there, with the same placeholders.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, click, idle, load_order
from journal_helpers import STORE, history_shown
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel

import vtex_invoice_gui
from vtex_invoice_gui.journal import Operation, reconcile_entry
from vtex_invoice_gui.messages import Message
from vtex_invoice_gui.nfe.access_key import _PARTS
from vtex_invoice_gui.nfe.errors import OTHER_DOCUMENTS
from vtex_invoice_gui.ui.runtime.application import install_translations, pick_locale
from vtex_invoice_gui.ui.text.core_text import decimal_text, note_text, translate
from vtex_invoice_gui.ui.text.core_table import PHRASES, TEMPLATES
from vtex_invoice_gui.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"
_CORE_FIELD = re.compile(r"\{(\w+)(?:[:!][^{}]*)?\}")


@pytest.fixture
def portuguese(qapp: Any) -> Iterator[None]:
    """The desk's pt_BR catalogs installed as the app installs them; removed afterwards."""
    locale = pick_locale("pt_BR")
    before = QLocale()
    QLocale.setDefault(locale)
    translators = install_translations(qapp, locale)
    assert translators
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
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
    message = Message("The file is {size_mb:.1f} MB.", "nfe.too_large").format(size_mb=1.25)
    assert translate(message) == "The file is 1.2 MB."
    assert translate(ValueError(message)) == "The file is 1.2 MB."
    assert translate("plain text") == "plain text"
    assert note_text("confirmed by re-reading the order") == "confirmed by re-reading the order"
    assert note_text("someone else's words") == "someone else's words"


def test_values_are_shown_the_brazilian_way(portuguese: None) -> None:
    assert decimal_text("1.5") == "1,5" and decimal_text("1234.50") == "1.234,5" and decimal_text(3) == "3"
    nested = Message("Could not check {what}: {error}", "reconcile.error").format(
        what=Message("start handling of order {order} (#{id})", "reconcile.what_start_handling").format(
            order="1-01", id=4
        ),
        error="boom",
    )
    assert translate(nested) == "Não foi possível verificar o início do manuseio do pedido 1-01 (nº 4): boom"
    state = Message("#{id} is already {state}.", "reconcile.already_settled").format(id=4, state="failed")
    assert translate(state) == "O nº 4 já está com falha."
    unknown = Message("Something new.", "core.some_new_code")
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


# -- static: the table matches the core -------------------------------------------------------------
def core_messages() -> dict[str, Message]:
    """Every module-level Message template of the core (constants, and values of constant dicts)."""
    found: dict[str, Message] = {}
    for info in pkgutil.walk_packages(vtex_invoice_gui.__path__, "vtex_invoice_gui."):
        if info.name.startswith("vtex_invoice_gui.ui") or info.name.endswith("__main__"):
            continue
        for value in vars(importlib.import_module(info.name)).values():
            for candidate in value.values() if isinstance(value, dict) else [value]:
                if isinstance(candidate, Message) and candidate.code:
                    found[candidate.code] = candidate
    return found


def test_every_core_code_has_a_template_with_the_same_placeholders() -> None:
    messages = core_messages()
    assert len(messages) > 100  # the scan really found the core's sentences
    missing = sorted(set(messages) - set(TEMPLATES))
    assert not missing, f"codes without a template in ui/text/core_table.py: {missing}"
    for code, message in messages.items():
        assert set(_CORE_FIELD.findall(message)) == set(re.findall(r"\{(\w+)\}", TEMPLATES[code])), code


def test_every_template_belongs_to_a_core_code() -> None:
    stale = sorted(code for code in set(TEMPLATES) - set(core_messages()) if not code.startswith("pydantic."))
    assert not stale, f"templates no core message uses: {stale}"


def test_the_nfe_words_inside_sentences_are_in_the_phrase_table() -> None:
    words = {*OTHER_DOCUMENTS.values(), *(label for *_, label in _PARTS)}
    assert words - set(PHRASES) == set()
