"""The Invoice tab: the form, NF-e import, review and send of an invoice notification."""
