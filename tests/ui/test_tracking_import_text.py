"""The tracking import's sentences (core, English) reach a Brazilian clerk in Portuguese, words inside
them included."""

from __future__ import annotations

from test_core_text import portuguese  # noqa: F401 - the pt_BR catalogs, installed as the app does

from vtex_invoice_gui.tracking_import import DEFAULT_CARRIERS, find_carrier
from vtex_invoice_gui.tracking_import.results import MSG_IN_FUTURE
from vtex_invoice_gui.tracking_import.rows import WORDS, build_rows
from vtex_invoice_gui.ui.text.core_text import translate


def test_a_wrong_correios_digit_is_explained_in_portuguese(portuguese: None) -> None:
    correios = find_carrier(DEFAULT_CARRIERS, "Correios")
    assert correios is not None
    (problem,) = correios.problems("PJ907948744BR")
    assert translate(problem) == (
        "O código dos Correios PJ907948744BR termina no dígito verificador 4, mas seus oito dígitos dão 3: "
        "confira o código (talvez PJ907948743BR)."
    )


def test_the_words_inside_a_sentence_are_translated_too(portuguese: None) -> None:
    message = MSG_IN_FUTURE.format(what=WORDS["dispatched_date"], when="05/12/2026 09:00")
    assert str(message) == "The dispatch date 05/12/2026 09:00 is in the future."
    assert translate(message) == "Data de envio 05/12/2026 09:00 está no futuro."
    (row,) = build_rows([["Pedido", "Rastreio", "Cidade"], ["1", "X", "Recife"]], 0,
                        {0: "order_id", 1: "tracking_number", 2: "event_city"})  # fmt: skip
    assert str(row.problems[0]).startswith("The tracking event lacks its date, state, description:")
    assert translate(row.problems[0]).startswith("Falta ao evento de rastreio: data, estado, descrição.")
