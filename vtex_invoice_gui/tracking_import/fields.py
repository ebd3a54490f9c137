"""The import's fields, the header names they go by (pt, es, en), finding the header row, and
guessing which column holds which field.

A mapping is ``{column index: field}``. Headers are compared normalised (no accents, no case, only
letters and digits). VTEX's own Admin order export is recognised by its column names.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence

from ..messages import Message
from .reader import Cell, Row

FIELDS: tuple[str, ...] = (
    "order_id", "marketplace_order_id", "invoice_number", "tracking_number", "courier", "tracking_url",
    "dispatched_date", "event_date", "event_city", "event_state", "event_description", "delivered",
)  # fmt: skip
HEADER_SCAN_ROWS = 30

MSG_NO_HEADER = Message("tracking_import.no_header")
MSG_NO_ORDER_COLUMN = Message("tracking_import.no_order_column")
MSG_NO_TRACKING_COLUMN = Message("tracking_import.no_tracking_column")

_GUESSES: dict[str, tuple[str, ...]] = {
    "order_id": (
        "order", "order id", "orderid", "vtex order", "order number", "pedido", "id do pedido", "pedido vtex",
        "numero do pedido", "n pedido", "no pedido", "codigo do pedido", "id pedido", "pedido id", "orden",
        "id de la orden", "numero de orden", "numero de pedido", "id del pedido",
    ),
    "marketplace_order_id": (
        "marketplace order id", "marketplace order", "marketplace order number", "pedido marketplace",
        "pedido do marketplace", "pedido no marketplace", "id marketplace", "numero do pedido no marketplace",
        "pedido mkt", "orden marketplace", "pedido del marketplace", "id del marketplace", "pedido externo",
    ),
    "invoice_number": (
        "invoice", "invoice number", "invoice numbers", "nf", "nfe", "nf e", "n nf", "numero nf", "nota",
        "nota fiscal", "numero da nota", "numero da nota fiscal", "numero da nf", "numero nfe", "factura",
        "no nota fiscal", "n nota fiscal", "no da nota", "no da nf", "no nf", "numero nota fiscal",
        "numero de factura", "no factura",
    ),
    "tracking_number": (
        "tracking", "tracking number", "tracking code", "tracking no", "rastreio", "codigo de rastreio",
        "codigo rastreio", "rastreamento", "codigo de rastreamento", "objeto", "codigo do objeto",
        "numero de rastreio", "seguimiento", "numero de seguimiento", "codigo de seguimiento", "guia",
        "numero de guia", "awb",
    ),
    "courier": (
        "courier", "carrier", "shipping company", "transportadora", "nome da transportadora", "transportista",
        "empresa transportadora", "paqueteria", "mensajeria",
    ),
    "tracking_url": (
        "tracking url", "tracking link", "url", "link", "url de rastreio", "link de rastreio",
        "url de rastreamento", "link de rastreamento", "url de seguimiento", "link de seguimiento",
    ),
    "dispatched_date": (
        "dispatched date", "dispatch date", "shipped date", "ship date", "shipping date", "data de envio",
        "data do envio", "data de despacho", "data de postagem", "postagem", "despacho", "enviado em",
        "fecha de envio", "fecha de despacho", "envio", "data envio", "enviado", "expedicao", "data de expedicao",
        "despachado em", "data de saida",
    ),
    "event_date": (
        "event date", "date", "data do evento", "data evento", "data", "data da ocorrencia", "data ocorrencia",
        "fecha del evento", "fecha",
    ),
    "event_city": ("city", "event city", "cidade", "cidade do evento", "ciudad", "municipio"),
    "event_state": ("state", "event state", "uf", "estado", "provincia"),
    "event_description": (
        "event", "event description", "description", "status description", "evento", "descricao",
        "descricao do evento", "ocorrencia", "situacao", "descripcion", "descripcion del evento",
    ),
    "delivered": ("delivered", "entregue", "entregado", "is delivered", "data de entrega", "fecha de entrega"),
}
_BY_HEADER = {name: field for field, names in _GUESSES.items() for name in names}

#: VTEX Admin's order export: these columns together name it.
ADMIN_EXPORT_SIGNS = ("order", "tracking number", "invoice numbers", "courier")
ADMIN_EXPORT_MAPPING = {
    "order": "order_id", "courier": "courier", "tracking number": "tracking_number",
    "invoice numbers": "invoice_number",
}  # fmt: skip


def normalise(header: Cell) -> str:
    text = unicodedata.normalize("NFKD", str(header)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


def guess_field(header: Cell) -> str | None:
    return _BY_HEADER.get(normalise(header))


def find_header_row(
    rows: Sequence[Row],
    name: str = "the file",
    known: Mapping[str, str] | None = None,
    layouts: Sequence[Mapping[str, str]] = (),
) -> int:
    """The index of the header row: the first of the first rows naming an order and a tracking column
    (by the guesses or by ``known`` headers the clerk mapped), or holding every header of one of
    the store's saved ``layouts``. Raises ValueError(MSG_NO_HEADER)."""
    known_norm = {normalise(h): f for h, f in (known or {}).items()}
    saved = [{normalise(h) for h in layout} for layout in layouts if layout]
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        names = {normalise(c) for c in row if isinstance(c, str) and c.strip()}
        fields = {known_norm.get(n) or _BY_HEADER.get(n) for n in names}
        if {"order_id", "marketplace_order_id"} & fields and "tracking_number" in fields:
            return index
        if any(headers <= names for headers in ([set(known_norm)] if known_norm else []) + saved):
            return index
    raise ValueError(MSG_NO_HEADER.format(rows=HEADER_SCAN_ROWS, name=name))


def is_admin_export(header: Row) -> bool:
    names = {normalise(c) for c in header if isinstance(c, str)}
    return all(sign in names for sign in ADMIN_EXPORT_SIGNS)


def signature(header: Row) -> str:
    """A short id for a header layout, to remember its mapping: same columns, same signature."""
    names = "|".join(normalise(c) for c in header if isinstance(c, str) and c.strip())
    return hashlib.sha256(names.encode()).hexdigest()[:16]


def guess_mapping(
    header: Row, saved: Mapping[str, str] | None = None, explicit: Mapping[str, str] | None = None
) -> dict[int, str]:
    """Column index -> field: the clerk's ``explicit`` ``HEADER=FIELD`` first, then a ``saved`` mapping
    (by header), then VTEX Admin export columns or the guesses. A field goes to one column only."""
    admin = is_admin_export(header)
    chosen: dict[int, str] = {}
    for source in (explicit or {}, saved or {}):
        wanted = {normalise(h): f for h, f in source.items()}
        for index, cell in enumerate(header):
            field = wanted.get(normalise(cell))
            if field and index not in chosen and field not in chosen.values():
                chosen[index] = field
    for index, cell in enumerate(header):
        if index in chosen:
            continue
        field = ADMIN_EXPORT_MAPPING.get(normalise(cell)) if admin else guess_field(cell)
        if field and field not in chosen.values():
            chosen[index] = field
    return chosen


def check_mapping(mapping: Mapping[int, str]) -> list[Message]:
    """What keeps a mapping from being imported; empty when it can be."""
    fields = set(mapping.values())
    problems = []
    if not {"order_id", "marketplace_order_id"} & fields:
        problems.append(MSG_NO_ORDER_COLUMN)
    if "tracking_number" not in fields:
        problems.append(MSG_NO_TRACKING_COLUMN)
    return problems
