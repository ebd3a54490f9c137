"""Returns in the window: the return wizard (``wizard.py``), its rules and refund view (``rules.py``),
the NF-e of return (``nfe.py``), marks and "one return at a time" (``launcher.py``), and the Invoice
tab's returns row with the window's wiring (``bar.py``)."""
