"""The sandbox's order state and the six OMS operations (rules in ``invoicing``).

Thread-safe: every public method takes the store lock. Invoices are applied asynchronously,
like OMS does: a POST /invoice is answered at once; ``apply_delay`` seconds later its package is
on the order, and a fully invoiced order shows ``invoice`` (Verifying invoice) while the gateway
settles; one more ``apply_delay`` later it is ``invoiced``. A partial invoice leaves the order in
``handling``, or, when the account has partial settlement (``partial_settlement``, a beta that
needs a Payment Provider Protocol connector; OAS POST description), passes through ``invoice`` and
goes back to ``payment-approved`` (FLOW: "if the order is only partially invoiced, its status may
go back to Payment approved"). Pending steps run lazily, whenever anything reads or writes the
store after their due time, so no timer threads are involved and ``apply_delay=0`` means
"all of it, immediately".

The order list reads an index that can lag (``list_lag`` seconds, VTEX's is ~4 minutes): while a
lag is set, the store remembers each order's earlier states and lists the one of ``list_lag``
seconds ago.
"""

from __future__ import annotations

import math
import pickle
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import errors
from . import invoicing as rules
from .builder import set_status
from .dates import now, vtex_iso
from .errors import ApiError
from .listing import MAX_PAGE, MAX_PER_PAGE, list_orders
from .packages import new_package
from .validation import (
    InvoiceRequest,
    check_invoice_number,
    parse_invoice,
    parse_tracking_number,
    parse_tracking_status,
)


def _clone(data: Any) -> Any:
    """A deep copy of Get Order JSON (dicts, lists, scalars): ``copy.deepcopy``'s result, made by
    pickle in C about ten times faster (the demo store copies its 400 orders at start-up)."""
    return pickle.loads(pickle.dumps(data, pickle.HIGHEST_PROTOCOL))


@dataclass(eq=False)  # compared by identity: two steps are never "the same"
class _Pending:
    due: float
    order_id: str
    package: dict[str, Any] | None  # an invoice OMS has yet to take in
    settle_to: str | None = None  # or: the status the order settles to after ``invoice``


class Store:
    """Orders plus the rules of the six OMS operations.

    The store owns the ``orders`` it is given (and those given to :meth:`reset`): the sandbox builds
    them fresh for it, so they are not copied (copying the demo store's 400 orders was ~20 ms of its
    start, before the clerk's first order could load)."""

    def __init__(
        self,
        orders: dict[str, dict[str, Any]],
        apply_delay: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.RLock()
        self._orders = orders
        self._pending: list[_Pending] = []
        self._clock = clock
        self.apply_delay = apply_delay
        self.start_handling_conflict_status = 409
        self.partial_settlement = False
        self.list_lag = 0.0
        self.list_caps = (MAX_PAGE, MAX_PER_PAGE)
        self._history: dict[str, list[tuple[float, dict[str, Any]]]] = {}

    # --- state access ----------------------------------------------------------------------

    def reset(self, orders: dict[str, dict[str, Any]]) -> None:
        """Replace every order (the store owns them from now on) and drop pending invoices."""
        with self._lock:
            self._orders = orders
            self._pending.clear()
            self._history.clear()

    def add_order(self, order: dict[str, Any]) -> str:
        """Add (or replace) an order given as Get Order JSON; returns its id."""
        for key in ("orderId", "sequence", "status", "value", "items"):
            if key not in order:
                raise ValueError(f"an order needs '{key}'")
        order = _clone(order)
        order.setdefault("packageAttachment", {"packages": []})
        with self._lock:
            if order["orderId"] in self._orders:
                self._remember(self._orders[order["orderId"]])
            self._orders[order["orderId"]] = order
            self._index_now(order)
        return order["orderId"]

    def snapshot(self) -> dict[str, dict[str, Any]]:
        """A deep copy of every order, after applying due invoices."""
        with self._lock:
            self.apply_pending()
            return _clone(self._orders)

    def apply_pending(self, force: bool = False) -> int:
        """Run pending steps that are due (all of them, settling included, with ``force``);
        returns how many ran."""
        ran = 0
        with self._lock:
            while True:
                moment = self._clock()
                due = sorted((p for p in self._pending if force or p.due <= moment), key=lambda p: p.due)
                if not due:
                    return ran
                self._pending = [p for p in self._pending if p not in due]
                for pending in due:
                    self._run(pending)
                ran += len(due)

    def pending_count(self) -> int:
        with self._lock:
            return len(self._pending)

    # --- operations ------------------------------------------------------------------------

    def get_order(self, ref: str) -> dict[str, Any]:
        """Get Order by id or by ``seq{sequence}``."""
        with self._lock:
            self.apply_pending()
            return _clone(self._find(ref, allow_sequence=True))

    def list_orders(self, query: dict[str, str]) -> dict[str, Any]:
        with self._lock:
            self.apply_pending()
            return list_orders(self._indexed(), query, max_page=self.list_caps[0], max_per_page=self.list_caps[1])

    def start_handling(self, ref: str) -> None:
        with self._lock:
            self.apply_pending()
            order = self._find(ref)
            if order["status"] != "ready-for-handling":
                raise ApiError(
                    self.start_handling_conflict_status,
                    errors.WRONG_STATUS_START_HANDLING,
                    "Order status should be ready-for-handling to perform this action",
                )
            self._remember(order)
            set_status(order, "handling", now())
            self._index_now(order)

    def post_invoice(self, ref: str, body: Any) -> dict[str, str]:
        with self._lock:
            self.apply_pending()
            order = self._find(ref)
            request = parse_invoice(body)
            if self._has_invoice(order, request.number):
                # The same number again. vtex-api.md 3.11 lists sources that disagree; the most
                # recent one, OAS at HEAD ("Changing the receipt code", since PR #885, 2023-06),
                # says a new receipt overrides the previous one and "you cannot change other
                # information". So: a fresh receipt, and the package stays as it was.
                return self._receipt(order)
            outputs = self._packages(order, "Output")
            if request.type == "Output":
                rules.check_output(order, outputs, request)
            else:
                rules.check_input(order, outputs, self._packages(order, "Input"), request)
            package = self._package(order, request)
            self._schedule(_Pending(self._clock() + self.apply_delay, order["orderId"], package))
            return self._receipt(order)

    def patch_invoice(self, ref: str, number: str, body: Any) -> dict[str, str]:
        with self._lock:
            self.apply_pending()
            order = self._find(ref)
            package = self._find_package(order, number)
            request = parse_tracking_number(body)
            self._remember(order)
            package["trackingNumber"] = request.tracking_number
            if request.tracking_url is not None:
                package["trackingUrl"] = request.tracking_url
            if request.courier is not None:
                package["courier"] = request.courier
            if request.dispatched is not None:
                package["dispatchedDate"] = vtex_iso(request.dispatched)
            if package["courierStatus"] is None:
                package["courierStatus"] = {"status": "ok", "finished": False, "deliveredDate": None, "data": []}
            order["lastChange"] = vtex_iso(now())
            self._index_now(order)
            return self._receipt(order)

    def put_tracking(self, ref: str, number: str, body: Any) -> dict[str, str]:
        with self._lock:
            self.apply_pending()
            order = self._find(ref)
            package = self._find_package(order, number)
            request = parse_tracking_status(body)
            if not package.get("trackingNumber"):
                raise errors.bad_request(
                    f"The invoice {number} has no tracking number. Send it first (PATCH "
                    "/invoice/{invoiceNumber} or the invoice itself), then the tracking events."
                )
            self._remember(order)
            status = package["courierStatus"] or {"status": "ok", "finished": False, "deliveredDate": None}
            status.setdefault("data", [])
            stamp = vtex_iso(now())
            for event in request.events:
                status["data"].append({
                    "lastChange": stamp, "city": event.city, "state": event.state,
                    "description": event.description, "createDate": vtex_iso(event.at),
                })
            if request.delivered and request.delivered_at is not None:
                status["finished"] = True
                status["deliveredDate"] = vtex_iso(request.delivered_at)
            package["courierStatus"] = status
            order["lastChange"] = stamp
            self._index_now(order)
            return self._receipt(order)

    # --- rules -----------------------------------------------------------------------------

    def _find(self, ref: str, allow_sequence: bool = False) -> dict[str, Any]:
        order = self._orders.get(ref)
        if order is None and allow_sequence and ref.startswith("seq"):
            order = next((o for o in self._orders.values() if o["sequence"] == ref[3:]), None)
        if order is None:
            raise errors.order_not_found()
        return order

    def _find_package(self, order: dict[str, Any], number: str) -> dict[str, Any]:
        check_invoice_number(number, "invoiceNumber (path)")
        for package in order["packageAttachment"]["packages"]:
            if package["invoiceNumber"] == number:
                return package
        raise errors.invoice_not_found()

    def _packages(self, order: dict[str, Any], kind: str, pending: bool = True) -> list[dict[str, Any]]:
        found = [p for p in order["packageAttachment"]["packages"] if p["type"] == kind]
        if pending:
            found += [p.package for p in self._pending
                      if p.order_id == order["orderId"] and p.package is not None and p.package["type"] == kind]
        return found

    # --- the list's lagging index ------------------------------------------------------------

    def _remember(self, order: dict[str, Any]) -> None:
        """Before a change: keep the state the index already had (only while a lag is set)."""
        if self.list_lag > 0 and order["orderId"] not in self._history:
            self._history[order["orderId"]] = [(-math.inf, _clone(order))]

    def _index_now(self, order: dict[str, Any]) -> None:
        """After a change: the index will show this state ``list_lag`` seconds from now."""
        if self.list_lag > 0:
            self._history.setdefault(order["orderId"], []).append((self._clock(), _clone(order)))

    def _indexed(self) -> list[dict[str, Any]]:
        """The orders as the index shows them: each one's latest state at least ``list_lag`` old."""
        if self.list_lag <= 0:
            return list(self._orders.values())
        seen_by = self._clock() - self.list_lag
        shown = []
        for order_id, order in self._orders.items():
            states = self._history.get(order_id)
            if states is None:
                shown.append(order)
                continue
            old = [state for at, state in states if at <= seen_by]
            if old:
                shown.append(old[-1])
        return shown

    def _has_invoice(self, order: dict[str, Any], number: str) -> bool:
        return any(p["invoiceNumber"] == number for kind in ("Output", "Input") for p in self._packages(order, kind))

    def _package(self, order: dict[str, Any], request: InvoiceRequest) -> dict[str, Any]:
        items = rules.package_items(order, self._packages(order, request.type), request)
        refund = None
        if request.type == "Input":
            refund = [
                {"useFreight": False, "isCompensation": False, "compensationValue": 0, "id": it.sku_id,
                 "quantity": it.quantity, "price": it.price, "description": it.description or ""}
                for it in request.items
            ]
        package = new_package(
            number=request.number, kind=request.type, value=request.value, issued=vtex_iso(request.issued),
            items=items, invoice_key=request.invoice_key, invoice_url=request.invoice_url,
            embedded=request.embedded, courier=request.courier, tracking_number=request.tracking_number or None,
            tracking_url=request.tracking_url, refund_items=refund,
        )
        if request.dispatched is not None:
            package["dispatchedDate"] = vtex_iso(request.dispatched)
        return package

    def _schedule(self, pending: _Pending) -> None:
        if self.apply_delay <= 0:
            self._run(pending)
        else:
            self._pending.append(pending)

    def _run(self, pending: _Pending) -> None:
        order = self._orders.get(pending.order_id)
        if order is None:
            return
        self._remember(order)
        if pending.settle_to is not None:
            self._settle(order, pending.settle_to)
        else:
            self._apply(order, pending.package, pending.due)
        self._index_now(order)

    def _apply(self, order: dict[str, Any], package: dict[str, Any], due: float) -> None:
        """OMS takes the package in; a full (or, with partial settlement, any) Output goes to
        ``invoice`` (Verifying invoice) while the gateway settles, one ``apply_delay`` later."""
        moment = now()
        outputs = self._packages(order, "Output", pending=False)
        if package["type"] == "Input":
            rules.apply_refund(package, order, outputs)
            order["packageAttachment"]["packages"].append(package)
            order["lastChange"] = vtex_iso(moment)
            return
        order["packageAttachment"]["packages"].append(package)
        outputs.append(package)
        rules.settle_value(order, outputs)
        full = sum(p["invoiceValue"] for p in outputs) >= order["value"]
        if full or self.partial_settlement:
            set_status(order, "invoice", moment)
            target = "invoiced" if full else "payment-approved"
            self._schedule(_Pending(due + self.apply_delay, order["orderId"], None, target))
        else:
            set_status(order, "handling", moment)

    def _settle(self, order: dict[str, Any], target: str) -> None:
        if order["status"] == "invoice":
            set_status(order, target, now())

    def _receipt(self, order: dict[str, Any]) -> dict[str, str]:
        return {"date": vtex_iso(now()), "orderId": order["orderId"], "receipt": uuid.uuid4().hex}
