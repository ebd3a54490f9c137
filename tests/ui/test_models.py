"""The table and list models behave as Qt expects (pytest-qt's model tester) and show the right text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from vtex_invoice_gui.sandbox import SEED_IDS, seed_orders
from vtex_invoice_gui.ui.events.model import PendingEventsModel
from vtex_invoice_gui.ui.invoice.items_model import InvoiceItemsModel
from vtex_invoice_gui.ui.order.models import OrderItemsModel, PackagesModel
from vtex_invoice_gui.ui.widgets.money_edit import MoneyEdit
from vtex_invoice_gui.ui.widgets.timeline import TimelineModel
from vtex_invoice_gui.vtex import Order, TrackingEvent


ALIGN = Qt.ItemDataRole.TextAlignmentRole


def order(name: str) -> Order:
    return Order.model_validate(seed_orders()[SEED_IDS[name]])


def test_order_models(qtmodeltester: Any) -> None:
    items, packages = OrderItemsModel(), PackagesModel()
    items.set_order(order("handling_partial"))
    packages.set_order(order("invoiced_with_return"))
    qtmodeltester.check(items)
    qtmodeltester.check(packages)
    assert packages.rowCount() == 2
    assert [packages.index(r, 1).data() for r in range(2)] == ["Sale", "Return"]
    assert items.index(0, 4).data() == "R$\xa0349,90"
    # The roles a view paints with: money right-aligned, the item's references and the tracking as tips.
    assert items.index(0, 4).data(ALIGN) & Qt.AlignmentFlag.AlignRight and items.index(0, 1).data(ALIGN) is None
    assert items.index(0, 1).data(Qt.ItemDataRole.ToolTipRole).startswith(items.index(0, 1).data())
    assert packages.index(0, 2).data(ALIGN) & Qt.AlignmentFlag.AlignRight
    tracked = order("invoiced_with_return").packages[0]
    assert (tracked.courier or "") in (packages.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) or "")
    for model in (items, packages):  # roles the models do not answer
        assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
        assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None


def test_invoice_items_model_edits(qtmodeltester: Any) -> None:
    model = InvoiceItemsModel()
    source = order("handling")
    model.set_items(source.suggested_invoice_items("Output"))
    qtmodeltester.check(model)
    price_index = model.index(0, model.PRICE)
    assert model.setData(price_index, "1.234,56")  # pt_BR as typed in the editor
    assert model.items()[0].price == 123456
    assert not model.setData(price_index, "12,3,4")  # refused, value unchanged
    assert model.items()[0].price == 123456
    assert not model.setData(model.index(0, model.QUANTITY), -1)
    assert model.index(0, model.PRICE).data(Qt.ItemDataRole.EditRole) == "1.234,56"  # what the editor opens with
    assert model.index(1, model.QUANTITY).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.setData(model.index(1, model.QUANTITY), 0)
    assert model.index(1, model.QUANTITY).data(Qt.ItemDataRole.EditRole) == 0
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) == Qt.GlobalColor.gray  # a line left out, greyed
    assert model.index(0, model.PRICE).data(ALIGN) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) is None
    assert len(model.invoice_items()) == 1


def test_timeline_and_pending_models(qtmodeltester: Any) -> None:
    timeline = TimelineModel()
    timeline.set_package(order("invoiced_delivered").packages[0])
    qtmodeltester.check(timeline)
    assert timeline.entries()[0].kind == "dispatched" and timeline.entries()[-1].kind == "delivered"
    pending = PendingEventsModel()
    pending.append(TrackingEvent(city="Recife", state="PE", description="Postado", date="2026-11-20"))
    qtmodeltester.check(pending)
    assert pending.index(0).data() == "20/11/2026 · Recife/PE · Postado"


def test_money_edit_reads_the_locale(qtbot: Any) -> None:
    from PySide6.QtCore import QLocale

    edit = MoneyEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "1.234,5")
    assert edit.cents() == 123450
    edit.tidy()
    assert edit.text() == "1.234,50"
    edit.setLocale(QLocale("en_US"))
    edit.clear()
    qtbot.keyClicks(edit, "1,234.56")
    assert edit.cents() == 123456
    edit.setText("1.234,56")
    assert edit.cents_or_none() is None and edit.problem()
