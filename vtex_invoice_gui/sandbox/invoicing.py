"""OMS's invoice rules (vtex-api.md sections 4 and 5), as pure functions over Get Order JSON.

The store calls these under its lock; they never change an order except where named (``apply_*``).

Choices, each with its source:

- **Statuses.** An Output invoice is accepted on ``ready-for-handling``, ``handling`` and
  ``ready-for-invoicing``, and on ``payment-approved`` once the order has Output invoices (4.1).
  ``invoice`` (Verifying invoice) and ``invoiced`` take no Output: FLOW marks ``invoice`` as a
  status the platform changes by itself, and ``invoiced`` is final.
- **SKUs** (KI ``delivery-flag-in-my-orders-due-to-an-error-in-filling-the-invoice``; 6.2
  "not possible to invoice the item"): an item id that is not a SKU of the order is *accepted*
  (VTEX only breaks later, in My Orders), and lands in the package with ``itemIndex: null``;
  invoicing more units of a SKU than the order still has to invoice is refused with 400.
- **Returns** (OAS POST description): an ``Input`` invoice is accepted on any order. It refunds
  only if the order was fully invoiced when OMS applies it; otherwise the package is kept with
  ``restitutions.Refund.value`` 0 and no refunded items, while ``invoiceValue`` keeps what was
  asked for. The refund cap ("Unable to using the restitution Refund more than ...") applies only
  to a return that will refund. Two more returns are kept but refund nothing (queue-and-batch.md
  section 4): one paid by **boleto** (the store refunds by voucher or transfer itself), and one
  with the **same SKU on two lines** (KI 1198829: "insert only one SKU").
- **Value** (OAS: "the order's total value will be updated ... corresponding to a partial settled
  value"): once every ordered unit is on an Output invoice, the gateway settles what was invoiced,
  so the order ``value`` becomes the sum of the Output invoices (an order invoiced short of its
  value is not left waiting for money nobody will invoice). While units remain, ``value`` stays.
"""

from __future__ import annotations

from typing import Any

from .errors import bad_request, plain
from .validation import InvoiceRequest

OUTPUT_STATUSES = {"ready-for-handling", "handling", "ready-for-invoicing"}
"""Statuses that accept an Output invoice (plus ``payment-approved`` once partially invoiced)."""


def check_output(order: dict[str, Any], outputs: list[dict[str, Any]], request: InvoiceRequest) -> None:
    """Refuse an Output invoice the order's status, remaining amount or quantities forbid."""
    status = order["status"]
    if status in ("invoiced", "invoice"):
        raise plain(409, f"The order is {status}; only Input (return) invoices are accepted.")
    if status not in OUTPUT_STATUSES and not (status == "payment-approved" and outputs):
        raise plain(
            409,
            "Order status should be ready-for-handling, handling or ready-for-invoicing to receive "
            f"an Output invoice (current status: {status}).",
        )
    remaining = order["value"] - sum(p["invoiceValue"] for p in outputs)
    if request.value > remaining:
        raise bad_request(
            f"The invoice value ({request.value}) is higher than the amount still to be invoiced "
            f"({remaining}) on order {order['orderId']}."
        )
    left = units_left_by_sku(order, outputs)
    for item in request.items:
        if item.sku_id in left and item.quantity > left[item.sku_id]:
            raise bad_request(
                f"It is not possible to invoice the item {item.sku_id}: {item.quantity} units sent, "
                f"{left[item.sku_id]} left to invoice on order {order['orderId']}."
            )


def check_input(
    order: dict[str, Any], outputs: list[dict[str, Any]], inputs: list[dict[str, Any]], request: InvoiceRequest
) -> None:
    """Refuse a return above what is left to refund, when the return will refund at all."""
    invoiced = sum(p["invoiceValue"] for p in outputs)
    if invoiced < order["value"]:
        return  # accepted; refunds nothing (see the module docstring)
    available = invoiced - sum(p["invoiceValue"] for p in inputs if refunds(p))
    if request.value > available:
        raise bad_request(f"Unable to using the restitution Refund more than {available}")


def refunds(package: dict[str, Any]) -> bool:
    """Whether an Input package triggered (or, pending, will trigger) a refund."""
    refund = (package.get("restitutions") or {}).get("Refund")
    return refund is None or bool(refund.get("value"))


def invoiced_units(order: dict[str, Any], packages: list[dict[str, Any]]) -> dict[int, int]:
    """Units on these packages, by item index (items with no index are left out)."""
    done: dict[int, int] = {}
    for package in packages:
        for item in package["items"]:
            if item.get("itemIndex") is not None:
                done[item["itemIndex"]] = done.get(item["itemIndex"], 0) + item["quantity"]
    return done


def units_left_by_sku(order: dict[str, Any], outputs: list[dict[str, Any]]) -> dict[str, int]:
    """Units still to invoice, by SKU id (a SKU on several lines adds up)."""
    done = invoiced_units(order, outputs)
    left: dict[str, int] = {}
    for index, line in enumerate(order["items"]):
        left[line["id"]] = left.get(line["id"], 0) + max(line["quantity"] - done.get(index, 0), 0)
    return left


def package_items(order: dict[str, Any], same_type: list[dict[str, Any]], request: InvoiceRequest) -> list[dict[str, Any]]:
    """Map each SKU of the request to item indexes, spilling over a SKU repeated on several lines."""
    already = invoiced_units(order, same_type)
    full_value = request.value >= order["value"]  # KI: OMS then shows product names
    items: list[dict[str, Any]] = []
    for wanted in request.items:
        lines = [i for i, it in enumerate(order["items"]) if it["id"] == wanted.sku_id]
        if not lines:  # not a SKU of the order: kept as sent, with no item index
            items.append({"itemIndex": None, "id": wanted.sku_id, "quantity": wanted.quantity,
                          "price": wanted.price, "description": wanted.description, "unitMultiplier": 1.0})
            continue
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
    return items


def settle_value(order: dict[str, Any], outputs: list[dict[str, Any]]) -> None:
    """Update ``value`` to what the gateway settles once no ordered unit is left to invoice."""
    done = invoiced_units(order, outputs)
    if all(done.get(i, 0) >= line["quantity"] for i, line in enumerate(order["items"])):
        order["value"] = min(order["value"], sum(p["invoiceValue"] for p in outputs))


def paid_by_boleto(order: dict[str, Any]) -> bool:
    transactions = (order.get("paymentData") or {}).get("transactions") or []
    return any(p.get("group") == "bankInvoice" for t in transactions for p in t.get("payments") or [])


def duplicate_skus(package: dict[str, Any]) -> bool:
    skus = [item["id"] for item in (package.get("restitutions") or {}).get("Refund", {}).get("items") or []]
    return len(skus) != len(set(skus))


def apply_refund(package: dict[str, Any], order: dict[str, Any], outputs: list[dict[str, Any]]) -> None:
    """An Input package refunds only if the order is fully invoiced when it is applied, was not
    paid by boleto, and names each SKU once."""
    full = sum(p["invoiceValue"] for p in outputs) >= order["value"]
    if full and not paid_by_boleto(order) and not duplicate_skus(package):
        return
    refund = package["restitutions"]["Refund"]
    refund["value"] = 0
    refund["items"] = []
