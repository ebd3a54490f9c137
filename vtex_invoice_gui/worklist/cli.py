"""``vtex-invoice-gui worklist NAME [--since D] [--until D] [--format table|csv|json]
[--store STORE | --base-url URL]``: a queue on stdout, for scripts and scheduled jobs.

Progress goes to stderr, data to stdout. Exit 0 on success, 2 on a usage error (argparse), 1 on
anything else with one clear line. ``--store`` uses a saved store and its key from the keyring;
``--base-url`` (loopback only) takes key and token from ``VTEX_APP_KEY`` / ``VTEX_APP_TOKEN``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from .build import DEFAULT_DAYS, Progress, Worklist, window_for
from .cache import OrderCache, store_key
from .output import FORMATS, write_rows
from .queues import QUEUE_NAMES
from .rate import TokenBucket
from .reader import pause_on_429

EXIT_FAILED = 1
KEY_ENV = "VTEX_APP_KEY"
TOKEN_ENV = "VTEX_APP_TOKEN"


class CliFailure(Exception):
    """One line for stderr, then exit 1."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-30") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vtex-invoice-gui worklist",
        description="Print one of the desk's queues (the orders that need work) from a store. The returns "
                    "queue also lists the orders marked for return in the desk (missing: return).",
    )
    parser.add_argument("name", choices=QUEUE_NAMES, metavar="NAME", help=f"one of: {', '.join(QUEUE_NAMES)}")
    parser.add_argument("--since", type=_day, metavar="YYYY-MM-DD",
                        help=f"first creation day, UTC (default: {DEFAULT_DAYS} days ago)")
    parser.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="last creation day, UTC (default: today)")
    parser.add_argument("--format", choices=FORMATS, default="table", help="table (default), csv or json")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--store", metavar="STORE", help="a store saved in the desk (its key is read from the keyring)")
    where.add_argument("--base-url", metavar="URL",
                       help=f"a loopback sandbox address; key and token from {KEY_ENV} and {TOKEN_ENV}")
    return parser


def _client(args: argparse.Namespace, bucket: TokenBucket) -> Any:
    """The store's client and its id (marks for return are kept per store id)."""
    from ..sending.stores import StoreProblem, open_store

    try:
        opened = open_store(args.store, args.base_url, on_retry=pause_on_429(bucket, _say_retry))
    except StoreProblem as problem:
        raise CliFailure(str(problem.message)) from None
    return opened.client, opened.profile


def _marked(name: str, store_id: str) -> list[str]:
    """The orders a clerk marked for return in the desk (Returns queue only; none without a journal file)."""
    if name != "returns":
        return []
    from ..journal import JournalError, default_db_path
    from ..returns import ReturnMarks

    if not default_db_path().exists():
        return []
    try:
        marks = ReturnMarks()
    except JournalError as exc:
        print(f"marks for return not read: {exc}", file=sys.stderr)
        return []
    try:
        return marks.marked(store_id)
    finally:
        marks.close()


def _say_retry(notice: Any) -> None:
    print(f"VTEX asked to wait: retrying in {notice.delay:.0f} s", file=sys.stderr, flush=True)


def _say_progress(progress: Progress) -> None:
    print(f"listed {progress.listed}, read {progress.read}, in the queue {progress.kept}",
          file=sys.stderr, flush=True)


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)  # usage errors exit 2
    try:
        window = window_for(args.since, args.until)
    except ValueError as exc:
        _parser().error(str(exc))
    bucket = TokenBucket()
    try:
        client, profile = _client(args, bucket)
    except CliFailure as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except ValueError as exc:  # a loopback check or a mangled key: the message says which
        print(f"error: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_FAILED
    cache = OrderCache.open(store_key(profile))  # shared with the window: a second look reads only the list
    try:
        with client:
            marked = _marked(args.name, profile.id)
            rows = list(Worklist(client, bucket, cache, marked=lambda: marked).rows(args.name, window, _say_progress))
        rows.sort(key=lambda r: r.newest_first, reverse=True)
    except Exception as exc:  # one clear line, never a traceback (secrets are redacted by the client)
        from ..vtex.errors import VtexError

        text = f"{exc.summary} {getattr(exc, 'advice', '')}" if isinstance(exc, VtexError) else str(exc)
        print(f"error: {' '.join(text.split()) or type(exc).__name__}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        cache.close()
    write_rows(rows, args.format, sys.stdout)
    print(f"{len(rows)} order(s) in {args.name}", file=sys.stderr)
    return 0
