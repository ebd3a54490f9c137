"""Dialogs of the desk."""
