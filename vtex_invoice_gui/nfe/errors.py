"""The one error type the NF-e reader raises, and its clerk-readable messages.

Messages are plain English sentences kept here as module-level templates so the UI can
translate them later. They never contain more than a short excerpt of the file.
"""

from __future__ import annotations


class NfeError(ValueError):
    """The file could not be read as an NF-e. ``str(error)`` is a sentence for the clerk."""


MSG_NOT_BYTES = "The NF-e must be given as the raw bytes of the file (got {kind})."
MSG_EMPTY = "The file is empty; it is not an NF-e XML."
MSG_TOO_LARGE = (
    "The file is {size_mb:.1f} MB; an NF-e XML is at most {limit_mb:.0f} MB, "
    "so this is probably not an NF-e. It was not read."
)
MSG_PDF = (
    "This file is a PDF (probably the DANFE printout), not the NF-e XML. "
    "Ask for the XML file of the NF-e."
)
MSG_ZIP = "This file is a ZIP archive. Extract the NF-e XML from it first."
MSG_DTD = (
    "The file contains a DTD/entity declaration, which is not allowed in an NF-e; it was not read."
)
MSG_MALFORMED = (
    "The file is truncated or not well-formed XML (line {line}, column {column}): {reason}."
)
MSG_UNKNOWN_ENCODING = (
    "The file declares the text encoding '{encoding}', which is unknown; it was not read."
)
MSG_BAD_ENCODING = (
    "The file says its text encoding is {encoding}, but its bytes are not {encoding}."
)
MSG_NOT_NFE_ROOT = (
    "This file is not an NF-e XML: its main element is <{root}>, expected <nfeProc> or <NFe>."
)
MSG_NOT_NFE_NAMESPACE = (
    "This file is not an NF-e XML: it uses the XML namespace '{namespace}' "
    "instead of the NF-e namespace."
)
MSG_EVENT = (
    "This file is an NF-e event (for example a cancellation or a correction letter), "
    "not the NF-e itself. Ask for the XML of the NF-e."
)
MSG_OTHER_DOCUMENT = "This file is not an NF-e XML: it is {what}."
MSG_MISSING = "The NF-e is incomplete: {what} ({path}) is missing."
MSG_INVALID = "The NF-e has an invalid {what} ({path}): '{value}'."
MSG_ITEM_MISSING = "The NF-e is incomplete: item {item} has no {what} ({path})."
MSG_ITEM_INVALID = "The NF-e has an invalid {what} in item {item} ({path}): '{value}'."
MSG_NO_KEY = "The NF-e has no access key: neither infNFe/@Id nor protNFe/infProt/chNFe is present."
MSG_PROTOCOL_KEY_MISMATCH = (
    "The authorization protocol in this file is for access key {protocol_key}, but the NF-e "
    "in it has access key {document_key}. The file was put together wrongly; ask for the "
    "authorized XML (nfeProc) of this NF-e again."
)
MSG_INTERNAL = "The file could not be read as an NF-e because of an unexpected problem ({kind})."

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
