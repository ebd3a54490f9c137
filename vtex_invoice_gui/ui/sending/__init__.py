"""Sending from a tab: no double send, lost sends settled from the journal, the start-up check."""
