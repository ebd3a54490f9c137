"""The NF-e XML field: kept whole for ``embeddedInvoice``, shown as a summary, pasted or removed by hand."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk_helpers import SEED_IDS, WAIT, click, idle, load_order, paste_xml, posts
from PySide6.QtWidgets import QPlainTextEdit

from tests.support.nfe_samples import make_large_nfe
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.widgets.xml_field import xml_facts

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "nfe" / "sandbox_ready_sale.xml"
ORDER = SEED_IDS["ready"]


def send_and_wait(qtbot: Any, window: MainWindow, sandbox: Sandbox, number: str) -> dict[str, Any]:
    """Review and confirm the invoice as a clerk does; the body VTEX received."""
    tab = window.invoice_tab
    tab.form.number_edit.setText(number)
    click(qtbot, tab.send_button)
    assert tab.confirm_bar.isVisible(), tab.form.problems[""].text()
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(
        lambda: window.session.order is not None and window.session.order.package(number) is not None and idle(window),
        timeout=WAIT,
    )
    return posts(sandbox)[-1].body


def test_pasted_xml_is_what_vtex_receives(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, ORDER)
    field = window.invoice_tab.form.xml_field
    assert field.xml() == "" and field.edit_button.text() == "Paste XML…" and field.remove_button.isHidden()
    xml = FIXTURE.read_text(encoding="utf-8")
    paste_xml(qtbot, window, xml)
    assert field.xml() == xml
    assert field.summary.text() == "NF-e 5001 · 6 KiB · authorized"
    assert field.edit_button.text() == "View XML…" and field.remove_button.isVisible()
    body = send_and_wait(qtbot, window, sandbox, "5001")
    assert body["embeddedInvoice"] == xml


def test_view_shows_the_whole_xml_and_cancel_keeps_it(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, ORDER)
    field = window.invoice_tab.form.xml_field
    xml = FIXTURE.read_text(encoding="utf-8")
    field.set_xml(xml)
    click(qtbot, field.edit_button)
    dialog = field.dialog
    assert dialog is not None and dialog.isVisible() and dialog.editor.toPlainText() == xml
    dialog.editor.setPlainText("<nfeProc>changed, then cancelled</nfeProc>")
    dialog.reject()
    assert field.xml() == xml


def test_removed_xml_is_not_sent(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, ORDER)
    field = window.invoice_tab.form.xml_field
    paste_xml(qtbot, window, FIXTURE.read_text(encoding="utf-8"))
    click(qtbot, field.remove_button)
    assert field.xml() == "" and field.remove_button.isHidden()
    body = send_and_wait(qtbot, window, sandbox, "NFNOXML1")
    assert "embeddedInvoice" not in body  # a blank field is left off the wire


def test_the_draft_keeps_the_xml(qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    first = make_window()
    load_order(qtbot, first, ORDER)
    xml = FIXTURE.read_text(encoding="utf-8")
    with qtbot.waitSignal(first.invoice_tab.draft.saved, timeout=WAIT):
        paste_xml(qtbot, first, xml)
    first.close()
    window = make_window()
    load_order(qtbot, window, ORDER)
    assert window.invoice_tab.form.xml_field.xml() == xml
    assert window.invoice_tab.form.xml_field.summary.text().startswith("NF-e 5001 ")


def test_a_large_nfe_is_summarised_not_laid_out(qtbot: Any, window: MainWindow) -> None:
    """A 500-item NF-e (~475 KiB) stays out of every text editor of the window until asked for."""
    load_order(qtbot, window, ORDER)
    xml = make_large_nfe(500).decode("utf-8")
    field = window.invoice_tab.form.xml_field
    field.set_xml(xml)
    kib = round(len(xml.encode("utf-8")) / 1024)
    assert field.summary.text() == f"NF-e 900001 · {kib} KiB · authorized"
    assert all(len(edit.toPlainText()) < 10_000 for edit in window.findChildren(QPlainTextEdit))


def test_summary_facts() -> None:
    assert xml_facts("<NFe><ide><nNF>42</nNF></ide></NFe>") == ("42", None, 35)
    denied = "<nfeProc><NFe><ide><nNF>7</nNF></ide></NFe><protNFe><infProt><cStat>110</cStat></infProt></protNFe></nfeProc>"
    assert xml_facts(denied)[:2] == ("7", "110")
    assert xml_facts("not xml at all")[:2] == (None, None)
