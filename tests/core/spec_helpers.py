"""VTEX's official Orders API spec, loaded once per test session for contract checks.

The spec lives in the shared reference folder beside the project (``../shared/vtex``); a copy is
kept in ``tests/fixtures/vtex`` so that the tests also run on a machine without that folder.

``load_spec()`` is the spec exactly as VTEX publishes it: use it for **requests**.

``load_response_spec()`` relaxes a handful of **response** schemas where the spec contradicts
VTEX's own examples and real payloads; each one is listed in ``RESPONSE_RELAXATIONS`` with the
reason. Everything else is validated as written. ``check_request`` / ``check_response`` wrap
both for tests that hold raw bytes.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

ROOT = Path(__file__).resolve().parents[2]
SHARED_SPEC = ROOT.parent / "shared" / "vtex" / "orders-api.json"
VENDORED_SPEC = ROOT / "tests" / "fixtures" / "vtex" / "orders-api.json"
SPEC_HOST = "https://sandbox.vtexcommercestable.com.br"  # matches the spec's server template
JSON_TYPE = "application/json"

_GET_ORDER = ("paths", "/api/oms/pvt/orders/{orderId}", "get", "responses", "200", "content",
              "application/json", "schema", "properties")
_ITEM = (*_GET_ORDER, "items", "items", "properties")
_PACKAGE = (*_GET_ORDER, "packageAttachment", "properties", "packages", "items", "properties")
_LOGISTICS = (*_GET_ORDER, "shippingData", "properties", "logisticsInfo", "items", "properties")

RESPONSE_RELAXATIONS: list[tuple[tuple[str, ...], dict[str, Any], str]] = [
    ((*_ITEM, "priceTags", "items"), {"type": "object"},
     "typed array<string>, but every payload has objects {name, value, ...} (vtex-api.md 3.8)"),
    ((*_ITEM, "unitMultiplier"), {"type": "number"},
     "typed integer, but the examples send 1.0 (vtex-api.md section 9)"),
    ((*_PACKAGE, "courierStatus", "properties", "deliveredDate"), {"type": "string", "nullable": True},
     "null until the package is delivered (isDelivered:true)"),
    ((*_PACKAGE, "embeddedInvoice"), {"type": "string", "nullable": True},
     "nullable in the invoice request, so null when the seller sent none"),
    ((*_LOGISTICS, "pickupStoreInfo", "properties", "address"), {"type": "object", "nullable": True},
     "typed string here, but an address object in slas[].pickupStoreInfo of the same schema"),
    (("components", "schemas", "Fulfillment1", "properties", "Mean"), {"type": "number"},
     "a mean of item counts is not always an integer"),
    (("components", "schemas", "Fulfillment1", "properties", "StdDev"), {"type": "number"},
     "a standard deviation is not always an integer"),
]


def spec_path() -> Path:
    return SHARED_SPEC if SHARED_SPEC.is_file() else VENDORED_SPEC


@functools.cache
def _raw_spec() -> dict[str, Any]:
    with spec_path().open(encoding="utf-8") as handle:
        return json.load(handle)


def _openapi(spec: dict[str, Any]) -> OpenAPI:
    from openapi_core import Config

    return OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))


@functools.cache
def load_spec() -> OpenAPI:
    """The spec as an ``openapi_core.OpenAPI`` (the 1.5 MB file itself is not re-validated)."""
    return _openapi(copy.deepcopy(_raw_spec()))


@functools.cache
def load_response_spec() -> OpenAPI:
    """The spec with ``RESPONSE_RELAXATIONS`` applied (cached)."""
    spec = copy.deepcopy(_raw_spec())
    for path, replacement, _reason in RESPONSE_RELAXATIONS:
        node = spec
        for key in path[:-1]:
            node = node[key]
        if path[-1] not in node:
            raise KeyError(f"spec changed: {'/'.join(path)} is gone")
        node[path[-1]] = replacement
    return _openapi(spec)


def _request(method: str, path: str, query: dict[str, Any] | None, headers: dict[str, str] | None,
             body: bytes | None, content_type: str) -> MockRequest:
    all_headers = {"Accept": JSON_TYPE, "Content-Type": content_type, **(headers or {})}
    return MockRequest(SPEC_HOST, method.lower(), path, args=query or {}, headers=all_headers,
                       data=body, content_type=content_type)


def check_request(method: str, path: str, *, query: dict[str, Any] | None = None,
                  headers: dict[str, str] | None = None, body: bytes | None = None,
                  content_type: str = JSON_TYPE) -> None:
    """Raise if this request does not satisfy the published spec."""
    load_spec().validate_request(_request(method, path, query, headers, body, content_type))


def check_response(method: str, path: str, status: int, body: bytes, *,
                   content_type: str = JSON_TYPE, query: dict[str, Any] | None = None) -> None:
    """Raise if this response does not satisfy the (relaxed) response schema of the operation.

    ``content_type`` is compared without parameters, so ``application/json; charset=utf-8``
    matches a spec entry for ``application/json`` and the other way round.
    """
    declared = _operation(method, path)["responses"].get(str(status), {}).get("content", {})
    media = content_type.split(";")[0].strip()
    chosen = next((ct for ct in declared if ct.split(";")[0].strip() == media), media)
    request = _request(method, path, query, None, None, JSON_TYPE)
    response = MockResponse(body, status_code=status, content_type=chosen)
    load_response_spec().validate_response(request, response)


def has_response_schema(method: str, path: str, status: int) -> bool:
    """Whether the spec documents a body schema for this operation and status."""
    declared = _operation(method, path)["responses"].get(str(status), {}).get("content", {})
    return any("schema" in media for media in declared.values())


def _operation(method: str, path: str) -> dict[str, Any]:
    for template, item in _raw_spec()["paths"].items():
        if _template_matches(template, path) and method.lower() in item:
            return item[method.lower()]
    raise KeyError(f"no operation for {method} {path}")


def _template_matches(template: str, path: str) -> bool:
    t_parts, p_parts = template.strip("/").split("/"), path.strip("/").split("/")
    if len(t_parts) != len(p_parts):
        return False
    return all(t == p or (t[:1] == "{" and t[-1:] == "}") for t, p in zip(t_parts, p_parts, strict=True))
