"""Read an NF-e XML (layout 4.00 and 3.10; ``nfeProc`` or bare ``NFe``) into an NfeDocument.

Decisions:
- The key comes from ``infNFe/@Id`` (the ``NFe`` prefix is stripped only when present) or,
  without an Id, from ``protNFe/infProt/chNFe``. When both are present and differ, the
  protocol belongs to another NF-e: that is an error (NfeError), not a warning, because
  embedding such a file would send VTEX a document whose authorization is someone else's.
- ``finNFe`` 4 (devolução) or ``tpNF`` 0 (entrada) make an ``"Input"``; everything else
  is ``"Output"``.
- 2026 tax reform groups (``imposto/IBSCBS``, ``IS``, ``total/IBSCBSTot``, ``ISTot``,
  ``ide/gCompraGov``; finNFe 5 and 6) are accepted; the invoice value stays ``vNF`` and
  ``total/vNFTot`` is kept as ``reform_total_cents`` for the desk to show when it differs.
- ``dEmi`` (date only, old layouts) is midnight in Brasília time (-03:00); a ``dhEmi``
  without an offset is read as Brasília time and noted.
"""

from __future__ import annotations

import dataclasses
from xml.etree.ElementTree import Element

from ..messages import Message
from .access_key import check_access_key
from .crosscheck import cross_check
from .errors import (
    EVENT_ROOTS,
    MSG_EVENT,
    MSG_INTERNAL,
    MSG_ITEM_NO_PRODUCT,
    MSG_MISSING,
    MSG_NO_KEY,
    MSG_NOT_BYTES,
    MSG_NOT_NFE_NAMESPACE,
    MSG_NOT_NFE_ROOT,
    MSG_OTHER_DOCUMENT,
    MSG_PROTOCOL_KEY_MISMATCH,
    OTHER_DOCUMENTS,
    NfeError,
    excerpt,
)
from ..gc_pause import collector_paused
from .fields import NFE_NAMESPACE, FieldReader, child, children, path, split_tag, text
from .model import InvoiceType, NfeDocument, NfeItem, NfePayment
from .xmlsafe import MAX_NFE_BYTES, check_size, decode_xml_text, parse_xml

RETURN_PURPOSE = 4  # finNFe 4: devolução / retorno
INCOMING = 0  # tpNF 0: entrada

# How the issue time was read, noted for the clerk (``nfe_finding.*``, wording/findings.py).
NOTE_TIME_WITHOUT_OFFSET = Message("nfe_finding.time_without_offset")
NOTE_DATE_ONLY = Message("nfe_finding.date_only")


def read_nfe(data: bytes, *, max_bytes: int = MAX_NFE_BYTES) -> NfeDocument:
    """Read an NF-e XML file's bytes. Raises only :class:`NfeError` (a ValueError)."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise NfeError(MSG_NOT_BYTES.format(kind=type(data).__name__))
    try:
        raw = bytes(data)
        check_size(raw, max_bytes)
        with collector_paused():  # the element tree is freed as the block ends (gc_pause)
            document = _read_document(parse_xml(raw), decode_xml_text(raw))
        problems = (*check_access_key(document.access_key), *cross_check(document))
        return dataclasses.replace(document, key_problems=problems)
    except NfeError:
        raise
    except Exception as error:  # the contract: only NfeError escapes
        raise NfeError(MSG_INTERNAL.format(kind=type(error).__name__)) from error


def _nfe_parts(root: Element) -> tuple[Element, Element | None]:
    """The ``infNFe`` element and the ``infProt`` element (if any) under ``root``."""
    namespace, name = split_tag(root.tag)
    if name in EVENT_ROOTS:
        raise NfeError(MSG_EVENT)
    if name in OTHER_DOCUMENTS:
        raise NfeError(MSG_OTHER_DOCUMENT.format(what=OTHER_DOCUMENTS[name]))
    if name not in ("nfeProc", "NFe"):
        raise NfeError(MSG_NOT_NFE_ROOT.format(root=excerpt(name or "?")))
    if namespace not in (NFE_NAMESPACE, ""):
        raise NfeError(MSG_NOT_NFE_NAMESPACE.format(namespace=excerpt(namespace)))
    if name == "nfeProc":
        nfe = child(root, "NFe")
        if nfe is None:
            raise NfeError(MSG_MISSING.format(what="the NF-e itself", path="nfeProc/NFe"))
        protocol = path(root, "protNFe", "infProt")
    else:
        nfe, protocol = root, None
    inf_nfe = child(nfe, "infNFe")
    if inf_nfe is None:
        raise NfeError(MSG_MISSING.format(what="the NF-e data", path="NFe/infNFe"))
    return inf_nfe, protocol


def _access_key(inf_nfe: Element, protocol: Element | None) -> str:
    id_value = (inf_nfe.get("Id") or "").strip()
    document_key = id_value[3:] if id_value.startswith("NFe") else id_value
    protocol_key = text(child(protocol, "chNFe")) or ""
    if document_key and protocol_key and document_key != protocol_key:
        raise NfeError(
            MSG_PROTOCOL_KEY_MISMATCH.format(
                protocol_key=excerpt(protocol_key, 50), document_key=excerpt(document_key, 50)
            )
        )
    key = document_key or protocol_key
    if not key:
        raise NfeError(MSG_NO_KEY)
    return key


def _invoice_type(operation_type: int, purpose: int) -> InvoiceType:
    if purpose == RETURN_PURPOSE or operation_type == INCOMING:
        return "Input"
    return "Output"


def _party_document(party: Element | None, *tags: str) -> str | None:
    for tag in tags:
        value = text(child(party, tag))
        if value is not None:
            return value
    return None


def _read_items(inf_nfe: Element) -> tuple[NfeItem, ...]:
    items: list[NfeItem] = []
    for position, det in enumerate(children(inf_nfe, "det"), start=1):
        n_item = (det.get("nItem") or "").strip()
        number = (
            int(n_item) if n_item.isascii() and n_item.isdigit() and len(n_item) <= 4 else position
        )
        fields = FieldReader(item=number)
        prod = child(det, "prod")
        if prod is None:
            raise NfeError(MSG_ITEM_NO_PRODUCT.format(item=number))
        ean = text(child(prod, "cEAN"))
        items.append(
            NfeItem(
                number=number,
                code=fields.required(child(prod, "cProd"), "product code", "det/prod/cProd"),
                ean=None if ean is None or ean.upper() == "SEM GTIN" else ean,
                description=fields.required(child(prod, "xProd"), "description", "det/prod/xProd"),
                unit=text(child(prod, "uCom")),
                quantity=fields.decimal(child(prod, "qCom"), "quantity", "det/prod/qCom"),
                unit_price_cents=fields.cents(
                    child(prod, "vUnCom"), "unit price", "det/prod/vUnCom"
                ),
                total_cents=fields.cents(child(prod, "vProd"), "item total", "det/prod/vProd"),
                discount_cents=fields.optional_cents(
                    child(prod, "vDesc"), "discount", "det/prod/vDesc"
                ),
                order_ref=text(child(prod, "xPed")),
            )
        )
    return tuple(items)


def _read_document(root: Element, xml_text: str) -> NfeDocument:
    inf_nfe, protocol = _nfe_parts(root)
    access_key = _access_key(inf_nfe, protocol)
    fields = FieldReader()
    ide = child(inf_nfe, "ide")
    if ide is None:
        raise NfeError(MSG_MISSING.format(what="the identification block", path="infNFe/ide"))
    notes: list[tuple[str, Message]] = []
    if child(ide, "dhEmi") is not None:
        issued_at, had_offset = fields.date_time(
            child(ide, "dhEmi"), "issue date-time", "ide/dhEmi"
        )
        if not had_offset:
            notes.append(("time_without_offset", NOTE_TIME_WITHOUT_OFFSET))
    elif child(ide, "dEmi") is not None:
        issued_at = fields.date_at_midnight(child(ide, "dEmi"), "issue date", "ide/dEmi")
        notes.append(("date_only", NOTE_DATE_ONLY))
    else:
        raise NfeError(MSG_MISSING.format(what="the issue date", path="ide/dhEmi"))

    operation_type = fields.integer(child(ide, "tpNF"), "operation type", "ide/tpNF")
    purpose = fields.optional_integer(child(ide, "finNFe"), "purpose", "ide/finNFe")
    if purpose is None:
        purpose = 1
    environment = fields.integer(child(ide, "tpAmb"), "environment", "ide/tpAmb")
    if environment not in (1, 2):
        raise fields.invalid("environment", "ide/tpAmb", str(environment))

    emit = child(inf_nfe, "emit")
    emitter_document = _party_document(emit, "CNPJ", "CPF")
    if emitter_document is None:
        raise NfeError(MSG_MISSING.format(what="the emitter CNPJ or CPF", path="emit/CNPJ"))
    dest = child(inf_nfe, "dest")

    status_code = status_message = protocol_number = authorized_at = None
    if protocol is not None:
        status_code = fields.integer(child(protocol, "cStat"), "SEFAZ status", "infProt/cStat")
        status_message = text(child(protocol, "xMotivo"))
        protocol_number = text(child(protocol, "nProt"))
        if text(child(protocol, "dhRecbto")) is not None:
            authorized_at, _ = fields.date_time(
                child(protocol, "dhRecbto"), "authorization time", "infProt/dhRecbto"
            )

    return NfeDocument(
        access_key=access_key,
        number=fields.integer(child(ide, "nNF"), "invoice number", "ide/nNF"),
        series=fields.integer(child(ide, "serie"), "series", "ide/serie"),
        model=fields.integer(child(ide, "mod"), "model", "ide/mod"),
        issued_at=issued_at,
        invoice_type=_invoice_type(operation_type, purpose),
        total_cents=fields.cents(
            path(inf_nfe, "total", "ICMSTot", "vNF"), "total", "total/ICMSTot/vNF"
        ),
        emitter_document=emitter_document,
        recipient_document=_party_document(dest, "CNPJ", "CPF", "idEstrangeiro"),
        status_code=status_code,
        environment=environment,
        items=_read_items(inf_nfe),
        xml_text=xml_text,
        layout_version=(inf_nfe.get("versao") or "").strip() or None,
        state_code=fields.integer(child(ide, "cUF"), "state code", "ide/cUF"),
        emission_type=fields.optional_integer(child(ide, "tpEmis"), "emission type", "ide/tpEmis"),
        operation_type=operation_type,
        purpose=purpose,
        emitter_name=text(child(emit, "xNome")),
        recipient_name=text(child(dest, "xNome")),
        status_message=status_message,
        protocol_number=protocol_number,
        authorized_at=authorized_at,
        has_protocol=protocol is not None,
        notes=tuple(notes),
        reform_total_cents=None
        if text(reform_total := path(inf_nfe, "total", "vNFTot")) is None
        else fields.cents(reform_total, "total with IBS, CBS and IS", "total/vNFTot"),
        purchase_order=text(path(inf_nfe, "compra", "xPed")),
        additional_info=text(path(inf_nfe, "infAdic", "infCpl")),
        fisco_info=text(path(inf_nfe, "infAdic", "infAdFisco")),
        payment=payment_group(inf_nfe),  # here, on the reading thread: not again on the window's
    )


def payment_group(inf_nfe: Element | None) -> NfePayment:
    """The first ``detPag`` under ``inf_nfe`` and its intermediary."""
    detail = next(iter(children(path(inf_nfe, "pag"), "detPag")), None)
    card = child(detail, "card")
    intermed = child(inf_nfe, "infIntermed")
    return NfePayment(
        payment_type=text(child(detail, "tPag")) or "",
        has_card=card is not None,
        brand=text(child(card, "tBand")) or "",
        authorization=text(child(card, "cAut")) or "",
        acquirer_cnpj=text(child(card, "CNPJ")) or "",
        intermediary_cnpj=text(child(intermed, "CNPJ")) or "",
        intermediary_id=text(child(intermed, "idCadIntTran")) or "",
        intermediary_flag=text(path(inf_nfe, "ide", "indIntermed")) or "",
    )
