"""A fingerprint of everything the bundle is built from, so a fresh build can be reused.

    python packaging/bundle_inputs.py write   # after a build: remember what it was built from
    python packaging/bundle_inputs.py check   # exit 0 if dist/ holds a build of the current inputs

The inputs are the package's Python files, the bundled resources, the spec and its helpers, and
the name and version of every distribution in the environment's site-packages.
"""

from __future__ import annotations

import hashlib
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "vtex-invoice-gui"
EXECUTABLE = BUNDLE / ("vtex-invoice-gui.exe" if sys.platform == "win32" else "vtex-invoice-gui")
STAMP = ROOT / "build" / "vtex-invoice-gui.fingerprint"
INPUT_GLOBS = (
    "vtex_invoice_gui/**/*.py",
    "resources/icons/*",
    "resources/i18n/*.qm",
    "packaging/vtex-invoice-gui.spec",
    "packaging/spec_helpers.py",
    "packaging/entry.py",
)


def input_files(root: Path = ROOT) -> list[Path]:
    files = {p for pattern in INPUT_GLOBS for p in root.glob(pattern) if p.is_file() and "__pycache__" not in p.parts}
    return sorted(files)


def fingerprint(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for path in input_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    site = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    dists = sorted(f"{d.metadata['Name']}=={d.version}".lower() for d in metadata.distributions(path=site))
    digest.update("\n".join([sys.version, *dists]).encode())
    return digest.hexdigest()


def is_fresh(root: Path = ROOT) -> bool:
    """True when the bundle exists and was built from exactly the current inputs."""
    stamp = root / STAMP.relative_to(ROOT)
    executable = root / EXECUTABLE.relative_to(ROOT)
    if not executable.is_file() or not stamp.is_file():
        return False
    return stamp.read_text(encoding="ascii").strip() == fingerprint(root)


def write_stamp(root: Path = ROOT) -> None:
    stamp = root / STAMP.relative_to(ROOT)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(fingerprint(root) + "\n", encoding="ascii")


def main(argv: list[str]) -> int:
    if argv == ["write"]:
        write_stamp()
        return 0
    if argv == ["check"]:
        return 0 if is_fresh() else 1
    print("usage: bundle_inputs.py write|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
