"""The Batch tab: a day's NF-e files checked against the store, then sent (issue 14)."""

from .view import BatchView

__all__ = ["BatchView"]
