"""List orders (``GET /api/oms/pvt/orders``): filters, sorting, paging, Solr-like stats."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from .dates import list_iso, parse_iso
from .errors import bad_request

MAX_PAGE = 30
MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 15
SORT_FIELDS = {"creationDate", "orderId", "totalValue", "items", "origin"}
_RANGE_RE = re.compile(r"^(\w+):\[(.+) TO (.+)\]$")


def list_row(order: dict[str, Any]) -> dict[str, Any]:
    """The list row for ``order`` (vtex-api.md section 2.2; items are always null)."""
    client = order.get("clientProfileData") or {}
    payments = [
        p.get("paymentSystemName") or ""
        for t in (order.get("paymentData") or {}).get("transactions", [])
        for p in t.get("payments", [])
    ]
    logistics = (order.get("shippingData") or {}).get("logisticsInfo") or []
    estimates = [li["shippingEstimateDate"] for li in logistics if li.get("shippingEstimateDate")]
    authorized = order.get("authorizedDate")
    created = order.get("creationDate")
    return {
        "orderId": order["orderId"],
        "creationDate": list_iso(parse_iso(created)) if created else "",
        "clientName": f"{client.get('firstName') or ''} {client.get('lastName') or ''}".strip(),
        "items": None,
        "totalValue": order["value"],
        "paymentNames": ", ".join(payments),
        "status": order["status"],
        "statusDescription": order.get("statusDescription") or order["status"],
        "marketPlaceOrderId": order.get("marketplaceOrderId") or None,
        "sequence": order["sequence"],
        "salesChannel": order.get("salesChannel") or "1",
        "affiliateId": order.get("affiliateId") or "",
        "origin": order.get("origin") or "Marketplace",
        "workflowInErrorState": bool(order.get("workflowIsInError")),
        "workflowInRetry": False,
        "lastMessageUnread": None,
        "ShippingEstimatedDate": list_iso(parse_iso(max(estimates))) if estimates else None,
        "ShippingEstimatedDateMax": None,
        "ShippingEstimatedDateMin": None,
        "orderIsComplete": order.get("isCompleted", True),
        "listId": None,
        "listType": None,
        "authorizedDate": list_iso(parse_iso(authorized)) if authorized else None,
        "callCenterOperatorName": None,
        "totalItems": sum(it["quantity"] for it in order["items"]),
        "currencyCode": (order.get("storePreferencesData") or {}).get("currencyCode") or "BRL",
    }


def _int_param(query: dict[str, str], name: str, default: int, maximum: int) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(f"The parameter '{name}' must be an integer; got {raw!r}.") from None
    if not 1 <= value <= maximum:
        raise bad_request(f"The parameter '{name}' must be between 1 and {maximum}; got {value}.")
    return value


def _date_range(query: dict[str, str], name: str, field: str) -> tuple[str, datetime, datetime] | None:
    raw = query.get(name)
    if not raw:
        return None
    match = _RANGE_RE.match(raw.strip())
    if not match or match.group(1) != field:
        raise bad_request(f"The parameter '{name}' must look like '{field}:[2026-01-01T00:00:00.000Z TO ...]'.")
    try:
        return field, parse_iso(match.group(2)), parse_iso(match.group(3))
    except ValueError:
        raise bad_request(f"The parameter '{name}' has an invalid date: {raw!r}.") from None


def _matches_text(order: dict[str, Any], text: str) -> bool:
    client = order.get("clientProfileData") or {}
    haystack = [
        order["orderId"], order["sequence"], client.get("email") or "", client.get("document") or "",
        f"{client.get('firstName', '')} {client.get('lastName', '')}", client.get("corporateName") or "",
        client.get("corporateDocument") or "", order.get("marketplaceOrderId") or "",
    ]
    needle = text.casefold()
    return any(needle in value.casefold() for value in haystack)


def _stat(values: list[int]) -> dict[str, Any]:
    count = len(values)
    total = sum(values)
    squares = sum(v * v for v in values)
    mean = total / count if count else 0
    variance = (squares / count - mean * mean) if count else 0
    std = math.sqrt(max(variance, 0))

    def num(x: float) -> float | int:
        return int(x) if float(x).is_integer() else x

    return {
        "Count": count, "Max": max(values, default=0), "Mean": num(mean), "Min": min(values, default=0),
        "Missing": 0, "StdDev": num(std), "Sum": total, "SumOfSquares": squares, "Facets": None,
    }


def _stats(rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    values = [r[key] for r in rows]
    block = _stat(values)
    block["Facets"] = {
        "origin": {o: _stat([r[key] for r in rows if r["origin"] == o]) for o in ("Fulfillment", "Marketplace")},
        "currencyCode": {"BRL": _stat([r[key] for r in rows if r["currencyCode"] == "BRL"])},
    }
    return block


def list_orders(orders: Iterable[dict[str, Any]], query: dict[str, str]) -> dict[str, Any]:
    """Answer a list request. ``query`` holds the first value of each query parameter."""
    page = _int_param(query, "page", 1, MAX_PAGE)
    per_page = _int_param(query, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)
    statuses = {s.strip() for s in query.get("f_status", "").split(",") if s.strip()}
    text = query.get("q", "").strip()
    if "+" in text:
        raise bad_request("The parameter 'q' must not contain '+'.")
    ranges = [
        r for r in (
            _date_range(query, "f_creationDate", "creationDate"),
            _date_range(query, "f_invoicedDate", "invoicedDate"),
            _date_range(query, "f_authorizedDate", "authorizedDate"),
        ) if r
    ]
    has_input = query.get("f_hasInputInvoice", "").lower() == "true"
    sort_field, _, direction = (query.get("orderBy") or "creationDate,desc").partition(",")
    direction = direction or "asc"
    if sort_field not in SORT_FIELDS or direction not in ("asc", "desc"):
        raise bad_request(
            "The parameter 'orderBy' must be '{field},{asc|desc}' with field one of "
            f"{', '.join(sorted(SORT_FIELDS))}; got {query.get('orderBy')!r}."
        )

    selected = []
    for order in orders:
        if statuses and order["status"] not in statuses:
            continue
        if text and not _matches_text(order, text):
            continue
        if any(not order.get(f) or not lo <= parse_iso(order[f]) <= hi for f, lo, hi in ranges):
            continue
        if has_input and not any(
            p["type"] == "Input" for p in (order.get("packageAttachment") or {}).get("packages", [])
        ):
            continue
        selected.append(order)

    rows = [list_row(o) for o in selected]
    key = {"creationDate": lambda r: r["creationDate"], "orderId": lambda r: r["orderId"],
           "totalValue": lambda r: r["totalValue"], "items": lambda r: r["totalItems"],
           "origin": lambda r: r["origin"]}[sort_field]
    rows.sort(key=key, reverse=direction == "desc")
    start = (page - 1) * per_page
    return {
        "list": rows[start:start + per_page],
        "facets": [],
        "paging": {
            "total": len(rows),
            "pages": math.ceil(len(rows) / per_page),
            "currentPage": page,
            "perPage": per_page,
        },
        "stats": {"stats": {"totalValue": _stats(rows, "totalValue"), "totalItems": _stats(rows, "totalItems")}},
    }
