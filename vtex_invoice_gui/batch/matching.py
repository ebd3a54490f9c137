"""Which order an NF-e belongs to, and how that was found.

In this order, stopping at the first unique hit (queue-and-batch.md section 2):

1. a VTEX order id (``1234567890123-01``) or a to-invoice order's marketplace order id in
   ``compra/xPed``, then ``det/prod/xPed``, then the free text of ``infAdic/infCpl``, then
   ``infAdic/infAdFisco``; within one place the VTEX id is looked for first. A place naming two
   different orders is no hit (the next place is tried); a VTEX id that the store does not know
   (Get Order: not found) is no hit either;
2. an invoice this desk's journal sent before, by number and value (a batch run again: its orders
   are invoiced now, so the to-invoice lists of rules 1 and 3 no longer name them);
3. the recipient's CPF/CNPJ plus the total among the store's to-invoice orders (List Orders by
   status and the document, then Get Order each, since the list lags): a hit only when exactly one
   order can still be invoiced for exactly the NF-e total. Returns (Input) are never matched so;
4. anything else is unmatched: the clerk picks the order.

:class:`OrderBook` reads the store through any object with ``get_order`` and ``list_orders``
(an :class:`~vtex_invoice_gui.vtex.OmsClient`), remembering what it read for the whole batch, and
what the journal says was sent (``sent_before``: invoice number and value -> order id).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from ..nfe.model import NfeDocument
from ..vtex.errors import NotFoundError
from ..vtex.order import Order, OrderList

#: A VTEX order id: 13 digits, a dash, 2 digits; not part of a longer number.
ORDER_ID = re.compile(r"(?<![0-9])([0-9]{13}-[0-9]{2})(?![0-9])")
#: The statuses of orders waiting for a sale invoice (payment-approved only with one already).
TO_INVOICE_STATUSES = ("ready-for-handling", "handling", "payment-approved")
PER_PAGE = 100
MIN_MARKETPLACE_ID = 5
MAX_PAGES = 30


class MatchedBy(StrEnum):
    """How an NF-e found its order (the report and the preview show it)."""

    ORDER_ID_IN_XPED = "order_id_in_xPed"
    ORDER_ID_IN_ITEM_XPED = "order_id_in_item_xPed"
    ORDER_ID_IN_INFCPL = "order_id_in_infCpl"
    ORDER_ID_IN_INFADFISCO = "order_id_in_infAdFisco"
    MARKETPLACE_ID_IN_XPED = "marketplace_id_in_xPed"
    MARKETPLACE_ID_IN_ITEM_XPED = "marketplace_id_in_item_xPed"
    MARKETPLACE_ID_IN_INFCPL = "marketplace_id_in_infCpl"
    MARKETPLACE_ID_IN_INFADFISCO = "marketplace_id_in_infAdFisco"
    SENT_BEFORE = "sent_before"
    DOCUMENT_AND_TOTAL = "document_and_total"
    MANUAL = "manual"
    NONE = "none"


_PLACES: tuple[tuple[str, MatchedBy, MatchedBy], ...] = (
    ("xPed", MatchedBy.ORDER_ID_IN_XPED, MatchedBy.MARKETPLACE_ID_IN_XPED),
    ("item_xPed", MatchedBy.ORDER_ID_IN_ITEM_XPED, MatchedBy.MARKETPLACE_ID_IN_ITEM_XPED),
    ("infCpl", MatchedBy.ORDER_ID_IN_INFCPL, MatchedBy.MARKETPLACE_ID_IN_INFCPL),
    ("infAdFisco", MatchedBy.ORDER_ID_IN_INFADFISCO, MatchedBy.MARKETPLACE_ID_IN_INFADFISCO),
)


@dataclass(frozen=True, slots=True)
class Match:
    """The order an NF-e goes with (None: unmatched) and how it was found."""

    order: Order | None
    by: MatchedBy

    @property
    def order_id(self) -> str:
        return self.order.order_id if self.order is not None else ""


UNMATCHED = Match(None, MatchedBy.NONE)


class OrderReader(Protocol):
    def get_order(self, order_id: str) -> Order: ...

    def list_orders(
        self, status: str | None = None, page: int = 1, per_page: int = 15, *, query: str | None = None,
        order_by: str | None = None,
    ) -> OrderList: ...


def place_texts(doc: NfeDocument) -> dict[str, list[str]]:
    """The texts of each place an emitter writes the order number, by place name."""
    return {
        "xPed": [doc.purchase_order] if doc.purchase_order else [],
        "item_xPed": [item.order_ref for item in doc.items if item.order_ref],
        "infCpl": [doc.additional_info] if doc.additional_info else [],
        "infAdFisco": [doc.fisco_info] if doc.fisco_info else [],
    }


def order_ids_in(texts: Iterable[str]) -> set[str]:
    """Every VTEX order id written in ``texts``."""
    return {found for text in texts for found in ORDER_ID.findall(text)}


def _token(value: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![0-9A-Za-z]){re.escape(value)}(?![0-9A-Za-z])", re.IGNORECASE)


def marketplace_ids_in(texts: Iterable[str], known: dict[str, str]) -> set[str]:
    """The order ids whose marketplace order id (``known``: marketplace id -> order id) is written
    as a whole word in ``texts`` (case ignored). Ids shorter than :data:`MIN_MARKETPLACE_ID` are
    not looked for: "123" would be found in any text."""
    joined = "\n".join(texts)
    lowered = joined.casefold()
    return {
        order_id
        for marketplace_id, order_id in known.items()
        if len(marketplace_id) >= MIN_MARKETPLACE_ID
        and marketplace_id.casefold() in lowered  # cheap first: thousands of ids, a few texts
        and _token(marketplace_id).search(joined)
    }


def _digits(value: str | None) -> str:
    return "".join(c for c in value or "" if c.isalnum()).upper()


def fits_document_and_total(doc: NfeDocument, order: Order) -> bool:
    """The order can take a sale invoice for exactly this NF-e's total, for this recipient."""
    profile = order.client_profile_data
    wanted = _digits(profile.fiscal_document if profile else None)
    return (
        bool(wanted)
        and wanted == _digits(doc.recipient_document)
        and order.invoice_gate().can_invoice
        and order.remaining_cents == doc.total_cents
    )


class OrderBook:
    """The store's orders as the batch needs them, each read once."""

    def __init__(self, reader: OrderReader, sent_before: Callable[[str, int], str | None] | None = None) -> None:
        self.reader = reader
        self.sent_before = sent_before
        self._orders: dict[str, Order | None] = {}
        self._marketplace: dict[str, str] | None = None
        self._by_document: dict[str, list[str]] = {}

    def order(self, order_id: str) -> Order | None:
        """Get Order, once per id; None when the store has no such order."""
        if order_id not in self._orders:
            try:
                self._orders[order_id] = self.reader.get_order(order_id)
            except NotFoundError:
                self._orders[order_id] = None
        return self._orders[order_id]

    def _list(self, query: str | None) -> list[tuple[str, str | None]]:
        found: list[tuple[str, str | None]] = []
        statuses = ",".join(TO_INVOICE_STATUSES)
        for page in range(1, MAX_PAGES + 1):
            answer = self.reader.list_orders(statuses, page, PER_PAGE, query=query)
            for row in answer.orders:
                extra = row.model_extra or {}
                marketplace_id = row.marketplace_order_id or extra.get("marketplaceOrderId")
                found.append((row.order_id, str(marketplace_id) if marketplace_id else None))
            if page >= answer.paging.pages:
                break
        return found

    def marketplace_ids(self) -> dict[str, str]:
        """Marketplace order id -> VTEX order id, for the to-invoice orders (listed once)."""
        if self._marketplace is None:
            self._marketplace = {mp: oid for oid, mp in self._list(None) if mp}
        return self._marketplace

    def candidates(self, document: str) -> list[Order]:
        """The to-invoice orders the List Orders search finds for ``document`` (re-read each)."""
        if document not in self._by_document:
            self._by_document[document] = [oid for oid, _ in self._list(document)]
        return [o for o in (self.order(oid) for oid in self._by_document[document]) if o is not None]


def match_order(doc: NfeDocument, book: OrderBook) -> Match:
    """The order ``doc`` belongs to (see the module docstring for the rules)."""
    texts = place_texts(doc)
    for place, by_id, by_marketplace in _PLACES:
        if not texts[place]:
            continue
        ids = order_ids_in(texts[place])
        if len(ids) == 1:
            order = book.order(ids.pop())
            if order is not None:
                return Match(order, by_id)
        elif not ids:
            hits = marketplace_ids_in(texts[place], book.marketplace_ids())
            if len(hits) == 1:
                order = book.order(hits.pop())
                if order is not None:
                    return Match(order, by_marketplace)
    if book.sent_before is not None:
        order_id = book.sent_before(doc.invoice_number, doc.total_cents)
        order = book.order(order_id) if order_id else None
        if order is not None:
            return Match(order, MatchedBy.SENT_BEFORE)
    if doc.invoice_type == "Output" and _digits(doc.recipient_document):
        fitting = [o for o in book.candidates(doc.recipient_document or "") if fits_document_and_total(doc, o)]
        if len(fitting) == 1:
            return Match(fitting[0], MatchedBy.DOCUMENT_AND_TOTAL)
    return UNMATCHED
