"""``vtex-invoice-gui batch tracking FILE --dry-run [--report FILE.csv] [--map HEADER=FIELD ...]
[--store STORE | --base-url URL]``: check a tracking spreadsheet against the store's orders.

One line per row on stdout, then a summary; ``--report`` writes the rows as CSV
(``row,order_id,invoice_number,tracking_number,status,receipt,message``). Exit status 0 when every
row would be sent or is already on the order, 1 otherwise (or when the file cannot be read), 2 for
a usage error. Sending is not available yet (it comes with the desk's one send flow): the command
runs only with ``--dry-run``.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections import Counter
from pathlib import Path

from ..messages import message_of
from ..settings import config_dir
from ..vtex.errors import VtexError
from .connect import ConnectProblem, connect
from .fields import FIELDS
from .files import CarrierFile, MappingFile, write_atomically
from .importer import MappingProblem, load
from .preview import Preview
from .reader import SpreadsheetError
from .results import GOOD, RowResult

EXIT_OK, EXIT_ROWS, EXIT_USAGE = 0, 1, 2
REPORT_COLUMNS = ("row", "order_id", "invoice_number", "tracking_number", "status", "receipt", "message")
NOT_YET = (
    "Sending tracking from a file is not available yet: run with --dry-run to check the file "
    "(nothing is sent then)."
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vtex-invoice-gui batch tracking",
        description="Check a tracking spreadsheet (CSV or XLSX, or VTEX's Admin order export) against the "
        "store's orders. Only --dry-run is available for now: nothing is sent to VTEX.",
        epilog=f"Fields for --map: {', '.join(FIELDS)}.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the spreadsheet (.csv or .xlsx)")
    parser.add_argument("--dry-run", action="store_true", help="check every row, send nothing (required for now)")
    parser.add_argument("--report", type=Path, metavar="FILE.csv", help="write the result of every row as CSV")
    parser.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                        help="the column HEADER holds FIELD (repeatable); remembered for the store")  # fmt: skip
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--store", metavar="STORE", help="the desk store id to read from (default: the current one)")
    where.add_argument("--base-url", metavar="URL", help="a loopback sandbox (key and token from VTEX_APP_KEY/TOKEN)")
    parser.add_argument("--account", metavar="NAME", help=argparse.SUPPRESS)
    return parser


def _explicit(parser: argparse.ArgumentParser, pairs: list[str]) -> dict[str, str]:
    explicit = {}
    for pair in pairs:
        header, sep, field = pair.rpartition("=")
        if not sep or not header.strip() or field.strip() not in FIELDS:
            parser.error(f"--map {pair}: write HEADER=FIELD, FIELD one of {', '.join(FIELDS)}")
        explicit[header.strip()] = field.strip()
    return explicit


def main(argv: list[str]) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    explicit = _explicit(parser, args.map)
    if not args.dry_run:
        print(NOT_YET, file=sys.stderr)
        return EXIT_USAGE
    try:
        connection = connect(args.store, args.base_url, args.account)
    except ConnectProblem as problem:
        print(f"{problem}", file=sys.stderr)
        return EXIT_USAGE
    folder = config_dir()
    with connection.client as client:
        try:
            plan = load(args.file, explicit=explicit, mappings=MappingFile(folder), store=connection.store_id)
        except (SpreadsheetError, MappingProblem) as error:
            print(f"{args.file}: {message_of(error)}", file=sys.stderr)
            return EXIT_ROWS
        kind = "VTEX Admin order export" if plan.admin_export else f"header on line {plan.header_line}"
        columns = ", ".join(f"{h} -> {f}" for h, f in plan.mapping_by_header().items())
        print(f"{args.file}: {len(plan.rows)} row(s); {kind}; columns: {columns}")
        try:
            results = Preview(client, CarrierFile(folder).load(connection.store_id)).run(plan.rows)
        except VtexError as error:  # List Orders refused (the key may not list): said, not a traceback
            print(f"{message_of(error)}", file=sys.stderr)
            return EXIT_ROWS
    for result in results:
        print(_line(result))
    counts = Counter(r.status.value for r in results)
    print("Dry run, nothing sent: " + (", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no rows"))
    if args.report is not None:
        try:
            write_atomically(args.report, report_csv(results).encode("utf-8-sig"))
        except OSError as error:
            print(f"{args.report}: cannot be written ({error.strerror or type(error).__name__}).", file=sys.stderr)
            return EXIT_ROWS
    return EXIT_OK if results and all(r.status in GOOD for r in results) else EXIT_ROWS


def _line(result: RowResult) -> str:
    where = " ".join(p for p in (result.order_id or result.row.marketplace_order_id, result.invoice_number) if p)
    return f"row {result.row.line}: {result.status.value:<16} {where} {result.tracking_number} {result.message}".rstrip()


def report_csv(results: list[RowResult]) -> str:
    """The report: one line per row, in the columns ``batch invoices`` uses (Excel-friendly BOM added by the caller)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(REPORT_COLUMNS)
    for r in results:
        writer.writerow([r.row.line, r.order_id or r.row.marketplace_order_id, r.invoice_number,
                         r.tracking_number, r.status.value, r.receipt, r.message])  # fmt: skip
    return out.getvalue()
