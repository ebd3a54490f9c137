"""Date helpers: VTEX writes ISO 8601 with seven fractional digits and an offset.

A date a client sends without an offset (``deliveredDate``'s ``yyyy-mm-dd hh:mm``, a date-only
``issuanceDate`` or event date, a naive ISO date-time) is read in the **store's time zone**
(``storePreferencesData.timeZone``, "E. South America Standard Time": UTC-03:00, Brazil has had
no daylight saving time since 2019), not in UTC: a São Paulo clerk's 14:30 delivery stays 14:30.
The list's date filters are the exception: the spec writes them in UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

STORE_TZ = timezone(timedelta(hours=-3), "E. South America Standard Time")
_DELIVERED_RE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")


def now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


def vtex_iso(moment: datetime) -> str:
    """Format like OMS does: ``2024-02-09T10:10:20.5322681+00:00`` (naive means UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    text = moment.isoformat(timespec="microseconds")  # 2024-02-09T10:10:20.532268+00:00
    return f"{text[:26]}0{text[26:32]}"


def list_iso(moment: datetime) -> str:
    """Format like the order list (Solr) does: ``2019-02-04T10:29:11+00:00``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def parse_iso(text: str, naive: tzinfo = UTC) -> datetime:
    """Parse an ISO 8601 date or date-time; values without an offset are in ``naive``.

    Raises ``ValueError`` for anything else.
    """
    if not isinstance(text, str) or not text.strip():
        raise ValueError("empty date")
    value = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        day = date.fromisoformat(value)
        return datetime(day.year, day.month, day.day, tzinfo=naive)
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=naive)
    return moment


def parse_delivered(text: str) -> datetime:
    """Parse PUT tracking's ``deliveredDate`` (``yyyy-mm-dd hh:mm``), in the store's time zone."""
    if not isinstance(text, str) or not _DELIVERED_RE.match(text):
        raise ValueError("expected yyyy-mm-dd hh:mm")
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=STORE_TZ)


def at(day: str, hour: int = 12, minute: int = 0, second: int = 0, micro: int = 0) -> datetime:
    """A fixed UTC moment for seed data: ``at("2026-11-03", 14, 22)``."""
    base = date.fromisoformat(day)
    return datetime(base.year, base.month, base.day, hour, minute, second, micro, tzinfo=UTC)


def plus(moment: datetime, **kwargs: float) -> datetime:
    """``moment + timedelta(**kwargs)``, for terse seed definitions."""
    return moment + timedelta(**kwargs)
