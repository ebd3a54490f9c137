"""List orders (``GET /api/oms/pvt/orders``): filters, sorting, paging, Solr-like stats.

Every parameter the spec documents is accepted (vtex-api.md 2.2), and unknown ones are ignored, as
a search index does. Where the spec's own examples are odd, the sandbox does what a Solr-backed
list plausibly does with them instead of refusing:

- ``orderBy`` whose field is not one of ``creationDate``, ``orderId``, ``items``, ``totalValue``,
  ``origin`` (the spec's example is an order id, ``v502556llux-01,asc``) falls back to the default
  order, newest first;
- a date filter filters on the field its value names (the spec's ``f_authorizedDate`` example says
  ``creationDate:[... TO ...]``); ``*`` leaves an end of the range open.

``totalValue`` is Solr's figure, computed from the rounded unit selling prices plus shipping (an
integer, as the spec types it), so it can differ from Get Order's ``value`` by rounding (KI ``rounding-of-totalvalue-in-listorders``):
re-read the detail before acting. The store can make the list lag (``list_lag``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from .dates import list_iso, parse_iso
from .errors import bad_request

MAX_PAGE = 30
MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 15
SORT_FIELDS = {"creationDate", "orderId", "totalValue", "items", "origin"}
DATE_FIELDS = {"creationDate", "invoicedDate", "authorizedDate"}
_RANGE_RE = re.compile(r"^(\w+):\[(.+) TO (.+)\]$")
_DAYS_RE = re.compile(r"^(-?\d+)\.days$")
SEARCH_FIELDS = {"sku_Ids", "listId", "tid", "pci_tid", "paymentId", "nsu"}


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
        "totalValue": solr_total(order),
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


def solr_total(order: dict[str, Any]) -> int:
    """The list's ``totalValue``: rounded unit selling prices times quantities plus shipping."""
    items = sum((it.get("sellingPrice") or 0) * it["quantity"] for it in order["items"])
    logistics = (order.get("shippingData") or {}).get("logisticsInfo") or []
    return int(items + sum(li.get("sellingPrice") or 0 for li in logistics))


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


def _date_range(query: dict[str, str], name: str) -> tuple[str, datetime | None, datetime | None] | None:
    raw = query.get(name)
    if not raw:
        return None
    match = _RANGE_RE.match(raw.strip())
    if not match or match.group(1) not in DATE_FIELDS:
        raise bad_request(f"The parameter '{name}' must look like 'creationDate:[2026-01-01T00:00:00.000Z TO ...]'.")
    try:
        ends = [None if end.strip() == "*" else parse_iso(end) for end in match.group(2, 3)]
    except ValueError:
        raise bad_request(f"The parameter '{name}' has an invalid date: {raw!r}.") from None
    return match.group(1), ends[0], ends[1]


def _in_range(order: dict[str, Any], field: str, low: datetime | None, high: datetime | None) -> bool:
    if not order.get(field):
        return False
    moment = parse_iso(order[field])
    return (low is None or low <= moment) and (high is None or moment <= high)


def _flag(query: dict[str, str], name: str) -> bool | None:
    raw = query.get(name, "").strip().lower()
    return None if raw not in ("true", "false") else raw == "true"


def _payments(order: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for t in (order.get("paymentData") or {}).get("transactions", []) for p in t.get("payments", [])]


def _search_field(order: dict[str, Any], field: str, value: str) -> bool:
    """``searchField=sku_Ids&sku_Ids=25`` and the like (the spec's SKU, TID, PID... search)."""
    if field == "sku_Ids":
        return any(it["id"] == value for it in order["items"])
    if field == "tid":
        return any(p.get("tid") == value for p in _payments(order))
    if field == "paymentId":
        return any(p.get("id") == value for p in _payments(order))
    return False  # gift lists, PCI TIDs and NSUs: the seed has none


def _shipping_within(order: dict[str, Any], days: int, today: datetime) -> bool:
    """``f_shippingEstimate``: due within ``days`` days (``-1.days``: already late)."""
    logistics = (order.get("shippingData") or {}).get("logisticsInfo") or []
    dates = [parse_iso(li["shippingEstimateDate"]) for li in logistics if li.get("shippingEstimateDate")]
    if not dates or order["status"] in ("invoiced", "canceled"):
        return False
    due = max(dates)
    if days < 0:
        return due < today
    return due.date() <= (today + timedelta(days=days)).date()


def _matches(order: dict[str, Any], query: dict[str, str], today: datetime) -> bool:
    """The filters other than status, text and dates."""
    checks: list[tuple[str, Callable[[str], bool]]] = [
        ("f_sellerNames", lambda v: any(s.get("name") == v for s in order.get("sellers") or [])),
        ("f_salesChannel", lambda v: v in (order.get("salesChannel"), "Main" if order.get("salesChannel") == "1" else None)),
        ("salesChannelId", lambda v: order.get("salesChannel") == v),
        ("f_affiliateId", lambda v: order.get("affiliateId") == v),
        ("f_paymentNames", lambda v: any(p.get("paymentSystemName") == v for p in _payments(order))),
        ("f_UtmSource", lambda v: ((order.get("marketingData") or {}).get("utmSource") or "") == v),
        ("f_callCenterOperatorName", lambda v: False),  # the seed has no call-center orders
        ("f_RnB", lambda v: any(r.get("name") == v for r in
                                (order.get("ratesAndBenefitsData") or {}).get("rateAndBenefitsIdentifiers") or [])),
    ]
    for name, check in checks:
        value = query.get(name, "").replace("+", " ").strip()
        if value and not check(value):
            return False
    estimate = query.get("f_shippingEstimate", "").strip()
    if estimate:
        days = _DAYS_RE.match(estimate)
        if not days:
            raise bad_request("The parameter 'f_shippingEstimate' must look like '7.days', '0.days' or '-1.days'.")
        if not _shipping_within(order, int(days.group(1)), today):
            return False
    incomplete = _flag(query, "incompleteOrders")
    if incomplete is not None and incomplete == bool(order.get("isCompleted", True)):
        return False
    if _flag(query, "f_isInstore") is True:
        return False  # no seed order comes from inStore
    if _flag(query, "f_hasInputInvoice") is True and not any(
        p["type"] == "Input" for p in (order.get("packageAttachment") or {}).get("packages", [])
    ):
        return False
    field = query.get("searchField", "").strip()
    if field in SEARCH_FIELDS and query.get(field) and not _search_field(order, field, query[field].strip()):
        return False
    return True


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


def list_orders(orders: Iterable[dict[str, Any]], query: dict[str, str], today: datetime | None = None,
                max_page: int = MAX_PAGE, max_per_page: int = MAX_PER_PAGE) -> dict[str, Any]:
    """Answer a list request. ``query`` holds the first value of each query parameter; the caps
    are VTEX's unless a test lowers them."""
    page = _int_param(query, "page", 1, max_page)
    per_page = _int_param(query, "per_page", min(DEFAULT_PER_PAGE, max_per_page), max_per_page)
    statuses = {s.strip() for s in query.get("f_status", "").split(",") if s.strip()}
    text = query.get("q", "").strip()
    if "+" in text:
        raise bad_request("The parameter 'q' must not contain '+'.")
    ranges = [r for r in (_date_range(query, name) for name in ("f_creationDate", "f_invoicedDate",
                                                              "f_authorizedDate")) if r]
    sort_field, _, direction = (query.get("orderBy") or "").partition(",")
    direction = direction.strip().lower()
    if sort_field not in SORT_FIELDS or direction not in ("asc", "desc"):
        sort_field, direction = "creationDate", "desc"
    today = today or datetime.now(UTC)

    selected = [
        order for order in orders
        if (not statuses or order["status"] in statuses)
        and (not text or _matches_text(order, text))
        and all(_in_range(order, f, lo, hi) for f, lo, hi in ranges)
        and _matches(order, query, today)
    ]
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
