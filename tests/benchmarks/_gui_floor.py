"""The toolkit's floor (the ``gui_floor`` benchmark): a bare PySide6 + pyqtgraph window with one
94-point scatter and a 94-row table, painted once; prints ``first-paint <epoch seconds>``.

Run as a script in a new process; nothing of Jobcenter Bench is imported.
"""

from __future__ import annotations

import sys
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QTableWidget, QTableWidgetItem, QWidget

N = 94


class _Painted(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, _done)
        return False


def _done() -> None:
    print(f"first-paint {time.time():.6f}", flush=True)
    QApplication.instance().quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    lay = QHBoxLayout(window)
    rng = np.random.default_rng(1)
    plot = pg.PlotWidget(background="w")
    plot.addItem(pg.ScatterPlotItem(x=rng.normal(30, 5, N), y=rng.normal(0, 1, N), size=8))
    lay.addWidget(plot)
    table = QTableWidget(N, 4)
    for r in range(N):
        for c in range(4):
            table.setItem(r, c, QTableWidgetItem(f"{rng.normal():.1f}"))
    lay.addWidget(table)
    window.resize(1366, 768)
    watcher = _Painted()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
