"""Optional groups for :func:`~tests.support.nfe_samples.build_nfe_xml`: the 2026 tax reform
(IBS/CBS, IS, ``vNFTot``, ``ide/gCompraGov``), the card payment group and the intermediary.

Layout after NT 2025.002: per item ``imposto/IS`` and ``imposto/IBSCBS`` (CST, cClassTrib,
gIBSCBS with gIBSUF, gIBSMun and gCBS); totals ``total/ISTot``, ``total/IBSCBSTot`` and
``total/vNFTot``, which adds IBS, CBS and IS to ``vNF`` (the invoice value stays ``vNF``).
Rates are the 2026 test-year ones (CBS 0.9 %, IBS UF 0.1 %, IBS municipal 0 %).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from vtex_invoice_gui.nfe.fields import cents_text

CBS_RATE = Decimal("0.90")
IBS_STATE_RATE = Decimal("0.10")
IBS_CITY_RATE = Decimal("0.00")
SELECTIVE_RATE = Decimal("1.00")  # IS on the first item only


class _Writes(Protocol):
    def open(self, tag: str, **attrs: str) -> None: ...
    def close(self, tag: str) -> None: ...
    def leaf(self, tag: str, value: object) -> None: ...
    def leaves(self, **values: object) -> None: ...


@dataclass(frozen=True, slots=True)
class SampleCard:
    """``pag/detPag`` with its ``card`` group (NT 2025.001: what marketplaces send for the NF-e)."""

    payment_type: str = "03"  # tPag: 03 credit card, 04 debit card, 17 Pix
    brand: str = "01"  # tBand: 01 Visa, 02 Mastercard, 06 Elo ...
    authorization: str = "123456"  # cAut
    acquirer_cnpj: str | None = "01027058000191"  # card/CNPJ: the acquirer


@dataclass(frozen=True, slots=True)
class SampleIntermediary:
    """``infIntermed``: the marketplace the sale went through."""

    cnpj: str
    user_id: str  # idCadIntTran: the seller's id at the marketplace


@dataclass(frozen=True, slots=True)
class SampleExtras:
    reform: bool = False
    government_purchase: bool = False  # ide/gCompraGov
    card: SampleCard | None = None
    intermediary: SampleIntermediary | None = None
    # Where emitters put the buyer's order number: compra/xPed, det/prod/xPed (every line),
    # infAdic/infCpl (replaces the default text) and infAdic/infAdFisco.
    purchase_order: str | None = None
    item_order: str | None = None
    additional_info: str | None = None
    fisco_info: str | None = None


def _group(w: _Writes, tag: str, **values: object) -> None:
    w.open(tag)
    w.leaves(**values)
    w.close(tag)


def _share(base_cents: int, rate: Decimal) -> int:
    return int((base_cents * rate / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _rate(rate: Decimal) -> str:
    return f"{rate:.4f}"


@dataclass(frozen=True, slots=True)
class ReformTaxes:
    """IBS, CBS and IS of one item (cents)."""

    base: int
    ibs_state: int
    ibs_city: int
    cbs: int
    selective: int

    @classmethod
    def of(cls, base_cents: int, index: int) -> ReformTaxes:
        return cls(
            base=base_cents,
            ibs_state=_share(base_cents, IBS_STATE_RATE),
            ibs_city=_share(base_cents, IBS_CITY_RATE),
            cbs=_share(base_cents, CBS_RATE),
            selective=_share(base_cents, SELECTIVE_RATE) if index == 0 else 0,
        )

    @property
    def ibs(self) -> int:
        return self.ibs_state + self.ibs_city


def write_ide_extras(w: _Writes, extras: SampleExtras | None) -> None:
    if extras is not None and extras.government_purchase:
        _group(w, "gCompraGov", tpEnteGov=1, pRedutor="10.0000", tpOperGov=1)


def write_item_taxes(w: _Writes, extras: SampleExtras | None, taxes: ReformTaxes | None) -> None:
    """``IS`` and ``IBSCBS`` inside ``det/imposto`` (after PIS and COFINS)."""
    if extras is None or not extras.reform or taxes is None:
        return
    if taxes.selective:
        w.open("IS")
        w.leaves(CSTIS="000", cClassTribIS="000001", vBCIS=cents_text(taxes.base))
        w.leaves(pIS=_rate(SELECTIVE_RATE), vIS=cents_text(taxes.selective))
        w.close("IS")
    w.open("IBSCBS")
    w.leaves(CST="000", cClassTrib="000001")
    w.open("gIBSCBS")
    w.leaf("vBC", cents_text(taxes.base))
    _group(w, "gIBSUF", pIBSUF=_rate(IBS_STATE_RATE), vIBSUF=cents_text(taxes.ibs_state))
    _group(w, "gIBSMun", pIBSMun=_rate(IBS_CITY_RATE), vIBSMun=cents_text(taxes.ibs_city))
    w.leaf("vIBS", cents_text(taxes.ibs))
    _group(w, "gCBS", pCBS=_rate(CBS_RATE), vCBS=cents_text(taxes.cbs))
    w.close("gIBSCBS")
    w.close("IBSCBS")


def write_total_extras(
    w: _Writes, extras: SampleExtras | None, taxes: list[ReformTaxes], total_cents: int
) -> None:
    """``ISTot``, ``IBSCBSTot`` and ``vNFTot`` inside ``total`` (after ``ICMSTot``)."""
    if extras is None or not extras.reform:
        return
    zero = "0.00"
    selective = sum(t.selective for t in taxes)
    ibs_state, ibs_city = sum(t.ibs_state for t in taxes), sum(t.ibs_city for t in taxes)
    cbs = sum(t.cbs for t in taxes)
    _group(w, "ISTot", vIS=cents_text(selective))
    w.open("IBSCBSTot")
    w.leaf("vBCIBSCBS", cents_text(sum(t.base for t in taxes)))
    w.open("gIBS")
    _group(w, "gIBSUF", vDif=zero, vDevTrib=zero, vIBSUF=cents_text(ibs_state))
    _group(w, "gIBSMun", vDif=zero, vDevTrib=zero, vIBSMun=cents_text(ibs_city))
    w.leaves(vIBS=cents_text(ibs_state + ibs_city), vCredPres=zero, vCredPresCondSus=zero)
    w.close("gIBS")
    _group(w, "gCBS", vDif=zero, vDevTrib=zero, vCBS=cents_text(cbs), vCredPres=zero, vCredPresCondSus=zero)
    w.close("IBSCBSTot")
    w.leaf("vNFTot", cents_text(total_cents + selective + ibs_state + ibs_city + cbs))


def write_payment(w: _Writes, extras: SampleExtras | None, payment_type: str, value: str) -> None:
    """``pag/detPag``, with the ``card`` group when the sample has one."""
    card = extras.card if extras is not None else None
    w.open("pag")
    w.open("detPag")
    w.leaves(tPag=card.payment_type if card else payment_type, vPag=value)
    if card is not None:
        w.open("card")
        w.leaf("tpIntegra", 2)
        if card.acquirer_cnpj:
            w.leaf("CNPJ", card.acquirer_cnpj)
        w.leaves(tBand=card.brand, cAut=card.authorization)
        w.close("card")
    w.close("detPag")
    w.close("pag")


def write_intermediary(w: _Writes, extras: SampleExtras | None) -> None:
    if extras is not None and extras.intermediary is not None:
        _group(w, "infIntermed", CNPJ=extras.intermediary.cnpj, idCadIntTran=extras.intermediary.user_id)


def write_item_order(w: _Writes, extras: SampleExtras | None) -> None:
    """``det/prod/xPed`` (after ``indTot``)."""
    if extras is not None and extras.item_order is not None:
        w.leaf("xPed", extras.item_order)


def write_additional_info(w: _Writes, extras: SampleExtras | None, default_text: str) -> None:
    """``infAdic`` (``infAdFisco``, then ``infCpl``) and ``compra/xPed``, in the layout's order."""
    w.open("infAdic")
    if extras is not None and extras.fisco_info is not None:
        w.leaf("infAdFisco", extras.fisco_info)
    text = extras.additional_info if extras is not None and extras.additional_info is not None else default_text
    w.leaf("infCpl", text)
    w.close("infAdic")
    if extras is not None and extras.purchase_order is not None:
        w.open("compra")
        w.leaf("xPed", extras.purchase_order)
        w.close("compra")
