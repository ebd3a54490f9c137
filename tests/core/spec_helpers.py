"""VTEX's official Orders API spec, loaded once per test session for contract checks."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from openapi_core import OpenAPI

SPEC_PATH = Path(__file__).resolve().parents[3] / "shared" / "vtex" / "orders-api.json"


@functools.cache
def load_spec() -> OpenAPI:
    """The spec as an ``openapi_core.OpenAPI`` (the 1.5 MB file itself is not re-validated)."""
    from openapi_core import Config

    with SPEC_PATH.open(encoding="utf-8") as handle:
        return OpenAPI.from_dict(json.load(handle), config=Config(spec_validator_cls=None))
