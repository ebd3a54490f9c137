"""Command-line subcommands: ``vtex-invoice-gui NAME ...`` (or ``python -m vtex_invoice_gui NAME``).

Each entry maps a subcommand to ``"module:function"``; the function takes the remaining
arguments and returns the exit status. Modules load only when their command runs, so starting
the desk pays nothing for them. Anything else on the command line starts the desk as before.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

COMMANDS: dict[str, str] = {
    "danfe": "vtex_invoice_gui.danfe.cli:main",
    "batch": "vtex_invoice_gui.batch_cli:main",
    "worklist": "vtex_invoice_gui.worklist.cli:main",
    # The built-in sandbox store on its own (the bundle runs its ``--demo`` store this way).
    "sandbox": "vtex_invoice_gui.sandbox.__main__:main",
}


def run_command(argv: Sequence[str]) -> int | None:
    """Run the subcommand ``argv[0]`` names with the rest; None when it names none."""
    if not argv or argv[0] not in COMMANDS:
        return None
    module_name, _, function = COMMANDS[argv[0]].partition(":")
    return int(getattr(importlib.import_module(module_name), function)(list(argv[1:])))


def cli_main(argv: Sequence[str] | None = None) -> int:
    """The console entry point (``vtex-invoice-desk-cli NAME ...``): subcommands only, no window."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    status = run_command(args)
    if status is None:
        print(f"usage: vtex-invoice-desk-cli {{{','.join(COMMANDS)}}} ...", file=sys.stderr)
        return 2
    return status
