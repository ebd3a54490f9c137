"""The dry run: each import row checked against the order as VTEX has it now (Get Order).

Per row: the order exists (by VTEX order id, or by marketplace order id through List Orders ``q``),
its status takes tracking, the invoice exists (an order with one sale invoice needs no number) and
is no return, the tracking number fits its carrier (a Correios S10 check digit), dispatch <=
delivered <= now, and what is already on the invoice (``already-on-order``). Nothing is sent: the
result carries the PATCH and PUT bodies a send would use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from ..messages import Message, message_of
from ..vtex.api import OrdersApi
from ..vtex.errors import NotFoundError, VtexError
from ..vtex.order import Order, Package
from ..vtex.payloads import TrackingEvent, TrackingInfo, TrackingStatus, field_problems
from .carriers import S10, Carrier, clean_code, find_carrier
from .dates import parse_date
from .results import (
    MSG_ALREADY, MSG_CHECK_LINK, MSG_DELIVERED_BEFORE_DISPATCH, MSG_DUPLICATE, MSG_IN_FUTURE,
    MSG_INVOICE_NOT_FOUND, MSG_MARKETPLACE_AMBIGUOUS, MSG_MARKETPLACE_NOT_FOUND, MSG_NO_CODE_ON_INVOICE,
    MSG_NO_ORDER, MSG_NO_SALE_INVOICE, MSG_NO_TRACKING, MSG_NO_TRACKING_STATUS, MSG_NOT_VALID,
    MSG_ORDER_NOT_FOUND, MSG_READ_FAILED, MSG_REPLACES, MSG_RETURN_INVOICE, MSG_WHICH_INVOICE, MSG_WOULD_DELIVER,
    MSG_WOULD_PATCH, MSG_WOULD_PUT, RowResult, Status,
)  # fmt: skip
from .rows import WORDS, ImportRow

_WHAT = {"dispatched": WORDS["dispatched_date"], "delivered": WORDS["delivered"], "event": WORDS["event_date"]}


def shown(when: datetime) -> str:
    return when.strftime("%d/%m/%Y %H:%M")


class Preview:
    """Checks rows against the store's orders; orders are read once per run (cached by id)."""

    def __init__(
        self, api: OrdersApi, carriers: Sequence[Carrier], now: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self.api = api
        self.carriers = list(carriers)
        self.now = now
        self._orders: dict[str, Order | VtexError] = {}
        self._by_marketplace: dict[str, list[str]] = {}
        #: (order, invoice) -> (line, code) of the row that sends that invoice its tracking number.
        self._claimed: dict[tuple[str, str], tuple[int, str]] = {}

    def claim(self, order_id: str, invoice: str, line: int, code: str) -> None:
        """Another row (checked earlier, or sent) sends this invoice ``code``: a row checked again
        alone is flagged as its duplicate instead of sending the invoice a second number."""
        self._claimed[(order_id, invoice)] = (line, code)

    def run(self, rows: Sequence[ImportRow], progress: Callable[[int, int], None] | None = None) -> list[RowResult]:
        results = []
        for done, row in enumerate(rows, start=1):
            results.append(self.check(row))
            if progress is not None:
                progress(done, len(rows))
        return results

    # -- one row ----------------------------------------------------------------------------------
    def check(self, row: ImportRow) -> RowResult:
        result = RowResult(row=row, order_id=row.order_id, invoice_number=row.invoice_number)
        if row.problems:
            result.messages.extend(row.problems[1:])
            return result.stop(Status.FAILED, row.problems[0])
        if not row.tracking_number and row.event is None and not row.delivered:
            return result.stop(Status.SKIPPED, MSG_NO_TRACKING)
        found = self._order_for(row, result)
        if found is None:
            return result
        order = found
        result.order_id = order.order_id or result.order_id
        gate = order.invoice_gate()
        if not gate.can_track:
            return result.stop(Status.FAILED, MSG_NO_TRACKING_STATUS.format(order=result.order_id, status=gate.status))
        package = self._invoice_for(order, row, result)
        if package is None:
            return result
        result.invoice_number = package.invoice_number or ""
        if not package.is_output:
            return result.stop(Status.FAILED, MSG_RETURN_INVOICE.format(invoice=result.invoice_number))
        return self._plan(order, package, row, result)

    def _order_for(self, row: ImportRow, result: RowResult) -> Order | None:
        if row.order_id:
            return self._read(row.order_id, result, MSG_ORDER_NOT_FOUND)
        if not row.marketplace_order_id:
            result.stop(Status.UNMATCHED, MSG_NO_ORDER)
            return None
        wanted = row.marketplace_order_id
        try:
            ids = self._marketplace_ids(wanted)
        except VtexError as error:
            result.stop(Status.FAILED, MSG_READ_FAILED.format(order=wanted, reason=message_of(error)))
            return None
        if not ids:
            result.stop(Status.UNMATCHED, MSG_MARKETPLACE_NOT_FOUND.format(order=wanted))
            return None
        if len(ids) > 1:
            result.stop(Status.FAILED, MSG_MARKETPLACE_AMBIGUOUS.format(count=len(ids), order=wanted))
            return None
        return self._read(ids[0], result, MSG_ORDER_NOT_FOUND)

    def _marketplace_ids(self, wanted: str) -> list[str]:
        if wanted not in self._by_marketplace:
            listed = self.api.list_orders(query=wanted, per_page=100)
            ids = []
            for summary in listed.orders:
                listed_id = (summary.model_extra or {}).get("marketPlaceOrderId")
                if listed_id is not None and str(listed_id).strip().casefold() != wanted.casefold():
                    continue  # q matches parts of names and e-mails too: read only the likely ones
                order = self._cached(summary.order_id)
                if isinstance(order, Order) and _marketplace_id(order).casefold() == wanted.casefold():
                    ids.append(order.order_id)
            self._by_marketplace[wanted] = ids
        return self._by_marketplace[wanted]

    def _cached(self, order_id: str) -> Order | VtexError:
        if order_id not in self._orders:
            try:
                self._orders[order_id] = self.api.get_order(order_id)
            except VtexError as error:
                self._orders[order_id] = error
        return self._orders[order_id]

    def _read(self, order_id: str, result: RowResult, not_found: Message) -> Order | None:
        order = self._cached(order_id)
        if isinstance(order, NotFoundError):
            result.stop(Status.UNMATCHED, not_found.format(order=order_id))
            return None
        if isinstance(order, VtexError):
            result.stop(Status.FAILED, MSG_READ_FAILED.format(order=order_id, reason=message_of(order)))
            return None
        return order

    def _invoice_for(self, order: Order, row: ImportRow, result: RowResult) -> Package | None:
        order_id = result.order_id
        if row.invoice_number:
            package = _find_invoice(order, row.invoice_number)
            if package is None:
                result.stop(Status.UNMATCHED, MSG_INVOICE_NOT_FOUND.format(order=order_id, invoice=row.invoice_number))
            return package
        sales = order.output_packages
        if len(sales) == 1:
            return sales[0]
        if not sales:
            result.stop(Status.FAILED, MSG_NO_SALE_INVOICE.format(order=order_id))
        else:
            numbers = ", ".join(p.invoice_number or "?" for p in sales)
            result.stop(Status.FAILED, MSG_WHICH_INVOICE.format(order=order_id, count=len(sales), invoices=numbers))
        return None

    # -- what would be sent -----------------------------------------------------------------------
    def _plan(self, order: Order, package: Package, row: ImportRow, result: RowResult) -> RowResult:
        invoice = result.invoice_number
        on_invoice = clean_code(package.tracking_number or "")
        earlier = self._claimed.get((result.order_id, invoice))
        if earlier is not None:  # an earlier row of the file sends this invoice its number
            line, on_invoice = earlier
            if row.tracking_number and row.tracking_number != on_invoice:
                return result.stop(Status.FAILED, MSG_DUPLICATE.format(
                    line=line, invoice=invoice, order=result.order_id, code=on_invoice))  # fmt: skip
        code = row.tracking_number or on_invoice
        if not code:
            return result.stop(Status.FAILED, MSG_NO_CODE_ON_INVOICE.format(invoice=invoice))
        courier = row.courier or package.courier or order.default_courier or ""
        carrier = find_carrier(self.carriers, courier, code) or (
            find_carrier(self.carriers, None, code) if S10.fullmatch(code) else None
        )
        if carrier is not None:
            problems = carrier.problems(code)
            if problems and carrier.s10 and S10.fullmatch(code):
                return result.stop(Status.FAILED, problems[0])  # a wrong check digit: flagged, not sent
            result.messages.extend(problems)
        problem = self._dates(row, package)
        if problem is not None:
            return result.stop(Status.FAILED, problem)
        try:
            if code != on_invoice:
                url = row.tracking_url or (carrier.url_for(code) if carrier else None)
                if url and not row.tracking_url and carrier is not None and carrier.check_link:
                    result.messages.append(MSG_CHECK_LINK.format(carrier=carrier.name))
                named = carrier.name_for(courier) if carrier is not None else courier
                result.tracking = TrackingInfo(
                    tracking_number=code, tracking_url=url, courier=named or None, dispatched_date=row.dispatched_date
                )
            result.events = self._events(row, package)
            result.events_before = len(package.events)
        except ValueError as error:
            problem = next(iter(field_problems(error).values()))
            return result.stop(Status.FAILED, MSG_NOT_VALID.format(problem=problem))
        if result.tracking is not None:
            self._claimed[(result.order_id, invoice)] = (row.line, code)
        return self._verdict(result, code, on_invoice, earlier)

    def _verdict(
        self, result: RowResult, code: str, on_invoice: str, earlier: tuple[int, str] | None
    ) -> RowResult:
        invoice = result.invoice_number
        if result.tracking is None and result.events is None:
            if earlier is not None:
                return result.stop(Status.SKIPPED, MSG_DUPLICATE.format(
                    line=earlier[0], invoice=invoice, order=result.order_id, code=code))  # fmt: skip
            return result.stop(Status.ALREADY, MSG_ALREADY.format(invoice=invoice, code=code))
        notes: list[Message] = []
        if result.tracking is not None:
            notes.append(MSG_WOULD_PATCH.format(code=code, invoice=invoice))
            if on_invoice and earlier is None:
                notes.append(MSG_REPLACES.format(old=on_invoice))
        if result.events is not None:
            template = MSG_WOULD_DELIVER if result.events.is_delivered else MSG_WOULD_PUT
            notes.append(template.format(events=len(result.events.events), invoice=invoice))
        result.messages[:0] = notes
        result.status = Status.WOULD_SEND
        return result

    def _dates(self, row: ImportRow, package: Package) -> Message | None:
        now = self.now()
        dispatched = row.dispatched_date or parse_date(package.dispatched_date)
        delivered = row.delivered_date
        for what, when in (("dispatched", row.dispatched_date), ("delivered", delivered),
                           ("event", row.event.date if row.event else None)):  # fmt: skip
            if when is not None and when > now:
                return MSG_IN_FUTURE.format(what=_WHAT[what], when=shown(when))
        if delivered is not None and dispatched is not None and delivered < dispatched:
            return MSG_DELIVERED_BEFORE_DISPATCH.format(delivered=shown(delivered), dispatched=shown(dispatched))
        return None

    def _events(self, row: ImportRow, package: Package) -> TrackingStatus | None:
        events = []
        if row.event is not None and not _has_event(package, row):
            event = row.event
            events.append(TrackingEvent(city=event.city, state=event.state, description=event.description,
                                        date=event.date.date()))  # fmt: skip
        deliver = row.delivered and not package.delivered
        if not events and not deliver:
            return None
        return TrackingStatus(
            is_delivered=deliver, delivered_date=row.delivered_date if deliver else None, events=events,
            dispatched_at=row.dispatched_date or parse_date(package.dispatched_date),
        )  # fmt: skip


def _marketplace_id(order: Order) -> str:
    extra: dict[str, Any] = order.model_extra or {}
    return str(extra.get("marketplaceOrderId") or "").strip()


def _find_invoice(order: Order, number: str) -> Package | None:
    """The invoice by its number; a spreadsheet that lost the leading zeros (Excel does) still finds it."""
    exact = order.package(number)
    if exact is not None:
        return exact
    bare = number.lstrip("0")
    matches = [p for p in order.packages if (p.invoice_number or "").lstrip("0") == bare and bare]
    return matches[0] if len(matches) == 1 else None


def _has_event(package: Package, row: ImportRow) -> bool:
    event = row.event
    assert event is not None
    day = event.date.date().isoformat()
    return any(
        (e.description or "").strip().casefold() == event.description.casefold()
        and e.create_date is not None and e.create_date.date().isoformat() == day
        for e in package.events
    )

