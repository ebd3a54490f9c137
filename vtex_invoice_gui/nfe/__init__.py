"""NF-e XML reader and offline access-key checker (pure core, no Qt).

Public face::

    from vtex_invoice_gui.nfe import read_nfe, check_access_key, NfeError

``read_nfe(data: bytes) -> NfeDocument`` raises only :class:`NfeError` (a ValueError).
``check_access_key(key) -> list[str]`` gives plain-sentence problems (empty when valid).
"""

from __future__ import annotations

from .access_key import (
    UF_CODES,
    AccessKeyParts,
    check_access_key,
    compute_check_digit,
    make_access_key,
    normalize_access_key,
    split_access_key,
)
from .crosscheck import cross_check
from .documents import is_valid_cnpj, is_valid_cpf
from .errors import NfeError
from .model import NfeDocument, NfeItem
from .reader import read_nfe
from .xmlsafe import MAX_NFE_BYTES

__all__ = [
    "MAX_NFE_BYTES",
    "UF_CODES",
    "AccessKeyParts",
    "NfeDocument",
    "NfeError",
    "NfeItem",
    "check_access_key",
    "compute_check_digit",
    "cross_check",
    "is_valid_cnpj",
    "is_valid_cpf",
    "make_access_key",
    "normalize_access_key",
    "read_nfe",
    "split_access_key",
]
