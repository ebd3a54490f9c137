"""``vtex-invoice-gui batch invoices PATH... [--dry-run] [--report FILE.csv] [--danfe FILE.pdf [--label]] [--concurrency N] [--store STORE | --base-url URL]``.

Reads the NF-e XMLs (files, folders, ZIPs), finds each one's order and checks it as the desk would
(the preview). With ``--dry-run`` it stops there and says what would be sent; otherwise it sends
every ``would-send`` row through the desk's one send flow (:mod:`.send`: journaled, settled, at most
``--concurrency`` orders at once, returns one at a time, a 429 pausing every send). Progress goes
to stderr, the summary too; ``--report`` writes the CSV; ``--danfe`` the DANFEs (``--label``: the
55 mm labels) of the invoices on their orders after the run, in one PDF (``batch/printing.py``). The journal is the desk's (``VTEX_DESK_HOME``),
so running the same files again resumes: nothing is posted twice.
Exit status: 0 when every row is ``sent``, ``already-on-order`` or (dry run) ``would-send``, 1
otherwise (or when the store cannot be read), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..journal import JournaledClient
from ..money import format_cents
from ..vtex.errors import VtexError
from ..worklist.rate import TokenBucket
from ..worklist.reader import pause_on_429
from .connect import ConnectError, open_client
from .dryrun import preview_batch
from .matching import OrderBook
from ..danfe.cli import write_atomically
from .preview import BatchRow, RowStatus, totals
from .printing import print_batch
from .report import write_report
from ..sending.command import command_window, open_command_journal, progress, say, say_retry
from ..sending.queue import batch_name
from .send import DEFAULT_CONCURRENCY, SEND_RATE, BatchSender, SendResult, SendStatus, sent_before
from .sources import collect

EXIT_OK, EXIT_ROWS, EXIT_USAGE = 0, 1, 2
OK_STATUSES = frozenset({RowStatus.WOULD_SEND, RowStatus.ALREADY_ON_ORDER})
SENT_OK = frozenset({SendStatus.SENT, SendStatus.ALREADY_ON_ORDER})
MAX_CONCURRENCY = 8


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vtex-invoice-gui batch invoices",
        description=(
            "Check a day's NF-e XMLs against the store's orders (each file's order, invoice, value and the "
            "desk's checks), then send the invoices that pass, journaled as the desk sends them. Running it "
            "again on the same files resumes: nothing is sent twice."
        ),
        epilog=(
            "Exit status: 0 when every file was sent or is already on its order (dry run: would be sent), 1 "
            "otherwise, 2 on usage errors. The report has the columns file,order_id,invoice_number,value_cents,"
            "status,receipt,message."
        ),
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="NF-e XML files, folders or ZIP files")
    parser.add_argument("--dry-run", action="store_true", help="check everything, send nothing")
    parser.add_argument(
        "--concurrency", type=int, default=DEFAULT_CONCURRENCY, metavar="N",
        help=f"orders sent at once (default {DEFAULT_CONCURRENCY}, at most {MAX_CONCURRENCY}); returns always go one at a time",
    )  # fmt: skip
    parser.add_argument("--report", type=Path, metavar="FILE.csv", help="write the per-file report here")
    parser.add_argument(
        "--danfe", type=Path, metavar="FILE.pdf",
        help="write the DANFEs of the invoices on their orders after the run (sent or already there) into one PDF",
    )  # fmt: skip
    parser.add_argument("--label", action="store_true", help="with --danfe: the 55 mm labels instead of the DANFEs")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--store", metavar="STORE", help="a store saved in the desk (its key from the keyring)")
    where.add_argument(
        "--base-url", metavar="URL", help="a loopback sandbox (key and token in VTEX_APP_KEY / VTEX_APP_TOKEN)"
    )
    return parser


def _progress(done: int, total: int | None, name: str) -> None:
    say(f"[{done}/{total if total is not None else '?'}] {name}")


def _summary(rows: list[BatchRow], results: dict[int, SendResult] | None) -> str:
    sums = totals(rows)
    if results is None:
        counts = ", ".join(f"{count} {status}" for status, count in sums.by_status.items() if count)
        return (
            f"{sums.rows} file(s): {counts or 'none'}. Would send R$ {format_cents(sums.sale_cents, '.', ',')} in "
            f"sales and R$ {format_cents(sums.return_cents, '.', ',')} in returns. Nothing was sent (dry run)."
        )
    statuses = [results[i].status.value if i in results else row.status.value for i, row in enumerate(rows)]
    counts = ", ".join(f"{statuses.count(name)} {name}" for name in dict.fromkeys(statuses))
    return f"{len(rows)} file(s): {counts or 'none'}."


def _send(
    args: argparse.Namespace, api: JournaledClient, bucket: TokenBucket, rows: list[BatchRow]
) -> dict[int, SendResult]:
    """Send the preview's would-send rows through the journal, progress on stderr."""
    total = sum(1 for row in rows if row.status is RowStatus.WOULD_SEND)
    finished = progress(total, lambda index: rows[index].file)
    sender = BatchSender(api, window=command_window(), concurrency=args.concurrency, bucket=bucket,
                         on_result=finished)  # fmt: skip
    return sender.run(rows)


def _print(args: argparse.Namespace, rows: list[BatchRow], results: dict[int, SendResult] | None) -> bool:
    """Write the DANFEs (labels) of the rows on their orders; False when the PDF cannot be written."""
    printed = print_batch(rows, results, label=args.label)
    for name, why in printed.left_out:
        say(f"{name}: not printed: {' '.join(str(why).split())}")
    if printed.pdf is None:
        say(f"No invoice on its order to print; {args.danfe} was not written.")
        return True
    try:
        write_atomically(args.danfe, printed.pdf)
    except OSError as error:
        say(f"The PDF cannot be written to {args.danfe} ({error.strerror or type(error).__name__}).")
        return False
    say(f"{printed.count} {'label(s)' if args.label else 'DANFE(s)'} written to {args.danfe}.")
    return True


def main(argv: list[str]) -> int:  # noqa: C901 - one step after the other, each with its exit
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse: --help (0) or a usage error (2)
        return int(stop.code or 0)
    if not 1 <= args.concurrency <= MAX_CONCURRENCY:
        say(f"--concurrency is between 1 and {MAX_CONCURRENCY}.")
        return EXIT_USAGE
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        say(f"Not found: {', '.join(missing)}")
        return EXIT_USAGE
    for target, what in ((args.report, "report"), (args.danfe, "PDF")):
        if target is not None and not target.resolve().parent.is_dir():
            say(f"The {what}'s folder does not exist: {target.resolve().parent}")
            return EXIT_USAGE
    if args.label and args.danfe is None:
        say("--label goes with --danfe FILE.pdf.")
        return EXIT_USAGE
    bucket = TokenBucket(SEND_RATE, args.concurrency)
    try:
        store = open_client(args.store, args.base_url, on_retry=pause_on_429(bucket, say_retry))
    except ConnectError as error:
        say(str(error))
        return EXIT_USAGE
    journal = open_command_journal(sending=not args.dry_run)  # the desk's: what an earlier run sent is known
    if journal is None:
        return EXIT_ROWS
    results: dict[int, SendResult] | None = None
    with journal, store.client as client:
        book = OrderBook(client, sent_before(journal, store.profile.id))
        try:
            rows = preview_batch(collect(args.paths), book, _progress)
        except VtexError as error:
            say(f"The store could not be read: {' '.join(str(error).split())}")
            return EXIT_ROWS
        for row in rows:
            if row.status not in OK_STATUSES:
                say(f"{row.file}: {row.status.value}: {row.message}")
        if not args.dry_run:
            api = JournaledClient(client, journal, store=store.profile.id, batch=batch_name(args.paths[0].name))
            results = _send(args, api, bucket, rows)
            for index, result in results.items():
                if result.status not in SENT_OK:
                    say(f"{rows[index].file}: {result.status.value}: {' '.join(str(result.message).split())}")
    if args.report is not None:
        try:
            write_report(args.report, rows, results)
        except OSError as error:
            say(f"The report cannot be written to {args.report} ({error.strerror or type(error).__name__}).")
            return EXIT_ROWS
    if args.danfe is not None and not _print(args, rows, results):
        return EXIT_ROWS
    say(_summary(rows, results))
    if not rows:
        return EXIT_ROWS
    if results is None:
        return EXIT_OK if all(row.status in OK_STATUSES for row in rows) else EXIT_ROWS
    finished = all(
        results[i].status in SENT_OK if i in results else row.status is RowStatus.ALREADY_ON_ORDER
        for i, row in enumerate(rows)
    )
    return EXIT_OK if finished else EXIT_ROWS


if __name__ == "__main__":  # python -m vtex_invoice_gui.batch.cli
    sys.exit(main(sys.argv[1:]))
