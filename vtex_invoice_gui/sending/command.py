"""What every sending command shares (``batch invoices``, ``batch tracking``): stderr lines, the
429 notice, the desk's journal (never sending without it), the settle window, the progress lines.

The words are the command line's (English, stderr), as the commands' other lines are.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from ..journal import Journal, UnavailableJournal, open_journal
from ..journal.window import settle_window
from ..settings import SettingsFile, config_dir
from ..vtex import RetryNotice
from ..vtex.client import DEFAULT_TIMEOUT
from .queue import Listener, SendResult


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def say_retry(notice: RetryNotice) -> None:
    say(f"VTEX asked to wait: retrying in {notice.delay:.0f} s (attempt {notice.attempt + 1})")


def open_command_journal(*, sending: bool) -> Journal | None:
    """The desk's journal (``VTEX_DESK_HOME``), its problem said on stderr. None when a run that
    sends cannot have it: nothing is ever sent unjournaled (a dry run goes on with the stand-in)."""
    journal, problem = open_journal()
    if problem is not None:
        say(str(problem))
    if sending and isinstance(journal, UnavailableJournal):
        say("Nothing was sent: the desk's journal could not be opened (see above).")
        journal.close()
        return None
    return journal


def command_window() -> float:
    """The settle window the desk uses: the read timeout plus the settings' apply time."""
    apply_time = SettingsFile(config_dir() / "settings.json").load().apply_time_s
    return settle_window(DEFAULT_TIMEOUT.read or 0.0, apply_time)


def progress(total: int, where: Callable[[int], str]) -> Listener:
    """A queue's ``on_result`` printing ``[done/total] WHERE: status receipt …`` on stderr."""
    done = 0

    def finished(index: int, result: SendResult) -> None:
        nonlocal done
        done += 1
        receipt = f" receipt {result.receipt}" if result.receipt else ""
        say(f"[{done}/{total}] {where(index)}: {result.status.value}{receipt}")

    return finished
