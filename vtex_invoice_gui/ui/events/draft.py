"""The Tracking events tab's form as a draft: the invoice, the event being typed, the events to send."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt

from ..runtime.drafts import set_datetime


def events_draft_state(tab: Any) -> dict[str, Any]:
    """The Tracking events tab's invoice choice, event being typed, events to send and delivery."""
    return {
        "invoice": tab.invoice_combo.current_number() or "",
        "city": tab.city_edit.text(),
        "state": tab.state_combo.currentText(),
        "description": tab.description_edit.text(),
        "date": tab.date_edit.date().toString(Qt.DateFormat.ISODate),
        "events": [event.model_dump(mode="json") for event in tab.pending.events()],
        "delivered": tab.delivered_check.isChecked(),
        "delivered_at": tab.delivered_edit.dateTime().toString(Qt.DateFormat.ISODate),
    }


def restore_events_draft(tab: Any, data: dict[str, Any]) -> None:
    """Put :func:`events_draft_state`'s values back; ``LookupError`` when the invoice is gone."""
    from ...vtex import TrackingEvent

    if data.get("invoice") and not tab.invoice_combo.select(str(data["invoice"])):
        raise LookupError(f"invoice {data['invoice']} is no longer on the order")
    for key, edit in (("city", tab.city_edit), ("description", tab.description_edit)):
        if key in data:
            edit.setText(str(data[key]))
    if "state" in data:
        tab.state_combo.setCurrentText(str(data["state"]))
    day = QDate.fromString(str(data.get("date", "")), Qt.DateFormat.ISODate)
    if day.isValid():
        tab.date_edit.setDate(day)
    if "events" in data:
        tab.pending.clear()
        for event in data["events"] or []:
            tab.pending.append(TrackingEvent.model_validate(event))
    tab.delivered_check.setChecked(bool(data.get("delivered")))
    set_datetime(tab.delivered_edit, data.get("delivered_at"))
