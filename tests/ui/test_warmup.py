"""The Batch tab's modules are imported while the desk is idle (issue 18): one module per step on
the GUI thread, and none left for the clerk's first click on the tab."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from vtex_invoice_gui.ui.main_window import MainWindow
from vtex_invoice_gui.ui.runtime.warmup import CORE, QT

PACKAGE = "vtex_invoice_gui"


def _run(script: str) -> Any:
    """``script`` in a fresh interpreter after the window's own modules; its last line is JSON."""
    prelude = "import json, sys, importlib\nimport vtex_invoice_gui.ui.main_window\n"
    done = subprocess.run([sys.executable, "-c", prelude + script], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ}, check=True)  # fmt: skip
    return json.loads(done.stdout.splitlines()[-1])


def _ours(names: list[str]) -> set[str]:
    return {name for name in names if name == PACKAGE or name.startswith(PACKAGE + ".")}


def test_each_gui_thread_step_imports_its_one_module() -> None:
    steps = _run(
        "from vtex_invoice_gui.ui.runtime.warmup import CORE, QT\n"
        "for name in CORE: importlib.import_module(name)\n"
        "out = []\n"
        "for name in QT:\n"
        "    before = set(sys.modules); importlib.import_module(name)\n"
        "    out.append(sorted(set(sys.modules) - before))\n"
        "print(json.dumps(out))\n"
    )
    for name, new in zip(QT, steps, strict=True):
        parent = name.rsplit(".", 1)[0]
        assert _ours(new) <= {name, parent}, f"{name} also imported {sorted(_ours(new) - {name, parent})}"


def test_the_warm_up_leaves_nothing_for_the_batch_tab_to_import() -> None:
    # What opening the tab and checking a batch import (the check job imports batch.sources itself).
    needed = _ours(_run(
        "before = set(sys.modules)\n"
        "import vtex_invoice_gui.ui.lazy_tabs, vtex_invoice_gui.ui.batch.view, vtex_invoice_gui.batch.sources\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))\n"
    ))
    warmed = _ours(_run(
        "before = set(sys.modules)\n"
        f"for name in {list(CORE + QT)!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))\n"
    ))
    assert needed, "the tab imports modules of its own"
    assert needed <= warmed, f"not warmed: {sorted(needed - warmed)}"


def test_the_window_warms_the_batch_tab_after_its_first_paint(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: hasattr(window, "warm_imports"), timeout=5000)
    with qtbot.waitSignal(window.warm_imports.finished, timeout=10_000):
        pass
    assert window.lazy_tabs.built("batch") is None  # imported, not built: the tab is made when opened
    assert all(name in sys.modules for name in CORE + QT)


def test_the_first_orders_modules_and_models_are_made_by_the_warm_up_not_by_showing_it() -> None:
    # A fresh interpreter with the window's modules: what the first order would make while the
    # clerk waits is not made yet, and the warm-up's job makes all of it.
    made = _run(
        "from vtex_invoice_gui.ui.runtime import warmup\n"
        "from vtex_invoice_gui.vtex.order import Order\n"
        "from vtex_invoice_gui.vtex.payloads import InvoiceItem\n"
        "built = lambda: [Order.__pydantic_complete__, InvoiceItem.__pydantic_complete__]\n"
        "imported = lambda: [name in sys.modules for name in warmup.FIRST_ORDER]\n"
        "before = built() + imported()\n"
        "warmup._first_order(None)\n"
        "print(json.dumps({'before': before, 'after': built() + imported()}))\n"
    )
    assert made["before"][:2] == [False, False], "the window's start builds the order's models itself"
    assert not all(made["before"][2:]), "the window's start already imports the first order's modules"
    assert all(made["after"])


def test_the_window_warms_the_first_order_after_its_first_paint(qtbot: Any, window: MainWindow) -> None:
    from vtex_invoice_gui.ui.runtime import warmup

    started: list[str] = []
    real = window.ctx.tasks.start

    def spy(job: Any, **kwargs: Any) -> Any:
        started.append(kwargs.get("name", ""))
        return real(job, **kwargs)

    window.ctx.tasks.start = spy  # type: ignore[method-assign]  # before the event loop first turns
    qtbot.waitUntil(lambda: "warm_first_order" in started, timeout=5000)
    qtbot.waitUntil(lambda: window.ctx.tasks.in_flight == 0, timeout=10_000)
    assert all(name in sys.modules for name in warmup.FIRST_ORDER)
