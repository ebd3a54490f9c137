"""Where the app's resources (icons, translations) are, from a checkout or from a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """``resources/`` beside the package, or inside the PyInstaller bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of one resource, e.g. ``resource_path("icons", "app.svg")``."""
    return resource_root().joinpath(*parts)
