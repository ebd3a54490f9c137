"""Start-up: process spawn to "main window exposed and the first order shown", vs a bare PySide6 window.

The app child runs the real entry point (``vtex_invoice_gui.app.main(["--demo"])``: logging,
crash handlers, the built-in sandbox store, the window) and, from inside its event loop, waits
until Qt says the window is exposed, types a seed order id into ``orderIdEdit``, clicks
``loadOrderButton`` and stops the clock when ``orderStatusLabel`` shows that order. The baseline
child is the floor for any PySide6 app: import QtWidgets, make a QApplication, show a QTabWidget
with one tab of the same size, wait until exposed. Both are timed from the parent's
``perf_counter()`` taken just before the spawn (system-wide monotonic clock), so interpreter
start-up is included. Resident memory at that moment gives the first memory figure.
"""

from __future__ import annotations

from typing import Any

from .harness import (
    PROBLEMS,
    Options,
    Row,
    Unavailable,
    child_main,
    elapsed_since_spawn,
    median,
    memory_mb,
    problem_row,
    run_child,
)

WINDOW_SIZE = (1360, 860)
TARGET_RATIO = 2.0
MEMORY_TARGET_RATIO = 2.0
FLOOR_LABEL = "Start-up floor: the desk's libraries + a window of its shape, no desk code"
FLOOR_MEMORY_LABEL = "Memory floor: the same, at exposed (RSS)"


def bare(args: dict[str, Any]) -> dict[str, Any]:
    stamps = {"python": elapsed_since_spawn(args)}
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

    stamps["qt_imported"] = elapsed_since_spawn(args)
    app = QApplication(["vtex-bench-bare"])
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Tab")
    tabs.resize(*WINDOW_SIZE)
    tabs.show()
    from .qtprobe import exposed, wait_until

    wait_until(lambda: exposed(tabs), 30, "the bare window to be exposed")
    stamps["exposed"] = elapsed_since_spawn(args)
    memory = memory_mb()
    assert app is not None
    from .harness import none_leak_per_call

    return {"stamps": stamps, "memory": memory, "qt": qVersion(), "pyside": pyside_version,
            "none_leak_per_call": none_leak_per_call()}


def floor(args: dict[str, Any]) -> dict[str, Any]:
    """The floor under the usable window: what the stack costs with none of the desk's code.

    Imports the libraries the desk's child had loaded when its window was exposed (``modules``:
    :func:`_loaded_libraries`, e.g. pydantic, platformdirs, sqlite3, logging),
    then shows a window of the desk's shape and size (menu bar, store tool bar, queue dock with a
    table, the order field beside five tabs, a status bar) made of plain widgets, and waits until
    it is exposed. What the desk's window costs beyond this is the desk's own Python.
    """
    stamps = {"python": elapsed_since_spawn(args)}
    import importlib

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QApplication, QComboBox, QDockWidget, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QPushButton, QScrollArea,
        QSplitter, QTableWidget, QTabWidget, QToolBar, QVBoxLayout, QWidget,
    )  # fmt: skip

    stamps["qt_imported"] = elapsed_since_spawn(args)
    app = QApplication(["vtex-bench-floor"])
    for name in args["modules"]:
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # a name only importable from its package's inside
    stamps["libraries_imported"] = elapsed_since_spawn(args)
    window = QMainWindow()
    window.menuBar().addMenu("&Tools")
    window.menuBar().addMenu("&Help")
    bar = QToolBar("Store")
    window.addToolBar(bar)
    for widget in (QLabel("&Store: "), QComboBox(), QPushButton("Accounts…"), QLabel("Environment"), QComboBox()):
        bar.addWidget(widget)
    dock = QDockWidget("Worklist")
    dock.setWidget(QTableWidget(20, 3))
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    left = QWidget()
    column = QVBoxLayout(left)
    row = QHBoxLayout()
    for widget in (QLabel("&Order:"), QLineEdit(), QPushButton("Load")):
        row.addWidget(widget)
    column.addLayout(row)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(left)
    tabs = QTabWidget()
    for title in ("&Invoice", "Tracking &number", "Tracking &events", "&History", "&Batch"):
        tabs.addTab(QWidget(), title)
    splitter = QSplitter()
    splitter.addWidget(scroll)
    splitter.addWidget(tabs)
    window.setCentralWidget(splitter)
    window.statusBar().showMessage("Idle")
    window.resize(*WINDOW_SIZE)
    window.show()
    from .qtprobe import exposed, wait_until

    wait_until(lambda: exposed(window), 30, "the floor window to be exposed")
    stamps["exposed"] = elapsed_since_spawn(args)
    assert app is not None
    return {"stamps": stamps, "memory": memory_mb()}


def _loaded_libraries(before: set[str]) -> list[str]:
    """The libraries loaded since ``before`` that any desk would need by then: the third-party
    packages (the desk's and the benchmark's own left out), the journal's ``sqlite3`` and ``logging``.
    The rest of the standard library it loaded is the desk's own choice, so not part of the floor."""
    import sys

    needed = {"sqlite3", "logging"}
    names = {name.split(".")[0] for name in sys.modules} - before - {"vtex_invoice_gui", "benchmarks"}
    return sorted(name for name in names if name in needed or name not in sys.stdlib_module_names)


def app(args: dict[str, Any]) -> dict[str, Any]:
    """The real entry point (``vtex_invoice_gui.app.main``), probed from inside its event loop."""
    stamps = {"python": elapsed_since_spawn(args)}
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

    stamps["qt_imported"] = elapsed_since_spawn(args)
    import sys

    before = {name.split(".")[0] for name in sys.modules}
    qapp = QApplication(["vtex-invoice-gui"])  # main() reuses it
    try:
        from vtex_invoice_gui.app import main as app_main
    except ImportError as exc:
        raise Unavailable(f"the app (vtex_invoice_gui.app.main: {exc})") from None
    stamps["app_imported"] = elapsed_since_spawn(args)
    outcome: dict[str, Any] = {}

    def probe() -> None:  # runs once the app's event loop is running
        try:
            from .qtprobe import exposed, find, wait_until

            stamps["event_loop"] = elapsed_since_spawn(args)
            windows = [w for w in qapp.topLevelWidgets() if w.objectName() == "mainWindow"]
            if not windows:
                raise Unavailable("no top-level widget named 'mainWindow'")
            window = windows[0]
            wait_until(lambda: exposed(window), 30, "the main window to be exposed")
            stamps["exposed"] = elapsed_since_spawn(args)
            outcome["libraries"] = _loaded_libraries(before)
            order_id = args["order_id"]
            label = find(window, QLabel, "orderStatusLabel")
            if order_id not in label.text():
                find(window, QLineEdit, "orderIdEdit").setText(order_id)
                find(window, QPushButton, "loadOrderButton").click()
            wait_until(lambda: order_id in label.text(), 30, f"order {order_id} to show")
            stamps["order_loaded"] = elapsed_since_spawn(args)
            outcome["memory"] = memory_mb()
            outcome["round_trip"] = _round_trip(window, order_id)
        except BaseException as exc:  # noqa: BLE001 - the app's excepthook would swallow it
            outcome["error"] = exc
        finally:
            qapp.exit(0)

    QTimer.singleShot(0, probe)
    app_main(list(args.get("app_argv", ["--demo"])))
    if "error" in outcome:
        raise outcome["error"]
    if "memory" not in outcome:
        raise RuntimeError("the app's event loop ended before the probe ran")
    return {"stamps": stamps, "memory": outcome["memory"], "round_trip": outcome["round_trip"],
            "libraries": outcome["libraries"]}


def _round_trip(window: Any, order_id: str) -> float:
    """Seconds of one Get Order of the same order through the desk's own client, warm (median of 5):
    what "one sandbox round trip" costs, measured after the clock has stopped."""
    import time

    api = window.ctx.api.build(window.ctx.store)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        api.get_order(order_id)
        times.append(time.perf_counter() - start)
    return median(times)


def main(args: dict[str, Any]) -> dict[str, Any]:
    return {"bare": bare, "floor": floor, "app": app}[args["mode"]](args)


def collect(opts: Options, info: dict[str, Any]) -> list[Row]:
    from .sandbox_proc import seed_order_id

    reps = opts.reps(5)
    bare_runs: list[dict[str, Any]] = []
    app_runs: list[dict[str, Any]] = []
    floor_runs: list[dict[str, Any]] = []
    problem: BaseException | None = None
    for _ in range(reps):  # interleaved, so drift on the machine hits all alike
        bare_runs.append(run_child("startup", {"mode": "bare"}, timeout=60))
        if problem is not None:
            continue
        try:
            app_runs.append(run_child("startup", {"mode": "app", "order_id": seed_order_id()}, timeout=90))
        except PROBLEMS as exc:
            problem = exc
            continue
        floor_runs.append(run_child("startup", {"mode": "floor", "modules": app_runs[-1]["libraries"]}, timeout=60))
    info["qt"] = bare_runs[0]["qt"]
    info["pyside"] = bare_runs[0]["pyside"]
    info["pyside_none_refs_lost_per_call"] = bare_runs[0]["none_leak_per_call"]
    bare_t = median([r["stamps"]["exposed"] for r in bare_runs])
    bare_mem = median([r["memory"]["rss"] for r in bare_runs])
    label = "Start-up: spawn to window exposed + first order shown"
    mem_label = "Memory: window open, order loaded (RSS)"
    if problem is not None:
        rows = [problem_row("startup", label, "ms", problem),
                problem_row("startup_usable", "Start-up: spawn to usable window", "ms", problem),
                problem_row("startup_first_order", "Start-up: usable window to first order shown", "ms", problem),
                problem_row("memory_loaded", mem_label, "MiB", problem),
                # The floor imports what the desk's child had loaded: without that child, no floor.
                problem_row("startup_floor", FLOOR_LABEL, "ms", problem),
                problem_row("memory_floor", FLOOR_MEMORY_LABEL, "MiB", problem)]
        rows[0].baseline, rows[1].baseline, rows[3].baseline = bare_t * 1000, bare_t * 1000, bare_mem
        rows[4].baseline, rows[5].baseline = bare_t * 1000, bare_mem
        return rows
    stages = {name: median([r["stamps"][name] for r in app_runs]) * 1000 for name in app_runs[0]["stamps"]}
    ours_t = median([r["stamps"]["order_loaded"] for r in app_runs]) * 1000
    startup = Row("startup", label, "ms", ours=ours_t, baseline=bare_t * 1000,
                  target=f"<= {TARGET_RATIO:g}x bare window", details={"app_stages_ms": stages, "runs": reps},
                  note=f"median of {reps}; baseline: bare QTabWidget window exposed; " + _stage_text(stages))
    startup.verdict = _verdict(startup.ratio, TARGET_RATIO)
    usable = Row("startup_usable", "Start-up: spawn to usable window", "ms",
                 ours=stages["exposed"], baseline=bare_t * 1000, note="median of the same runs; baseline: bare window")
    gap_ms = median([(r["stamps"]["order_loaded"] - r["stamps"]["exposed"]) * 1000 for r in app_runs])
    trip_ms = median([r["round_trip"] for r in app_runs]) * 1000
    first = Row("startup_first_order", "Start-up: usable window to first order shown", "ms", ours=gap_ms,
                baseline=trip_ms, note="median of the same runs; baseline: one warm Get Order of that order through "
                "the desk's client to the demo store, after the clock stopped")
    ours_mem = median([r["memory"]["rss"] for r in app_runs])
    memory = Row("memory_loaded", mem_label, "MiB", ours=ours_mem, baseline=bare_mem,
                 target=f"<= {MEMORY_TARGET_RATIO:g}x bare window",
                 details={"hwm_mib": median([r["memory"]["hwm"] for r in app_runs])},
                 note="demo mode (the demo store in a process of its own, as a real store is); baseline: bare QTabWidget window")
    memory.verdict = _verdict(memory.ratio, MEMORY_TARGET_RATIO)
    return [startup, usable, first, memory, *_floor_rows(floor_runs, app_runs, bare_t * 1000, bare_mem)]


def _floor_rows(floor_runs: list[dict[str, Any]], app_runs: list[dict[str, Any]], bare_ms: float,
                bare_mem: float) -> list[Row]:
    """The usable window's and the memory row's floors: the stack with no desk code (:func:`floor`)."""
    libraries = app_runs[0]["libraries"]
    shown = ", ".join(libraries)
    floor_ms = median([r["stamps"]["exposed"] for r in floor_runs]) * 1000
    imported_ms = median([r["stamps"]["libraries_imported"] - r["stamps"]["qt_imported"] for r in floor_runs]) * 1000
    time_row = Row("startup_floor", FLOOR_LABEL, "ms",
                   ours=floor_ms, baseline=bare_ms, details={"libraries": libraries, "libraries_ms": imported_ms},
                   note=f"median of {len(floor_runs)}; the libraries the desk had loaded when exposed "
                   f"({shown}), imported in {imported_ms:.0f} ms, then plain widgets of the "
                   "main window's shape and size; baseline: bare window")
    memory_row = Row("memory_floor", FLOOR_MEMORY_LABEL, "MiB",
                     ours=median([r["memory"]["rss"] for r in floor_runs]), baseline=bare_mem,
                     note="the start-up floor's child when exposed; baseline: bare window")
    return [time_row, memory_row]


def _stage_text(stages: dict[str, float]) -> str:
    order = ("qt_imported", "app_imported", "event_loop", "exposed", "order_loaded")
    return "stages " + ", ".join(f"{name} {stages[name]:.0f}" for name in order if name in stages)


def _verdict(ratio: float | None, limit: float) -> str:
    return "n/a" if ratio is None else ("ok" if ratio <= limit else "over")


if __name__ == "__main__":
    child_main(main)
