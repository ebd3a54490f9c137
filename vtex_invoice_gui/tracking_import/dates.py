"""Dates as spreadsheets hold them: Brazilian ``dd/mm/yyyy [hh:mm[:ss]]``, ISO, or a real date cell.

A date without a time zone is the clerk's local time (the computer's, or the ``tz`` given); the
result is always an aware datetime. A date without a time of day is midnight.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, tzinfo

_BRAZILIAN = re.compile(
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:\.\d+)?)?", re.ASCII
)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def parse_date(value: object, tz: tzinfo | None = None) -> datetime | None:
    """An aware datetime from a cell, None for an empty one; ValueError when it is not a date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return _aware(value, tz)
    if isinstance(value, date):
        return _aware(datetime.combine(value, time()), tz)
    text = " ".join(str(value).split())
    if not text:
        return None
    match = _BRAZILIAN.fullmatch(text)
    if match:
        day, month, year, hour, minute, second = match.groups()
        full_year = int(year) + (2000 if len(year) == 2 else 0)
        naive = datetime(full_year, int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
        return _aware(naive, tz)
    iso = text.replace(" ", "T", 1) if _ISO_DAY.match(text) else text
    if iso.endswith(("Z", "z")):
        iso = iso[:-1] + "+00:00"
    if not _ISO_DAY.match(iso):
        raise ValueError(f"not a date: {text!r}")
    return _aware(datetime.fromisoformat(iso), tz)


def _aware(value: datetime, tz: tzinfo | None) -> datetime:
    if value.tzinfo is not None and value.utcoffset() is not None:
        return value
    return value.replace(tzinfo=tz) if tz is not None else value.astimezone()
