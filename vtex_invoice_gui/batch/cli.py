"""``vtex-invoice-gui batch invoices PATH... --dry-run [--report FILE.csv] [--store STORE | --base-url URL]``.

Reads the NF-e XMLs (files, folders, ZIPs), finds each one's order, checks it as the desk would and
says what would be sent. Progress goes to stderr, the summary too; ``--report`` writes the CSV.
Exit status: 0 when every row is ``would-send`` or ``already-on-order``, 1 otherwise (or when the
store cannot be read), 2 on usage errors. Sending is not available yet: it will use the desk's one
send flow (issue 12); without ``--dry-run`` the command says so and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..money import format_cents
from ..vtex.errors import VtexError
from .connect import ConnectError, open_client
from .dryrun import preview_batch
from .matching import OrderBook
from .preview import BatchRow, RowStatus, totals
from .report import write_report
from .sources import collect

EXIT_OK, EXIT_ROWS, EXIT_USAGE = 0, 1, 2
OK_STATUSES = frozenset({RowStatus.WOULD_SEND, RowStatus.ALREADY_ON_ORDER})
NOT_YET = (
    "Sending a batch is not available yet (it will use the desk's send flow); run with --dry-run to check "
    "the files, and send the invoices from the desk."
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vtex-invoice-gui batch invoices",
        description=(
            "Check a day's NF-e XMLs against the store's orders: each file's order, invoice, value and the "
            "desk's checks. Only --dry-run is available: sending a batch is not available yet."
        ),
        epilog=(
            "Exit status: 0 when every file would be sent or is already on its order, 1 otherwise, 2 on "
            "usage errors. The report has the columns file,order_id,invoice_number,value_cents,status,"
            "receipt,message."
        ),
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="NF-e XML files, folders or ZIP files")
    parser.add_argument("--dry-run", action="store_true", help="check everything, send nothing (required for now)")
    parser.add_argument("--report", type=Path, metavar="FILE.csv", help="write the per-file report here")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--store", metavar="STORE", help="a store saved in the desk (its key from the keyring)")
    where.add_argument(
        "--base-url", metavar="URL", help="a loopback sandbox (key and token in VTEX_APP_KEY / VTEX_APP_TOKEN)"
    )
    return parser


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _progress(done: int, total: int | None, name: str) -> None:
    _say(f"[{done}/{total if total is not None else '?'}] {name}")


def _summary(rows: list[BatchRow]) -> str:
    sums = totals(rows)
    counts = ", ".join(f"{count} {status}" for status, count in sums.by_status.items() if count)
    return (
        f"{sums.rows} file(s): {counts or 'none'}. Would send R$ {format_cents(sums.sale_cents, '.', ',')} in "
        f"sales and R$ {format_cents(sums.return_cents, '.', ',')} in returns. Nothing was sent (dry run)."
    )


def main(argv: list[str]) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse: --help (0) or a usage error (2)
        return int(stop.code or 0)
    if not args.dry_run:
        _say(NOT_YET)
        return EXIT_USAGE
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        _say(f"Not found: {', '.join(missing)}")
        return EXIT_USAGE
    if args.report is not None and not args.report.resolve().parent.is_dir():
        _say(f"The report's folder does not exist: {args.report.resolve().parent}")
        return EXIT_USAGE
    try:
        client = open_client(args.store, args.base_url)
    except ConnectError as error:
        _say(str(error))
        return EXIT_USAGE
    with client:
        try:
            rows = preview_batch(collect(args.paths), OrderBook(client), _progress)
        except VtexError as error:
            _say(f"The store could not be read: {' '.join(str(error).split())}")
            return EXIT_ROWS
    for row in rows:
        if row.status not in OK_STATUSES:
            _say(f"{row.file}: {row.status.value}: {row.message}")
    if args.report is not None:
        try:
            write_report(args.report, rows)
        except OSError as error:
            _say(f"The report cannot be written to {args.report} ({error.strerror or type(error).__name__}).")
            return EXIT_ROWS
    _say(_summary(rows))
    return EXIT_OK if rows and all(row.status in OK_STATUSES for row in rows) else EXIT_ROWS


if __name__ == "__main__":  # python -m vtex_invoice_gui.batch.cli (until ``batch`` is a desk command)
    sys.exit(main(sys.argv[1:]))
