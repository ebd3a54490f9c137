"""The queue panel docked beside the order panel (issue 13): the clerk's day as worklists."""

from .dock import WorklistDock
from .panel import WorklistPanel

__all__ = ["WorklistDock", "WorklistPanel"]
