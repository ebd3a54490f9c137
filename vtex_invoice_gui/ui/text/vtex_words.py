"""Who said what in an error: VTEX's own words (its known messages in the clerk's language, with
cents shown as money), the network's, or the desk's (what it found wrong with an answer: a message
of ``wording/errors.py``, translated). The raw text stays in the copied details."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

from ...fill import fill
from ...messages import Message
from ...vtex import InvalidResponseError, TransportError, VtexError
from .core_text import translate
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
        if isinstance(error.vtex_message, Message):  # the desk's own words about the answer, translated
            found = " ".join(p for p in (error.code, translate(error.vtex_message)) if p)
            return fill(self.tr("The desk found: {message}"), message=found)
        if isinstance(error, TransportError):
            return fill(self.tr("The network says: {message}"), message=text)
        if isinstance(error, InvalidResponseError) and error.status is None:
            return fill(self.tr("The desk found: {message}"), message=text)
        words = self.known(error.vtex_message or "", currency)
        if words:
            text = " ".join(p for p in (error.code, words) if p)
        return fill(self.tr("VTEX says: {message}"), message=text)

    def known(self, message: str, currency: str = "BRL") -> str:
        """VTEX's messages the desk knows (vtex-api.md 6.2), in the clerk's language; else ""."""
        message = message.strip()
        if match := _HIGHER.search(message):
            return fill(
                self.tr("The invoice value ({value}) is higher than the amount still to be invoiced ({remaining})."),
                value=money_text(int(match[1]), currency),
                remaining=money_text(int(match[2]), currency),
            )
        if match := _REFUND.search(message):
            return fill(
                self.tr("A return cannot refund more than {amount}."),
                amount=money_text(int(match[1]), currency),
            )
        if match := _ITEM.search(message):
            return (
                fill(
                    self.tr("Item {sku} cannot be invoiced: {sent} units sent, {left} left to invoice."),
                    sku=match[1],
                    sent=match[2],
                    left=match[3],
                )
            )
        return ""
