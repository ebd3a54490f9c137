"""NF-e XML reader and offline access-key checker (pure core, no Qt).

Public face::

    from vtex_invoice_gui.nfe import read_nfe, check_access_key, NfeError

``read_nfe(data: bytes) -> NfeDocument`` raises only :class:`NfeError` (a ValueError).
``check_access_key(key) -> list[str]`` gives plain-sentence problems (empty when valid).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

#: Where each name lives. Each loads its module when first asked for: the order panel's payment
#: codes (``nfe.payment``) do not bring the XML reader (~25 ms of imports) into the first order shown.
_HOMES = {
    "access_key": (
        "UF_CODES", "AccessKeyParts", "check_access_key", "compute_check_digit", "make_access_key",
        "normalize_access_key", "split_access_key",
    ),
    "crosscheck": ("cross_check",),
    "documents": ("is_valid_cnpj", "is_valid_cpf"),
    "errors": ("NfeError",),
    "model": ("NfeDocument", "NfeItem"),
    "reader": ("read_nfe",),
    "xmlsafe": ("MAX_NFE_BYTES",),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # asked once
    return value


__all__ = sorted(_HOME_OF)
