"""The marker that shows Qt's ``lupdate`` which core sentences to translate, without importing Qt.

``lupdate`` reads the source text, not the running code: a call spelled
``QT_TRANSLATE_NOOP("CoreText", "...")`` puts the sentence into the ``.ts`` catalogs under that
context (``packaging/i18n.py`` scans every module outside ``ui/`` that spells a marker). At run
time the marker gives the English back unchanged; the Qt layer translates it by context and text.
"""

from __future__ import annotations

__all__ = ["QT_TRANSLATE_NOOP"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """``text``, unchanged: marks it for translation in ``context``."""
    return text
