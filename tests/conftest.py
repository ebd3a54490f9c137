"""Suite-wide ordering: the long tests first.

CI runs the suite on two pytest-xdist workers (``packaging/bootstrap.sh test``). A long test
collected last would run alone at the end while the other worker sits idle; collected first, it
runs while the other worker (and then both, by work stealing) gets through the rest.
"""

from __future__ import annotations

import pytest

LONG_MARKS = ("slow", "bundle")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: not any(item.get_closest_marker(mark) for mark in LONG_MARKS))
