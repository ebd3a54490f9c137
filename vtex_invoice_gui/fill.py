"""The one way a sentence gets its values: ``{name}`` placeholders, filled in a single pass.

Every sentence the desk shows (``self.tr(...)`` in the Qt layer, the English templates of core
messages, the command line) writes its values as ``{name}`` and is filled by :func:`fill`. A value
is inserted as it is and never read again, so a value that itself contains ``{other}`` or ``%2``
(an order id, VTEX's own message, a file name) comes out intact, unlike chained
``.replace("%1", ...)`` calls. A placeholder with no value stays visible, so a missing value shows
in review instead of vanishing.
"""

from __future__ import annotations

import re

__all__ = ["fill", "placeholders"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(template: str, /, **values: object) -> str:
    """``template`` with each ``{name}`` replaced by ``str(values[name])``, in one pass."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def placeholders(template: str) -> set[str]:
    """The names of ``template``'s placeholders (the i18n check compares them per translation)."""
    return set(_PLACEHOLDER.findall(template))
