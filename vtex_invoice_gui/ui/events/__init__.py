"""The Tracking events tab: an invoice's timeline and new events to send."""
