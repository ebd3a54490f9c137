"""The files of a batch: XML files, folders (recursively) and ZIP files, read safely into memory.

Nothing is ever extracted to disk: a ZIP member's name is only a label (``day.zip!nfe/123.xml``),
so a name like ``../../etc/passwd`` cannot write anywhere; such names are still refused, because
no emitter writes them and a clerk should hear about a crafted archive.

Limits (each a row with a clear message when hit, never a crash or a frozen machine):
- a member or file over :data:`MAX_MEMBER_BYTES` (the NF-e reader's own limit) is not read;
- a ZIP with more than :data:`MAX_MEMBERS` members, or whose members declare more than
  :data:`MAX_TOTAL_BYTES` uncompressed, is refused as a whole;
- a member compressed more than :data:`MAX_RATIO` times (a zip bomb), or that inflates past the
  size it declares, is refused;
- a ZIP inside a ZIP is followed one level (:data:`MAX_NESTING`), deeper ones are skipped;
- folders are walked without following symbolic links; only ``.xml`` and ``.zip`` files count,
  other files and ZIP members become ``skipped`` rows with a note.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..messages import Message
from ..nfe.xmlsafe import MAX_NFE_BYTES

MAX_MEMBER_BYTES = MAX_NFE_BYTES
MAX_MEMBERS = 5_000
MAX_TOTAL_BYTES = 512 * 1024 * 1024
#: XML compresses 5-20 times; a member packed tighter than this (and over 1 MB) is a bomb.
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_NESTING = 1
#: A ZIP file itself (on disk or nested) is read whole into memory: this is its limit.
MAX_ZIP_BYTES = 256 * 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"

MSG_NOT_XML = Message("batch.not_xml")
MSG_UNSAFE_NAME = Message("batch.unsafe_name")
MSG_TOO_MANY_MEMBERS = Message("batch.too_many_members")
MSG_TOO_LARGE_TOTAL = Message("batch.zip_too_large_total")
MSG_MEMBER_TOO_LARGE = Message("batch.member_too_large")
MSG_BOMB = Message("batch.zip_bomb")
MSG_SIZE_LIE = Message("batch.size_lie")
MSG_BAD_ZIP = Message("batch.bad_zip")
MSG_ENCRYPTED = Message("batch.encrypted")
MSG_NESTED_TOO_DEEP = Message("batch.nested_too_deep")
MSG_UNREADABLE = Message("batch.unreadable")
MSG_NOT_REGULAR = Message("batch.not_regular")


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One input item: its stable name and its bytes, or why there are none.

    ``skipped``: not an NF-e candidate at all (a PDF next to the XMLs); else ``problem`` means
    the file could not be read (a ``failed`` row).
    """

    name: str
    data: bytes | None = None
    problem: Message | None = None
    skipped: bool = False


def _mb(size: int) -> float:
    return size / (1024 * 1024)


def _too_large(size: int, limit: int) -> Message:
    return MSG_MEMBER_TOO_LARGE.format(size_mb=_mb(size), limit_mb=_mb(limit))


def _label(name: str) -> str:
    """A member name fit for a report: control characters shown as '?'."""
    return "".join(c if c.isprintable() else "?" for c in name)


def _safe_member_name(name: str) -> bool:
    if not name or "\x00" in name or name.startswith(("/", "\\")):
        return False
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return ".." not in parts and not (parts and len(parts[0]) == 2 and parts[0][1] == ":")


def _read_regular(path: Path, limit: int, *, follow: bool) -> bytes:
    """At most ``limit + 1`` bytes of a regular file (a FIFO or device is refused before reading;
    without ``follow``, a symbolic link too)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if not follow and path.is_symlink():
            raise IsADirectoryError(MSG_NOT_REGULAR) from error
        raise
    with os.fdopen(fd, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise IsADirectoryError(MSG_NOT_REGULAR)
        return stream.read(limit + 1)


def collect(paths: list[Path]) -> Iterator[SourceFile]:
    """Every input item under ``paths``, in a stable order (folders sorted by name)."""
    for path in paths:
        name = str(path)
        if path.is_dir() and not path.is_symlink():
            yield from _walk(path)
        else:
            yield from _file(path, name, explicit=True)


def _walk(folder: Path) -> Iterator[SourceFile]:
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for file_name in sorted(files):
            path = Path(root) / file_name
            yield from _file(path, str(path), explicit=False)


def _file(path: Path, name: str, *, explicit: bool) -> Iterator[SourceFile]:
    suffix = path.suffix.casefold()
    if not explicit and suffix not in (".xml", ".zip"):
        yield SourceFile(name, problem=MSG_NOT_XML, skipped=True)
        return
    try:
        data = _read_regular(path, MAX_ZIP_BYTES if suffix == ".zip" else MAX_MEMBER_BYTES, follow=explicit)
    except OSError as error:
        first = error.args[0] if error.args else None
        reason = error.strerror or type(error).__name__
        yield SourceFile(name, problem=first if isinstance(first, Message) else MSG_UNREADABLE.format(reason=reason))
        return
    if data.startswith(ZIP_MAGIC) or suffix == ".zip":
        if len(data) > MAX_ZIP_BYTES:
            yield SourceFile(name, problem=_too_large(len(data), MAX_ZIP_BYTES))
            return
        yield from read_zip(data, name)
    elif len(data) > MAX_MEMBER_BYTES:
        yield SourceFile(name, problem=_too_large(len(data), MAX_MEMBER_BYTES))
    else:
        yield SourceFile(name, data=data)


@dataclass
class _Budget:
    """Uncompressed bytes still allowed for one top-level ZIP (nested ZIPs share it)."""

    left: int = field(default_factory=lambda: MAX_TOTAL_BYTES)


def read_zip(data: bytes, name: str, *, depth: int = 0, budget: _Budget | None = None) -> Iterator[SourceFile]:
    """The members of the ZIP ``data`` (named ``name``), read in memory within the limits."""
    budget = budget if budget is not None else _Budget()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        yield SourceFile(name, problem=MSG_BAD_ZIP.format(reason=_label(str(error)[:120]) or "damaged"))
        return
    with archive:
        if len(members) > MAX_MEMBERS:
            yield SourceFile(name, problem=MSG_TOO_MANY_MEMBERS.format(count=len(members), limit=MAX_MEMBERS))
            return
        declared = sum(info.file_size for info in members)
        if declared > budget.left:
            yield SourceFile(
                name, problem=MSG_TOO_LARGE_TOTAL.format(size_mb=_mb(declared), limit_mb=_mb(MAX_TOTAL_BYTES))
            )
            return
        for info in members:
            yield from _member(archive, info, name, depth, budget)


def _member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, parent: str, depth: int, budget: _Budget
) -> Iterator[SourceFile]:
    name = f"{parent}!{_label(info.filename)}"
    suffix = PurePosixPath(info.filename).suffix.casefold()
    nested = suffix == ".zip"
    if not _safe_member_name(info.filename):
        yield SourceFile(name, problem=MSG_UNSAFE_NAME)
        return
    if stat.S_ISLNK(info.external_attr >> 16) or suffix not in (".xml", ".zip"):
        yield SourceFile(name, problem=MSG_NOT_XML, skipped=True)
        return
    if nested and depth >= MAX_NESTING:
        yield SourceFile(name, problem=MSG_NESTED_TOO_DEEP, skipped=True)
        return
    if info.flag_bits & 0x1:
        yield SourceFile(name, problem=MSG_ENCRYPTED)
        return
    limit = MAX_ZIP_BYTES if nested else MAX_MEMBER_BYTES
    if info.file_size > limit:
        yield SourceFile(name, problem=_too_large(info.file_size, limit))
        return
    if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        yield SourceFile(name, problem=MSG_BOMB.format(ratio=info.file_size // max(info.compress_size, 1)))
        return
    try:
        with archive.open(info) as stream:
            data = stream.read(min(info.file_size, budget.left) + 1)  # never more than declared (+1 to see a lie)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, EOFError, OSError) as error:
        yield SourceFile(name, problem=MSG_BAD_ZIP.format(reason=_label(str(error)[:120]) or type(error).__name__))
        return
    if len(data) > info.file_size:
        yield SourceFile(name, problem=MSG_SIZE_LIE)
        return
    budget.left -= len(data)
    if nested:
        yield from read_zip(data, name, depth=depth + 1, budget=budget)
    else:
        yield SourceFile(name, data=data)
