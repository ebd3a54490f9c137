"""A VTEX answer read into its pydantic model, or the error that says what came instead: not JSON,
broken JSON, or JSON of another shape. A write's 2xx answer that cannot be read may still mean
"applied", so it is an ambiguous answer (:class:`UnreadableWriteAnswerError`), never a failure."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from typing import TypeVar

import httpx
from pydantic import BaseModel, ValidationError
from pydantic_core import from_json

from ..gc_pause import collector_paused, settle
from ..messages import Message
from .errors import InvalidResponseError, RequestInfo, UnreadableWriteAnswerError, VtexError

M = TypeVar("M", bound=BaseModel)

ONE_STEP_PARSE_MAX = 256 * 1024
MSG_NOT_JSON = Message("error.found_not_json")
MSG_NO_CONTENT_TYPE = Message("error.found_no_content_type")
MSG_BROKEN_JSON = Message("error.found_broken_json")
MSG_UNEXPECTED_DATA = Message("error.found_unexpected_data")


def parse_answer(
    response: httpx.Response, model: type[M], operation: str, excerpt: Callable[[httpx.Response], str]
) -> M:
    """``response``'s body as ``model``. Raises the VtexError that names what was wrong, with
    ``excerpt(response)`` (redacted by the caller) as its body."""
    info = RequestInfo(operation, response.request.method, response.request.url.path)
    content_type = response.headers.get("content-type", "")
    unreadable = UnreadableWriteAnswerError if info.method != "GET" else InvalidResponseError
    if "json" not in content_type.lower():
        raise unreadable(
            status=response.status_code,
            vtex_message=MSG_NOT_JSON.format(content_type=content_type) if content_type else MSG_NO_CONTENT_TYPE,
            request=info,
            body=excerpt(response),
        )
    content = response.content.removeprefix(codecs.BOM_UTF8)  # a byte-order mark is no error
    try:
        if len(content) <= ONE_STEP_PARSE_MAX:  # parsed and validated in one C call: ~2x quicker
            return model.model_validate_json(content)
        # Two steps rather than model_validate_json: the GIL is released between them, so a
        # 1 MB order never holds the GUI thread for the whole parse. pydantic's own JSON reader
        # (the one model_validate_json uses) holds it ~35% less than json.loads (5 vs 8 ms a 1 MB
        # order) and reads a text as the one-step path does. No collection runs in the middle
        # of the ~15,000 objects a 1 MB order makes (gc_pause).
        with collector_paused():
            data = from_json(content)
            read = model.model_validate(data)
            del data
    except ValueError as exc:
        if isinstance(exc, ValidationError) and not _broken_json(exc):
            raise _unexpected(exc, response, info, unreadable, excerpt) from None
        raise unreadable(
            status=response.status_code, vtex_message=MSG_BROKEN_JSON, request=info, body=excerpt(response)
        ) from None
    # What was read lives on (an order shown, a page of a queue): settled, a full collection never
    # scans it again (a 1 MB order is ~10 ms of each full collection; one ran every few such
    # answers, 30-35 ms with the GIL held). Models have no cycles: they are freed by their
    # reference counts as before (gc_pause).
    settle()
    return read


def _unexpected(
    exc: ValidationError,
    response: httpx.Response,
    info: RequestInfo,
    unreadable: type[VtexError],
    excerpt: Callable[[httpx.Response], str],
) -> VtexError:
    problem = exc.errors()[0]
    where = ".".join(str(p) for p in problem.get("loc", ())) or "body"
    return unreadable(
        status=response.status_code,
        vtex_message=MSG_UNEXPECTED_DATA.format(where=where, problem=problem.get("msg")),
        request=info,
        body=excerpt(response),
    )


def _broken_json(exc: ValidationError) -> bool:
    """The body is not JSON at all (model_validate_json says so as a validation error)."""
    return any(error.get("type") == "json_invalid" for error in exc.errors())
