"""VTEX Invoice Desk: a desktop tool for invoicing VTEX orders by hand."""

__version__ = "0.1.0"
APP_ID = "br.com.vtexinvoicedesk.InvoiceDesk"
APP_NAME = "VTEX Invoice Desk"

from .import_check import install as _install_import_check

_install_import_check()  # PySide6 already loaded (tests, benchmarks): its import hook, answered cheaply
