"""Import time: what the start-up path imports, vs importing PySide6's widgets alone.

Ours is ``import vtex_invoice_gui.app`` plus the window module it loads at start
(``vtex_invoice_gui.ui.runtime.application`` and ``ui.main_window``); the baseline is
``import PySide6.QtCore, QtGui, QtWidgets``, which any PySide6 app pays. Both are timed in a fresh
interpreter with ``perf_counter`` around the import statement (interpreter start excluded). One
extra run with ``python -X importtime`` gives the breakdown: the heaviest packages by self time,
and which packages that are only needed later (NF-e parsing, the journal, the sandbox, the
keyring...) are already loaded at start-up.
"""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from typing import Any

from .harness import ROOT, Options, Row, child_env, median, scratch_home

OURS = ("vtex_invoice_gui.app", "vtex_invoice_gui.ui.runtime.application", "vtex_invoice_gui.ui.main_window")
BASELINE = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
TARGET_RATIO = 2.0
#: Needed only for one action, not to show the window: candidates for a deferred import.
DEFERRABLE = {
    "defusedxml": "NF-e parsing",
    "xml.etree.ElementTree": "NF-e parsing",
    "vtex_invoice_gui.nfe": "NF-e import",
    "vtex_invoice_gui.sandbox": "the demo store",
    "http.server": "the demo store",
    "sqlite3": "the journal",
    "keyring": "the keyring",
    "secretstorage": "the keyring",
    "csv": "CSV export",
}


def _timer_code(modules: tuple[str, ...]) -> str:
    return (
        "import time; t = time.perf_counter(); "
        + "; ".join(f"import {m}" for m in modules)
        + "; print(time.perf_counter() - t)"
    )


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def import_seconds(modules: tuple[str, ...], env: dict[str, str]) -> float:
    proc = _run(["-c", _timer_code(modules)], env)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "import failed")
    return float(proc.stdout.strip().splitlines()[-1])


def parse_importtime(stderr: str) -> list[tuple[str, int, int]]:
    """``(module, self_us, cumulative_us)`` for each ``import time:`` line."""
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        first, cumulative, name = line.split("|")
        rows.append((name.strip(), int(first.split(":")[1]), int(cumulative)))
    return rows


def _family(name: str) -> str:
    parts = name.split(".")
    return ".".join(parts[:2]) if parts[0] == "vtex_invoice_gui" else parts[0]


def breakdown(env: dict[str, str]) -> dict[str, Any]:
    proc = _run(["-X", "importtime", "-c", "; ".join(f"import {m}" for m in OURS)], env)
    rows = parse_importtime(proc.stderr)
    by_family: dict[str, int] = defaultdict(int)
    for name, self_us, _ in rows:
        by_family[_family(name)] += self_us
    heavy = sorted(((f, us / 1000) for f, us in by_family.items() if f not in ("PySide6", "shiboken6")),
                   key=lambda item: -item[1])[:8]
    cumulative = {name: cum / 1000 for name, _, cum in rows}
    deferrable = {
        module: {"needed_for": why, "ms": round(cumulative.get(module, 0.0), 1)}
        for module, why in DEFERRABLE.items() if cumulative.get(module, 0.0) >= 1.0
    }
    return {"heaviest_self_ms": [(f, round(ms, 1)) for f, ms in heavy], "loaded_but_deferrable": deferrable}


def collect(opts: Options) -> list[Row]:
    reps = opts.reps(5)
    label = "Import: app start-up modules (vtex_invoice_gui.app + window)"
    with scratch_home() as home:
        env = child_env(home)
        ours, base = [], []
        try:
            for _ in range(reps):
                base.append(import_seconds(BASELINE, env))
                ours.append(import_seconds(OURS, env))
        except RuntimeError as exc:
            return [Row("import_app", label, "ms", baseline=median(base) * 1000 if base else None,
                        verdict="n/a", note=f"n/a (not available: {exc})")]
        details = breakdown(env)
    heavy = ", ".join(f"{name} {ms:.0f}" for name, ms in details["heaviest_self_ms"][:4])
    deferrable = ", ".join(f"{name} ({info['needed_for']})" for name, info in details["loaded_but_deferrable"].items())
    row = Row("import_app", label, "ms", ours=median(ours) * 1000, baseline=median(base) * 1000,
              target=f"<= {TARGET_RATIO:g}x Qt widgets import", details=details,
              note=f"median of {reps}; baseline: import PySide6 QtCore/QtGui/QtWidgets; heaviest self ms: {heavy}"
              + (f"; loaded at start but only needed later: {deferrable}" if deferrable else ""))
    row.verdict = "ok" if row.ratio is not None and row.ratio <= TARGET_RATIO else "over"
    return [row]
