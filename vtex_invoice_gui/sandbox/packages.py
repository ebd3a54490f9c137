"""Invoice packages (``packageAttachment.packages[]``), shared by the seed and the store."""

from __future__ import annotations

from typing import Any

from .dates import plus, vtex_iso
from .model import PackageSpec


def new_package(
    *,
    number: str,
    kind: str,
    value: int,
    issued: str,
    items: list[dict[str, Any]],
    invoice_key: str | None = None,
    invoice_url: str | None = None,
    embedded: str | None = None,
    courier: str | None = None,
    tracking_number: str | None = None,
    tracking_url: str | None = None,
    refund_items: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A ``packageAttachment.packages[]`` entry (section 4.4 of vtex-api.md)."""
    courier_status = None
    if tracking_number:
        courier_status = {"status": "ok", "finished": False, "deliveredDate": None, "data": []}
    restitutions: dict[str, Any] = {}
    if kind == "Input":
        restitutions = {"Refund": {"value": value, "giftCardData": None, "items": refund_items or []}}
    return {
        "items": items,
        "courier": courier,
        "invoiceNumber": number,
        "invoiceValue": value,
        "invoiceUrl": invoice_url,
        "issuanceDate": issued,
        "trackingNumber": tracking_number,
        "invoiceKey": invoice_key,
        "trackingUrl": tracking_url,
        "embeddedInvoice": embedded,
        "type": kind,
        "courierStatus": courier_status,
        "dispatchedDate": None,  # the PATCH's (or the invoice's) dispatchedDate, once sent
        "cfop": None,
        "restitutions": restitutions,
        "volumes": 1,
        "EnableInferItems": False,
    }


def seed_package(order: dict[str, Any], spec: PackageSpec, invoiced_so_far: int) -> dict[str, Any]:
    """A seeded package; ``spec.value=None`` invoices what is left of the order value."""
    lines = spec.lines or tuple((i, it["quantity"]) for i, it in enumerate(order["items"]))
    items = [
        {
            "itemIndex": index,
            "quantity": qty,
            "price": order["items"][index]["sellingPrice"],
            "description": order["items"][index]["name"],
            "unitMultiplier": 1.0,
        }
        for index, qty in lines
    ]
    value = order["value"] - invoiced_so_far if spec.value is None else spec.value
    refund = None
    if spec.type == "Input":
        refund = [
            {"useFreight": False, "isCompensation": False, "compensationValue": 0,
             "id": order["items"][i]["id"], "quantity": q, "price": order["items"][i]["sellingPrice"],
             "description": "Devolução"}
            for i, q in lines
        ]
    package = new_package(
        number=spec.number, kind=spec.type, value=value, issued=vtex_iso(spec.issued), items=items,
        invoice_key=spec.invoice_key, courier=spec.courier, tracking_number=spec.tracking_number,
        tracking_url=spec.tracking_url, refund_items=refund,
        invoice_url=f"https://nfe.sandbox.invalid/{spec.number}.pdf" if spec.invoice_key else None,
    )
    status = package["courierStatus"]
    if status is not None:
        package["dispatchedDate"] = vtex_iso(min([plus(spec.issued, hours=2), *(e.at for e in spec.events)]))
        status["data"] = [
            {"lastChange": vtex_iso(plus(e.at, minutes=5)), "city": e.city, "state": e.state,
             "description": e.description, "createDate": vtex_iso(e.at)}
            for e in spec.events
        ]
        if spec.delivered:
            status["finished"] = True
            status["deliveredDate"] = vtex_iso(spec.delivered)
    return package
