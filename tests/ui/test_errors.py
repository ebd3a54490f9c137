"""Every kind of failure reaches the error view in plain words, and the form is never lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from desk_helpers import SEED_IDS, WAIT, answer_resend, click, idle, load_order, paste_xml, posts

from vtex_invoice_gui.sandbox import Sandbox
from vtex_invoice_gui.ui.main_window import MainWindow


def form_state(window: MainWindow) -> dict[str, Any]:
    form = window.invoice_tab.form
    return {
        "type": form.invoice_type,
        "number": form.number_edit.text(),
        "value": form.value_edit.text(),
        "key": form.key_edit.text(),
        "url": form.url_edit.text(),
        "xml": form.xml_field.xml(),
        "issued": form.issuance_edit.dateTime(),
        "items": [(i.id, i.quantity, i.price) for i in form.items_model.items()],
        "order_id": window.order_panel.order_id_edit.text(),
    }


def fill_invoice(qtbot: Any, window: MainWindow, number: str) -> dict[str, Any]:
    form = window.invoice_tab.form
    qtbot.keyClicks(form.number_edit, number)
    qtbot.keyClicks(form.url_edit, "https://nfe.example.com.br/danfe/1")
    paste_xml(qtbot, window, "<nfeProc>…</nfeProc>")
    return form_state(window)


def send(qtbot: Any, window: MainWindow) -> None:
    tab = window.invoice_tab
    click(qtbot, tab.send_button)
    assert tab.confirm_bar.isVisible()
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT) as shown:
        click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: idle(window), timeout=WAIT)
    return shown.args[0]


def test_wrong_token_is_401(qtbot: Any, make_window: Callable[..., MainWindow], sandbox: Sandbox) -> None:
    window = make_window(token="not-the-right-token")
    window.order_panel.order_id_edit.setText(SEED_IDS["ready"])
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT) as shown:
        click(qtbot, window.order_panel.load_button)
    report = shown.args[0]
    assert window.errors.isVisible()
    assert report.status == 401 and "app key and token" in window.errors.headline.text()
    assert "HTTP status 401" in window.errors.meta.text()
    assert "Accounts" in window.errors.advice.text()
    assert "not-the-right-token" not in window.errors.details.toPlainText()
    assert window.order_panel.order_id_edit.text() == SEED_IDS["ready"]


def test_limited_key_is_403_and_keeps_the_form(
    qtbot: Any, make_window: Callable[..., MainWindow], sandbox: Sandbox
) -> None:
    window = make_window(key=sandbox.limited_app_key, token=sandbox.limited_app_token)
    load_order(qtbot, window, SEED_IDS["ready"])  # reading is allowed
    before = fill_invoice(qtbot, window, "NF403")
    report = send(qtbot, window)
    assert report.status == 403 and report.kind == "PermissionDeniedError"
    assert "Notify invoice" in window.errors.advice.text()
    assert form_state(window) == before
    assert window.invoice_tab.send_button.isEnabled()  # nothing was applied: may send after fixing the role
    entry = window.ctx.journal.query()[0]  # journaled as refused: nothing was applied
    assert entry.state == "failed" and entry.invoice_number == "NF403" and entry.http_status == 403
    assert sandbox.limited_app_token not in window.history_tab.details_text(entry)


def test_unknown_order_is_404(qtbot: Any, window: MainWindow) -> None:
    window.order_panel.order_id_edit.setText("9999999999999-01")
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT) as shown:
        click(qtbot, window.order_panel.load_button)
    report = shown.args[0]
    assert report.status == 404 and report.code == "OMS007"
    assert "did not find" in window.errors.headline.text()
    assert "OMS007" in window.errors.meta.text()
    assert window.session.order is None


def test_start_handling_on_a_handled_order_is_oms003(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    order_id = SEED_IDS["ready"]
    load_order(qtbot, window, order_id)
    sandbox.store.start_handling(order_id)  # someone else moved it meanwhile
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT) as shown:
        click(qtbot, window.order_panel.start_button)
    report = shown.args[0]
    assert report.code == "OMS003" and report.kind == "OrderStateError"
    assert "status does not allow" in window.errors.headline.text()
    assert window.errors.reload_button.isVisible()
    click(qtbot, window.errors.reload_button)
    qtbot.waitUntil(
        lambda: window.session.order is not None and window.session.order.status == "handling" and idle(window),
        timeout=WAIT,
    )


def test_rate_limit_is_retried_and_shown_calmly(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    sandbox.faults.rate_limit("POST", "/invoice", retry_after=1)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    fill_invoice(qtbot, window, "NF429")
    click(qtbot, window.invoice_tab.send_button)
    click(qtbot, window.invoice_tab.confirm_button)
    qtbot.waitUntil(
        lambda: window.session.order is not None and window.session.order.package("NF429") is not None and idle(window),
        timeout=WAIT,
    )
    assert "VTEX is limiting requests, retrying in 1 s" in messages
    assert [r.status for r in posts(sandbox)] == [429, 200]
    assert not window.errors.isVisible()


def test_503_html_on_send_requires_a_reload(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    sandbox.faults.add("html", "POST", "/invoice", status=503)
    before = fill_invoice(qtbot, window, "NF503")
    report = send(qtbot, window)
    assert report.status == 503 and report.may_have_applied
    assert "Reload the order before sending again" in window.errors.advice.text()
    assert "<html" in window.errors.details.toPlainText().lower()
    assert form_state(window) == before
    tab = window.invoice_tab
    assert not tab.send_button.isEnabled() and "Reload the order" in tab.gate_label.text()
    tab.review()
    tab.confirm()
    assert len(posts(sandbox)) == 1  # no blind resend
    click(qtbot, window.errors.reload_button)
    qtbot.waitUntil(lambda: tab.send_button.isEnabled() and idle(window), timeout=WAIT)
    assert form_state(window) == before  # reloading the same order keeps what was typed
    click(qtbot, tab.send_button)
    asked = answer_resend()  # not on the order after the settle window: sent again only on a yes
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(
        lambda: window.session.order is not None and window.session.order.package("NF503") is not None and idle(window),
        timeout=WAIT,
    )
    assert "Invoice NF503 of order" in asked[0]


@pytest.mark.parametrize("kind", ["drop_before", "drop_after"])
def test_dropped_connection_on_send(qtbot: Any, window: MainWindow, sandbox: Sandbox, kind: str) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    sandbox.faults.add(kind, "POST", "/invoice")
    before = fill_invoice(qtbot, window, "NFDROP")
    report = send(qtbot, window)
    assert report.kind == "OutcomeUnknownError" and report.may_have_applied
    assert "may or may not have applied" in window.errors.headline.text()
    assert form_state(window) == before
    tab = window.invoice_tab
    assert not tab.send_button.isEnabled()
    click(qtbot, window.errors.reload_button)
    qtbot.waitUntil(lambda: not tab.sender.needs_reload and not tab.sender.checking and idle(window), timeout=WAIT)
    landed = kind == "drop_after"
    if landed:  # it was applied: the reload shows it, and nothing more can be sent
        assert "is on the order: the send did reach VTEX" in tab.receipt.text.toPlainText()
        assert not tab.send_button.isEnabled()
        tab.form.set_type("Output")
        tab.review()
        assert not tab.confirm_bar.isVisible()
    else:
        assert "is not on the order" in tab.receipt.text.toPlainText()
        assert form_state(window) == before
        click(qtbot, tab.send_button)
        answer_resend()
        click(qtbot, tab.confirm_button)
        qtbot.waitUntil(
            lambda: (
                window.session.order is not None and window.session.order.package("NFDROP") is not None and idle(window)
            ),
            timeout=WAIT,
        )
    assert len(posts(sandbox)) == (1 if landed else 2)
    assert len([p for p in sandbox.order(SEED_IDS["ready"])["packageAttachment"]["packages"]]) == 1


def test_network_down_is_calm(qtbot: Any, window: MainWindow, sandbox: Sandbox) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    before = fill_invoice(qtbot, window, "NFDOWN")
    sandbox.stop()
    window.order_panel.load()
    qtbot.waitUntil(lambda: window.errors.isVisible() and idle(window), timeout=WAIT)
    assert window.errors.report is not None and window.errors.report.kind == "TransportError"
    assert "nothing was lost" in window.errors.advice.text()
    assert form_state(window) == before
    assert window.session.order is not None  # the last good read stays on screen


def test_failed_load_says_which_order_is_still_shown(qtbot: Any, window: MainWindow) -> None:
    load_order(qtbot, window, SEED_IDS["ready"])
    window.order_panel.order_id_edit.setText("9999999999999-01")
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT):
        click(qtbot, window.order_panel.load_button)
    status = window.order_panel.status_label.text()
    assert SEED_IDS["ready"] in status and "9999999999999-01 could not be loaded" in status
    assert window.order_panel.order_id_edit.text() == "9999999999999-01"  # what was typed is kept


def test_error_details_can_be_copied(qtbot: Any, window: MainWindow) -> None:
    from PySide6.QtGui import QGuiApplication

    window.order_panel.order_id_edit.setText("9999999999999-01")
    with qtbot.waitSignal(window.errors.shown, timeout=WAIT):
        window.order_panel.load()
    click(qtbot, window.errors.copy_button)
    copied = QGuiApplication.clipboard().text()
    assert "GET /api/oms/pvt/orders/9999999999999-01" in copied and "HTTP 404" in copied
    click(qtbot, window.errors.dismiss_button)
    assert not window.errors.isVisible()
