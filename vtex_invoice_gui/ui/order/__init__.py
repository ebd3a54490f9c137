"""The order the clerk works on: the order panel, the shared order session, the NF-e data panel."""
