"""Sending one write to VTEX, the same for the desk's tabs, batch and the command line. No Qt.

- :mod:`.flow`: build (:func:`~.flow.invoice_request`, :func:`~.flow.tracking_request`,
  :func:`~.flow.events_request`) -> guard -> send (:func:`~.flow.post`) -> settle
  (:func:`~.flow.settle`) -> a typed outcome; :func:`~.flow.send` runs it all on one thread.
- :mod:`.lost`: a send whose answer was lost (blocked until a reload, then the journal check), and
  the pure duplicate finder.
- :mod:`.clients`: one cached client per store (:class:`~.clients.ApiFactory`).

The Qt adapter is ``ui/sending/controller.py``.
"""
