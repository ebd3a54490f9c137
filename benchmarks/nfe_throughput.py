"""NF-e reader throughput: files per second, vs the bare C XML parser on the same bytes.

``read_nfe`` does the safe parse (defusedxml), the field reading, decimal-to-cents conversion,
the access-key check and the cross-checks. The baseline is what no safe reader can beat: the
same safe parse alone (``defusedxml.ElementTree.fromstring`` with DTDs and entities forbidden,
i.e. expat building the tree, no field work at all). The bare stdlib parser is no fair floor: it
expands the billion-laughs fixture instead of refusing it.
The fixture set includes the hostile files (billion laughs, XXE): they count as read when the
reader refuses them, as it must.

``nfe_hostile``: seconds to refuse a crafted 5 MB file of 500 000 attributes (issue 11 finding 10),
vs the safe parse of the same bytes (what the reader did before its structure limits).
"""

from __future__ import annotations

import time
from typing import Any

from .harness import PROBLEMS, ROOT, Options, Row, Unavailable, child_main, median, problem_row, run_child

FIXTURES = ROOT / "tests" / "fixtures" / "nfe"
TARGET_RATIO = 5.0


def _rate(fn: Any, files: list[bytes], min_seconds: float, rounds: int) -> float:
    """Median over ``rounds`` of files/s, each round reading the set until ``min_seconds`` passed."""
    rates = []
    for _ in range(rounds):
        count, start = 0, time.perf_counter()
        while True:
            for data in files:
                try:
                    fn(data)
                except Exception:  # noqa: BLE001 - hostile fixtures are refused: that is a read
                    pass
            count += len(files)
            elapsed = time.perf_counter() - start
            if elapsed >= min_seconds:
                break
        rates.append(count / elapsed)
    return median(rates)


def _time_once(fn: Any, data: bytes) -> float:
    """Seconds one call takes, whether it reads the file or refuses it."""
    start = time.perf_counter()
    try:
        fn(data)
    except Exception:  # noqa: BLE001 - refusing is the point
        pass
    return time.perf_counter() - start


def _safe_parse(module: Any) -> Any:
    def parse(data: bytes) -> Any:
        return module.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)

    return parse


def measure(args: dict[str, Any]) -> dict[str, Any]:
    try:
        import defusedxml.ElementTree as SafeET  # noqa: N812

        from vtex_invoice_gui.nfe import read_nfe
        from tests.support.nfe_samples import make_large_nfe
    except ImportError as exc:
        raise Unavailable(f"NF-e reader ({exc})") from None

    fixtures = [p.read_bytes() for p in sorted(FIXTURES.glob("*.xml"))]
    if not fixtures:
        raise Unavailable(f"no fixtures in {FIXTURES}")
    hostile = fixtures[0].replace(b"<emit>", b"<emit><x " + b" ".join(b'a%d="1"' % i for i in range(
        int(args["attributes"]))) + b"/>", 1)
    out_hostile = {"ours": _time_once(read_nfe, hostile), "baseline": _time_once(_safe_parse(SafeET), hostile),
                   "bytes": len(hostile)}
    large = [make_large_nfe(int(args["items"]))]
    seconds, rounds = float(args["seconds"]), int(args["rounds"])
    out: dict[str, Any] = {"fixture_count": len(fixtures), "large_bytes": len(large[0]), "hostile": out_hostile}
    for name, files in (("fixtures", fixtures), ("large", large)):
        if name == "large":
            read_nfe(files[0])  # a real read must succeed
        out[name] = {
            "ours": _rate(read_nfe, files, seconds, rounds),
            "baseline": _rate(_safe_parse(SafeET), files, seconds, rounds),
        }
    return out


def collect(opts: Options) -> list[Row]:
    items = opts.size(500, 50)
    labels = {
        "nfe_fixtures": "NF-e reader: fixture set",
        "nfe_large": f"NF-e reader: {items}-item file",
        "nfe_hostile": "NF-e reader: crafted file refused",
    }
    try:
        result = run_child("nfe_throughput", {"items": items, "seconds": 0.2 if opts.quick else 0.5,
                                              "rounds": opts.reps(3), "attributes": opts.size(500_000, 50_000)})
    except PROBLEMS as exc:
        return [problem_row(key, label, "files/s", exc) for key, label in labels.items()]
    rows = []
    for key, part in (("nfe_fixtures", "fixtures"), ("nfe_large", "large")):
        r = result[part]
        note = (f"{result['fixture_count']} files incl. hostile ones" if part == "fixtures"
                else f"{result['large_bytes'] / 1024:.0f} KiB")
        row = Row(key, labels[key], "files/s", ours=r["ours"], baseline=r["baseline"], lower_is_better=False,
                  target=f"<= {TARGET_RATIO:g}x bare parse", note=note + "; baseline: the safe XML parse alone")
        row.verdict = "ok" if row.ratio is not None and row.ratio <= TARGET_RATIO else "over"
        rows.append(row)
    hostile = result["hostile"]
    row = Row("nfe_hostile", labels["nfe_hostile"], "s", ours=hostile["ours"], baseline=hostile["baseline"],
              target="< the parse it avoids", note=f"{hostile['bytes'] / 1024:.0f} KiB of attributes; "
              "baseline: the safe XML parse of the same bytes")
    row.verdict = "ok" if row.ratio is not None and row.ratio < 1 else "over"
    rows.append(row)
    return rows


if __name__ == "__main__":
    child_main(measure)
