"""A 2026 reform NF-e (IBS/CBS, vNFTot) dropped on the invoice tab: vNF is the value, vNFTot is shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk_helpers import SEED_IDS, load_order
from test_nfe_drop import drop, ready_sale_xml, wait_done

from tests.support.nfe_samples_extra import SampleExtras
from vtex_invoice_gui.ui.main_window import MainWindow


def test_reform_nfe_fills_vnf_and_shows_vnftot_when_it_differs(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    path = tmp_path / "reforma.xml"
    path.write_bytes(ready_sale_xml(extras=SampleExtras(reform=True, government_purchase=True)))
    assert drop(window, path)
    wait_done(qtbot, window)

    tab = window.invoice_tab
    assert tab.form.value_edit.cents() == 34560  # vNF; vNFTot adds IBS 0,33, CBS 2,97 and IS 1,40
    text = tab.nfe.panel.warnings.text()
    assert tab.nfe.panel.warnings.isVisible()
    assert "(vNFTot) is R$\xa0350,30; the invoice value sent to VTEX stays the NF-e value (vNF), R$\xa0345,60" in text


def test_a_sale_without_reform_groups_shows_no_vnftot(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    path = tmp_path / "venda.xml"
    path.write_bytes(ready_sale_xml())
    assert drop(window, path)
    wait_done(qtbot, window)
    assert "vNFTot" not in window.invoice_tab.nfe.panel.warnings.text()
