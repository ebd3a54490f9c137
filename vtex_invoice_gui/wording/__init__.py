"""Every sentence the desk's core says to the clerk, once: English templates keyed by a stable code.

Core modules never write a clerk-facing sentence: they return a
:class:`~vtex_invoice_gui.messages.Message` (a code and its parameters). Its English comes from
:data:`TEMPLATES` (the command line, logs, ``str(message)``); the Qt layer translates the same
template in the ``CoreText`` context (``ui/text/core_text.py``). Templates use ``{name}``
placeholders, filled by :func:`vtex_invoice_gui.fill.fill`. Each feature keeps its own table;
a new sentence goes into its feature's table, then ``packaging/i18n.py`` and its translations.

``PHRASES`` holds the English words the core puts inside sentences (NF-e field names, access-key
parts, NF-e purposes, journal states), translated in the same context. ``ENGLISH_FORMATS`` gives the few numbers
whose English is written with a format spec (``1.2 MB``); the Qt layer formats them by locale.
"""

from __future__ import annotations

from .accounts import ACCOUNT_TEMPLATES
from .batch import BATCH_TEMPLATES
from .cli import CLI_TEMPLATES
from .danfe import DANFE_PHRASES, DANFE_TEMPLATES
from .errors import ERROR_CONTEXT, ERROR_TEMPLATES
from .findings import FINDING_PHRASES, FINDING_TEMPLATES
from .forms import FORM_PHRASES, FORM_TEMPLATES
from .journal import JOURNAL_PHRASES, JOURNAL_TEMPLATES
from .nfe import NFE_PHRASES, NFE_TEMPLATES
from .startup import STARTUP_TEMPLATES
from .tracking import TRACKING_TEMPLATES
from .worklist import WORKLIST_TEMPLATES

__all__ = ["CONTEXT", "ENGLISH_FORMATS", "PHRASES", "TEMPLATES", "context_of"]

#: The translation context of every template and phrase here.
CONTEXT = "CoreText"

TEMPLATES: dict[str, str] = {
    **FORM_TEMPLATES,
    **NFE_TEMPLATES,
    **FINDING_TEMPLATES,
    **ACCOUNT_TEMPLATES,
    **JOURNAL_TEMPLATES,
    **STARTUP_TEMPLATES,
    **BATCH_TEMPLATES,
    **DANFE_TEMPLATES,
    **TRACKING_TEMPLATES,
    **WORKLIST_TEMPLATES,
    **CLI_TEMPLATES,
    **ERROR_TEMPLATES,
}

PHRASES: dict[str, str] = {**FORM_PHRASES, **NFE_PHRASES, **FINDING_PHRASES, **JOURNAL_PHRASES, **DANFE_PHRASES}


def context_of(code: str) -> str:
    """The translation context of ``code``'s template: ``ErrorText`` for the errors, else ``CoreText``."""
    return ERROR_CONTEXT if code in ERROR_TEMPLATES else CONTEXT


#: ``{code: {param: format spec}}`` for the English rendering only (``str(message)``).
ENGLISH_FORMATS: dict[str, dict[str, str]] = {
    "nfe.too_large": {"size_mb": ".1f", "limit_mb": ".0f"},
    "batch.member_too_large": {"size_mb": ".1f", "limit_mb": ".0f"},
    "batch.zip_too_large_total": {"size_mb": ".0f", "limit_mb": ".0f"},
    "secrets.no_answer": {"seconds": "g"},
    "tracking_import.too_large": {"size_mb": ".1f"},
    "error.found_too_large": {"limit_mb": "g"},
    "error.found_too_slow": {"seconds": "g"},
}
