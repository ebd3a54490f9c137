"""The NF-e data panel on the order: each payment-data shape, copy buttons, and the cross-check
against a dropped NF-e XML (matching and mismatching)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk_helpers import SEED_IDS, click, load_order
from PySide6.QtGui import QGuiApplication
from test_nfe_drop import drop, wait_done

from vtex_invoice_gui.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"


def shown(window: MainWindow) -> dict[str, str]:
    panel = window.order_panel.nfe_data
    return {name: label.text() for name, label in panel.values.items()}


def test_connector_responses_order_shows_each_value_and_copies_it(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["marketplace_connector_payment"])
    panel = window.order_panel.nfe_data
    assert panel.isVisible()
    assert shown(window) == {
        "method": "Credit card (tPag 03)",
        "brand": "Mastercard (tBand 02)",
        "authorization": "A1B2C3",
        "acquirer": "01.027.058/0001-91",
        "intermediary": "MGZ, marketplace order MGL-1472583690",
    }
    assert "connector response" in panel.source_label.text()
    assert panel.warnings.isHidden()
    click(qtbot, panel.copy_buttons["authorization"])
    assert QGuiApplication.clipboard().text() == "A1B2C3"
    click(qtbot, panel.copy_buttons["acquirer"])
    assert QGuiApplication.clipboard().text() == "01.027.058/0001-91"


def test_custom_data_order_shows_the_older_place(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["marketplace_custom_data_payment"])
    values = shown(window)
    assert values["authorization"] == "987654" and values["acquirer"] == "01.425.787/0001-04"
    assert values["brand"] == "Visa (tBand 01)" and values["method"] == "Credit card (tPag 03)"
    assert "custom data" in window.order_panel.nfe_data.source_label.text()


def test_marketplace_order_without_payment_data_warns(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["marketplace"])
    panel = window.order_panel.nfe_data
    assert shown(window)["authorization"] == "—"
    assert not panel.copy_buttons["authorization"].isEnabled()
    assert "carries no payment data for the NF-e" in panel.warnings.text()


def test_an_own_store_order_has_no_intermediary_and_no_warning(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    panel = window.order_panel.nfe_data
    assert shown(window)["intermediary"] == "none (sold by the store itself)"
    assert panel.warnings.isHidden()


def test_a_matching_xml_is_checked_without_warnings(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    load_order(qtbot, window, SEED_IDS["marketplace_connector_payment"])
    assert drop(window, FIXTURES / "marketplace_card.xml")
    wait_done(qtbot, window)
    panel = window.order_panel.nfe_data
    assert "Checked against NF-e 7101." in panel.source_label.text()
    assert panel.warnings.isHidden()


def test_a_mismatching_xml_gives_a_warning_per_difference(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["marketplace_custom_data_payment"])
    assert drop(window, FIXTURES / "marketplace_card.xml")  # Mastercard A1B2C3 from another acquirer
    wait_done(qtbot, window)
    text = window.order_panel.nfe_data.warnings.text()
    assert "card brand is Mastercard (tBand 02), the order's is Visa" in text
    assert "(cAut) is A1B2C3, the order's (authId) is 987654" in text
    assert "card/CNPJ) is 01027058000191, the order's is 01.425.787/0001-04" in text


def test_an_xml_without_card_group_is_flagged_and_undo_forgets_it(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["marketplace_connector_payment"])
    assert drop(window, FIXTURES / "sale_authorized_v400.xml")
    wait_done(qtbot, window)
    panel = window.order_panel.nfe_data
    assert "the NF-e has no card group" in panel.warnings.text()
    assert "names no intermediary" in panel.warnings.text()
    click(qtbot, window.invoice_tab.nfe.panel.undo_button)
    assert panel.doc is None and panel.warnings.isHidden()
