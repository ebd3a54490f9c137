"""Compare the parts of the access key with what the XML itself says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..messages import Message
from .access_key import KEY_LENGTH, split_access_key

if TYPE_CHECKING:
    from .model import NfeDocument

# Each a Message with a code (``nfe_cross.*``) so the UI can say it in the clerk's language.
MSG_NUMBER = Message("nfe_cross.number")
MSG_SERIES = Message("nfe_cross.series")
MSG_MODEL = Message("nfe_cross.model")
MSG_STATE = Message("nfe_cross.state")
MSG_EMITTER = Message("nfe_cross.emitter")
MSG_YEAR_MONTH = Message("nfe_cross.year_month")
MSG_EMISSION_TYPE = Message("nfe_cross.emission_type")


def _digits(value: str) -> int | None:
    return int(value) if value.isascii() and value.isdigit() else None


def cross_check(doc: NfeDocument) -> list[str]:
    """Problems where the key disagrees with the XML fields; empty when they agree.

    Only runs on a 44-character key; parts that are not numbers are left to
    :func:`check_access_key`. A CPF emitter is compared as '000' + CPF.
    """
    if len(doc.access_key) != KEY_LENGTH:
        return []
    parts = split_access_key(doc.access_key)
    problems: list[str] = []
    if _digits(parts.state) is not None and _digits(parts.state) != doc.state_code:
        problems.append(MSG_STATE.format(key=parts.state, xml=doc.state_code))
    year_month = f"{doc.issued_at:%y%m}"
    if _digits(parts.year_month) is not None and parts.year_month != year_month:
        problems.append(
            MSG_YEAR_MONTH.format(
                key_month=parts.year_month[2:],
                key_year=parts.year_month[:2],
                xml_date=f"{doc.issued_at:%d/%m/%Y}",
            )
        )
    emitter = doc.emitter_document.upper()
    if parts.cnpj != emitter.rjust(14, "0"):
        where = "emit/CPF" if len(emitter) == 11 else "emit/CNPJ"
        key_emitter = parts.cnpj
        if len(emitter) == 11 and key_emitter.startswith("000"):
            key_emitter = f"CPF {key_emitter[3:]}"
        else:
            key_emitter = f"CNPJ {key_emitter}"
        problems.append(MSG_EMITTER.format(key=key_emitter, xml=emitter, where=where))
    if _digits(parts.model) is not None and _digits(parts.model) != doc.model:
        problems.append(MSG_MODEL.format(key=parts.model, xml=doc.model))
    if _digits(parts.series) is not None and _digits(parts.series) != doc.series:
        problems.append(MSG_SERIES.format(key=int(parts.series), xml=doc.series))
    if _digits(parts.number) is not None and _digits(parts.number) != doc.number:
        problems.append(MSG_NUMBER.format(key=int(parts.number), xml=doc.number))
    emission = _digits(parts.emission_type)
    if emission is not None and doc.emission_type is not None and emission != doc.emission_type:
        problems.append(MSG_EMISSION_TYPE.format(key=emission, xml=doc.emission_type))
    return problems
