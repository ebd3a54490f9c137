"""The cycle collector is held off while an NF-e is read (issue 18): its element tree once made a
collection scan every object of the desk with the GIL held, and the window could not paint."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.nfe_samples import make_large_nfe
from vtex_invoice_gui.gc_pause import collector_paused
from vtex_invoice_gui.nfe import read_nfe


@pytest.fixture
def collections_seen() -> Iterator[list[int]]:
    """The generation of every collection that runs during the test."""
    seen: list[int] = []

    def record(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.enable()
    gc.callbacks.append(record)
    try:
        yield seen
    finally:
        gc.callbacks.remove(record)


def test_reading_a_500_item_nfe_runs_no_collection(collections_seen: list[int]) -> None:
    data = make_large_nfe(500)
    collections_seen.clear()  # making the file is not the reading
    doc = read_nfe(data)
    assert len(doc.items) == 500
    assert collections_seen == []
    assert gc.isenabled()


def test_the_same_burst_outside_a_pause_runs_collections(collections_seen: list[int]) -> None:
    # The control for the test above: the reading's objects are enough to start the collector.
    from xml.etree import ElementTree

    data = make_large_nfe(500)
    collections_seen.clear()
    tree = ElementTree.fromstring(data)
    del tree
    assert collections_seen


def test_pauses_from_two_threads_nest() -> None:
    entered, leave = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            entered.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    with collector_paused():
        thread.start()
        entered.wait(5)
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's pause is still on
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_runs_again_after_an_error_inside() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("the file is no NF-e")
    assert gc.isenabled()


def test_settle_frees_the_young_cycles_before_it_freezes_what_is_alive() -> None:
    import weakref

    from vtex_invoice_gui.gc_pause import settle

    class Node:
        def __init__(self) -> None:
            self.other: Node | None = None

    dead_a, dead_b = Node(), Node()
    dead_a.other, dead_b.other = dead_b, dead_a  # a cycle, then garbage
    gone = weakref.ref(dead_a)
    alive = Node()
    del dead_a, dead_b
    try:
        settle()
        assert gone() is None  # collected, not frozen with the rest
        assert id(alive) not in {id(o) for o in gc.get_objects()}  # frozen: full collections no longer scan it
    finally:
        gc.unfreeze()
