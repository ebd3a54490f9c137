"""The plumbing every benchmark shares: rows, child processes, medians, memory, machine facts.

Each heavy measurement runs in a fresh interpreter (``python -m benchmarks.<module>``, its
arguments as JSON on stdin) so that start-up and memory figures are honest. A child prints one
line ``BENCH-JSON {...}`` on stdout with its result; :func:`run_child` returns that dict. A child
that finds a part of the app missing answers ``{"unavailable": "reason"}`` (see
:class:`Unavailable`) and the parent turns it into an ``n/a`` row instead of failing the run.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MARK = "BENCH-JSON "
#: Where the children keep their bytecode (git-ignored): an installed desk (pip, PyInstaller) runs from
#: bytecode, so the figures must not include compiling the app's sources on every start.
PYCACHE = ROOT / "benchmarks" / "results" / "pycache"


class Unavailable(Exception):
    """A part the benchmark needs is not there (yet): the figure is reported as n/a."""


class ChildFailed(RuntimeError):
    """A benchmark child process crashed or printed no result."""


@dataclass(frozen=True)
class Options:
    """How hard to try: ``quick`` is the smoke-test mode (1 repetition, tiny sizes)."""

    quick: bool = False
    only: tuple[str, ...] = ()  # group names; empty = all

    def reps(self, full: int) -> int:
        return 1 if self.quick else full

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full


@dataclass
class Row:
    """One figure of the table. ``ratio`` is the cost of ours over the baseline (1.0 = at the floor)."""

    key: str
    figure: str
    unit: str
    ours: float | None = None
    baseline: float | None = None
    target: str = ""
    verdict: str = ""
    note: str = ""
    lower_is_better: bool = True
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.ours is None or self.baseline is None or self.ours <= 0 or self.baseline <= 0:
            return None
        return self.ours / self.baseline if self.lower_is_better else self.baseline / self.ours

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = self.ratio
        return data


def unavailable_row(key: str, figure: str, unit: str, reason: str) -> Row:
    return Row(key, figure, unit, verdict="n/a", note=f"n/a (not available: {reason})")


def problem_row(key: str, figure: str, unit: str, exc: BaseException) -> Row:
    """``n/a`` when a part is missing (:class:`Unavailable`); ``failed`` when the measured code broke."""
    reason = (str(exc).strip().splitlines() or [type(exc).__name__])[-1]
    if isinstance(exc, Unavailable):
        return unavailable_row(key, figure, unit, reason)
    return Row(key, figure, unit, verdict="failed", note=f"failed: {reason}")


#: What a collector catches per figure: a missing part, or a child that broke.
PROBLEMS = (Unavailable, ChildFailed)


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


# --- child processes -------------------------------------------------------------------------


def child_env(home: Path | None = None) -> dict[str, str]:
    """The environment of a benchmark child: Qt offscreen, settings and data in a throwaway home."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    if home is not None:
        for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                          ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
            path = home / sub if sub else home
            path.mkdir(parents=True, exist_ok=True)
            env[name] = str(path)
        env["XDG_RUNTIME_DIR"] = str(_runtime_dir(home))
    return env


def _runtime_dir(home: Path) -> Path:
    path = home / "run"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


@contextmanager
def scratch_home() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="vtex-bench-") as tmp:
        yield Path(tmp)


def run_child(module: str, args: dict[str, Any], *, timeout: float = 300.0,
              home: Path | None = None) -> dict[str, Any]:
    """Run ``python -m benchmarks.<module>`` with ``args`` as JSON on stdin; return its ``BENCH-JSON`` result.

    ``args["t0"]`` is set to ``time.perf_counter()`` just before the process is spawned (a
    system-wide monotonic clock on Linux), so the child can time itself from its own spawn.
    Raises :class:`Unavailable` when the child says a part is missing.
    """
    with scratch_home() as tmp:
        env = child_env(home or tmp)
        args = dict(args, t0=time.perf_counter())
        command = [sys.executable, "-m", f"benchmarks.{module}"]
        proc = subprocess.run(command, cwd=ROOT, env=env, input=json.dumps(args), capture_output=True, text=True,
                              timeout=timeout)
    result = None
    for line in proc.stdout.splitlines():
        if line.startswith(MARK):
            result = json.loads(line[len(MARK):])
    if result is None:
        raise ChildFailed(f"benchmarks.{module} exited {proc.returncode}: {failure_reason(proc.stderr)}")
    if "unavailable" in result:
        raise Unavailable(result["unavailable"])
    return result


#: Imported once, unmeasured, before any figure: their bytecode is then in :data:`PYCACHE`.
WARM_MODULES = (
    "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "httpx", "pydantic", "defusedxml", "sqlite3",
    "vtex_invoice_gui.app", "vtex_invoice_gui.ui.runtime.application", "vtex_invoice_gui.ui.main_window",
    "vtex_invoice_gui.sandbox", "vtex_invoice_gui.nfe", "vtex_invoice_gui.journal",
    "benchmarks.desk", "benchmarks.stall", "benchmarks.startup", "benchmarks.memory", "benchmarks.client_overhead",
    "benchmarks.nfe_throughput", "benchmarks.history_load",
)


def warm_bytecode() -> None:
    """Compile the app and the benchmark children into :data:`PYCACHE` (a no-op when up to date).

    Every module the children import at start is imported once here; the app's own packages are
    compiled in full (``compileall``) so that modules it imports lazily are ready too.
    """
    import compileall

    code = "import " + ", ".join(WARM_MODULES)
    with scratch_home() as home:
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=child_env(home), capture_output=True, text=True,
                       timeout=300, check=False)
    previous = sys.pycache_prefix
    sys.pycache_prefix = str(PYCACHE)
    try:
        for package in ("vtex_invoice_gui", "benchmarks"):
            compileall.compile_dir(ROOT / package, quiet=1)
    finally:
        sys.pycache_prefix = previous


def failure_reason(stderr: str) -> str:
    """One line saying why a child died: a fatal error, or the last line of a traceback."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    fatal = [line for line in lines if line.startswith("Fatal Python error")]
    if fatal:
        return "crashed: " + fatal[0]
    errors = [line for line in lines if not line.startswith(("File ", "Traceback", "This plugin does not"))
              and not line.startswith(" ")]
    return errors[-1] if errors else "no output"


def none_leak_per_call() -> float:
    """References to ``None`` lost per ``QLabel.setText`` call (0 when PySide6 is sound)."""
    import gc

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    gc.collect()
    return (before - sys.getrefcount(None)) / 1000


def child_main(fn: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    """Entry point of a child module: ``args`` as JSON on stdin, result printed as BENCH-JSON."""
    args = json.loads(sys.stdin.read() or "{}")
    try:
        result = fn(args)
    except Unavailable as exc:
        result = {"unavailable": str(exc)}
    print(MARK + json.dumps(result), flush=True)
    sys.stdout.flush()
    # Skip interpreter teardown (Qt objects, pools): the result is out, and teardown is not measured.
    os._exit(0)


def elapsed_since_spawn(args: dict[str, Any]) -> float:
    """Seconds since the parent spawned this process (see :func:`run_child`)."""
    return time.perf_counter() - float(args["t0"])


def require(module: str, what: str) -> Any:
    """Import ``module`` or raise :class:`Unavailable` naming ``what`` is missing."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise Unavailable(f"{what} ({module}: {exc})") from None


# --- memory ----------------------------------------------------------------------------------


def memory_mb() -> dict[str, float]:
    """This process's resident memory now (VmRSS) and at its peak (VmHWM), in MiB."""
    values: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            name, _, rest = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                values[name] = int(rest.split()[0]) / 1024
    return {"rss": values.get("VmRSS", 0.0), "hwm": values.get("VmHWM", 0.0)}


# --- machine ---------------------------------------------------------------------------------


def machine_info() -> dict[str, Any]:
    from importlib import metadata

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for dist in ("PySide6-Essentials", "PySide6", "httpx", "pydantic", "pydantic-core"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            pass
    return {
        "cpu_count": os.cpu_count(),
        "cpu_affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu_model": cpu,
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "qt_binding": versions.get("PySide6-Essentials") or versions.get("PySide6"),
        "packages": versions,
    }
