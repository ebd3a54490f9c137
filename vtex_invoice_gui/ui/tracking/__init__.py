"""The Tracking number tab: an invoice's tracking number, carrier and dispatch date."""
