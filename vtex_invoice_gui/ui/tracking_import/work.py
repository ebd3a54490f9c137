"""What the import view runs on workers (no widgets here): read a file's header and guess its
columns, build the rows of a mapping (remembered for the store, as ``batch tracking`` does), check
them (the preview), and send them through the desk's send queue."""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ...messages import Message
from ...sending.clients import ApiFactory
from ...sending.queue import DEFAULT_CONCURRENCY, SendQueue, SendResult
from ...settings import StoreProfile
from ..sending.pause import pausing, queue_client
from ...tracking_import.fields import (
    check_mapping, find_header_row, guess_mapping, is_admin_export, signature,
)  # fmt: skip
from ...tracking_import.files import CarrierFile, MappingFile
from ...tracking_import.importer import MappingProblem
from ...tracking_import.preview import Preview
from ...tracking_import.reader import Row, read_file
from ...tracking_import.results import RowResult, Status
from ...tracking_import.rows import ImportRow, build_rows, collapse_admin_export
from ...tracking_import.send import job_for
from ...vtex.api import OrdersApi


@dataclass
class Layout:
    """A file read: its rows, the header row found (or the first row, with ``problem``) and the
    mapping guessed for it (the store's saved one first)."""

    path: Path
    rows: list[Row]
    header_index: int
    mapping: dict[int, str]
    problem: Message | None = None
    admin_export: bool = False
    header: Row = field(default_factory=list)

    @property
    def signature(self) -> str:
        return signature(self.header)

    def headers(self) -> list[str]:
        return [str(cell) for cell in self.header]


def read_layout(path: Path, mappings: MappingFile, store: str) -> Layout:
    """Raises :class:`~...tracking_import.reader.SpreadsheetError` for a file it cannot read."""
    rows = read_file(path)
    problem = None
    try:
        index = find_header_row(rows, path.name, None, mappings.layouts(store))
    except ValueError as error:
        problem = error.args[0]
        index = next((i for i, row in enumerate(rows) if any(str(c).strip() for c in row)), 0)
    header = rows[index] if rows else []
    mapping = guess_mapping(header, saved=mappings.load(store, signature(header)))
    return Layout(path, rows, index, mapping, problem, is_admin_export(header), header)


def build_plan(layout: Layout, mapping: Mapping[int, str], mappings: MappingFile, store: str) -> list[ImportRow]:
    """The rows under the header, as ``mapping`` reads them; the mapping is saved for the store.
    Raises :class:`MappingProblem` when it lacks the order or the tracking column."""
    problems = check_mapping(mapping)
    if problems:
        raise MappingProblem(problems[0])
    built = build_rows(layout.rows, layout.header_index, dict(mapping), None)
    try:
        mappings.save(store, layout.signature, {str(layout.header[i]): f for i, f in sorted(mapping.items())})
    except OSError:
        pass  # remembering is a convenience: the import goes on
    return collapse_admin_export(built) if layout.admin_export else built


def check_rows(
    api: OrdersApi, rows: list[ImportRow], carriers: CarrierFile, store: str,
    progress: Callable[[int, int], None] | None = None,
) -> list[RowResult]:
    return Preview(api, carriers.load(store)).run(rows, progress)


def send_results(
    api: OrdersApi, results: list[RowResult], *, window: float, cancel: threading.Event,
    on_result: Callable[[int, SendResult], None], factory: ApiFactory, profile: StoreProfile | None, name: str,
    only: Collection[int] | None = None,
) -> dict[int, SendResult]:
    """Every would-send row's job (of the rows ``only`` names, when given) through the send queue
    (``api``: the store's journaled client), journaled under the import's ``name``; a 429 pauses
    every send."""
    tagged = queue_client(api, name)
    bucket, listen = pausing(factory, profile, DEFAULT_CONCURRENCY)
    queue = SendQueue(tagged, window=window, bucket=bucket, cancel=cancel, on_start=lambda _i: listen(),
                      on_result=on_result)  # fmt: skip
    chosen = range(len(results)) if only is None else set(only)
    return queue.run([job_for(result) if i in chosen else None for i, result in enumerate(results)])


def ready_rows(results: list[RowResult], spent: Collection[int] = ()) -> list[int]:
    """The rows a send would send: would-send, with something to send, and not handed to a send yet."""
    return [i for i, r in enumerate(results)
            if i not in spent and r.status is Status.WOULD_SEND and job_for(r) is not None]  # fmt: skip


def sendable(results: list[RowResult], spent: Collection[int] = ()) -> int:
    return len(ready_rows(results, spent))
