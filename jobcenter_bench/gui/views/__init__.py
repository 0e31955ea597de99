"""One module per view; each can be previewed with ``python -m jobcenter_bench.gui.views.<name>``."""
