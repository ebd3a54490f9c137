"""VTEX's dates, read once into ``datetime`` by pydantic: the models carry :data:`VtexDateTime`.

VTEX writes ``2026-11-03T10:00:00.1234567+00:00`` (seven fraction digits, cut to six), ``...Z``,
other offsets, and sometimes no offset at all (``2026-11-03 10:00``: kept naive, the display
takes it as UTC). A value that is no date at all becomes None, so one odd field never makes an
order unreadable; the display then shows nothing for it, as it always has.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import TypeAdapter, ValidationError, ValidatorFunctionWrapHandler, WrapValidator

log = logging.getLogger(__name__)


def _none_when_unreadable(value: Any, handler: ValidatorFunctionWrapHandler) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = value.strip()
    try:
        return handler(value)
    except ValidationError:
        log.info("VTEX sent a date that is no date: %.40r", value)
        return None


VtexDateTime = Annotated[datetime | None, WrapValidator(_none_when_unreadable)]

_READER: TypeAdapter[datetime | None] = TypeAdapter(VtexDateTime)


def read_vtex_datetime(text: str | None) -> datetime | None:
    """A date VTEX sent that we keep as text (a receipt's ``date``, stored verbatim): read as the
    models read theirs; None when it is no date."""
    return _READER.validate_python(text)


def as_utc(value: datetime | None) -> datetime | None:
    """``value`` made aware: a date without an offset is UTC (VTEX's own clock)."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def newest_first_key(value: datetime | None) -> float:
    """A sort key for dates that may lack an offset or be missing (missing sorts as the oldest)."""
    moment = as_utc(value)
    return float("-inf") if moment is None else moment.timestamp()
