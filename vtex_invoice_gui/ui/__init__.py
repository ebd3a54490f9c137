"""The Qt layer: widgets that turn clerk actions into core calls and core results into widgets.

Everything here may import PySide6; nothing outside this package does.
"""

import PySide6 as _PySide6  # noqa: F401 - loads the import hook that import_check answers for

from ..import_check import install as _install_import_check

_install_import_check()  # before the Qt layer's modules load: each one is checked as it is imported
