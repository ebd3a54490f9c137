"""The Tracking number tab fills the tracking URL from the carrier's ``{code}`` template and warns
about a wrong Correios check digit (issue 15), on one tab against the sandbox."""

from __future__ import annotations

from typing import Any

from desk_helpers import SEED_IDS, WAIT
from pages import TrackingPage, type_text

from vtex_invoice_gui.tracking_import import Carrier, CarrierFile
from vtex_invoice_gui.vtex import Order

CORREIOS = "https://rastreamento.correios.com.br/app/index.php?objetos={code}"


def open_tracking(qtbot: Any, make_tab: Any) -> tuple[Any, TrackingPage]:
    host = make_tab("tracking")
    page = TrackingPage(qtbot, host, host.tab)
    page.open_order(SEED_IDS["invoiced_no_tracking"])
    assert isinstance(host.session.order, Order)
    return host.tab, page


def test_the_url_comes_from_the_carriers_template(qtbot: Any, make_tab: Any) -> None:
    tab, page = open_tracking(qtbot, make_tab)
    assert tab.url_edit.text() == ""
    page.fill(courier="Correios", number="AA123456785BR")
    assert tab.url_edit.text() == CORREIOS.format(code="AA123456785BR")
    assert not tab.number_warning.isVisible()
    page.fill(number="aa 12345678 5 br")  # cleaned as the import cleans it
    assert tab.url_edit.text() == CORREIOS.format(code="AA123456785BR")
    page.fill(courier="Jadlog", number="10084612345678")  # another carrier: its template
    assert tab.url_edit.text() == "https://www.jadlog.com.br/jadlog/tracking?cte=10084612345678"
    page.fill(courier="Transportadora Desconhecida")  # unknown: the link it filled goes
    assert tab.url_edit.text() == ""


def test_a_typed_url_is_never_overwritten(qtbot: Any, make_tab: Any) -> None:
    tab, page = open_tracking(qtbot, make_tab)
    page.fill(url="https://meu.rastreio.example/x")
    page.fill(courier="Correios", number="AA123456785BR")
    assert tab.url_edit.text() == "https://meu.rastreio.example/x"


def test_the_stores_own_carrier_list_is_used(qtbot: Any, make_tab: Any) -> None:
    host = make_tab("tracking")
    store = host.ctx.store.id
    CarrierFile(host.ctx.config_dir).save(store, [Carrier(name="Rapidão", url_template="https://r.example/t/{code}")])
    page = TrackingPage(qtbot, host, host.tab)
    page.open_order(SEED_IDS["invoiced_no_tracking"])
    page.fill(courier="Rapidão", number="XYZ1")
    assert host.tab.url_edit.text() == "https://r.example/t/XYZ1"
    page.fill(courier="Correios")  # not in this store's list any more
    assert host.tab.url_edit.text() == ""


def test_a_wrong_correios_check_digit_is_a_warning_not_a_block(qtbot: Any, make_tab: Any) -> None:
    tab, page = open_tracking(qtbot, make_tab)
    page.fill(courier="Correios", number="AA123456789BR")  # the digits give 5
    qtbot.waitUntil(tab.number_warning.isVisible, timeout=WAIT)
    text = tab.number_warning.text()
    assert "AA123456789BR" in text and "AA123456785BR" in text
    assert tab.url_edit.text() == CORREIOS.format(code="AA123456789BR")
    assert tab.send_button.isEnabled()  # a warning: the clerk may still send
    type_text(qtbot, tab.number_edit, "AA123456785BR")
    assert not tab.number_warning.isVisible()
