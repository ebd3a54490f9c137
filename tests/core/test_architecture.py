"""House rules that hold across the code base."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "vtex_invoice_gui"


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
