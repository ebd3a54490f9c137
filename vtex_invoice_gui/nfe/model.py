"""What the reader extracts from an NF-e: frozen dataclasses, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Literal

from ..messages import Message

InvoiceType = Literal["Output", "Input"]

PRODUCTION = 1
HOMOLOGATION = 2
MODEL_NFE = 55
MODEL_NFCE = 65
#: cStat values meaning "use authorized": 100, and 150 (authorized, granted late).
AUTHORIZED_STATUS_CODES = frozenset({100, 150})

#: finNFe values other than 1 (normal) and 4 (return), as a clerk would read them (words of the
#: phrase table, ``wording/findings.py``).
SPECIAL_PURPOSES: dict[int, str] = {
    2: "a complementary NF-e",
    3: "an adjustment NF-e",
    5: "a credit note",
    6: "a debit note",
}

# What a clerk should see before using an NF-e: each a Message (``nfe_finding.*``, wording/findings.py).
WARN_HOMOLOGATION = Message("nfe_finding.homologation")
WARN_NO_PROTOCOL = Message("nfe_finding.no_protocol")
WARN_NOT_AUTHORIZED = Message("nfe_finding.not_authorized")
WARN_NOT_AUTHORIZED_NO_REASON = Message("nfe_finding.not_authorized_no_reason")
WARN_NFCE = Message("nfe_finding.nfce")
WARN_UNUSUAL_MODEL = Message("nfe_finding.unusual_model")
WARN_PURPOSE = Message("nfe_finding.special_purpose")
WARN_REFORM_TOTAL = Message("nfe_finding.reform_total")


@dataclass(frozen=True, slots=True)
class NfeItem:
    """One ``det/prod`` line. Money in integer cents, quantity as an exact Decimal."""

    number: int  # det/@nItem (position when absent)
    code: str  # cProd: the ERP's code, not a VTEX SKU id
    ean: str | None  # cEAN; None when empty or "SEM GTIN"
    description: str  # xProd
    unit: str | None  # uCom
    quantity: Decimal  # qCom
    unit_price_cents: int  # vUnCom rounded half up to cents
    total_cents: int  # vProd
    discount_cents: int  # vDesc, 0 when absent
    order_ref: str | None = None  # det/prod/xPed: the buyer's order number for this line


@dataclass(frozen=True, slots=True)
class NfePayment:
    """The first ``detPag`` of an NF-e and its intermediary. Empty strings are "absent"."""

    payment_type: str = ""  # tPag
    has_card: bool = False
    brand: str = ""  # card/tBand
    authorization: str = ""  # card/cAut
    acquirer_cnpj: str = ""  # card/CNPJ
    intermediary_cnpj: str = ""  # infIntermed/CNPJ
    intermediary_id: str = ""  # infIntermed/idCadIntTran
    intermediary_flag: str = ""  # ide/indIntermed


@dataclass(frozen=True, slots=True)
class NfeDocument:
    """An NF-e read from XML. Build it with :func:`vtex_invoice_gui.nfe.read_nfe`."""

    access_key: str
    number: int  # ide/nNF
    series: int  # ide/serie
    model: int  # ide/mod: 55 NF-e, 65 NFC-e
    issued_at: datetime  # aware; dEmi (date only) becomes midnight at -03:00
    invoice_type: InvoiceType
    total_cents: int  # total/ICMSTot/vNF
    emitter_document: str  # emit/CNPJ or emit/CPF
    recipient_document: str | None  # dest/CNPJ, dest/CPF or dest/idEstrangeiro
    status_code: int | None  # protNFe/infProt/cStat; None without protNFe
    environment: int  # ide/tpAmb: 1 production, 2 homologation
    items: tuple[NfeItem, ...]
    xml_text: str = field(repr=False)
    key_problems: tuple[str, ...] = ()
    layout_version: str | None = None  # infNFe/@versao, e.g. "4.00"
    state_code: int = 0  # ide/cUF
    emission_type: int | None = None  # ide/tpEmis
    operation_type: int = 1  # ide/tpNF: 0 entrada, 1 saída
    purpose: int = 1  # ide/finNFe: 1 normal ... 4 devolução
    emitter_name: str | None = None
    recipient_name: str | None = None
    status_message: str | None = None  # infProt/xMotivo
    protocol_number: str | None = None  # infProt/nProt
    authorized_at: datetime | None = None  # infProt/dhRecbto
    has_protocol: bool = False
    notes: tuple[tuple[str, Message], ...] = ()  # reading notes as (code, message)
    # 2026 tax reform: total/vNFTot (vNF plus IBS, CBS and IS); None when the NF-e has none.
    # The invoice value stays total_cents (vNF).
    reform_total_cents: int | None = None
    # Where emitters write the buyer's order number (batch matching): compra/xPed and the free
    # text of infAdic/infCpl and infAdic/infAdFisco; None when absent.
    purchase_order: str | None = None
    additional_info: str | None = None
    fisco_info: str | None = None
    payment: NfePayment = NfePayment()  # the first pag/detPag and infIntermed, read with the rest

    @property
    def invoice_number(self) -> str:
        """``nNF`` as plain digits, the way VTEX's invoiceNumber should carry it."""
        return str(self.number)

    @property
    def reform_total_differs(self) -> bool:
        """True when the NF-e has a ``vNFTot`` other than ``vNF`` (the desk then shows both)."""
        return self.reform_total_cents is not None and self.reform_total_cents != self.total_cents

    @property
    def is_nfce(self) -> bool:
        return self.model == MODEL_NFCE

    @property
    def is_homologation(self) -> bool:
        return self.environment == HOMOLOGATION

    @property
    def is_authorized(self) -> bool:
        """True when a protocol is present with cStat 100 (or 150, authorized late)."""
        return self.status_code in AUTHORIZED_STATUS_CODES

    def warnings(self) -> list[tuple[str, Message]]:
        """Things a clerk should see before using this NF-e, as (code, message).

        Codes: ``homologation``, ``no_protocol``, ``not_authorized``, ``nfce``,
        ``unusual_model``, ``special_purpose``, ``reform_total`` and the reading notes (``time_without_offset``,
        ``date_only``). Each message carries its values (``params``; amounts in cents under names ending
        in ``_cents``). Access-key problems are not repeated here: see :attr:`key_problems`.
        """
        found: list[tuple[str, Message]] = []
        if self.is_homologation:
            found.append(("homologation", WARN_HOMOLOGATION))
        if self.status_code is None:
            found.append(("no_protocol", WARN_NO_PROTOCOL))
        elif not self.is_authorized:
            said = WARN_NOT_AUTHORIZED if self.status_message else WARN_NOT_AUTHORIZED_NO_REASON
            found.append(("not_authorized", said.format(status=self.status_code, reason=self.status_message or "")))
        if self.is_nfce:
            found.append(("nfce", WARN_NFCE))
        elif self.model != MODEL_NFE:
            found.append(("unusual_model", WARN_UNUSUAL_MODEL.format(model=self.model)))
        if self.purpose in SPECIAL_PURPOSES:
            what = SPECIAL_PURPOSES[self.purpose]
            found.append(("special_purpose", WARN_PURPOSE.format(what=what, purpose=self.purpose)))
        if self.reform_total_differs:
            assert self.reform_total_cents is not None
            found.append((
                "reform_total",
                WARN_REFORM_TOTAL.format(reform_total_cents=self.reform_total_cents, total_cents=self.total_cents),
            ))  # fmt: skip
        found.extend(self.notes)
        return found
