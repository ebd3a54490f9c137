"""``python -m vtex_invoice_gui``: the same as the ``vtex-invoice-gui`` command."""

import sys

from .app import main

sys.exit(main())
