"""The sandbox's order state and OMS business rules (vtex-api.md sections 4 and 5).

Thread-safe: every public method takes the store lock. Invoices are applied asynchronously,
like OMS does: a POST /invoice is answered at once, and its package becomes part of the order
``apply_delay`` seconds later. Pending invoices are applied lazily, whenever anything reads or
writes the store after their due time, so no timer threads are involved and
``apply_delay=0`` means "visible immediately".
"""

from __future__ import annotations

import copy
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import errors
from .builder import set_status
from .dates import now, vtex_iso
from .errors import ApiError
from .listing import list_orders
from .packages import new_package
from .validation import (
    InvoiceRequest,
    check_invoice_number,
    parse_invoice,
    parse_tracking_number,
    parse_tracking_status,
)

OUTPUT_STATUSES = {"ready-for-handling", "handling", "ready-for-invoicing"}
"""Statuses that accept an Output invoice (plus ``payment-approved`` once partially invoiced)."""


@dataclass
class _Pending:
    due: float
    order_id: str
    package: dict[str, Any]


class Store:
    """Orders plus the rules of the six OMS operations."""

    def __init__(
        self,
        orders: dict[str, dict[str, Any]],
        apply_delay: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.RLock()
        self._orders = copy.deepcopy(orders)
        self._pending: list[_Pending] = []
        self._clock = clock
        self.apply_delay = apply_delay
        self.start_handling_conflict_status = 409

    # --- state access ----------------------------------------------------------------------

    def reset(self, orders: dict[str, dict[str, Any]]) -> None:
        """Replace every order and drop pending invoices."""
        with self._lock:
            self._orders = copy.deepcopy(orders)
            self._pending.clear()

    def add_order(self, order: dict[str, Any]) -> str:
        """Add (or replace) an order given as Get Order JSON; returns its id."""
        for key in ("orderId", "sequence", "status", "value", "items"):
            if key not in order:
                raise ValueError(f"an order needs '{key}'")
        order = copy.deepcopy(order)
        order.setdefault("packageAttachment", {"packages": []})
        with self._lock:
            self._orders[order["orderId"]] = order
        return order["orderId"]

    def snapshot(self) -> dict[str, dict[str, Any]]:
        """A deep copy of every order, after applying due invoices."""
        with self._lock:
            self.apply_pending()
            return copy.deepcopy(self._orders)

    def apply_pending(self, force: bool = False) -> int:
        """Apply pending invoices that are due (all of them with ``force``); returns how many."""
        with self._lock:
            moment = self._clock()
            due = [p for p in self._pending if force or p.due <= moment]
            self._pending = [p for p in self._pending if not (force or p.due <= moment)]
            for pending in due:
                self._apply(pending)
            return len(due)

    def pending_count(self) -> int:
        with self._lock:
            return len(self._pending)

    # --- operations ------------------------------------------------------------------------

    def get_order(self, ref: str) -> dict[str, Any]:
        """Get Order by id or by ``seq{sequence}``."""
        with self._lock:
            self.apply_pending()
            return copy.deepcopy(self._find(ref, allow_sequence=True))

    def list_orders(self, query: dict[str, str]) -> dict[str, Any]:
        with self._lock:
            self.apply_pending()
            return list_orders(self._orders.values(), query)

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
            set_status(order, "handling", now())

    def post_invoice(self, ref: str, body: Any) -> dict[str, str]:
        with self._lock:
            self.apply_pending()
            order = self._find(ref)
            request = parse_invoice(body)
            if self._has_invoice(order, request.number):
                return self._receipt(order)  # same number again: new receipt, nothing else
            if request.type == "Output":
                self._check_output(order, request)
            else:
                self._check_input(order, request)
            package = self._package(order, request)
            pending = _Pending(self._clock() + self.apply_delay, order["orderId"], package)
            if self.apply_delay <= 0:
                self._apply(pending)
            else:
                self._pending.append(pending)
            return self._receipt(order)

    def patch_invoice(self, ref: str, number: str, body: Any) -> dict[str, str]:
        with self._lock:
            self.apply_pending()
            order = self._find(ref)
            package = self._find_package(order, number)
            request = parse_tracking_number(body)
            package["trackingNumber"] = request.tracking_number
            if request.tracking_url is not None:
                package["trackingUrl"] = request.tracking_url
            if request.courier is not None:
                package["courier"] = request.courier
            if package["courierStatus"] is None:
                package["courierStatus"] = {"status": "ok", "finished": False, "deliveredDate": None, "data": []}
            order["lastChange"] = vtex_iso(now())
            return self._receipt(order)

    def put_tracking(self, ref: str, number: str, body: Any) -> dict[str, str]:
        with self._lock:
            self.apply_pending()
            order = self._find(ref)
            package = self._find_package(order, number)
            request = parse_tracking_status(body)
            if not package.get("trackingNumber"):
                raise ApiError(
                    400, errors.VALIDATION,
                    f"The invoice {number} has no tracking number. Send it first (PATCH "
                    "/invoice/{invoiceNumber} or the invoice itself), then the tracking events.",
                )
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
            found += [p.package for p in self._pending if p.order_id == order["orderId"] and p.package["type"] == kind]
        return found

    def _has_invoice(self, order: dict[str, Any], number: str) -> bool:
        return any(p["invoiceNumber"] == number for kind in ("Output", "Input") for p in self._packages(order, kind))

    def _check_output(self, order: dict[str, Any], request: InvoiceRequest) -> None:
        status = order["status"]
        outputs = self._packages(order, "Output")
        if status == "invoiced":
            raise ApiError(409, errors.INVOICE_WRONG_STATUS,
                           "The order is already invoiced; only Input (return) invoices are accepted.")
        if status not in OUTPUT_STATUSES and not (status == "payment-approved" and outputs):
            raise ApiError(
                409, errors.INVOICE_WRONG_STATUS,
                "Order status should be ready-for-handling, handling or ready-for-invoicing to receive "
                f"an Output invoice (current status: {status}).",
            )
        remaining = order["value"] - sum(p["invoiceValue"] for p in outputs)
        if request.value > remaining:
            raise ApiError(
                400, errors.VALIDATION,
                f"The invoice value ({request.value}) is higher than the amount still to be invoiced "
                f"({remaining}) on order {order['orderId']}.",
            )
        self._check_skus(order, request)

    def _check_input(self, order: dict[str, Any], request: InvoiceRequest) -> None:
        if order["status"] != "invoiced":
            raise ApiError(
                409, errors.INVOICE_WRONG_STATUS,
                "An Input (return) invoice needs a fully invoiced order "
                f"(current status: {order['status']}).",
            )
        invoiced = sum(p["invoiceValue"] for p in self._packages(order, "Output"))
        returned = sum(p["invoiceValue"] for p in self._packages(order, "Input"))
        available = invoiced - returned
        if request.value > available:
            raise ApiError(400, errors.VALIDATION,
                           f"Unable to using the restitution Refund more than {available}")
        self._check_skus(order, request)

    def _check_skus(self, order: dict[str, Any], request: InvoiceRequest) -> None:
        skus = {item["id"] for item in order["items"]}
        for i, item in enumerate(request.items):
            if item.sku_id not in skus:
                raise errors.bad_request(
                    f"The field 'items[{i}].id' ({item.sku_id!r}) is not a SKU of order {order['orderId']}."
                )

    def _package(self, order: dict[str, Any], request: InvoiceRequest) -> dict[str, Any]:
        """Build the package, mapping each SKU to item indexes (spilling over repeated SKUs)."""
        already: dict[int, int] = {}
        for package in self._packages(order, request.type):
            for item in package["items"]:
                already[item["itemIndex"]] = already.get(item["itemIndex"], 0) + item["quantity"]
        full_value = request.value >= order["value"]  # KI: OMS then shows product names
        items: list[dict[str, Any]] = []
        for wanted in request.items:
            lines = [i for i, it in enumerate(order["items"]) if it["id"] == wanted.sku_id]
            left = wanted.quantity
            for pos, index in enumerate(lines):
                room = order["items"][index]["quantity"] - already.get(index, 0)
                take = left if pos == len(lines) - 1 else min(left, max(room, 0))
                if take <= 0:
                    continue
                already[index] = already.get(index, 0) + take
                left -= take
                line = order["items"][index]
                items.append({
                    "itemIndex": index, "quantity": take, "price": wanted.price,
                    "description": line["name"] if full_value else wanted.description,
                    "unitMultiplier": line.get("unitMultiplier", 1.0),
                })
                if left == 0:
                    break
        refund = None
        if request.type == "Input":
            refund = [
                {"useFreight": False, "isCompensation": False, "compensationValue": 0, "id": it.sku_id,
                 "quantity": it.quantity, "price": it.price, "description": it.description or ""}
                for it in request.items
            ]
        return new_package(
            number=request.number, kind=request.type, value=request.value, issued=vtex_iso(request.issued),
            items=items, invoice_key=request.invoice_key, invoice_url=request.invoice_url,
            embedded=request.embedded, courier=request.courier, tracking_number=request.tracking_number or None,
            tracking_url=request.tracking_url, refund_items=refund,
        )

    def _apply(self, pending: _Pending) -> None:
        order = self._orders.get(pending.order_id)
        if order is None:
            return
        order["packageAttachment"]["packages"].append(pending.package)
        moment = now()
        if pending.package["type"] == "Output":
            invoiced = sum(p["invoiceValue"] for p in self._packages(order, "Output", pending=False))
            set_status(order, "invoiced" if invoiced >= order["value"] else "handling", moment)
        else:
            order["lastChange"] = vtex_iso(moment)

    def _receipt(self, order: dict[str, Any]) -> dict[str, str]:
        return {"date": vtex_iso(now()), "orderId": order["orderId"], "receipt": uuid.uuid4().hex}
