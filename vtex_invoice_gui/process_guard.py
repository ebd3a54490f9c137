"""Keep the app key and token out of core dumps: called first thing when the desk starts.

A crash's core dump holds the whole memory of the process, the key and token included, and lands
in a file (or a system crash collector) anyone debugging the machine may read. :func:`no_core_dumps`
sets the core file size limit to 0 and, on Linux, marks the process not dumpable (which also
keeps other processes of the same user from reading its memory through ptrace or /proc).
Both are best effort: where the platform has neither, nothing happens.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4  # from <linux/prctl.h>
PR_GET_DUMPABLE = 3


def no_core_dumps() -> None:
    """No core file for this process, and (Linux) not dumpable. Never raises."""
    try:
        import resource
    except ImportError:  # Windows: no core files to begin with
        pass
    else:
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (ValueError, OSError) as exc:
            log.warning("could not turn core dumps off: %s", exc)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                log.warning("could not mark the process not dumpable (errno %s)", ctypes.get_errno())
        except (OSError, AttributeError) as exc:
            log.warning("could not mark the process not dumpable: %s", exc)


def is_dumpable() -> bool | None:
    """Whether Linux would dump this process (None where that cannot be asked)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    return bool(ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
