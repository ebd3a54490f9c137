"""Read a carrier's or hub's spreadsheet into rows of cells: CSV (any encoding and delimiter a
Brazilian Excel writes) or XLSX (openpyxl, read-only).

Guards: files over :data:`MAX_FILE_BYTES`, workbooks that unpack to more than
:data:`MAX_UNPACKED_BYTES`, more than :data:`MAX_ROWS` rows or :data:`MAX_COLUMNS` columns are
refused with a :class:`SpreadsheetError` whose message says what to do. Nothing here raises
anything else for bad input.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from ..messages import Message

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 10_000
DELIMITERS = (";", ",", "\t", "|")

Cell = str | datetime | date
Row = list[Cell]

MSG_TOO_LARGE = Message("tracking_import.too_large")
MSG_TOO_MANY_ROWS = Message("tracking_import.too_many_rows")
MSG_TOO_MANY_COLUMNS = Message("tracking_import.too_many_columns")
MSG_NOT_TEXT = Message("tracking_import.not_text")
MSG_OLD_XLS = Message("tracking_import.old_xls")
MSG_BAD_XLSX = Message("tracking_import.bad_xlsx")
MSG_EMPTY = Message("tracking_import.empty")
MSG_UNREADABLE = Message("tracking_import.unreadable")


class SpreadsheetError(ValueError):
    """A file the import cannot read; ``args[0]`` is the :class:`Message` for the clerk."""


def read_file(path: str | Path, max_bytes: int = MAX_FILE_BYTES) -> list[Row]:
    """The rows of the spreadsheet at ``path``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise SpreadsheetError(MSG_UNREADABLE.format(name=path.name, reason="not a regular file"))
        if size > max_bytes:
            raise SpreadsheetError(_too_large(path.name, size, max_bytes))
        data = path.read_bytes()
    except OSError as error:
        raise SpreadsheetError(MSG_UNREADABLE.format(name=path.name, reason=error.strerror or type(error).__name__))
    return read_bytes(data, path.name, max_bytes=max_bytes)


def read_bytes(data: bytes, name: str = "the file", *, max_bytes: int = MAX_FILE_BYTES) -> list[Row]:
    """The rows of a spreadsheet given as bytes (``name`` is only for messages)."""
    if len(data) > max_bytes:
        raise SpreadsheetError(_too_large(name, len(data), max_bytes))
    if data.startswith(b"PK\x03\x04"):
        rows = _read_xlsx(data, name)
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SpreadsheetError(MSG_OLD_XLS.format(name=name))
    else:
        rows = _read_csv(decode(data, name), name)
    rows = [row for row in rows if any(_filled(cell) for cell in row)]
    if not rows:
        raise SpreadsheetError(MSG_EMPTY.format(name=name))
    return rows


def _too_large(name: str, size: int, max_bytes: int) -> Message:
    return MSG_TOO_LARGE.format(name=name, size_mb=size / 1024 / 1024, max_mb=max_bytes // (1024 * 1024))


def _filled(cell: Cell | None) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


# -- CSV ---------------------------------------------------------------------------------------------
def decode(data: bytes, name: str = "the file") -> str:
    """Text from the bytes Excel or a carrier wrote: UTF-8 (with or without BOM), UTF-16, or
    Windows-1252 (Latin-1 where 1252 leaves a byte undefined)."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    elif _looks_utf16(data):
        candidates = ("utf-16-le",) if data[1:2] == b"\x00" else ("utf-16-be",)
    else:
        candidates = ("utf-8", "cp1252", "latin-1")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text or _mostly_control(text):
            break
        return text
    raise SpreadsheetError(MSG_NOT_TEXT.format(name=name))


def _looks_utf16(data: bytes) -> bool:
    head = data[:4000]
    return len(head) >= 4 and head.count(0) >= len(head) // 3 and (head[1] == 0 or head[0] == 0)


def _mostly_control(text: str) -> bool:
    sample = text[:20000]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\r\n\t") or 0x7F <= ord(c) < 0xA0)
    return bad > max(len(sample) // 100, 2)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of columns most often."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = DELIMITERS[0], (-1, -1)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in _safe_rows(lines, delimiter)]
        if not counts:
            continue
        width, agreeing = Counter(counts).most_common(1)[0]
        score = (agreeing if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _safe_rows(lines: list[str], delimiter: str) -> list[list[str]]:
    try:
        return list(csv.reader(lines, delimiter=delimiter))
    except csv.Error:
        return []


def _read_csv(text: str, name: str) -> list[Row]:
    first, _, rest = text.partition("\n")
    declared = re.fullmatch(r'"?sep=(.)"?[,;\t]*\r?', first.lstrip("\ufeff"), re.IGNORECASE)
    if declared:  # Excel's "sep=;" line names the delimiter (and is no data)
        delimiter, text = declared.group(1), rest
    else:
        delimiter = sniff_delimiter(text)
    rows: list[Row] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            _check_shape(rows, row, name)
            rows.append([cell.strip()[:MAX_CELL_CHARS] for cell in row])
    except csv.Error:
        raise SpreadsheetError(MSG_NOT_TEXT.format(name=name)) from None
    return rows


def _check_shape(rows: list[Row], row: list[object], name: str) -> None:
    if len(rows) >= MAX_ROWS:
        raise SpreadsheetError(MSG_TOO_MANY_ROWS.format(name=name, max=MAX_ROWS))
    if len(row) > MAX_COLUMNS:
        raise SpreadsheetError(MSG_TOO_MANY_COLUMNS.format(name=name, max=MAX_COLUMNS))


# -- XLSX --------------------------------------------------------------------------------------------
def _read_xlsx(data: bytes, name: str) -> list[Row]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise SpreadsheetError(MSG_BAD_XLSX.format(name=name, reason=str(error) or "damaged")) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise SpreadsheetError(_too_large(name, unpacked, MAX_UNPACKED_BYTES))
    import openpyxl  # only when a workbook is read

    rows: list[Row] = []
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            for values in sheet.iter_rows(values_only=True):
                _check_shape(rows, list(values), name)
                rows.append([_cell(value) for value in values])
        finally:
            workbook.close()
    except SpreadsheetError:
        raise
    except Exception as error:  # openpyxl raises many kinds on damaged workbooks
        reason = f"{type(error).__name__}: {error}"[:200]
        raise SpreadsheetError(MSG_BAD_XLSX.format(name=name, reason=reason)) from None
    width = max((len(row) for row in rows), default=0)
    return [row + [""] * (width - len(row)) for row in rows]


def _cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()[:MAX_CELL_CHARS]
