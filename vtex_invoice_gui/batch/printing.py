"""The DANFEs (or 55 mm labels) of a batch's sent invoices in one PDF, to put in the parcels.

A row prints when its invoice is on its order after this run: ``sent``, or ``already-on-order``
(a batch run again still prints the day). The rows' own XML bytes are drawn (``danfe.render``);
a file the DANFE library cannot draw is left out and named, the rest still print.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..danfe.render import DanfeError, join_pdfs, render_one
from ..messages import Message, message_of
from ..sending.queue import DONE, SendResult
from .preview import BatchRow, RowStatus


@dataclass
class Printed:
    """The joined PDF (None when no row printed), how many rows it holds, and the rows left out."""

    pdf: bytes | None
    count: int
    left_out: list[tuple[str, Message | str]] = field(default_factory=list)


def printable(rows: Sequence[BatchRow], results: Mapping[int, SendResult] | None) -> list[BatchRow]:
    """The rows whose invoice is on its order now, in the batch's order."""
    sent = results or {}
    return [
        row for index, row in enumerate(rows)
        if row.source.data is not None and row.doc is not None
        and (sent[index].status in DONE if index in sent else row.status is RowStatus.ALREADY_ON_ORDER)
    ]  # fmt: skip


def print_batch(rows: Sequence[BatchRow], results: Mapping[int, SendResult] | None, *, label: bool = False) -> Printed:
    pdfs: list[bytes] = []
    left_out: list[tuple[str, Message | str]] = []
    for row in printable(rows, results):
        assert row.source.data is not None
        try:
            pdfs.append(render_one(row.source.data, label=label).pdf)
        except DanfeError as error:
            left_out.append((row.file, message_of(error)))
    return Printed(join_pdfs(pdfs) if pdfs else None, len(pdfs), left_out)
