"""Whether the desk can open a window here, checked before Qt starts (Qt aborts the process if not).

On Linux a window needs a display server (X11: ``DISPLAY``, Wayland: ``WAYLAND_DISPLAY``) unless
``QT_QPA_PLATFORM`` names a platform that needs none (``offscreen``, used by ``--screenshot``
and ``--self-test``). Started without one (over plain SSH, on a bare server) Qt printed its
complaint only to the log file and aborted (rc 134); the clerk is now told on stderr instead.
No Qt here: this runs before it is imported.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

from .messages import Message

__all__ = ["HEADLESS_PLATFORMS", "NO_DISPLAY", "display_problem"]

NO_DISPLAY = Message("app.no_display")
#: Qt platforms that draw without a display server (some on the console's frame buffer).
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "linuxfb", "eglfs", "vnc", "vkkhrdisplay"})


def display_problem(environ: Mapping[str, str], platform: str = sys.platform) -> Message | None:
    """:data:`NO_DISPLAY` when none of the platforms Qt would try can work here, else None.

    ``QT_QPA_PLATFORM`` may list several (``wayland;xcb``), each with options after ``:``; a
    platform this check does not know is left for Qt to try. Windows and macOS always have one.
    """
    if not (platform.startswith("linux") or "bsd" in platform):
        return None
    requested = [part.split(":", 1)[0].strip() for part in environ.get("QT_QPA_PLATFORM", "").split(";")]
    names = [name for name in requested if name] or ["xcb", "wayland"]  # Qt's own choice on Linux
    for name in names:
        if name == "xcb":
            usable = bool(environ.get("DISPLAY"))
        elif name.startswith("wayland"):
            usable = bool(environ.get("WAYLAND_DISPLAY"))
        else:  # needs no display server, or one this check does not know: Qt decides
            usable = True
        if usable:
            return None
    return NO_DISPLAY
