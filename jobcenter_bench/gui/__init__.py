"""The desktop application (PySide6 + pyqtgraph): thin views over the core's results.

Nothing here computes an analysis result: views bind to what ``jobcenter_bench.core`` returns.
Start it with ``jobcenter-bench`` (no arguments) or ``jobcenter-bench gui [--db PATH]``.
"""
