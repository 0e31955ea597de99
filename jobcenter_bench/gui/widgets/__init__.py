"""Reusable widgets: centre selector, charts (pyqtgraph) and tables."""
