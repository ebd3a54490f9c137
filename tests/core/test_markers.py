"""The slow tests are marked slow, and CI still runs them (only a developer's quick run skips them)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

import test_benchmarks_smoke
import test_kill_journal
import test_soak

ROOT = Path(__file__).resolve().parents[2]


def _marks(module: object) -> set[str]:
    marks = getattr(module, "pytestmark", [])
    return {m.name for m in (marks if isinstance(marks, list) else [marks])}


@pytest.mark.parametrize("module", [test_kill_journal, test_soak, test_benchmarks_smoke], ids=lambda m: m.__name__)
def test_the_kill_soak_and_benchmark_tests_are_slow(module: object) -> None:
    assert "slow" in _marks(module)


def test_ci_selects_no_markers_so_it_runs_the_slow_tests_too() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash packaging/bootstrap.sh test" in ci and " -m " not in ci
    bootstrap = (ROOT / "packaging" / "bootstrap.sh").read_text(encoding="utf-8")
    test_branch = bootstrap.split("    test)", 1)[1].split(";;", 1)[0]
    # only the workers and the caller's arguments: no marker selection
    assert re.search(r"-m pytest -n \"\$\{VTEX_TEST_WORKERS:-auto\}\" --dist worksteal \"\$@\"", test_branch), test_branch
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert "-m" not in options["addopts"].split()
    assert any(marker.startswith("slow:") for marker in options["markers"])
