"""``vtex-invoice-gui batch tracking FILE [--dry-run] [--report FILE.csv] [--concurrency N]
[--map HEADER=FIELD ...] [--store STORE | --base-url URL]``: tracking numbers and events from a
spreadsheet (CSV or XLSX, or VTEX's Admin order export) to the store's orders.

Every row is checked against its order first (the preview). With ``--dry-run`` it stops there;
otherwise every ``would-send`` row is sent through the desk's one send flow and send queue
(:mod:`.send`: the PATCH of the tracking number, then the PUT of the row's events; journaled,
settled, at most ``--concurrency`` orders at once, a 429 pausing every send). Flagged rows are never
sent. Progress goes to stderr; one line per row and a summary to stdout; ``--report`` writes the
rows as CSV (``row,order_id,invoice_number,tracking_number,status,receipt,message``). The journal is
the desk's (``VTEX_DESK_HOME``), so running the same file again resumes: what is on the invoice is
``already-on-order``, an unsettled earlier send is settled, nothing is sent twice.
Exit status 0 when every row is sent or already on the order (dry run: would be sent), 1 otherwise
(or when the file or the store cannot be read), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import csv
import io
from collections import Counter
from pathlib import Path

from ..journal import JournaledClient
from ..messages import message_of
from ..sending.command import command_window, open_command_journal, progress, say, say_retry
from ..settings import config_dir
from ..sending.queue import DEFAULT_CONCURRENCY, SEND_RATE, SendQueue, SendResult, batch_name
from ..vtex.errors import VtexError
from ..worklist.rate import TokenBucket
from ..worklist.reader import pause_on_429
from .connect import ConnectProblem, connect
from .fields import FIELDS
from .files import CarrierFile, MappingFile, write_atomically
from .importer import MappingProblem, load
from .preview import Preview
from .reader import SpreadsheetError
from .results import GOOD, RowResult, Status
from .send import send_rows

EXIT_OK, EXIT_ROWS, EXIT_USAGE = 0, 1, 2
REPORT_COLUMNS = ("row", "order_id", "invoice_number", "tracking_number", "status", "receipt", "message")
#: Statuses after which a sending run counts as a success.
DONE = frozenset({Status.SENT, Status.ALREADY})
MAX_CONCURRENCY = 8


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vtex-invoice-gui batch tracking",
        description="Send the tracking numbers (and events) of a spreadsheet (CSV or XLSX, or VTEX's Admin "
        "order export) to the store's orders: every row is checked against its order first, and only the rows "
        "that pass are sent, journaled as the desk sends them. Running it again on the same file resumes: "
        "nothing is sent twice.",
        epilog=f"Fields for --map: {', '.join(FIELDS)}. Exit status: 0 when every row was sent or is already on "
        "its order (dry run: would be sent), 1 otherwise, 2 on usage errors. The report has the columns "
        f"{','.join(REPORT_COLUMNS)}.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the spreadsheet (.csv or .xlsx)")
    parser.add_argument("--dry-run", action="store_true", help="check every row, send nothing")
    parser.add_argument("--report", type=Path, metavar="FILE.csv", help="write the result of every row as CSV")
    parser.add_argument(
        "--concurrency", type=int, default=DEFAULT_CONCURRENCY, metavar="N",
        help=f"orders sent at once (default {DEFAULT_CONCURRENCY}, at most {MAX_CONCURRENCY})",
    )  # fmt: skip
    parser.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                        help="the column HEADER holds FIELD (repeatable); remembered for the store")  # fmt: skip
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--store", metavar="STORE", help="the desk store id to use (default: the current one)")
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


def main(argv: list[str]) -> int:  # noqa: C901 - one step after the other, each with its exit
    parser = _parser()
    args = parser.parse_args(argv)
    explicit = _explicit(parser, args.map)
    if not 1 <= args.concurrency <= MAX_CONCURRENCY:
        say(f"--concurrency is between 1 and {MAX_CONCURRENCY}.")
        return EXIT_USAGE
    bucket = TokenBucket(SEND_RATE, args.concurrency)
    try:
        connection = connect(args.store, args.base_url, args.account, on_retry=pause_on_429(bucket, say_retry))
    except ConnectProblem as problem:
        say(f"{problem}")
        return EXIT_USAGE
    journal = None
    if not args.dry_run:
        journal = open_command_journal(sending=True)  # the desk's: what an earlier run sent is known
        if journal is None:
            connection.client.close()
            return EXIT_ROWS
    folder = config_dir()
    sent: dict[int, SendResult] | None = None
    try:
        with connection.client as client:
            try:
                plan = load(args.file, explicit=explicit, mappings=MappingFile(folder), store=connection.store_id)
            except (SpreadsheetError, MappingProblem) as error:
                say(f"{args.file}: {message_of(error)}")
                return EXIT_ROWS
            kind = "VTEX Admin order export" if plan.admin_export else f"header on line {plan.header_line}"
            columns = ", ".join(f"{h} -> {f}" for h, f in plan.mapping_by_header().items())
            print(f"{args.file}: {len(plan.rows)} row(s); {kind}; columns: {columns}")
            try:
                results = Preview(client, CarrierFile(folder).load(connection.store_id)).run(plan.rows)
            except VtexError as error:  # List Orders refused (the key may not list): said, not a traceback
                say(f"{message_of(error)}")
                return EXIT_ROWS
            if journal is not None:
                api = JournaledClient(client, journal, store=connection.store_id, batch=batch_name(Path(args.file).name))
                sent = _send(args, api, bucket, results)
    finally:
        if journal is not None:
            journal.close()
    for result in results:
        print(_line(result))
    counts = Counter(r.status.value for r in results)
    said = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no rows"
    print(f"Dry run, nothing sent: {said}" if sent is None else f"Sent: {said}")
    if args.report is not None:
        try:
            write_atomically(args.report, report_csv(results).encode("utf-8-sig"))
        except OSError as error:
            say(f"{args.report}: cannot be written ({error.strerror or type(error).__name__}).")
            return EXIT_ROWS
    good = GOOD if sent is None else DONE
    return EXIT_OK if results and all(r.status in good for r in results) else EXIT_ROWS


def _send(
    args: argparse.Namespace, api: JournaledClient, bucket: TokenBucket, results: list[RowResult]
) -> dict[int, SendResult]:
    """Send the preview's would-send rows through the journal and the send queue, progress on stderr."""
    total = sum(1 for r in results if r.status is Status.WOULD_SEND)

    def where(index: int) -> str:
        row = results[index]
        return f"row {row.row.line} {row.order_id} {row.invoice_number}"

    queue = SendQueue(api, window=command_window(), concurrency=args.concurrency, bucket=bucket,
                      on_result=progress(total, where))  # fmt: skip
    return send_rows(queue, results)


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
