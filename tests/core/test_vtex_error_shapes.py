"""Issue 17, point 3 (client side): every error shape VTEX documents or is known to send, and plain
or empty bodies, map to the right error with VTEX's code and message when there are any."""

from __future__ import annotations

import json

import pytest

from vtex_invoice_gui.vtex import (
    AuthError,
    BadRequestError,
    NotFoundError,
    OrderStateError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
)
from vtex_invoice_gui.vtex.errors import RequestInfo, error_for_status

REQUEST = RequestInfo("send_invoice", "POST", "/api/oms/pvt/orders/1-01/invoice")
OMS003 = "Order status should be ready-for-handling to perform this action"


def envelope(code, message) -> str:
    return json.dumps({"error": {"code": code, "message": message, "exception": None}})


@pytest.mark.parametrize(
    ("status", "body", "kind", "code", "message"),
    [
        # vtex-api.md 6.1, documented or seen
        (401, envelope("1", "Unauthorized access"), AuthError, "1", "Unauthorized access"),
        (409, envelope("OMS003", OMS003), OrderStateError, "OMS003", OMS003),
        (400, envelope("OMS003", OMS003), OrderStateError, "OMS003", OMS003),  # FIELD
        (404, envelope("OMS007", "Order Not Found"), NotFoundError, "OMS007", "Order Not Found"),
        (401, "No authorized", AuthError, None, "No authorized"),  # FS: plain text
        (401, json.dumps({"type": "https://tools.ietf.org/html/rfc9110#section-15.5.2", "title": "Unauthorized",
                          "status": 401, "traceId": "00-abc"}), AuthError, None, "Unauthorized"),
        (400, json.dumps({"title": "One or more validation errors occurred.", "status": 400,
                          "errors": {"InvoiceValue": ["must be > 0"]}}),
         BadRequestError, None, "One or more validation errors occurred. InvoiceValue: must be > 0"),
        # the sandbox's plain shape, and what else a service may send
        (400, "The field 'items' must be a non-empty array of invoiced SKUs.", BadRequestError, None,
         "The field 'items' must be a non-empty array of invoiced SKUs."),
        (409, "The order is invoiced; only Input (return) invoices are accepted.", OrderStateError, None,
         "The order is invoiced; only Input (return) invoices are accepted."),
        (404, "Invoice Not Found", NotFoundError, None, "Invoice Not Found"),
        (403, "", PermissionDeniedError, None, None),
        (429, "  \n", RateLimitedError, None, None),
        (500, "An error has occurred", ServerError, None, "An error has occurred"),
        (400, envelope(None, "no code"), BadRequestError, None, "no code"),
        (400, envelope(1, "numeric code"), BadRequestError, "1", "numeric code"),
        (400, envelope("", ""), BadRequestError, None, None),
        (409, json.dumps({"error": {"Code": "OMS003", "Message": OMS003}}), OrderStateError, "OMS003", OMS003),
        (400, json.dumps({"error": "Bad invoice"}), BadRequestError, None, "Bad invoice"),
        (400, json.dumps({"Message": "The request is invalid."}), BadRequestError, None, "The request is invalid."),
        (400, json.dumps({"errors": [{"code": "E1", "message": "first"}, {"message": "second"}]}),
         BadRequestError, "E1", "first"),
        (400, json.dumps({"title": "Bad", "errors": ["one", "two"]}), BadRequestError, None, "Bad one two"),
        (400, json.dumps("Invoice Not Found"), BadRequestError, None, "Invoice Not Found"),
        (400, "null", BadRequestError, None, None),
        (400, "[]", BadRequestError, None, None),
        (502, "<html><body>Bad gateway</body></html>", ServerError, None, "an HTML page instead of data"),
    ],
)
def test_finding_3_every_error_shape_maps_to_the_right_error(status, body, kind, code, message):
    error = error_for_status(status, body, REQUEST)
    assert type(error) is kind
    assert (error.status, error.code, error.vtex_message) == (status, code, message)
    assert str(error)  # a sentence for the clerk, whatever the body was
