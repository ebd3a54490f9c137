"""The DANFE (the NF-e's printed form) and the simplified label (etiqueta) as PDF: pure core, no Qt.

Public face::

    from vtex_invoice_gui.danfe import render_pdf, DanfeError

``render_pdf([xml_bytes, ...], label=False) -> bytes`` draws the DANFE (or the 55 mm thermal
label with ``label=True``) of every NF-e, in order, into one PDF. Each XML is first read with the
project's own safe reader (:func:`vtex_invoice_gui.nfe.read_nfe`: no DTD, no entities, size
limit), so a file that is not an NF-e is refused with the reader's sentence before the drawing
library (brazilfiscalreport, LGPL-3, on fpdf2) ever parses it. Only :class:`DanfeError` escapes.

Batch printing (a batch's sent rows in one PDF) calls :func:`render_pdf` with the rows' XML.
"""

from __future__ import annotations

from .render import (
    MSG_DRAW_FAILED,
    MSG_NO_DOCUMENTS,
    DanfeError,
    RenderedDocument,
    render_one,
    render_pdf,
)

__all__ = [
    "MSG_DRAW_FAILED",
    "MSG_NO_DOCUMENTS",
    "DanfeError",
    "RenderedDocument",
    "render_one",
    "render_pdf",
]
