"""VTEX's official Orders API spec, loaded once per test session for contract checks.

The spec lives in the shared reference folder beside the project (``../shared/vtex``); a copy is
kept in ``tests/fixtures/vtex`` so that the tests also run on a machine without that folder.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from openapi_core import OpenAPI

ROOT = Path(__file__).resolve().parents[2]
SHARED_SPEC = ROOT.parent / "shared" / "vtex" / "orders-api.json"
VENDORED_SPEC = ROOT / "tests" / "fixtures" / "vtex" / "orders-api.json"


def spec_path() -> Path:
    return SHARED_SPEC if SHARED_SPEC.is_file() else VENDORED_SPEC


@functools.cache
def load_spec() -> OpenAPI:
    """The spec as an ``openapi_core.OpenAPI`` (the 1.5 MB file itself is not re-validated)."""
    from openapi_core import Config

    with spec_path().open(encoding="utf-8") as handle:
        return OpenAPI.from_dict(json.load(handle), config=Config(spec_validator_cls=None))
