"""Draw DANFEs and labels with brazilfiscalreport and join them into one PDF.

Decisions:
- The XML is checked by :func:`~vtex_invoice_gui.nfe.read_nfe` before drawing: brazilfiscalreport
  parses with the standard library's ElementTree, which has no protection against DTD tricks,
  and it fails with an AttributeError on files that are not an NF-e. Our reader refuses both with
  a sentence for the clerk.
- The layout follows the NF-e's issue date (brazilfiscalreport's AUTO): MOC 7.0 before
  2026-12-01, NT 2026.010 (IBS/CBS) from then on.
- Several documents are joined page by page with pypdf (pure Python): fpdf2 cannot import pages.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterable
from dataclasses import dataclass

from ..messages import Message, message_of
from ..nfe import NfeDocument, NfeError, read_nfe


class DanfeError(ValueError):
    """A DANFE could not be drawn. ``str(error)`` is a sentence for the clerk (a Message)."""


MSG_NO_DOCUMENTS = Message("danfe.no_documents")
MSG_DRAW_FAILED = Message("danfe.draw_failed")


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    """One NF-e and its drawing (PDF bytes)."""

    document: NfeDocument
    pdf: bytes


def render_one(xml: bytes, *, label: bool = False) -> RenderedDocument:
    """Read one NF-e XML and draw its DANFE (or label). Raises only :class:`DanfeError`.

    A file that is not an NF-e gives the reader's sentence (its ``nfe.*`` Message).
    """
    try:
        document = read_nfe(xml)
    except NfeError as error:
        raise DanfeError(message_of(error)) from error
    try:
        pdf = _draw(bytes(xml), label=label)
    except Exception as error:  # brazilfiscalreport raises anything on layouts it does not know
        raise DanfeError(
            MSG_DRAW_FAILED.format(number=document.invoice_number, kind=type(error).__name__)
        ) from error
    return RenderedDocument(document, pdf)


def render_pdf(xmls: Iterable[bytes], *, label: bool = False) -> bytes:
    """The DANFEs (or labels) of every NF-e in ``xmls``, in order, as one PDF."""
    return join_pdfs(render_one(xml, label=label).pdf for xml in xmls)


def join_pdfs(pdfs: Iterable[bytes]) -> bytes:
    """PDFs one after another as one PDF. Raises :class:`DanfeError` when there is none."""
    parts = list(pdfs)
    if not parts:
        raise DanfeError(MSG_NO_DOCUMENTS)
    if len(parts) == 1:
        return parts[0]
    from pypdf import PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(io.BytesIO(part))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _draw(xml: bytes, *, label: bool) -> bytes:
    from brazilfiscalreport.danfe import Danfe, DanfeEtiqueta

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # fpdf2 deprecation notes are not the clerk's business
        drawing = DanfeEtiqueta(xml=xml) if label else Danfe(xml=xml)
        return bytes(drawing.output())
