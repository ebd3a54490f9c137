"""Tracking import: a carrier's or hub's spreadsheet (CSV or XLSX, or VTEX's Admin order export)
checked row by row against the store's orders, then sent (issue 15). No Qt here.

    plan = load("rastreios.csv", mappings=MappingFile(folder), store="loja")
    results = Preview(client, CarrierFile(folder).load("loja")).run(plan.rows)

Sending (:mod:`.send`): each ``would-send`` row as a job of the desk's send queue
(``sending/queue.py``), the PATCH of the tracking number then the PUT of its events.
"""

from .carriers import DEFAULT_CARRIERS, Carrier, clean_code, find_carrier, s10_check_digit
from .files import CarrierFile, MappingFile
from .importer import ImportPlan, MappingProblem, load
from ..vtex.api import OrdersApi
from .preview import Preview
from .reader import SpreadsheetError, read_bytes, read_file
from .results import GOOD, RowResult, Status
from .rows import ImportRow

__all__ = [
    "DEFAULT_CARRIERS", "GOOD", "Carrier", "CarrierFile", "ImportPlan", "ImportRow", "MappingFile",
    "MappingProblem", "OrdersApi", "Preview", "RowResult", "SpreadsheetError", "Status", "clean_code",
    "find_carrier", "load", "read_bytes", "read_file", "s10_check_digit",
]  # fmt: skip
