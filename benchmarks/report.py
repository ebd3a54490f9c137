"""The printed table: Markdown, so a run can be pasted into the README as it is."""

from __future__ import annotations

from typing import Any

from .harness import Row
from .targets import summary


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "ms":
        text = f"{value:.1f}" if value < 100 else f"{value:.0f}"
    elif unit == "files/s":
        text = f"{value:,.0f}" if value >= 10 else f"{value:.1f}"
    else:
        text = f"{value:.1f}" if value < 10 else f"{value:.0f}"
    return f"{text} {unit}"


def _ratio(row: Row) -> str:
    ratio = row.ratio
    return "n/a" if ratio is None else f"{ratio:.2f}x"


def format_table(rows: list[Row], result: dict[str, Any]) -> str:
    machine = result["machine"]
    head = [
        f"Command: `{result['command']}`  ",
        f"Machine: {machine.get('cpu_count')} CPUs ({machine.get('cpu_model') or 'unknown CPU'}), "
        f"Python {machine.get('python')}, PySide6 {machine.get('pyside') or machine.get('qt_binding')}, "
        f"Qt {machine.get('qt', '?')}; took {result['duration_s']:.0f} s"
        + (" (quick mode)" if result["options"]["quick"] else ""),
        "",
        "| Figure | Ours | Baseline | Ratio | Target | Verdict |",
        "|---|---:|---:|---:|---|---|",
    ]
    body = [
        f"| {row.figure} | {_number(row.ours, row.unit)} | {_number(row.baseline, row.unit)} | {_ratio(row)} "
        f"| {row.target} | {row.verdict} |"
        for row in rows
    ]
    notes = summary(rows)
    notes += ["", "Notes (ratio = how many times the baseline's cost ours is; 1.00x = at the floor):"]
    notes += [f"- {row.figure}: {row.note}" for row in rows if row.note]
    lost = machine.get("pyside_none_refs_lost_per_call")
    if lost:
        notes.append(
            f"- WARNING: this PySide6 loses {lost:.0f} reference(s) to None per void call (e.g. setText); on "
            f"Python {machine.get('python')} the app aborts (none_dealloc) after ~27,000 such calls; the project "
            "pins PySide6 below 6.12 (tests/ui/test_qt_binding.py guards it)"
        )
    return "\n".join(head + body + notes)
