"""Build a batch's preview: read every file, find its order, check it; nothing is sent.

A file that is no NF-e becomes a ``failed`` row with the reader's sentence; a store that cannot
be read (network, key) stops the run with the VTEX error (the caller says so): a preview with
half its orders unknown would mislead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..nfe import NfeError, read_nfe
from .matching import UNMATCHED, OrderBook, match_order
from .preview import BatchRow, check_row, mark_duplicates
from .sources import SourceFile

#: ``progress(done, total, name)``; ``total`` is None while files are still being collected.
Progress = Callable[[int, int | None, str], None]


def preview_row(source: SourceFile, book: OrderBook) -> BatchRow:
    """One file's row (without the batch's duplicate flags)."""
    if source.data is None:
        return BatchRow(source)
    try:
        doc = read_nfe(source.data)
    except NfeError as error:
        return BatchRow(source, read_problem=error.args[0] if error.args else str(error))
    match = match_order(doc, book)
    return check_row(source, doc, match) if match.order is not None else BatchRow(source, doc, UNMATCHED)


def preview_batch(
    sources: Iterable[SourceFile], book: OrderBook, progress: Progress | None = None
) -> list[BatchRow]:
    """Every file's row, duplicates flagged, in input order."""
    files = list(sources)
    rows = []
    for done, source in enumerate(files, start=1):
        rows.append(preview_row(source, book))
        if progress is not None:
            progress(done, len(files), source.name)
    return mark_duplicates(rows)
