"""History: every send in the journal, with filters, search, receipts and CSV export."""
