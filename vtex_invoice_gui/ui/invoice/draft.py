"""The Invoice tab's form as a draft: every field as plain values, and back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ..runtime.drafts import set_datetime


def invoice_draft_state(form: Any) -> dict[str, Any]:
    """Every field of an :class:`~.form.InvoiceForm` as plain values."""
    iso = Qt.DateFormat.ISODate
    return {
        "type": form.invoice_type,
        "number": form.number_edit.text(),
        "value_cents": form.value_edit.cents_or_none(),
        "value_text": form.value_edit.text(),
        "issued": form.issuance_edit.dateTime().toString(iso),
        "key": form.key_edit.text(),
        "url": form.url_edit.text(),
        "xml": form.xml_field.xml(),
        # dict(item): the same plain values as model_dump() (the fields are str and int), without
        # the serializer's call per item (~4 ms for a 330-item order, each time an order is shown).
        "items": [dict(item) for item in form.items_model.items()],
        "tracking": form.tracking_box.isChecked(),
        "courier": form.courier_edit.text(),
        "tracking_number": form.tracking_number_edit.text(),
        "tracking_url": form.tracking_url_edit.text(),
        "dispatched": form.dispatched_edit.dateTime().toString(iso),
    }


def restore_invoice_draft(form: Any, data: dict[str, Any]) -> None:
    """Put :func:`invoice_draft_state`'s values back (the type first, without re-prefilling).

    Fields missing from ``data`` keep what the order filled in.
    """
    from ...vtex import InvoiceItem

    if "type" in data:
        blocked = form.type_combo.blockSignals(True)
        form.set_type(str(data["type"]))
        form.type_combo.blockSignals(blocked)
    if isinstance(data.get("value_cents"), int):
        form.value_edit.set_cents(data["value_cents"])
    elif "value_text" in data:
        form.value_edit.setText(str(data["value_text"]))
    texts = (
        ("number", form.number_edit), ("key", form.key_edit), ("url", form.url_edit),
        ("courier", form.courier_edit), ("tracking_number", form.tracking_number_edit),
        ("tracking_url", form.tracking_url_edit),
    )
    for name, edit in texts:
        if name in data:
            edit.setText(str(data[name]))
    if "xml" in data:
        form.xml_field.set_xml(str(data["xml"]))
    set_datetime(form.issuance_edit, data.get("issued"))
    set_datetime(form.dispatched_edit, data.get("dispatched"))
    if "tracking" in data:
        form.tracking_box.setChecked(bool(data["tracking"]))
    if "items" in data:
        items = list(data.get("items") or [])
        model = form.items_model
        lines = [
            InvoiceItem(id=i["id"], description=i.get("description"), price=i["price"], quantity=max(i["quantity"], 1))
            for i in items
        ]  # an invoice line needs a quantity; zeros are set below, as the clerk set them
        model.set_items(lines, model.currency)
        for row, item in enumerate(items):  # lines the clerk set to zero
            if item["quantity"] == 0:
                model.setData(model.index(row, model.QUANTITY), 0)
