"""Build realistic (unsigned, fake) NF-e XML for the tests and benchmarks (never shipped in the app).

The documents have correct access keys and check digits but a placeholder signature: they
are NOT valid fiscal documents. Everything is deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape, quoteattr

from vtex_invoice_gui.nfe.access_key import make_access_key
from vtex_invoice_gui.nfe.fields import NFE_NAMESPACE, cents_text

from tests.support.nfe_samples_extra import (
    ReformTaxes,
    SampleExtras,
    write_ide_extras,
    write_intermediary,
    write_item_taxes,
    write_payment,
    write_additional_info,
    write_item_order,
    write_total_extras,
)

DEFAULT_EMITTER_CNPJ = "12345678000195"
DEFAULT_EMITTER_NAME = "LOJA EXEMPLO ARTIGOS ESPORTIVOS LTDA"
DEFAULT_RECIPIENT_NAME = "MARIA DA SILVA"
HOMOLOGATION_NAME = "NF-E EMITIDA EM AMBIENTE DE HOMOLOGACAO - SEM VALOR FISCAL"
_FAKE_BASE64 = "U0FNUExFLU5PVC1TSUdORUQ="  # base64 of "SAMPLE-NOT-SIGNED"
_UF_LETTERS = {
    11: "RO", 12: "AC", 13: "AM", 14: "RR", 15: "PA", 16: "AP", 17: "TO", 21: "MA", 22: "PI",
    23: "CE", 24: "RN", 25: "PB", 26: "PE", 27: "AL", 28: "SE", 29: "BA", 31: "MG", 32: "ES",
    33: "RJ", 35: "SP", 41: "PR", 42: "SC", 43: "RS", 50: "MS", 51: "MT", 52: "GO", 53: "DF",
}  # fmt: skip
_STATUS_REASONS = {
    100: "Autorizado o uso da NF-e",
    110: "Uso Denegado",
    150: "Autorizado o uso da NF-e, autorizacao concedida fora de prazo",
    302: "Uso Denegado: Irregularidade fiscal do destinatario",
}


@dataclass(frozen=True, slots=True)
class SampleItem:
    """One product line for :func:`build_nfe_xml`."""

    code: str
    ean: str | None  # None writes "SEM GTIN"
    description: str
    quantity: Decimal
    unit_cents: int
    discount_cents: int = 0

    @property
    def total_cents(self) -> int:
        """vProd: quantity x unit price, rounded half up to the cent."""
        exact = Decimal(self.quantity) * self.unit_cents
        return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


ItemLike = SampleItem | tuple


def gtin13(base12: str) -> str:
    """A GTIN-13 (EAN) with its check digit, e.g. gtin13('789100000001')."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(base12))
    return base12 + str((10 - total % 10) % 10)


def _as_item(item: ItemLike) -> SampleItem:
    if isinstance(item, SampleItem):
        return item
    code, ean, description, quantity, unit_cents, *rest = item
    return SampleItem(code, ean, description, Decimal(str(quantity)), int(unit_cents), *rest)


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 0

    def open(self, tag: str, **attrs: str) -> None:
        rendered = "".join(f" {name}={quoteattr(value)}" for name, value in attrs.items())
        self.lines.append(f"{'  ' * self.depth}<{tag}{rendered}>")
        self.depth += 1

    def close(self, tag: str) -> None:
        self.depth -= 1
        self.lines.append(f"{'  ' * self.depth}</{tag}>")

    def leaf(self, tag: str, value: object) -> None:
        self.lines.append(f"{'  ' * self.depth}<{tag}>{escape(str(value))}</{tag}>")

    def leaves(self, **values: object) -> None:
        for tag, value in values.items():
            self.leaf(tag, value)


def _allocate(items: list[SampleItem], extra_discount: int) -> list[int]:
    """Per-item discounts with ``extra_discount`` spread from the first item on."""
    discounts = [item.discount_cents for item in items]
    for index, item in enumerate(items):
        room = item.total_cents - discounts[index]
        if room < 0:
            raise ValueError(f"item {item.code}: discount is larger than the item total")
        taken = min(room, extra_discount)
        discounts[index] += taken
        extra_discount -= taken
    if extra_discount:
        raise ValueError("total_cents is lower than the goods can be discounted to")
    return discounts


@dataclass(frozen=True, slots=True)
class _Spec:
    """Everything one document needs, after defaults and derived values are settled."""

    number: int
    series: int
    items: list[SampleItem]
    discounts: list[int]
    freight: int
    issued_at: datetime
    key: str
    random_code: str
    recipient_document: str | None
    recipient_is_cnpj: bool
    recipient_name: str
    emitter_document: str
    emitter_is_cpf: bool
    emitter_name: str
    state_code: int
    model: int
    environment: int
    operation_type: int
    purpose: int
    emission_type: int
    layout: str
    date_only: bool
    status_code: int
    id_prefix: bool
    referenced_key: str | None
    extras: SampleExtras | None = None

    @property
    def is_v4(self) -> bool:
        return self.layout.startswith("4")

    @property
    def is_nfce(self) -> bool:
        return self.model == 65

    @property
    def goods(self) -> int:
        return sum(item.total_cents for item in self.items)

    @property
    def total(self) -> int:
        return self.goods - sum(self.discounts) + self.freight

    def reform_taxes(self) -> list[ReformTaxes]:
        """IBS/CBS/IS per item, on the item net of its discount."""
        return [
            ReformTaxes.of(item.total_cents - self.discounts[index], index)
            for index, item in enumerate(self.items)
        ]


def build_nfe_xml(
    number: int,
    series: int,
    items: Sequence[ItemLike],
    total_cents: int | None,
    recipient_cpf: str | None,
    issued_at: datetime,
    *,
    recipient_cnpj: str | None = None,
    recipient_name: str = DEFAULT_RECIPIENT_NAME,
    emitter_cnpj: str = DEFAULT_EMITTER_CNPJ,
    emitter_cpf: str | None = None,
    emitter_name: str = DEFAULT_EMITTER_NAME,
    state_code: int = 35,
    model: int = 55,
    environment: int = 1,
    operation_type: int = 1,
    purpose: int = 1,
    emission_type: int = 1,
    layout: str = "4.00",
    date_only: bool = False,
    with_protocol: bool = True,
    status_code: int = 100,
    namespace: bool = True,
    id_prefix: bool = True,
    access_key: str | None = None,
    referenced_key: str | None = None,
    encoding: str = "UTF-8",
    extras: SampleExtras | None = None,
) -> bytes:
    """An NF-e as XML bytes: ``nfeProc`` with ``protNFe`` by default, else a bare ``NFe``.

    ``items`` are :class:`SampleItem` or tuples ``(code, ean, description, qty, unit_cents
    [, discount_cents])``. ``total_cents`` None means goods minus discounts; a higher total
    adds freight (on the first item), a lower one adds discounts. ``issued_at`` must be
    timezone-aware. ``access_key`` overrides the computed key (to build broken samples).
    ``layout`` "3.10" drops the 4.00-only tags; ``date_only`` writes the old ``dEmi``.
    ``extras``: reform groups (IBS/CBS), a card payment, an intermediary (see samples_extra).
    """
    if issued_at.tzinfo is None:
        raise ValueError("issued_at must be timezone-aware")
    sample_items = [_as_item(item) for item in items]
    if not sample_items:
        raise ValueError("an NF-e needs at least one item")
    goods = sum(item.total_cents for item in sample_items)
    base_total = goods - sum(item.discount_cents for item in sample_items)
    wanted = base_total if total_cents is None else total_cents
    emitter_document = emitter_cpf or emitter_cnpj
    random_code = f"{(number * 7919 + series * 104729) % 100_000_000:08d}"
    key = access_key or make_access_key(
        state_code=state_code, issued_at=issued_at, emitter_document=emitter_document,
        model=model, series=series, number=number, emission_type=emission_type,
        random_code=random_code,
    )  # fmt: skip
    spec = _Spec(
        number=number, series=series, items=sample_items,
        discounts=_allocate(sample_items, max(base_total - wanted, 0)),
        freight=max(wanted - base_total, 0), issued_at=issued_at, key=key,
        random_code=key[35:43] if len(key) == 44 else random_code,
        recipient_document=recipient_cnpj or recipient_cpf,
        recipient_is_cnpj=recipient_cnpj is not None, recipient_name=recipient_name,
        emitter_document=emitter_document, emitter_is_cpf=emitter_cpf is not None,
        emitter_name=emitter_name, state_code=state_code, model=model,
        environment=environment, operation_type=operation_type, purpose=purpose,
        emission_type=emission_type, layout=layout, date_only=date_only,
        status_code=status_code, id_prefix=id_prefix, referenced_key=referenced_key,
        extras=extras,
    )  # fmt: skip
    ns = f' xmlns="{NFE_NAMESPACE}"' if namespace else ""
    w = _Writer()
    w.lines.append(f'<?xml version="1.0" encoding="{encoding}"?>')
    if with_protocol:
        w.lines.append(f'<nfeProc{ns} versao="{layout}">')
        w.depth = 1
    w.lines.append(f"{'  ' * w.depth}<NFe{ns}>")
    w.depth += 1
    w.open("infNFe", Id=("NFe" + key) if id_prefix else key, versao=layout)
    _write_ide(w, spec)
    _write_parties(w, spec)
    _write_items(w, spec)
    _write_totals(w, spec)
    w.close("infNFe")
    if spec.is_nfce:
        w.open("infNFeSupl")
        url = "https://www.homologacao.nfce.fazenda.sp.gov.br/qrcode"
        qr = f"{url}?p={key}|2|{environment}|1|SAMPLE"
        w.lines.append(f"{'  ' * w.depth}<qrCode><![CDATA[{qr}]]></qrCode>")
        w.leaf("urlChave", "https://www.nfce.fazenda.sp.gov.br/consulta")
        w.close("infNFeSupl")
    _write_signature(w, key)
    w.close("NFe")
    if with_protocol:
        _write_protocol(w, spec)
        w.close("nfeProc")
    return ("\n".join(w.lines) + "\n").encode(encoding, errors="xmlcharrefreplace")


def _write_ide(w: _Writer, spec: _Spec) -> None:
    w.open("ide")
    w.leaves(cUF=f"{spec.state_code:02d}", cNF=spec.random_code)
    w.leaf("natOp", "DEVOLUCAO DE VENDA" if spec.purpose == 4 else "VENDA DE MERCADORIA")
    w.leaves(mod=spec.model, serie=spec.series, nNF=spec.number)
    if spec.date_only:
        w.leaf("dEmi", f"{spec.issued_at:%Y-%m-%d}")
    else:
        w.leaf("dhEmi", spec.issued_at.isoformat(timespec="seconds"))
    w.leaves(tpNF=spec.operation_type, idDest=1, cMunFG=3550308, tpImp=4 if spec.is_nfce else 1)
    w.leaves(tpEmis=spec.emission_type, cDV=spec.key[-1:], tpAmb=spec.environment)
    w.leaves(finNFe=spec.purpose, indFinal=1, indPres=1 if spec.is_nfce else 2)
    if spec.is_v4 and not spec.is_nfce:
        w.leaf("indIntermed", int(spec.extras is not None and spec.extras.intermediary is not None))
    w.leaves(procEmi=0, verProc="VTEX Invoice Desk sample 1.0")
    if spec.referenced_key:
        w.open("NFref")
        w.leaf("refNFe", spec.referenced_key)
        w.close("NFref")
    write_ide_extras(w, spec.extras)
    w.close("ide")


def _write_parties(w: _Writer, spec: _Spec) -> None:
    w.open("emit")
    w.leaf("CPF" if spec.emitter_is_cpf else "CNPJ", spec.emitter_document)
    w.leaves(xNome=spec.emitter_name, xFant="LOJA EXEMPLO")
    w.open("enderEmit")
    w.leaves(xLgr="AVENIDA PAULISTA", nro="1000", xBairro="BELA VISTA", cMun=3550308)
    w.leaves(xMun="SAO PAULO", UF=_UF_LETTERS.get(spec.state_code, "SP"), CEP="01310100")
    w.leaves(cPais=1058, xPais="BRASIL", fone="1130000000")
    w.close("enderEmit")
    w.leaves(IE="110042490114", CRT=1)
    w.close("emit")
    if spec.recipient_document is None:
        return
    w.open("dest")
    w.leaf("CNPJ" if spec.recipient_is_cnpj else "CPF", spec.recipient_document)
    w.leaf("xNome", HOMOLOGATION_NAME if spec.environment == 2 else spec.recipient_name)
    if not spec.is_nfce:
        w.open("enderDest")
        w.leaves(xLgr="RUA DAS FLORES", nro="123", xBairro="JARDIM PAULISTA", cMun=3550308)
        w.leaves(xMun="SAO PAULO", UF="SP", CEP="01415000", cPais=1058, xPais="BRASIL")
        w.close("enderDest")
        w.leaf("indIEDest", 9)
    w.close("dest")


def _write_items(w: _Writer, spec: _Spec) -> None:
    cfop = "1202" if spec.operation_type == 0 else "5102"
    taxes = spec.reform_taxes()
    for index, item in enumerate(spec.items):
        w.open("det", nItem=str(index + 1))
        w.open("prod")
        ean = item.ean or "SEM GTIN"
        w.leaves(cProd=item.code, cEAN=ean, xProd=item.description, NCM="61091000", CFOP=cfop)
        w.leaves(uCom="UN", qCom=f"{item.quantity:.4f}", vUnCom=cents_text(item.unit_cents))
        w.leaves(vProd=cents_text(item.total_cents), cEANTrib=ean, uTrib="UN")
        w.leaves(qTrib=f"{item.quantity:.4f}", vUnTrib=cents_text(item.unit_cents))
        if index == 0 and spec.freight:
            w.leaf("vFrete", cents_text(spec.freight))
        if spec.discounts[index]:
            w.leaf("vDesc", cents_text(spec.discounts[index]))
        w.leaf("indTot", 1)
        write_item_order(w, spec.extras)
        w.close("prod")
        w.open("imposto")
        w.open("ICMS")
        w.open("ICMSSN102")
        w.leaves(orig=0, CSOSN=102)
        w.close("ICMSSN102")
        w.close("ICMS")
        for tax in ("PIS", "COFINS"):
            w.open(tax)
            w.open(f"{tax}NT")
            w.leaf("CST", "07")
            w.close(f"{tax}NT")
            w.close(tax)
        write_item_taxes(w, spec.extras, taxes[index])
        w.close("imposto")
        w.close("det")


def _write_totals(w: _Writer, spec: _Spec) -> None:
    zero = "0.00"
    w.open("total")
    w.open("ICMSTot")
    w.leaves(vBC=zero, vICMS=zero, vICMSDeson=zero)
    if spec.is_v4:
        w.leaf("vFCP", zero)
    w.leaves(vBCST=zero, vST=zero)
    if spec.is_v4:
        w.leaves(vFCPST=zero, vFCPSTRet=zero)
    w.leaves(vProd=cents_text(spec.goods), vFrete=cents_text(spec.freight), vSeg=zero)
    w.leaves(vDesc=cents_text(sum(spec.discounts)), vII=zero, vIPI=zero)
    if spec.is_v4:
        w.leaf("vIPIDevol", zero)
    w.leaves(vPIS=zero, vCOFINS=zero, vOutro=zero, vNF=cents_text(spec.total))
    w.close("ICMSTot")
    write_total_extras(w, spec.extras, spec.reform_taxes(), spec.total)
    w.close("total")
    w.open("transp")
    w.leaf("modFrete", 9 if spec.is_nfce else 0)
    w.close("transp")
    if spec.is_v4:
        incoming = spec.operation_type == 0
        value = zero if incoming else cents_text(spec.total)
        write_payment(w, spec.extras, "90" if incoming else "15", value)
        write_intermediary(w, spec.extras)
    default_text = f"Pedido VTEX de exemplo, documento de teste {spec.number}: sem valor fiscal."
    write_additional_info(w, spec.extras, default_text)


def _write_protocol(w: _Writer, spec: _Spec) -> None:
    w.open("protNFe", versao=spec.layout)
    w.open("infProt")
    w.leaves(tpAmb=spec.environment, verAplic="SP_NFE_PL009_V4", chNFe=spec.key)
    w.leaf("dhRecbto", (spec.issued_at + timedelta(seconds=42)).isoformat(timespec="seconds"))
    w.leaf("nProt", f"1{spec.state_code:02d}{spec.issued_at:%y}{spec.number:010d}")
    w.leaves(digVal=_FAKE_BASE64, cStat=spec.status_code)
    w.leaf("xMotivo", _STATUS_REASONS.get(spec.status_code, "Rejeicao"))
    w.close("infProt")
    w.close("protNFe")


def _write_signature(w: _Writer, key: str) -> None:
    """A placeholder xmldsig block: same shape as a real one, values are fake."""
    dsig = "http://www.w3.org/2000/09/xmldsig#"
    w.lines.append(f'{"  " * w.depth}<Signature xmlns="{dsig}">')
    w.depth += 1
    w.open("SignedInfo")
    c14n = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
    w.lines.append(f'{"  " * w.depth}<CanonicalizationMethod Algorithm="{c14n}"/>')
    w.lines.append(f'{"  " * w.depth}<SignatureMethod Algorithm="{dsig}rsa-sha1"/>')
    w.open("Reference", URI=f"#NFe{key}")
    w.lines.append(f'{"  " * w.depth}<DigestMethod Algorithm="{dsig}sha1"/>')
    w.leaf("DigestValue", _FAKE_BASE64)
    w.close("Reference")
    w.close("SignedInfo")
    w.leaf("SignatureValue", _FAKE_BASE64)
    w.close("Signature")


def make_large_nfe(n_items: int, *, number: int = 900_001, series: int = 1) -> bytes:
    """An authorized-looking NF-e with ``n_items`` distinct items (for benchmarks)."""
    items = [
        SampleItem(
            code=f"SKU-{index:05d}",
            ean=gtin13(f"789{index:09d}"),
            description=f"PRODUTO DE TESTE NUMERO {index}",
            quantity=Decimal(1 + index % 3),
            unit_cents=990 + (index * 137) % 50_000,
            discount_cents=(index % 5) * 10,
        )
        for index in range(1, n_items + 1)
    ]
    issued_at = datetime.fromisoformat("2026-03-14T10:15:30-03:00")
    return build_nfe_xml(number, series, items, None, "12345678909", issued_at)
