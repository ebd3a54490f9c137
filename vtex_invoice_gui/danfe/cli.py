"""``vtex-invoice-gui danfe XML... --output FILE.pdf [--label]``: DANFEs (or labels) into one PDF.

A file that cannot be read or is not an NF-e gives one line on stderr (``FILE: sentence``)
and exit status 1; nothing is written then. The PDF is written next to its final name and
renamed, so a failed run never leaves half a file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from .render import DanfeError, join_pdfs, render_one

EXIT_FAILED = 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vtex-invoice-gui danfe",
        description="Write the DANFE (or the 55 mm label) of one or more NF-e XML files into one PDF.",
    )
    parser.add_argument("xml", nargs="+", type=Path, help="NF-e XML files, printed in this order")
    parser.add_argument("--output", "-o", required=True, type=Path, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument("--label", action="store_true", help="the simplified label (etiqueta) instead of the DANFE")
    return parser


def _fail(path: Path, sentence: str) -> int:
    print(f"{path}: {' '.join(sentence.split())}", file=sys.stderr)
    return EXIT_FAILED


def write_atomically(target: Path, data: bytes) -> None:
    target = target.resolve()
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    pdfs: list[bytes] = []
    for path in args.xml:
        try:
            data = path.read_bytes()
        except OSError as error:
            return _fail(path, f"cannot be read ({error.strerror or type(error).__name__}).")
        try:
            pdfs.append(render_one(data, label=args.label).pdf)
        except DanfeError as error:
            return _fail(path, str(error))
    try:
        write_atomically(args.output, join_pdfs(pdfs))
    except OSError as error:
        return _fail(args.output, f"cannot be written ({error.strerror or type(error).__name__}).")
    what = "label(s)" if args.label else "DANFE(s)"
    print(f"Wrote {len(pdfs)} {what} to {args.output}")
    return 0
