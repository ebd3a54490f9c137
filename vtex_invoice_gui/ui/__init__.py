"""The Qt layer: widgets that turn clerk actions into core calls and core results into widgets.

Everything here may import PySide6; nothing outside this package does.
"""
