"""The import graph of ``vtex_invoice_gui``, read from the source with :mod:`ast` (nothing is imported).

Every ``import``/``from ... import`` counts, wherever it stands: at module level, inside a function
(a late import is still a dependency), and inside ``if TYPE_CHECKING:`` blocks too (an annotation
naming the other module is a dependency of the design even if it never runs). Only edges between
modules of the package are kept; importing ``a.b.c`` is an edge to ``a.b.c`` alone (the parent
packages it runs on the way are not counted: every submodule would otherwise form a cycle with
its package's ``__init__``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "vtex_invoice_gui"

Graph = dict[str, set[str]]


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported(name: str, path: Path, known: set[str]) -> Iterator[str]:
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            for alias in node.names:  # ``from pkg import sub`` imports the submodule ``pkg.sub``
                yield f"{module}.{alias.name}" if f"{module}.{alias.name}" in known else module


def import_graph(package: Path = PACKAGE, root: Path = ROOT) -> Graph:
    """Each module of ``package`` -> the modules of ``package`` it imports."""
    paths = {module_name(path, root): path for path in package.rglob("*.py")}
    known = set(paths)
    return {name: {m for m in _imported(name, path, known) if m in known and m != name} for name, path in paths.items()}


def cycles(graph: Graph) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (each holds at least one cycle)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm; the package is shallow enough to recurse
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found
