"""A VTEX Admin orders URL pasted by the clerk, as List Orders filters (a custom queue).

The Admin's All orders page keeps its filters in the query string with the same names as List
Orders (``f_status``, ``f_creationDate``, ``q``, ``orderBy``...); ``$$ALL_VALUES$$`` means no
filter. Only documented list parameters are kept; paging is the desk's own. Never the feed.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from ..messages import Message

ALL_VALUES = "$$ALL_VALUES$$"
KEPT = {
    "f_status", "f_creationDate", "f_invoicedDate", "f_authorizedDate", "q", "orderBy", "f_hasInputInvoice",
    "incompleteOrders", "f_shippingEstimate", "f_sellerNames", "f_salesChannel", "salesChannelId",
    "f_affiliateId", "f_paymentNames", "f_RnB", "f_UtmSource", "f_callCenterOperatorName", "f_isInstore",
}
MSG_NOT_ADMIN_URL = Message("worklist.not_admin_url")
MSG_NO_FILTERS = Message("worklist.admin_url_no_filters")


class AdminUrlError(ValueError):
    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def filters_from_admin_url(text: str) -> dict[str, str]:
    """The List Orders filters of an Admin orders URL; :class:`AdminUrlError` if it is none."""
    parts = urlsplit(text.strip())
    query = parts.query
    if not query and "?" in parts.fragment:  # some Admin pages keep the state after '#'
        query = parts.fragment.split("?", 1)[1]
    if parts.scheme not in ("http", "https") or "/orders" not in (parts.path + parts.fragment):
        raise AdminUrlError(MSG_NOT_ADMIN_URL)
    filters: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=False):
        value = value.strip()
        if key in KEPT and value and ALL_VALUES not in value:
            filters[key] = value
    if filters.get("orderBy", ",").count(",") != 1:
        del filters["orderBy"]  # not "field,direction": the list would ignore it anyway
    if not filters:
        raise AdminUrlError(MSG_NO_FILTERS)
    return filters
