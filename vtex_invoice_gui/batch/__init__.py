"""Batch invoicing (issue 14): a folder or ZIP of NF-e XMLs becomes a checked preview.

Pure core, no Qt. :mod:`.sources` reads the files safely, :mod:`.matching` finds each NF-e's order,
:mod:`.preview` checks each row with the single-order flow's checks, :mod:`.dryrun` puts them
together and :mod:`.report` writes the CSV. Sending is not here yet: it will go through the one
send flow of the redesign (issue 12), never a second path.
"""

from __future__ import annotations

from .dryrun import preview_batch, preview_row
from .matching import Match, MatchedBy, OrderBook, match_order
from .preview import BatchRow, BatchTotals, RowStatus, check_row, mark_duplicates, totals, with_excluded, with_mapping, with_order
from .sources import SourceFile, collect, read_zip

__all__ = [
    "BatchRow",
    "BatchTotals",
    "Match",
    "MatchedBy",
    "OrderBook",
    "RowStatus",
    "SourceFile",
    "check_row",
    "collect",
    "mark_duplicates",
    "match_order",
    "preview_batch",
    "preview_row",
    "read_zip",
    "totals",
    "with_excluded",
    "with_mapping",
    "with_order",
]
