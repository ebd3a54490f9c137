"""What the Batch tab's row fixes (``fixes.py``, ``mapping.py``) use of the tab (``view.py``),
which holds them: named here so neither imports the view back."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QTableView

from ..runtime.context import DeskContext
from ..widgets.banner import Tone
from .model import BatchModel


class BatchHost(Protocol):
    ctx: DeskContext
    model: BatchModel
    table: QTableView
    paths: list[Path]
    checked: SignalInstance  # the preview just built: its row count
    failed: SignalInstance  # an error and its context

    @property
    def busy(self) -> bool: ...

    def check(self) -> None: ...

    def sendable(self) -> list[int]: ...

    def confirm_send(self) -> None: ...

    def say(self, text: str, tone: Tone | None) -> None: ...

    def set_busy(self, state: str) -> None: ...

    def update_state(self) -> None: ...
