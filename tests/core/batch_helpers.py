"""A generated batch: NF-e XMLs built (with the sample builder) for the sandbox's seed orders.

Each XML is built from the order as the sandbox serves it (``seed_orders``), the way an emitter
would: one line per order line still to invoice (EAN, refId, quantity, unit selling price), the
total the order still has to invoice, the client's CPF/CNPJ as recipient.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from decimal import Decimal
from typing import Any

from vtex_invoice_gui.nfe.samples import SampleItem, build_nfe_xml
from vtex_invoice_gui.nfe.samples_extra import SampleExtras
from vtex_invoice_gui.sandbox.seed import SEED_IDS, seed_orders
from vtex_invoice_gui.vtex import Order

ISSUED = datetime.fromisoformat("2026-11-21T10:15:00-03:00")
ORDERS = {order_id: Order.model_validate(data) for order_id, data in seed_orders().items()}


def seed(name: str) -> Order:
    return ORDERS[SEED_IDS[name]]


def _document(order: Order) -> dict[str, Any]:
    profile = order.client_profile_data
    assert profile is not None
    document = profile.fiscal_document or ""
    return {"recipient_cnpj": document, "recipient_cpf": None} if len(document) == 14 else {"recipient_cpf": document}


def nfe_for(order: Order, number: int, *, lines: list[int] | None = None, total: int | None = None,
            invoice_type: str = "Output", info: str | None = None, **options: Any) -> bytes:
    """The NF-e of ``order``: ``lines`` (default: every line with quantity still to invoice, or for a
    return every invoiced line), ``total`` (default: what remains to invoice / the lines' value).

    ``info``: infCpl text; ``options`` go to ``build_nfe_xml`` (``extras`` merged with ``info``)."""
    remaining = order.remaining_quantities() if invoice_type == "Output" else order.invoiced_quantities("Output")
    chosen = lines if lines is not None else [i for i, q in remaining.items() if q > 0]
    items = [
        SampleItem(order.items[i].ref_id or order.items[i].id, order.items[i].ean, order.items[i].name or "ITEM",
                   Decimal(remaining[i] or order.items[i].quantity), order.items[i].unit_price_cents)
        for i in chosen
    ]  # fmt: skip
    if total is None:
        total = order.remaining_cents if lines is None and invoice_type == "Output" else sum(
            item.total_cents for item in items
        )
    extras = options.pop("extras", None) or SampleExtras()
    if info is not None:
        extras = SampleExtras(**{**{f: getattr(extras, f) for f in extras.__slots__}, "additional_info": info})
    if invoice_type == "Input":
        options.update(operation_type=0, purpose=4)
    return build_nfe_xml(number, 1, items, total, issued_at=ISSUED, extras=extras, **{**_document(order), **options})


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()
