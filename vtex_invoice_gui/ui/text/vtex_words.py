"""Who said what in an error: VTEX's own words (its known messages in the clerk's language, with
cents shown as money), the network's, or the desk's. The raw text stays in the copied details."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

from ...vtex import InvalidResponseError, TransportError, VtexError
from .formatting import money_text

_HIGHER = re.compile(
    r"The invoice value \((\d+)\) is higher than the amount still to be invoiced \((\d+)\)(?: on order (\S+?))?\.?$"
)
_REFUND = re.compile(r"Unable to using the restitution Refund more than (\d+)")
_ITEM = re.compile(r"It is not possible to invoice the item (\S+): (\d+) units sent, (\d+) left to invoice")


class VtexWords(QObject):
    """Turns an error's code and message into the error view's "who says what" line."""

    def said(self, error: BaseException, currency: str = "BRL") -> str:
        if not isinstance(error, VtexError):
            return ""
        text = " ".join(p for p in (error.code, error.vtex_message) if p)
        if not text:
            return ""
        if isinstance(error, TransportError):
            return self.tr("The network says: %1").replace("%1", text)
        if isinstance(error, InvalidResponseError) and error.status is None:
            return self.tr("The desk found: %1").replace("%1", text)
        words = self.known(error.vtex_message or "", currency)
        if words:
            text = " ".join(p for p in (error.code, words) if p)
        return self.tr("VTEX says: %1").replace("%1", text)

    def known(self, message: str, currency: str = "BRL") -> str:
        """VTEX's messages the desk knows (vtex-api.md 6.2), in the clerk's language; else ""."""
        message = message.strip()
        if match := _HIGHER.search(message):
            return (
                self.tr("The invoice value (%1) is higher than the amount still to be invoiced (%2).")
                .replace("%1", money_text(int(match[1]), currency))
                .replace("%2", money_text(int(match[2]), currency))
            )
        if match := _REFUND.search(message):
            return self.tr("A return cannot refund more than %1.").replace("%1", money_text(int(match[1]), currency))
        if match := _ITEM.search(message):
            return (
                self.tr("Item %1 cannot be invoiced: %2 units sent, %3 left to invoice.")
                .replace("%1", match[1])
                .replace("%2", match[2])
                .replace("%3", match[3])
            )
        return ""
