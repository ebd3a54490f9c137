"""Packaging tests run Qt offscreen. The tests marked ``bundle`` build the PyInstaller bundle (or
reuse a fresh one) and run it; helpers are in ``packaging_helpers``."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
