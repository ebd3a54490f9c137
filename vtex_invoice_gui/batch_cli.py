"""``vtex-invoice-gui batch KIND ...``: the batch commands, each in its own package.

``batch tracking`` checks a tracking spreadsheet (``tracking_import.cli``); ``batch invoices``
sends invoices from NF-e files (``batch.cli``, when that package is installed). Each sub-command's
``main(argv)`` returns the exit status; 2 is a usage error.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

KINDS: dict[str, str] = {
    "tracking": "vtex_invoice_gui.tracking_import.cli:main",
    "invoices": "vtex_invoice_gui.batch.cli:main",
}
EXIT_USAGE = 2
USAGE = "usage: vtex-invoice-gui batch {tracking,invoices} ... (add --help after the kind for its options)"


def main(argv: Sequence[str]) -> int:
    argv = list(argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE, file=sys.stdout if argv else sys.stderr)
        return 0 if argv else EXIT_USAGE
    target = KINDS.get(argv[0])
    if target is None:
        print(f"{USAGE}\nbatch: unknown kind {argv[0]!r}", file=sys.stderr)
        return EXIT_USAGE
    module_name, _, function = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if not (error.name and module_name.startswith(error.name)):
            raise  # a missing dependency inside the command is a real error
        print(f"batch {argv[0]} is not available in this version.", file=sys.stderr)
        return EXIT_USAGE
    try:
        return int(getattr(module, function)(argv[1:]))
    except SystemExit as exit_:  # argparse's --help and usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
