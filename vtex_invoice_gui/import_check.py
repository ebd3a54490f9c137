"""A cheaper answer to the question PySide6 asks of every module imported after it.

PySide6 hooks ``import``: each new module is asked whether it uses PySide (``__feature__``
switching, which the desk never selects). The question is "does the module's source text contain
``PySide6``", answered with ``inspect.getsource``, which tokenises nothing but reads every file
into ``linecache`` and keeps it there: ~130 modules at start-up, ~10 MiB resident for the life of
the desk and ~20 ms of the window's start (``python -m benchmarks --only startup,memory``).

:func:`install` asks the same question of the same text, read as bytes and dropped. Modules
without a ``.py`` file (built-ins, extensions, a frozen bundle) still get PySide's own answer.
If a PySide6 release renames the hook, nothing is replaced and PySide's answer stands.

No PySide6 import here (a core module): :func:`install` acts only once PySide6 is loaded. The package
calls it as it is imported (a process that imported PySide6 first: the benchmarks, the tests) and the
Qt layer calls it again after importing PySide6 (``python -m vtex_invoice_gui``, which imports its
start-up modules before Qt).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
HOOK = "_mod_uses_pyside"


def install() -> bool:
    """Replace PySide's check if PySide6 is loaded. True if the check is now ours."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, HOOK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "__wrapped__", None) is not None:  # already ours
        return True
    setattr(feature, HOOK, _reading_bytes(original))
    return True


def _reading_bytes(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    return uses_pyside
