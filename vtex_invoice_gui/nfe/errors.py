"""The one error type the NF-e reader raises, and its clerk-readable messages.

Messages are plain English sentences kept here as module-level templates, each a
:class:`~vtex_invoice_gui.messages.Message` with a code (``nfe.*``): ``MSG_X.format(...)`` keeps
the code and records the values, so the UI can word them in the clerk's language. They never
contain more than a short excerpt of the file.
"""

from __future__ import annotations

from ..messages import Message


class NfeError(ValueError):
    """The file could not be read as an NF-e. ``str(error)`` is a sentence for the clerk.

    Its argument is the :class:`~vtex_invoice_gui.messages.Message` (code and params).
    """


MSG_NOT_BYTES = Message("The NF-e must be given as the raw bytes of the file (got {kind}).", "nfe.not_bytes")
MSG_EMPTY = Message("The file is empty; it is not an NF-e XML.", "nfe.empty")
MSG_TOO_LARGE = Message(
    "The file is {size_mb:.1f} MB; an NF-e XML is at most {limit_mb:.0f} MB, "
    "so this is probably not an NF-e. It was not read.",
    "nfe.too_large",
)
MSG_TOO_MANY_ELEMENTS = Message(
    "The file holds {count} XML elements, but an NF-e has at most {limit}: this is not an NF-e, "
    "and it was not read. Choose the NF-e XML file of the order.",
    "nfe.too_many_elements",
)
MSG_TOO_MANY_ATTRIBUTES = Message(
    "The file holds {count} XML attributes, but an NF-e has at most {limit}: this is not an NF-e, "
    "and it was not read. Choose the NF-e XML file of the order.",
    "nfe.too_many_attributes",
)
MSG_TOO_MANY_NAMESPACES = Message(
    "The file declares {count} XML namespaces, but an NF-e declares at most {limit}: this is not "
    "an NF-e, and it was not read. Choose the NF-e XML file of the order.",
    "nfe.too_many_namespaces",
)
MSG_NOT_A_FILE = Message(
    "This is not a regular file (it is a folder, a device or a pipe); choose the NF-e XML file itself.",
    "nfe.not_a_file",
)
MSG_PDF = Message(
    "This file is a PDF (probably the DANFE printout), not the NF-e XML. "
    "Ask for the XML file of the NF-e.",
    "nfe.pdf",
)
MSG_ZIP = Message("This file is a ZIP archive. Extract the NF-e XML from it first.", "nfe.zip")
MSG_DTD = Message(
    "The file contains a DTD/entity declaration, which is not allowed in an NF-e; it was not read.",
    "nfe.dtd",
)
MSG_MALFORMED = Message(
    "The file is truncated or not well-formed XML (line {line}, column {column}): {reason}.",
    "nfe.malformed",
)
MSG_UNKNOWN_ENCODING = Message(
    "The file declares the text encoding '{encoding}', which is unknown; it was not read.",
    "nfe.unknown_encoding",
)
MSG_BAD_ENCODING = Message(
    "The file says its text encoding is {encoding}, but its bytes are not {encoding}.",
    "nfe.bad_encoding",
)
MSG_NOT_NFE_ROOT = Message(
    "This file is not an NF-e XML: its main element is <{root}>, expected <nfeProc> or <NFe>.",
    "nfe.not_nfe_root",
)
MSG_NOT_NFE_NAMESPACE = Message(
    "This file is not an NF-e XML: it uses the XML namespace '{namespace}' "
    "instead of the NF-e namespace.",
    "nfe.not_nfe_namespace",
)
MSG_EVENT = Message(
    "This file is an NF-e event (for example a cancellation or a correction letter), "
    "not the NF-e itself. Ask for the XML of the NF-e.",
    "nfe.event",
)
MSG_OTHER_DOCUMENT = Message("This file is not an NF-e XML: it is {what}.", "nfe.other_document")
MSG_MISSING = Message("The NF-e is incomplete: {what} ({path}) is missing.", "nfe.missing")
MSG_INVALID = Message("The NF-e has an invalid {what} ({path}): '{value}'.", "nfe.invalid")
MSG_ITEM_MISSING = Message("The NF-e is incomplete: item {item} has no {what} ({path}).", "nfe.item_missing")
MSG_ITEM_INVALID = Message(
    "The NF-e has an invalid {what} in item {item} ({path}): '{value}'.", "nfe.item_invalid"
)
#: The same sentence as MSG_MISSING, for a named field (``field``: "issue date", "series"...).
MSG_MISSING_FIELD = Message("The NF-e is incomplete: the {field} ({path}) is missing.", "nfe.missing_field")
MSG_ITEM_NO_PRODUCT = Message(
    "The NF-e is incomplete: the product of item {item} (det/prod) is missing.", "nfe.item_no_product"
)
MSG_NO_KEY = Message(
    "The NF-e has no access key: neither infNFe/@Id nor protNFe/infProt/chNFe is present.", "nfe.no_key"
)
MSG_PROTOCOL_KEY_MISMATCH = Message(
    "The authorization protocol in this file is for access key {protocol_key}, but the NF-e "
    "in it has access key {document_key}. The file was put together wrongly; ask for the "
    "authorized XML (nfeProc) of this NF-e again.",
    "nfe.protocol_key_mismatch",
)
MSG_INTERNAL = Message(
    "The file could not be read as an NF-e because of an unexpected problem ({kind}).", "nfe.internal"
)

#: Other fiscal documents that clerks mix up with an NF-e, keyed by the root element name.
OTHER_DOCUMENTS: dict[str, str] = {
    "cteProc": "a CT-e (transport document)",
    "CTe": "a CT-e (transport document)",
    "CTeOS": "a CT-e OS (transport document)",
    "mdfeProc": "an MDF-e (cargo manifest)",
    "MDFe": "an MDF-e (cargo manifest)",
    "CFe": "a CF-e SAT receipt",
    "CompNfse": "an NFS-e (service invoice)",
    "Nfse": "an NFS-e (service invoice)",
    "NFSe": "an NFS-e (service invoice)",
}

#: Root element names of NF-e events (cancellation, correction letter, manifestation).
EVENT_ROOTS = frozenset({"procEventoNFe", "evento", "envEvento", "retEnvEvento", "retEvento"})


def excerpt(value: str, limit: int = 40) -> str:
    """Shorten a value from the file for use inside a message."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"
