"""The DANFE dialog: from the NF-e that filled the invoice and from an invoice on the order whose
embeddedInvoice VTEX returns; preview pages drawn on a worker, Save… and Print…."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from desk_helpers import SEED_IDS, WAIT, click, load_order
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from test_nfe_drop import drop, wait_done

from vtex_invoice_gui.nfe import read_nfe
from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.danfe.dialog import DanfeDialog
from vtex_invoice_gui.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nfe"
READY_SALE = FIXTURES / "sandbox_ready_sale.xml"


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def wait_drawn(qtbot: Any, dialog: DanfeDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)


def test_the_filled_nfe_is_previewed_saved_and_printed(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    assert drop(window, READY_SALE)
    wait_done(qtbot, window)
    button = window.invoice_tab.nfe.panel.danfe_button
    assert button.isVisible()
    click(qtbot, button)
    dialog = window.invoice_tab.nfe.danfe_dialog
    assert dialog is not None and dialog.isVisible()
    wait_drawn(qtbot, dialog)
    assert dialog.error == ""
    assert len(dialog.images) == 1 and dialog.findChild(type(dialog.status), "danfePage1") is not None
    assert dialog.status.text() == "1 page(s)."
    key = read_nfe(READY_SALE.read_bytes()).access_key
    assert " ".join(key[i : i + 4] for i in range(0, 44, 4)) in pdf_text(dialog.pdf)[0]

    saved = tmp_path / "danfe.pdf"
    assert dialog.save_to(saved)
    assert "DOCUMENTO AUXILIAR" in pdf_text(saved.read_bytes())[0]
    assert str(saved) in dialog.status.text()

    dialog.label_choice.setChecked(True)  # the 55 mm label, drawn again
    wait_drawn(qtbot, dialog)
    assert "ETIQUETA" in pdf_text(dialog.pdf)[0]
    assert dialog.suggested_name() == "etiqueta-5001.pdf"

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer)
    assert len(PdfReader(io.BytesIO(printed.read_bytes())).pages) == 1
    dialog.close()


def order_with_embedded_invoice(sandbox: Sandbox, xml: str) -> str:
    order = sandbox.order(SEED_IDS["invoiced_no_tracking"])
    order["packageAttachment"]["packages"][0]["embeddedInvoice"] = xml
    return sandbox.add_order(order)


def select_first_invoice(window: MainWindow) -> None:
    window.order_panel.packages_table.selectRow(0)


def test_an_invoice_on_the_order_with_its_xml_opens_its_danfe(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    order_id = order_with_embedded_invoice(sandbox, READY_SALE.read_text(encoding="utf-8"))
    load_order(qtbot, window, order_id)
    panel = window.order_panel
    assert not panel.danfe_button.isEnabled()  # nothing selected yet
    select_first_invoice(window)
    assert panel.danfe_button.isEnabled()
    click(qtbot, panel.danfe_button)
    dialog = panel.danfe_dialog
    assert dialog is not None
    wait_drawn(qtbot, dialog)
    assert "Nº 000.005.001" in pdf_text(dialog.pdf)[0]
    dialog.close()


def test_an_invoice_without_xml_has_no_danfe(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["invoiced_no_tracking"])
    select_first_invoice(window)
    assert not window.order_panel.danfe_button.isEnabled()
    assert "returned no NF-e XML" in window.order_panel.danfe_button.toolTip()


def test_an_embedded_invoice_that_is_not_an_nfe_is_explained(
    qtbot: Any, window: MainWindow, sandbox: Sandbox
) -> None:
    order_id = order_with_embedded_invoice(sandbox, "<html><body>nota</body></html>")
    load_order(qtbot, window, order_id)
    select_first_invoice(window)
    click(qtbot, window.order_panel.danfe_button)
    dialog = window.order_panel.danfe_dialog
    assert dialog is not None
    wait_drawn(qtbot, dialog)
    assert "not an NF-e" in dialog.status.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    dialog.close()
