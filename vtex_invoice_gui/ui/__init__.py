"""The Qt layer: widgets that turn clerk actions into core calls and core results into widgets.

Everything here may import PySide6; nothing outside this package does.
"""

from .feature_check import install as _install_feature_check

_install_feature_check()  # before the Qt layer's modules load: each one is checked as it is imported
