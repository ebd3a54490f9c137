"""Money and dates for display, through QLocale (the core keeps integer cents and datetimes)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from ...money import format_cents, parse_money
from ...vtex.dates import read_vtex_datetime

_SYMBOLS = {
    "BRL": "R$",
    "USD": "US$",
    "EUR": "€",
    "ARS": "$",
    "CLP": "$",
    "COP": "$",
    "MXN": "$",
    "PEN": "S/",
    "UYU": "$U",
}


def currency_symbol(code: str | None) -> str:
    return _SYMBOLS.get((code or "BRL").upper(), (code or "").upper())


def money_text(cents: int | None, currency: str = "BRL", locale: QLocale | None = None) -> str:
    """``R$ 1.234,56`` in pt_BR (display only: the float never goes back into the core)."""
    locale = locale or QLocale()
    return locale.toCurrencyString((cents or 0) / 100, currency_symbol(currency))


def plain_money(cents: int, locale: QLocale | None = None) -> str:
    """``1.234,56`` with the locale's separators: what a money field shows for editing."""
    locale = locale or QLocale()
    return format_cents(cents, locale.decimalPoint(), locale.groupSeparator())


def parse_locale_money(text: str, locale: QLocale | None = None) -> int:
    """Integer cents from text typed in ``locale`` (raises ``MoneyError``)."""
    locale = locale or QLocale()
    return parse_money(text, locale.decimalPoint(), locale.groupSeparator())


def to_qdatetime(value: datetime) -> QDateTime:
    """A QDateTime showing the same wall-clock time and offset as ``value``."""
    qdt = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
    offset = value.utcoffset()
    if offset is not None:
        qdt.setTimeZone(QTimeZone(int(offset.total_seconds())))
    return qdt


_SHORT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def date_format(locale: QLocale | None = None) -> str:
    """The one date format of the desk in ``locale``: its short order and separators, the year
    in four digits (``M/d/yyyy`` in en, ``dd/MM/yyyy`` in pt_BR, ``d/M/yyyy`` in es)."""
    locale = locale or QLocale()
    return _SHORT_YEAR.sub("yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


def datetime_format(locale: QLocale | None = None) -> str:
    """The one date-and-time format: :func:`date_format` and the locale's short time."""
    locale = locale or QLocale()
    return f"{date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def local_datetime_text(value: datetime | None, locale: QLocale | None = None) -> str:
    """A VTEX date shown in the clerk's time zone and locale (:func:`datetime_format`)."""
    if value is None:
        return ""
    locale = locale or QLocale()
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    qdt = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return locale.toString(qdt, datetime_format(locale))


def vtex_datetime_text(text: str | None, locale: QLocale | None = None) -> str:
    """A date VTEX sent as text (a receipt's ``date``), shown like every other; kept as is when
    it is not a date."""
    return local_datetime_text(read_vtex_datetime(text), locale) or (text or "")


def date_text(value: date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), date_format(locale))


def aware_datetime(qdt: QDateTime) -> datetime:
    """The edited local date-time with its UTC offset (VTEX wants the offset on issuance dates)."""
    offset = qdt.offsetFromUtc()
    d, t = qdt.date(), qdt.time()
    return datetime(
        d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=timezone(timedelta(seconds=offset))
    )


def naive_datetime(qdt: QDateTime) -> datetime:
    d, t = qdt.date(), qdt.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def offset_text(seconds: int) -> str:
    """``UTC−03:00`` for an offset in seconds."""
    sign = "+" if seconds >= 0 else "\u2212"
    minutes = abs(seconds) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
