"""Error mapping and retry behaviour of OmsClient (unit tests over httpx.MockTransport)."""

import codecs
import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from vtex_invoice_gui.vtex import (
    Account,
    AuthError,
    BadRequestError,
    InvalidResponseError,
    InvoiceItem,
    InvoiceNotification,
    NotFoundError,
    OmsClient,
    OrderStateError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    TrackingInfo,
    TransportError,
    parse_retry_after,
)

KEY, TOKEN = "vtexappkey-mystore-ABCDEF", "SECRET-TOKEN-0123456789"
ORDER = {"orderId": "1-01", "status": "handling", "value": 100, "items": []}
RECEIPT = {"date": "2026-11-21T10:00:00-03:00", "orderId": "1-01", "receipt": "abc"}
INVOICE = InvoiceNotification(
    issuance_date=datetime(2026, 11, 21, 10, tzinfo=UTC),
    invoice_number="1",
    invoice_value=100,
    items=[InvoiceItem(id="1", price=100, quantity=1)],
)


class Script:
    """A MockTransport that answers from a list, recording each request."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def client_for(script, **kwargs):
    sleeps: list[float] = []
    http = httpx.Client(transport=httpx.MockTransport(script))
    client = OmsClient(
        Account("mystore"), KEY, TOKEN, http=http, sleep=sleeps.append, rng=lambda: 0.5, **kwargs
    )
    return client, sleeps


def json_response(status, body, headers=None):
    return httpx.Response(status, json=body, headers=headers)


def test_every_call_sends_auth_accept_and_content_type():
    script = Script(json_response(200, ORDER))
    client, _ = client_for(script)
    client.get_order("1-01")
    request = script.requests[0]
    assert request.url == "https://mystore.vtexcommercestable.com.br/api/oms/pvt/orders/1-01"
    assert request.headers["X-VTEX-API-AppKey"] == KEY
    assert request.headers["X-VTEX-API-AppToken"] == TOKEN
    assert request.headers["Accept"] == "application/json"
    assert request.headers["Content-Type"] == "application/json"


def test_path_parts_are_url_encoded():
    script = Script(json_response(200, ORDER))
    client, _ = client_for(script)
    client.get_order("a/../b?x#y")
    assert script.requests[0].url.raw_path == b"/api/oms/pvt/orders/a%2F..%2Fb%3Fx%23y"
    assert script.requests[0].url.host == "mystore.vtexcommercestable.com.br"


def test_invoice_body_on_the_wire():
    script = Script(json_response(200, RECEIPT))
    client, _ = client_for(script)
    receipt = client.send_invoice("1-01", INVOICE)
    assert receipt.receipt == "abc"
    sent = json.loads(script.requests[0].content)
    assert sent["invoiceValue"] == "100" and sent["type"] == "Output"


@pytest.mark.parametrize(
    ("status", "body", "error", "code", "message"),
    [
        (401, {"error": {"code": "1", "message": "Unauthorized access", "exception": None}}, AuthError, "1", "Unauthorized access"),
        (403, None, PermissionDeniedError, None, None),
        (404, {"error": {"code": "OMS007", "message": "Order Not Found"}}, NotFoundError, "OMS007", "Order Not Found"),
        (409, {"error": {"code": "OMS003", "message": "Order status should be ready-for-handling to perform this action"}}, OrderStateError, "OMS003", "Order status should be ready-for-handling to perform this action"),
        (400, {"error": {"code": "OMS003", "message": "Order status should be ready-for-handling"}}, OrderStateError, "OMS003", "Order status should be ready-for-handling"),
        (400, {"title": "Bad Request", "status": 400, "errors": {"InvoiceValue": ["must be > 0"]}}, BadRequestError, None, "Bad Request InvoiceValue: must be > 0"),
        (429, None, RateLimitedError, None, None),
        (500, {"error": {"code": "OMS500", "message": "An error has occurred"}}, ServerError, "OMS500", "An error has occurred"),
    ],
)
def test_status_codes_map_to_typed_errors(status, body, error, code, message):
    response = json_response(status, body) if body is not None else httpx.Response(status)
    client, _ = client_for(Script(response), retry=RetryPolicy(attempts=1))
    with pytest.raises(error) as info:
        client.start_handling("1-01")
    assert (info.value.status, info.value.code, info.value.vtex_message) == (status, code, message)
    assert info.value.summary and info.value.advice


def test_plain_text_error_body_is_kept():
    client, _ = client_for(Script(httpx.Response(401, text="No authorized")))
    with pytest.raises(AuthError) as info:
        client.get_order("1-01")
    assert info.value.vtex_message == "No authorized"


def test_permission_error_names_the_missing_resource_per_operation():
    client, _ = client_for(Script(httpx.Response(403)))
    with pytest.raises(PermissionDeniedError) as info:
        client.send_invoice("1-01", INVOICE)
    assert "Notify invoice" in info.value.advice and "OMS - Full access" in info.value.advice
    with pytest.raises(PermissionDeniedError) as info:
        client.send_invoice("1-01", INVOICE.model_copy(update={"type": "Input"}))
    assert "Notify refund" in info.value.advice


def test_html_login_page_with_200_is_an_invalid_response():
    page = httpx.Response(200, text="<html><body>Login</body></html>", headers={"content-type": "text/html"})
    client, _ = client_for(Script(page))
    with pytest.raises(InvalidResponseError) as info:
        client.get_order("1-01")
    assert "text/html" in info.value.vtex_message


def test_malformed_json_is_an_invalid_response():
    bad = httpx.Response(200, content=b'{"orderId": ', headers={"content-type": "application/json"})
    client, _ = client_for(Script(bad))
    with pytest.raises(InvalidResponseError):
        client.get_order("1-01")


def test_redirects_are_not_followed_so_keys_never_travel():
    script = Script(httpx.Response(302, headers={"location": "https://evil.example/login"}))
    client, _ = client_for(script)
    with pytest.raises(InvalidResponseError) as info:
        client.get_order("1-01")
    assert len(script.requests) == 1
    found = info.value.vtex_message
    assert found == "redirected to https://evil.example/login" and found.code == "error.found_redirect"


def test_secrets_never_appear_in_error_text_or_details():
    echo = json_response(400, {"error": {"code": "X", "message": f"bad token {TOKEN} for key {KEY}"}})
    client, _ = client_for(Script(echo))
    with pytest.raises(BadRequestError) as info:
        client.send_invoice("1-01", INVOICE)
    text = str(info.value) + info.value.details() + repr(client)
    assert TOKEN not in text and KEY not in text
    assert "Request: POST /api/oms/pvt/orders/1-01/invoice" in info.value.details()


# -- retries ----------------------------------------------------------------------------------

def test_reads_retry_on_429_honouring_retry_after_seconds():
    script = Script(httpx.Response(429, headers={"Retry-After": "7"}), json_response(200, ORDER))
    notices = []
    client, sleeps = client_for(script, on_retry=notices.append)
    assert client.get_order("1-01").order_id == "1-01"
    assert sleeps == [7.0]
    assert len(script.requests) == 2
    assert notices[0].delay == 7.0 and isinstance(notices[0].error, RateLimitedError)


def test_retry_after_as_http_date():
    now = datetime(2026, 11, 21, 12, 0, 0, tzinfo=UTC)
    stamp = (now + timedelta(seconds=30)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert parse_retry_after(stamp, now=now) == 30.0
    assert parse_retry_after("garbage") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=now) == 0.0


@pytest.mark.parametrize("status", [502, 503, 504])
def test_reads_retry_on_gateway_errors_with_exponential_backoff(status):
    script = Script(httpx.Response(status), httpx.Response(status), json_response(200, ORDER))
    client, sleeps = client_for(script)
    client.get_order("1-01")
    # rng() = 0.5 -> 75% of the exponential ceiling: 1 s, then 2 s
    assert sleeps == [0.75, 1.5]


def test_reads_retry_on_transport_errors():
    script = Script(httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), json_response(200, ORDER))
    client, sleeps = client_for(script)
    client.get_order("1-01")
    assert len(sleeps) == 2


def test_reads_give_up_after_the_attempts():
    script = Script(httpx.Response(503, text="<html>down</html>"))
    client, sleeps = client_for(script, retry=RetryPolicy(attempts=3))
    with pytest.raises(ServerError) as info:
        client.get_order("1-01")
    assert len(script.requests) == 3 and len(sleeps) == 2
    assert info.value.vtex_message == "an HTML page instead of data"
    assert info.value.vtex_message.code == "error.found_html"  # the desk's words: the error view translates them
    assert not info.value.may_have_applied


def test_reads_give_up_when_retry_after_exceeds_the_budget():
    script = Script(httpx.Response(429, headers={"Retry-After": "600"}))
    client, sleeps = client_for(script, retry=RetryPolicy(budget=60))
    with pytest.raises(RateLimitedError) as info:
        client.get_order("1-01")
    assert sleeps == [] and info.value.retry_after == 600
    assert "600" in info.value.advice


def test_reads_do_not_retry_client_errors():
    script = Script(json_response(404, {"error": {"code": "OMS007", "message": "Order Not Found"}}))
    client, sleeps = client_for(script)
    with pytest.raises(NotFoundError):
        client.get_order("1-01")
    assert len(script.requests) == 1 and sleeps == []


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadTimeout("timed out"), httpx.RemoteProtocolError("Server disconnected"), httpx.WriteError("broken pipe")],
)
def test_a_write_that_may_have_landed_is_never_resent(failure):
    script = Script(failure, json_response(200, RECEIPT))
    client, sleeps = client_for(script)
    with pytest.raises(OutcomeUnknownError) as info:
        client.send_invoice("1-01", INVOICE)
    assert len(script.requests) == 1 and sleeps == []
    assert info.value.may_have_applied
    assert "Reload the order" in info.value.advice


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_write_answered_5xx_is_not_resent_and_may_have_applied(status):
    script = Script(httpx.Response(status), json_response(200, RECEIPT))
    client, _ = client_for(script)
    with pytest.raises(ServerError) as info:
        client.send_invoice("1-01", INVOICE)
    assert len(script.requests) == 1
    assert info.value.may_have_applied and "Reload the order" in info.value.advice


def test_a_write_that_never_connected_is_retried():
    script = Script(httpx.ConnectError("connection refused"), json_response(200, RECEIPT))
    client, sleeps = client_for(script)
    assert client.send_invoice("1-01", INVOICE).receipt == "abc"
    assert len(script.requests) == 2 and len(sleeps) == 1


def test_a_rate_limited_write_was_rejected_so_it_is_retried_after_retry_after():
    script = Script(httpx.Response(429, headers={"Retry-After": "3"}), json_response(200, RECEIPT))
    client, sleeps = client_for(script)
    client.update_tracking_number("1-01", "1", TrackingInfo(tracking_number="BR1"))
    assert sleeps == [3.0] and len(script.requests) == 2


def test_transport_error_on_read_after_attempts_is_a_transport_error():
    client, _ = client_for(Script(httpx.ConnectError("refused")), retry=RetryPolicy(attempts=2))
    with pytest.raises(TransportError) as info:
        client.get_order("1-01")
    assert not isinstance(info.value, OutcomeUnknownError)


def test_wait_for_rereads_until_the_invoice_shows():
    shown = dict(ORDER, packageAttachment={"packages": [{"type": "Output", "invoiceNumber": "1", "invoiceValue": 100}]})
    script = Script(json_response(200, ORDER), json_response(200, ORDER), json_response(200, shown))
    client, sleeps = client_for(script)
    order, ok = client.wait_for("1-01", lambda o: o.package("1") is not None, timeout=30)
    assert ok and order.package("1").invoice_value == 100
    assert sleeps == [0.5, 1.0]


def test_wait_for_gives_up_after_timeout():
    ticks = iter(range(100))
    client, _ = client_for(Script(json_response(200, ORDER)))
    order, ok = client.wait_for("1-01", lambda o: False, timeout=3, clock=lambda: next(ticks))
    assert not ok and order.order_id == "1-01"


def test_list_orders_paging_bounds_and_params():
    page = {"list": [{"orderId": "1-01", "totalValue": 7453.0, "status": "handling"}], "paging": {"total": 1, "pages": 1, "currentPage": 1, "perPage": 15}}
    script = Script(json_response(200, page))
    client, _ = client_for(script)
    result = client.list_orders(status="handling", page=2, per_page=50)
    assert result.orders[0].total_value == 7453
    assert dict(script.requests[0].url.params) == {"page": "2", "per_page": "50", "f_status": "handling"}
    with pytest.raises(ValueError):
        client.list_orders(page=31)
    with pytest.raises(ValueError):
        client.list_orders(per_page=101)


def test_empty_order_id_is_refused_before_any_request():
    script = Script(json_response(200, ORDER))
    client, _ = client_for(script)
    with pytest.raises(ValueError) as caught:
        client.get_order("  ")
    assert script.requests == []
    said = caught.value.args[0]  # the one sentence, from wording/forms.py (the journal's client says the same)
    assert said == "Enter an order id." and said.code == "payload.order_id_empty"



def _padded_order(size: int) -> bytes:
    """ORDER as VTEX could send it, over ``size`` bytes (an order with many lines)."""
    lines = [{"id": str(i), "name": "Camiseta básica " * 8, "quantity": 1, "price": 1990} for i in range(size // 150)]
    return json.dumps({**ORDER, "items": lines}, ensure_ascii=False).encode()


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_a_large_answer_is_read_in_two_steps_like_a_small_one(bom):
    """Issue 18: answers over ONE_STEP_PARSE_MAX are parsed first, then validated (the GIL is
    free between the two). Both paths read the same text the same way, a byte-order mark too."""
    from vtex_invoice_gui.vtex.answers import ONE_STEP_PARSE_MAX

    for body in (_padded_order(ONE_STEP_PARSE_MAX * 2), json.dumps(ORDER).encode()):
        answer = httpx.Response(200, content=bom + body, headers={"content-type": "application/json"})
        client, _ = client_for(Script(answer))
        order = client.get_order("1-01")
        assert order.order_id == "1-01" and order.value == 100
        assert len(order.items) == len(json.loads(body)["items"])


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("body", [b'{"orderId": ', b'{"orderId": "1-01"} trailing', b'{"orderId": "\\ud800"}'])
def test_a_broken_answer_is_an_invalid_response_whatever_its_size(body, large):
    from vtex_invoice_gui.vtex.answers import MSG_BROKEN_JSON, ONE_STEP_PARSE_MAX

    padded = body + b" " * (ONE_STEP_PARSE_MAX + 1) if large else body
    answer = httpx.Response(200, content=padded, headers={"content-type": "application/json"})
    client, _ = client_for(Script(answer))
    with pytest.raises(InvalidResponseError) as info:
        client.get_order("1-01")
    assert info.value.vtex_message == MSG_BROKEN_JSON.format()


def test_a_large_order_is_kept_out_of_full_collections_and_leaves_no_cycles():
    """Issue 18: a 1 MB order is ~15,000 objects. Parsing one set off full collections (30-35 ms
    with the GIL held, stall_trace large); it is now parsed without collections and settled
    (gc_pause), so full collections never scan it, and it is still freed by reference counts."""
    import gc
    import weakref

    from vtex_invoice_gui.vtex.answers import ONE_STEP_PARSE_MAX

    body = _padded_order(ONE_STEP_PARSE_MAX * 2)
    client, _ = client_for(Script(httpx.Response(200, content=body, headers={"content-type": "application/json"})))
    collections: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        order = client.get_order("1-01")
    finally:
        gc.callbacks.remove(seen)
    assert 2 not in collections  # at most the young collection that settles it
    scanned = {id(o) for o in gc.get_objects()}  # every object a full collection looks at
    assert not {id(order), id(order.items), *(id(item) for item in order.items)} & scanned
    del scanned
    gone = weakref.ref(order.items[0])
    del order
    assert gone() is None  # freed by its reference counts, frozen or not
