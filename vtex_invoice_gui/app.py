"""The composition root: ``vtex-invoice-gui`` parses the command line, opens the stores, starts Qt,
builds the context and the window on it, and runs the window.

No PySide6 import at module level (core modules never import Qt; this one imports the Qt layer
only inside :func:`main`, once it knows a window is wanted). The direction is one way: this module
imports the Qt layer (``ui.runtime.application``, ``ui.runtime.desk``); nothing there imports this one.

    vtex-invoice-gui [--demo] [--base-url URL --account NAME] [--screenshot DIR]
"""

from __future__ import annotations

import os
import sys
from argparse import Namespace
from contextlib import ExitStack
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .display import display_problem
from .gc_pause import collector_paused
from .launch import (
    CLI_STORE_ID,
    DEMO_EXTRA_ORDERS,
    KEY_ENV,
    TOKEN_ENV,
    Stores,
    open_stores,
    open_stores_soon,
    parse_args,
)
from .process_guard import no_core_dumps

if TYPE_CHECKING:
    from .demo_store import DemoStoreProcess
    from .messages import Message

__all__ = ["CLI_STORE_ID", "KEY_ENV", "TOKEN_ENV", "Stores", "main", "open_stores", "open_stores_soon", "parse_args"]


def main(argv: list[str] | None = None) -> int:
    """The ``vtex-invoice-gui`` entry point.

    The window first; what it does not need to be shown starts meanwhile: the ``--demo`` store in a
    process of its own (:mod:`.demo_store`) and the journal on a background thread while Qt and the
    window's modules load, the HTTP client once the window is built; a Load clicked before the demo
    store is up waits for it (:class:`~.ui.runtime.startup.DemoStart`).
    """
    no_core_dumps()  # before any key or token is in memory
    args_list = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args_list:
        from .ui.runtime.selftest import run_self_test

        return run_self_test(args_list)
    from .commands import run_command

    status = run_command(args_list)  # e.g. ``danfe XML... --output FILE.pdf``
    if status is not None:
        return status
    args = parse_args(args_list)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if display_problem(os.environ) is not None:  # Qt would abort (rc 134) with its words in the log only
        from .ui.runtime.application import say_no_display

        return say_no_display(args.language)
    # No cycle collection while the window is made: start-up makes some 200,000 objects that live as
    # long as the desk (modules, classes, widgets) and few that die in cycles, yet the collector ran
    # ~120 times over them (~35 ms of start-up, one full pass of ~19 ms). The window's builder freezes
    # them (launch.settle_startup_objects); the collector then runs on what is made after.
    with ExitStack() as running:  # the log stays open until the window has closed
        demo_store = None
        if args.demo:  # its own process: it starts on the other core while the window is built
            from .demo_store import DemoStoreProcess

            demo_store = DemoStoreProcess(extra_orders=DEMO_EXTRA_ORDERS).spawn()
            running.callback(demo_store.stop)
        with collector_paused():
            from .settings import log_dir
            from .ui.runtime import application

            # The log first: what opening the journal says goes there.
            handler, log_problem = application.start_logging(log_dir())
            running.callback(application.stop_logging, handler)
            started = _start_window(application, args, args_list, log_problem, demo_store)
        if isinstance(started, int):
            return started
        return application.run_window(*started, args)


def _start_window(
    application: ModuleType,
    args: Namespace,
    args_list: list[str],
    log_problem: Message | None,
    demo_store: DemoStoreProcess | None,
) -> Any:
    """Qt started and the window built: ``(app, window)``, or the exit status if another desk runs."""
    stores = open_stores_soon(args.demo)  # SQLite waits on the disk, not on the GIL
    from .journal.owner import DeskAlreadyRunning
    from .ui.runtime.desk import create_window

    app = application.start_qt(args, args_list)
    try:  # the window does not wait for the demo store
        window = create_window(
            args, stores=stores, demo_later=True, demo_store=demo_store, notes=(log_problem,) if log_problem else ()
        )
    except DeskAlreadyRunning as refused:
        show = args.screenshot is None and app.platformName() != "offscreen"
        return application.refuse_second_desk(refused, show=show)
    return app, window


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
