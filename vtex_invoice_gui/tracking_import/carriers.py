"""Carriers: the name VTEX knows, a tracking URL template with ``{code}`` and a code pattern.

Each store keeps its own list (:mod:`.files`); :data:`DEFAULT_CARRIERS` starts it. Public URL
templates disagree for every carrier (queue-and-batch.md section 3), so every default is marked
``check_link``: the clerk opens one link before trusting it. Correios S10 codes
(``AA123456789BR``) carry a check digit: :func:`s10_check_digit`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, field_validator

from ..messages import Message

MSG_S10_DIGIT = Message("tracking_import.s10_digit")
MSG_PATTERN = Message("tracking_import.pattern")

S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
S10 = re.compile(r"([A-Z]{2})(\d{8})(\d)([A-Z]{2})", re.ASCII)


def s10_check_digit(digits: str) -> int:
    """The S10 check digit of an 8-digit serial: weights 8 6 4 2 3 5 9 7, modulus 11."""
    if len(digits) != 8 or not digits.isascii() or not digits.isdigit():
        raise ValueError("an S10 serial is exactly 8 digits")
    remainder = sum(int(d) * w for d, w in zip(digits, S10_WEIGHTS, strict=True)) % 11
    return 5 if remainder == 0 else 0 if remainder == 1 else 11 - remainder


def clean_code(raw: str) -> str:
    """A tracking number without spaces, dashes, dots or invisible characters, upper case."""
    text = unicodedata.normalize("NFKC", raw or "")
    return "".join(c for c in text if c.isalnum()).upper()


class Carrier(BaseModel):
    """One carrier as the store uses it."""

    model_config = ConfigDict(extra="ignore")

    #: The carrier's name as VTEX knows it (the order's ``deliveryCompany``, the invoice's ``courier``).
    name: str
    #: The tracking page with ``{code}`` where the tracking number goes (may be empty).
    url_template: str = ""
    #: A regular expression the whole (cleaned) tracking number matches; empty: any code.
    code_pattern: str = ""
    #: Other names the carrier goes by in spreadsheets and orders ("Correios SEDEX", "PAC").
    aliases: list[str] = []
    #: True for the defaults nobody has checked yet: public templates disagree.
    check_link: bool = False
    #: Correios-style S10 codes: the check digit is verified.
    s10: bool = False

    @field_validator("url_template")
    @classmethod
    def _template(cls, value: str) -> str:
        value = value.strip()
        if value and ("{code}" not in value or not re.match(r"https?://", value)):
            raise ValueError("A tracking URL template is a web address with {code} where the code goes.")
        return value

    @field_validator("code_pattern")
    @classmethod
    def _pattern(cls, value: str) -> str:
        re.compile(value)  # a bad pattern is refused here, not at import time
        return value

    def url_for(self, code: str) -> str | None:
        return self.url_template.replace("{code}", code) if self.url_template else None

    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def name_for(self, written: str | None) -> str:
        """The name to send VTEX: the list's spelling of what the row wrote (name or alias), else the name."""
        wanted = _key(written or "")
        return next((n for n in self.names() if _key(n) == wanted), self.name)

    def problems(self, code: str) -> list[Message]:
        """What is wrong with a (cleaned) tracking number for this carrier; empty when nothing."""
        if self.s10:
            match = S10.fullmatch(code)
            if match:
                expected = s10_check_digit(match.group(2))
                found = int(match.group(3))
                if expected != found:
                    suggestion = f"{match.group(1)}{match.group(2)}{expected}{match.group(4)}"
                    return [MSG_S10_DIGIT.format(code=code, found=found, expected=expected, suggestion=suggestion)]
                return []
        if self.code_pattern and not re.fullmatch(self.code_pattern, code):
            return [MSG_PATTERN.format(code=code, carrier=self.name)]
        return []


DEFAULT_CARRIERS: tuple[Carrier, ...] = (
    Carrier(
        name="Correios", url_template="https://rastreamento.correios.com.br/app/index.php?objetos={code}",
        code_pattern=r"[A-Z]{2}\d{9}[A-Z]{2}", aliases=["Correios SEDEX", "Correios PAC", "SEDEX", "PAC"],
        check_link=True, s10=True,
    ),
    Carrier(name="Jadlog", url_template="https://www.jadlog.com.br/jadlog/tracking?cte={code}",
            code_pattern=r"[A-Z0-9]{8,20}", check_link=True),
    Carrier(name="Loggi", url_template="https://www.loggi.com/rastreador/{code}", check_link=True),
    Carrier(name="Total Express", check_link=True),
    Carrier(name="J&T Express", url_template="https://www.jtexpress.com.br/trajectoryQuery?bills={code}",
            aliases=["J&T", "JT Express", "J&T Express Brasil"], check_link=True),
    Carrier(name="Melhor Envio", url_template="https://melhorrastreio.com.br/rastreio/{code}", check_link=True),
)


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9&]+", " ", text.casefold()).strip()


def find_carrier(carriers: Iterable[Carrier], name: str | None, code: str = "") -> Carrier | None:
    """The carrier called ``name`` (or by an alias, or whose name starts it: "Correios SEDEX 10");
    without a name, the only carrier whose pattern the code fits (S10 codes are the Correios')."""
    carriers = list(carriers)
    wanted = _key(name or "")
    if wanted:
        for carrier in carriers:
            if any(_key(n) == wanted for n in carrier.names()):
                return carrier
        for carrier in carriers:
            if any(wanted.startswith(_key(n) + " ") for n in carrier.names()):
                return carrier
        return None
    if code and S10.fullmatch(code):
        return next((c for c in carriers if c.s10), None)
    return None
