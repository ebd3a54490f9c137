"""The queue panel docked beside the order panel (issue 13): the clerk's day as worklists."""

from .panel import WorklistDock, WorklistPanel

__all__ = ["WorklistDock", "WorklistPanel"]
