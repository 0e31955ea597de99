"""The computational core of Jobcenter Bench.

Nothing in this package imports Qt (PySide6) or pyqtgraph: the CLI, the GUI and the report
writers all call these functions. ``tests/test_core_is_qt_free.py`` enforces it.
"""
