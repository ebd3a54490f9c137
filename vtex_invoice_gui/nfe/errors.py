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


MSG_NOT_BYTES = Message("nfe.not_bytes")
MSG_EMPTY = Message("nfe.empty")
MSG_TOO_LARGE = Message("nfe.too_large")
MSG_TOO_MANY_ELEMENTS = Message("nfe.too_many_elements")
MSG_TOO_MANY_ATTRIBUTES = Message("nfe.too_many_attributes")
MSG_TOO_MANY_NAMESPACES = Message("nfe.too_many_namespaces")
MSG_NOT_A_FILE = Message("nfe.not_a_file")
MSG_PDF = Message("nfe.pdf")
MSG_ZIP = Message("nfe.zip")
MSG_DTD = Message("nfe.dtd")
MSG_MALFORMED = Message("nfe.malformed")
MSG_UNKNOWN_ENCODING = Message("nfe.unknown_encoding")
MSG_BAD_ENCODING = Message("nfe.bad_encoding")
MSG_NOT_NFE_ROOT = Message("nfe.not_nfe_root")
MSG_NOT_NFE_NAMESPACE = Message("nfe.not_nfe_namespace")
MSG_EVENT = Message("nfe.event")
MSG_OTHER_DOCUMENT = Message("nfe.other_document")
MSG_MISSING = Message("nfe.missing")
MSG_INVALID = Message("nfe.invalid")
MSG_ITEM_MISSING = Message("nfe.item_missing")
MSG_ITEM_INVALID = Message("nfe.item_invalid")
#: The same sentence as MSG_MISSING, for a named field (``field``: "issue date", "series"...).
MSG_MISSING_FIELD = Message("nfe.missing_field")
MSG_ITEM_NO_PRODUCT = Message("nfe.item_no_product")
MSG_NO_KEY = Message("nfe.no_key")
MSG_PROTOCOL_KEY_MISMATCH = Message("nfe.protocol_key_mismatch")
MSG_INTERNAL = Message("nfe.internal")

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
