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
from pathlib import Path
from typing import Any

from tests.support.nfe_samples import SampleItem, build_nfe_xml
from tests.support.nfe_samples_extra import SampleExtras
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


BROKEN = b'<?xml version="1.0"?>\n<nfeProc xmlns="http://www.portalfiscal.inf.br/nfe"><NFe><infNFe'


def day_batch() -> tuple[dict[str, bytes], dict[str, bytes], dict[str, tuple[str, str, str]]]:
    """A day's files: loose XMLs, one ZIP's members, and per file name (as the batch names it,
    relative to the folder) the expected ``(status, order id, matched by)``."""
    ids = SEED_IDS
    ready = nfe_for(seed("ready"), 9201, info=f"Pedido VTEX {ids['ready']} - obrigado pela compra")
    partial_rest = nfe_for(seed("handling_partial"), 9202, extras=SampleExtras(purchase_order=ids["handling_partial"]))
    partial_one_line = nfe_for(
        seed("payment_approved_partial"), 9203, lines=[1], extras=SampleExtras(item_order=ids["payment_approved_partial"])
    )
    marketplace = nfe_for(seed("marketplace"), 9204, info="Venda Mercado Livre, pedido MLB-2000004521873")
    by_document = nfe_for(seed("handling"), 9205)
    giving_back = nfe_for(
        seed("invoiced_no_tracking"), 9206, lines=[0], invoice_type="Input",
        extras=SampleExtras(fisco_info=f"Devolucao referente ao pedido {ids['invoiced_no_tracking']}"),
    )  # fmt: skip
    on_order = nfe_for(seed("invoiced_in_transit"), 123463, lines=[0, 1], info=f"Pedido {ids['invoiced_in_transit']}")
    homologation = nfe_for(seed("handling_boleto"), 9207, info=f"Pedido {ids['handling_boleto']}", environment=2)
    canceled = nfe_for(seed("canceled"), 9208, info=f"Pedido {ids['canceled']}")
    stranger = build_nfe_xml(9209, 1, [("X-1", None, "PRODUTO AVULSO", 1, 5000)], None, "52998224725", ISSUED)
    loose = {
        "ready.xml": ready,
        "partial-rest.xml": partial_rest,
        "marketplace.xml": marketplace,
        "by-document.xml": by_document,
        "z-ready-copy.xml": ready,  # the same NF-e twice
        "broken.xml": BROKEN,
    }
    zipped = {
        "nfe/partial-one-line.xml": partial_one_line,
        "nfe/return.xml": giving_back,
        "nfe/on-order.xml": on_order,
        "nfe/homologation.xml": homologation,
        "nfe/canceled.xml": canceled,
        "nfe/stranger.xml": stranger,
        "nfe/danfe.pdf": b"%PDF-1.4 not an xml",
    }
    expected = {
        "ready.xml": ("would-send", ids["ready"], "order_id_in_infCpl"),
        "partial-rest.xml": ("would-send", ids["handling_partial"], "order_id_in_xPed"),
        "marketplace.xml": ("would-send", ids["marketplace"], "marketplace_id_in_infCpl"),
        "by-document.xml": ("would-send", ids["handling"], "document_and_total"),
        "z-ready-copy.xml": ("skipped", ids["ready"], "order_id_in_infCpl"),
        "broken.xml": ("failed", "", "none"),
        "day.zip!nfe/partial-one-line.xml": ("would-send", ids["payment_approved_partial"], "order_id_in_item_xPed"),
        "day.zip!nfe/return.xml": ("would-send", ids["invoiced_no_tracking"], "order_id_in_infAdFisco"),
        "day.zip!nfe/on-order.xml": ("already-on-order", ids["invoiced_in_transit"], "order_id_in_infCpl"),
        "day.zip!nfe/homologation.xml": ("failed", ids["handling_boleto"], "order_id_in_infCpl"),
        "day.zip!nfe/canceled.xml": ("failed", ids["canceled"], "order_id_in_infCpl"),
        "day.zip!nfe/stranger.xml": ("unmatched", "", "none"),
        "day.zip!nfe/danfe.pdf": ("skipped", "", "none"),
    }
    return loose, zipped, expected


def write_day(folder: Path) -> Path:
    """The day's files written under ``folder`` (the ZIP as ``day.zip``); returns ``folder``."""
    loose, zipped, _ = day_batch()
    for name, data in loose.items():
        (folder / name).write_bytes(data)
    (folder / "day.zip").write_bytes(zip_of(zipped))
    return folder
