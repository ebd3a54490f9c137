"""Safe XML parsing for NF-e files: size and structure limits, no DTD, no entities, no external references.

A first pass of expat refuses any DOCTYPE, entity or notation declaration (what ``defusedxml``'s
``forbid_dtd``, ``forbid_entities`` and ``forbid_external`` refuse) before the tree is built, so
external entities (XXE), entity expansion (billion laughs) and external DTDs never run.

Before the parse, :func:`check_structure` counts elements, attributes and namespace declarations
with a few byte counts (milliseconds for 10 MB) and refuses a file with far more of them than any
NF-e has: a crafted file of hundreds of thousands of attributes or namespaces would otherwise keep
the parser (and Python's GIL, so the window) busy for most of a second.
"""

from __future__ import annotations

import codecs
import re
from xml.etree import ElementTree
from xml.etree.ElementTree import Element, ParseError

from xml.parsers import expat

from .errors import (
    MSG_BAD_ENCODING,
    MSG_DTD,
    MSG_EMPTY,
    MSG_MALFORMED,
    MSG_PDF,
    MSG_TOO_LARGE,
    MSG_TOO_MANY_ATTRIBUTES,
    MSG_TOO_MANY_ELEMENTS,
    MSG_TOO_MANY_NAMESPACES,
    MSG_UNKNOWN_ENCODING,
    MSG_ZIP,
    NfeError,
    excerpt,
)

#: Largest file read as an NF-e. Real ones are tens of kB; 500 items is about 0.5 MB.
MAX_NFE_BYTES = 10 * 1024 * 1024

_DECLARED_ENCODING = re.compile(
    rb"""^[ \t\r\n]*<\?xml[^>]*?\bencoding[ \t\r\n]*=[ \t\r\n]*"""
    rb"""["']([A-Za-z][A-Za-z0-9._-]{0,39})["']"""
)


def check_size(data: bytes, max_bytes: int = MAX_NFE_BYTES) -> None:
    """Refuse empty files and files over ``max_bytes`` with a clear message."""
    if not data.strip():
        raise NfeError(MSG_EMPTY)
    if len(data) > max_bytes:
        mb = 1024 * 1024
        raise NfeError(MSG_TOO_LARGE.format(size_mb=len(data) / mb, limit_mb=max_bytes / mb))

#: Structure limits, each at least twice what the largest NF-e the layout allows has (990 items,
#: about 28 000 elements, 1 000 attributes and 3 namespace declarations in our samples), while
#: SEFAZ refuses NF-e messages over 500 kB, so no authorized NF-e comes near them.
MAX_ELEMENTS = 60_000
MAX_ATTRIBUTES = 20_000
MAX_NAMESPACES = 100
#: The parser is fed this many bytes at a time: between two pieces the GUI thread can take the GIL.
FEED_BYTES = 16 * 1024


def check_structure(data: bytes) -> None:
    """Refuse a file with far more elements, attributes or namespaces than an NF-e can have.

    Counts are upper bounds taken without parsing: every ``<`` that does not close an element
    counts as one, every ``=`` as an attribute, every ``xmlns`` as a declaration. ``data`` is in an
    ASCII-compatible encoding (:func:`parse_xml` has made UTF-16 into UTF-8).
    """
    elements = data.count(b"<") - data.count(b"</")
    if elements > MAX_ELEMENTS:
        raise NfeError(MSG_TOO_MANY_ELEMENTS.format(count=elements, limit=MAX_ELEMENTS))
    namespaces = data.count(b"xmlns")
    if namespaces > MAX_NAMESPACES:
        raise NfeError(MSG_TOO_MANY_NAMESPACES.format(count=namespaces, limit=MAX_NAMESPACES))
    attributes = data.count(b"=")
    if attributes > MAX_ATTRIBUTES:
        raise NfeError(MSG_TOO_MANY_ATTRIBUTES.format(count=attributes, limit=MAX_ATTRIBUTES))


def _sniff_not_xml(data: bytes) -> None:
    head = data.lstrip()[:8]
    if head.startswith(b"%PDF"):
        raise NfeError(MSG_PDF)
    if head.startswith(b"PK\x03\x04"):
        raise NfeError(MSG_ZIP)


class _Declared(Exception):
    """A DOCTYPE or an entity declaration met in the first pass (see :func:`parse_xml`)."""


def _refuse(*_args: object) -> None:
    raise _Declared


def _no_declarations(data: bytes) -> None:
    """First pass: expat reads ``data`` with no handlers but the DTD's, each of which refuses
    (what ``defusedxml``'s ``forbid_dtd``, ``forbid_entities`` and ``forbid_external`` refuse).

    No Python code runs per element, so the GIL is held only for the C parse of one piece at a
    time; a file that passes has no DOCTYPE, hence no entity and no external reference."""
    parser = expat.ParserCreate(None, "}")
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.NotationDeclHandler = _refuse
    for start in range(0, len(data), FEED_BYTES):
        parser.Parse(data[start : start + FEED_BYTES], False)
    parser.Parse(b"", True)


def parse_xml(data: bytes) -> Element:
    """Parse ``data`` into an element tree, refusing DTDs, entities and outsized structures.

    Two passes of expat, both in C: :func:`_no_declarations` proves the file declares nothing, then
    ElementTree's C parser and tree builder build the tree from it. (``defusedxml``'s parser did both
    at once, but through ElementTree's pure-Python parser: a Python call per element start and
    end, which kept the window from painting for 40 ms while a worker read a 500-item NF-e.)
    Each pass is fed :data:`FEED_BYTES` at a time: between two pieces the GUI thread takes the GIL.

    A file in UTF-16 (an NF-e re-saved by a text editor) is read as UTF-8 first: expat knows only
    some spellings of its name ("UTF-16-BE" made it fail with no useful message).

    Raises NfeError."""
    _sniff_not_xml(data)
    data = _utf16_as_utf8(data)
    check_structure(data)
    try:
        _no_declarations(data)
        parser = ElementTree.XMLParser(target=ElementTree.TreeBuilder())
        for start in range(0, len(data), FEED_BYTES):
            parser.feed(data[start : start + FEED_BYTES])
        return parser.close()
    except _Declared:
        raise NfeError(MSG_DTD) from None
    except (expat.ExpatError, ParseError) as error:
        line, column = _position(error)
        reason = str(error).split(":", 1)[0]
        raise NfeError(MSG_MALFORMED.format(line=line, column=column, reason=reason)) from None
    except LookupError:  # expat asked Python's codecs for an unknown encoding name
        name, _ = detect_encoding(data)
        raise NfeError(MSG_UNKNOWN_ENCODING.format(encoding=excerpt(name))) from None


_UTF16 = frozenset({"utf-16", "utf-16-le", "utf-16-be"})
_DECLARATION_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?\bencoding\s*=\s*)["'][^"']*["']""")


def _utf16_as_utf8(data: bytes) -> bytes:
    """``data`` itself, or, when it is UTF-16 (BOM, byte pattern or declaration), the same text in
    UTF-8 with its declaration saying so."""
    encoding, skip = detect_encoding(data)
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return data  # the parse names the unknown encoding
    if name not in _UTF16:
        return data
    if name == "utf-16" and not skip:  # declared "UTF-16" with no BOM: XML says big-endian
        name = "utf-16-be"
    try:
        text = data[skip:].decode(name)
    except UnicodeDecodeError:
        raise NfeError(MSG_BAD_ENCODING.format(encoding=encoding)) from None
    return _DECLARATION_ENCODING.sub(r'\1"UTF-8"', text, count=1).encode("utf-8")


def _position(error: Exception) -> tuple[int, int]:
    if isinstance(error, expat.ExpatError):
        return error.lineno, error.offset
    return getattr(error, "position", (0, 0))


def detect_encoding(data: bytes) -> tuple[str, int]:
    """The encoding of ``data`` per BOM or XML declaration, and how many BOM bytes to skip."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8", len(codecs.BOM_UTF8)
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", len(codecs.BOM_UTF16_LE)
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", len(codecs.BOM_UTF16_BE)
    if data.startswith(b"<\x00?\x00"):
        return "utf-16-le", 0
    if data.startswith(b"\x00<\x00?"):
        return "utf-16-be", 0
    match = _DECLARED_ENCODING.match(data[:512])
    if match:
        return match.group(1).decode("ascii"), 0
    return "utf-8", 0


def decode_xml_text(data: bytes) -> str:
    """The file as text, decoded per its BOM or XML declaration (UTF-8 by default).

    The BOM is dropped; everything else (declaration, line endings) is kept as is.
    """
    encoding, skip = detect_encoding(data)
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise NfeError(MSG_UNKNOWN_ENCODING.format(encoding=encoding)) from None
    try:
        return data[skip:].decode(codec.name)
    except UnicodeDecodeError:
        raise NfeError(MSG_BAD_ENCODING.format(encoding=encoding)) from None
