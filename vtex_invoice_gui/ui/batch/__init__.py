"""The Batch tab: a day's NF-e files checked against the store, then sent (issue 14).

The tab is :class:`.view.BatchView`. Nothing is imported here: the window imports the tab's
modules one at a time while it is idle (``runtime.warmup``), and a package that imported them all
would make that one long step.
"""
