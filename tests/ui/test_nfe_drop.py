"""Dropping (or opening) an NF-e XML fills the invoice; what VTEX then receives; bad files change nothing."""

from __future__ import annotations

import shutil
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, answer_file_dialog, click, idle, load_order, paste_xml, posts
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

from vtex_invoice_gui.nfe import read_nfe
from tests.support.nfe_samples import SampleItem, build_nfe_xml, make_large_nfe
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.text.formatting import aware_datetime
from vtex_invoice_gui.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"
READY_SALE = FIXTURES / "sandbox_ready_sale.xml"  # the NF-e of seed order "ready", R$ 345,60


def ready_sale_xml(**overrides: Any) -> bytes:
    """Like the fixture (seed order "ready"), with overrides for the warning cases."""
    args: dict[str, Any] = {
        "number": 5001,
        "series": 1,
        "items": [
            SampleItem("CAM-BR-M", "7891234500011", "CAMISETA BRANCA M", Decimal(2), 7990, 2000),
            SampleItem("REF-2010", None, "CALCA JEANS 42", Decimal(1), 18990),
        ],
        "total_cents": 34560,
        "recipient_cpf": "12345678909",
        "issued_at": datetime.fromisoformat("2026-11-03T14:20:00-03:00"),
    }
    args.update(overrides)
    return build_nfe_xml(**args)


def drop(window: MainWindow, *paths: Path, target: QWidget | None = None) -> bool:
    """A real drag-enter then drop of file URLs, as the window system delivers them."""
    widget = target or window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action = Qt.DropAction.CopyAction
    center = QPointF(widget.rect().center())
    # QDragEnterEvent takes an integer point, QDropEvent a float one.
    enter = QDragEnterEvent(widget.rect().center(), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    accepted = enter.isAccepted()
    event = QDropEvent(center, action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return accepted and event.isAccepted()


def wait_done(qtbot: Any, window: MainWindow) -> None:
    panel = window.invoice_tab.nfe.panel
    qtbot.waitUntil(
        lambda: idle(window) and not panel.title.text().startswith("Reading") and not panel.mapping.pending,
        timeout=WAIT,
    )  # the mapping rows come a moment after the fill (see NfeMappingRows)


def form_state(window: MainWindow) -> dict[str, Any]:
    form = window.invoice_tab.form
    return {
        "type": form.invoice_type,
        "number": form.number_edit.text(),
        "value": form.value_edit.text(),
        "issued": form.issuance_edit.dateTime(),
        "key": form.key_edit.text(),
        "url": form.url_edit.text(),
        "xml": form.xml_field.xml(),
        "items": [(i.id, i.description, i.quantity, i.price) for i in form.items_model.items()],
        "tracking": (form.tracking_box.isChecked(), form.courier_edit.text()),
    }


def items(window: MainWindow) -> list[tuple[str, int, int]]:
    return [(i.id, i.quantity, i.price) for i in window.invoice_tab.form.items_model.items()]


def test_dropped_nfe_fills_the_invoice_and_vtex_receives_it(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, tmp_path: Path
) -> None:
    order_id = SEED_IDS["ready"]
    load_order(qtbot, window, order_id)
    tab, form = window.invoice_tab, window.invoice_tab.form
    qtbot.keyClicks(form.number_edit, "NF-TYPED")
    form.url_edit.setText("https://nfe.example.com.br/danfe/5001")  # the XML has no URL: kept
    window.tabs.setCurrentWidget(window.tracking_tab)
    path = tmp_path / "NF-e 5001.xml"
    shutil.copy(READY_SALE, path)
    doc = read_nfe(READY_SALE.read_bytes())

    assert drop(window, path)
    wait_done(qtbot, window)

    assert window.tabs.currentWidget() is tab  # the drop brings the clerk to what it filled
    assert form.invoice_type == "Output"
    assert form.number_edit.text() == "5001"
    assert form.value_edit.cents() == 34560
    assert aware_datetime(form.issuance_edit.dateTime()) == doc.issued_at  # the same instant
    assert form.key_edit.text() == doc.access_key
    assert form.xml_field.xml() == doc.xml_text  # kept whole for embeddedInvoice; the field shows a summary
    assert form.xml_field.summary.text() == "NF-e 5001 · 6 KiB · authorized"
    assert items(window) == [("2001", 2, 6990), ("2010", 1, 18990)]  # by EAN, then by refId
    assert form.url_edit.text() == "https://nfe.example.com.br/danfe/5001"
    panel = tab.nfe.panel
    assert panel.isVisible() and not panel.is_error
    assert "NF-e 5001" in panel.title.text() and "2 of 2" in panel.note.text()
    assert "NF-TYPED" in panel.note.text()  # the typed number was replaced, and it says so
    assert panel.warnings.isHidden()  # a clean NF-e for this order: nothing to warn about

    click(qtbot, tab.send_button)
    assert tab.confirm_bar.isVisible(), tab.form.problems[""].text()
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(
        lambda: window.session.order is not None and window.session.order.package("5001") is not None and idle(window),
        timeout=WAIT,
    )
    [post] = posts(sandbox)
    body = post.body
    assert body["embeddedInvoice"] == READY_SALE.read_text(encoding="utf-8") == doc.xml_text
    assert body["invoiceValue"] == str(doc.total_cents) == "34560"
    assert body["invoiceNumber"] == "5001" and body["invoiceKey"] == doc.access_key and body["type"] == "Output"
    assert body["invoiceUrl"] == "https://nfe.example.com.br/danfe/5001"
    assert datetime.fromisoformat(body["issuanceDate"]) == doc.issued_at
    assert [(i["id"], i["quantity"], i["price"]) for i in body["items"]] == [("2001", 2, 6990), ("2010", 1, 18990)]
    assert sandbox.order(order_id)["status"] == "invoiced"
    assert panel.isHidden()  # the NF-e is on the order now: the fill is over


def test_warnings_show_and_do_not_block(qtbot: Any, window: MainWindow, sandbox: Sandbox, tmp_path: Path) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    path = tmp_path / "homologacao.xml"
    path.write_bytes(ready_sale_xml(environment=2, status_code=110, total_cents=30000, recipient_cpf="52998224725"))
    assert drop(window, path)
    wait_done(qtbot, window)

    tab = window.invoice_tab
    text = tab.nfe.panel.warnings.text()
    assert tab.nfe.panel.warnings.isVisible()
    assert "homologation" in text  # tpAmb=2
    assert "status of this NF-e is 110 (Uso Denegado), not 100" in text
    assert "(R$\xa0300,00) is not the R$\xa0345,60 still to invoice" in text
    assert "recipient is 52998224725, but the order's client is 12345678909" in text
    assert tab.form.value_edit.cents() == 30000
    click(qtbot, tab.send_button)
    assert tab.confirm_bar.isVisible()  # warnings, not blocks
    assert posts(sandbox) == []


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("not-an-nfe.xml", b'<?xml version="1.0"?><html><body>Pedido 123</body></html>', "not an NF-e XML"),
        ("truncated.xml", READY_SALE.read_bytes()[:1500], "truncated or not well-formed"),
        ("xxe.xml", (FIXTURES / "evil_xxe_passwd.xml").read_bytes(), "DTD/entity declaration"),
        ("danfe.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    ],
)
def test_a_bad_file_changes_nothing_and_says_why(
    qtbot: Any, window: MainWindow, sandbox: Sandbox, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    form = window.invoice_tab.form
    qtbot.keyClicks(form.number_edit, "NF-777")
    qtbot.keyClicks(form.key_edit, "3526")
    form.url_edit.setText("https://nfe.example.com.br/danfe/777")
    paste_xml(qtbot, window, "<nfeProc>typed by hand</nfeProc>")
    before = form_state(window)
    path = tmp_path / name
    path.write_bytes(content)

    assert drop(window, path)
    wait_done(qtbot, window)

    panel = window.invoice_tab.nfe.panel
    assert panel.isVisible() and panel.is_error
    assert f"{name} cannot be used" in panel.title.text()
    assert reason in panel.note.text() and "Nothing on the form was changed." in panel.note.text()
    assert "/etc/passwd" not in panel.note.text() and "root:" not in panel.note.text()
    assert form_state(window) == before
    assert posts(sandbox) == []


def test_a_bad_file_after_a_fill_keeps_that_fill(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    load_order(qtbot, window, SEED_IDS["many_items"])
    good, bad = tmp_path / "mixed.xml", tmp_path / "bad.xml"
    shutil.copy(FIXTURES / "sandbox_many_items_mixed.xml", good)
    bad.write_bytes(b"<nfeProc><NFe>")
    drop(window, good)
    wait_done(qtbot, window)
    filled = form_state(window)
    panel = window.invoice_tab.nfe.panel
    warnings = panel.warnings.text()
    drop(window, bad)
    wait_done(qtbot, window)
    assert panel.is_error and form_state(window) == filled
    click(qtbot, panel.dismiss_button)
    assert not panel.is_error and panel.isVisible()  # back to the fill the form still holds
    assert panel.warnings.text() == warnings and panel.undo_button.isVisible()
    click(qtbot, panel.dismiss_button)
    assert panel.isHidden()


def test_without_an_order_the_file_is_refused(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    before = form_state(window)
    path = tmp_path / "nota.xml"
    shutil.copy(READY_SALE, path)
    assert drop(window, path)
    panel = window.invoice_tab.nfe.panel
    assert panel.is_error and "Load the order first" in panel.title.text()
    assert form_state(window) == before and idle(window)  # not even read
    load_order(qtbot, window, SEED_IDS["ready"])
    assert panel.isHidden()  # the order is there now: the clerk drops the file again


def test_one_file_at_a_time(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    before = form_state(window)
    paths = [tmp_path / "a.xml", tmp_path / "b.xml"]
    for path in paths:
        shutil.copy(READY_SALE, path)
    assert drop(window, *paths)
    assert "one NF-e XML file at a time" in window.invoice_tab.nfe.panel.title.text()
    assert form_state(window) == before


def test_a_drop_on_a_text_field_fills_the_form_instead_of_pasting_the_path(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    form = window.invoice_tab.form
    path = tmp_path / "nota.xml"
    shutil.copy(READY_SALE, path)
    for target in (form.key_edit, form.number_edit):
        assert target.acceptDrops()  # Qt would deliver the drop to this widget, not the window
        form.xml_field.clear()
        assert drop(window, path, target=target)
        wait_done(qtbot, window)
        assert form.xml_field.xml() == read_nfe(READY_SALE.read_bytes()).xml_text
        assert form.number_edit.text() == "5001"


def test_open_button_fills_the_form(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    path = tmp_path / "nota.xml"
    shutil.copy(READY_SALE, path)
    answer_file_dialog(path)
    click(qtbot, window.invoice_tab.form.xml_button)
    wait_done(qtbot, window)
    assert window.invoice_tab.form.number_edit.text() == "5001"
    assert window.invoice_tab.form.value_edit.cents() == 34560


def test_undo_puts_the_form_back(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    form = window.invoice_tab.form
    qtbot.keyClicks(form.number_edit, "NF-TYPED")
    form.value_edit.setText("100,00")
    model = form.items_model
    assert model.setData(model.index(1, model.QUANTITY), 0)  # a partial invoice was being typed
    before = form_state(window)
    path = tmp_path / "nota.xml"
    shutil.copy(READY_SALE, path)
    drop(window, path)
    wait_done(qtbot, window)
    assert form_state(window) != before
    click(qtbot, window.invoice_tab.nfe.panel.undo_button)
    assert form_state(window) == before
    assert window.invoice_tab.nfe.panel.isHidden()


def test_manual_mapping_of_an_unmatched_line(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    load_order(qtbot, window, SEED_IDS["many_items"])
    path = tmp_path / "mixed.xml"
    shutil.copy(FIXTURES / "sandbox_many_items_mixed.xml", path)
    drop(window, path)
    wait_done(qtbot, window)
    panel = window.invoice_tab.nfe.panel
    assert "match no item" in panel.warnings.text() and "SAC-RET" in panel.warnings.text()
    assert "0.5 UN, which is not a whole number" in panel.warnings.text()
    assert "5 of SKU 3003" in panel.warnings.text() and "only 3 remain" in panel.warnings.text()
    # the coffee sold by weight is on the table at quantity 0 (not sent) for the clerk to fill
    assert items(window) == [("2001", 1, 7990), ("2002", 1, 7990), ("6001", 0, 3290), ("3003", 5, 2990)]
    combos = panel.mapping.findChildren(QComboBox)
    assert [c.objectName() for c in combos] == ["nfeMapCombo2"]  # only the bag asks for a choice
    combo = combos[0]
    assert panel.mapping.isVisible() and combo.currentData() is None

    combo.setCurrentIndex(combo.findData(7))  # the clerk picks order line 8: SKU 7002
    assert ("7002", 1, 500) in items(window)
    assert "match no item" not in panel.warnings.text()
    assert window.invoice_tab.form.number_edit.text() == "5002"  # only the items were rebuilt
    combo.setCurrentIndex(0)  # changed their mind: leave it off
    assert "7002" not in [sku for sku, _, _ in items(window)]
    assert "match no item" in panel.warnings.text()


def drop_another_orders_nfe(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    """A 30-item NF-e whose lines match nothing of the order loaded, dropped and read."""
    load_order(qtbot, window, SEED_IDS["ready"])
    path = tmp_path / "other-order.xml"
    path.write_bytes(make_large_nfe(30))
    drop(window, path)
    wait_done(qtbot, window)


def test_an_nfe_of_another_order_offers_twenty_choices_and_counts_the_rest(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    drop_another_orders_nfe(qtbot, window, tmp_path)
    panel = window.invoice_tab.nfe.panel
    assert len(panel.mapping.findChildren(QComboBox)) == 20
    more = panel.mapping.findChild(QLabel, "nfeMappingMoreLabel")
    assert more is not None and more.text().startswith("10 more NF-e lines match nothing")
    assert "30 NF-e line(s) match no item" in panel.warnings.text() and "and 20 more" in panel.warnings.text()
    assert window.invoice_tab.form.items_model.rowCount() == 0  # nothing is guessed


def test_the_twenty_choices_are_made_a_few_per_turn_and_shown_together(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    # Twenty rows at once (a label and a combo of the order's items each) kept the window from
    # painting for 20 ms (issue 18): the panel makes ROWS_PER_TURN per turn, hidden until all are made.
    from vtex_invoice_gui.ui.invoice.nfe_panel import ROWS_PER_TURN

    drop_another_orders_nfe(qtbot, window, tmp_path)
    nfe, mapping = window.invoice_tab.nfe, window.invoice_tab.nfe.panel.mapping
    mapping.set_rows(nfe.mapping, window.invoice_tab.order)
    mapping._later.timeout.emit()  # the first turn, and only it
    assert len(mapping.combos) == ROWS_PER_TURN < 20
    assert mapping.pending and not mapping.isVisible()
    qtbot.waitUntil(lambda: not mapping.pending, timeout=WAIT)
    assert len(mapping.findChildren(QComboBox)) == 20 and mapping.isVisible()
    assert [int(name.removeprefix("nfeMapCombo")) for name in
            (c.objectName() for c in mapping.findChildren(QComboBox))] == sorted(mapping.combos)
