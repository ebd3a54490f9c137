"""House rules that hold across the code base."""

import ast
from pathlib import Path

import pytest
from import_graph import PACKAGE, cycles, import_graph

#: Import cycles tolerated for now, each the set of modules of one cycle (a strongly connected
#: component). None: the test below fails on any cycle, and on a listed one that is gone.
KNOWN_CYCLES: set[frozenset[str]] = set()
#: The composition root: the one core module that may import the Qt layer (only inside functions).
COMPOSITION_ROOT = {"vtex_invoice_gui.app", "vtex_invoice_gui.__main__"}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_modules_never_import_qt():
    offenders = []
    core_files = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts[:1]]
    assert len(core_files) > 10  # the scan really looked at the package
    for path in core_files:
        if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in imported_modules(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_the_vtex_package_imports_without_qt_loaded():
    import subprocess
    import sys

    code = (
        "import sys, vtex_invoice_gui.vtex, vtex_invoice_gui.sandbox, vtex_invoice_gui.nfe; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def _names(components: set[frozenset[str]]) -> list[list[str]]:
    return sorted(sorted(component) for component in components)


def test_no_import_cycle_among_the_package_modules():
    """Imports inside functions and ``if TYPE_CHECKING:`` blocks count too (see ``import_graph``)."""
    graph = import_graph()
    assert len(graph) > 100 and sum(map(len, graph.values())) > 300  # the scan really read the package
    found = set(cycles(graph))
    assert _names(found - KNOWN_CYCLES) == [], "new import cycle(s): break them"
    assert _names(KNOWN_CYCLES - found) == [], "gone: remove them from KNOWN_CYCLES"


def test_core_modules_never_import_the_qt_layer():
    graph = import_graph()
    ui = "vtex_invoice_gui.ui"
    offenders = {
        name: sorted(target for target in targets if target == ui or target.startswith(ui + "."))
        for name, targets in graph.items()
        if name not in COMPOSITION_ROOT and name != ui and not name.startswith(ui + ".")
    }
    assert {name: targets for name, targets in offenders.items() if targets} == {}


@pytest.mark.parametrize(
    ("a_imports", "cyclic"),
    [
        ("from . import b", True),  # the submodule, by ``from package import``
        ("def late():\n    from .b import B", True),  # inside a function
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.b import B", True),
        ("import pkg.b", True),
        ("from .c import C", False),
    ],
)
def test_the_cycle_check_sees_every_kind_of_import(tmp_path: Path, a_imports: str, cyclic: bool):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text(a_imports + "\n")
    (package / "b.py").write_text("from .a import A\n")
    (package / "c.py").write_text("X = 1\n")
    found = cycles(import_graph(package, tmp_path))
    assert found == ([frozenset({"pkg.a", "pkg.b"})] if cyclic else [])
