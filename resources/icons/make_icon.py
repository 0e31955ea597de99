"""Draw the application icon with QPainter: ``python resources/icons/make_icon.py``.

Writes ``jobcenter_bench.png`` (256 px) and ``jobcenter_bench.ico`` (16–256 px) beside this
script: a blue rounded square with three rising bars and an orange point (a centre in a chart),
in the Okabe–Ito colours the charts use.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402

HERE = Path(__file__).resolve().parent


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#0072B2"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 40 * s, 40 * s)
    p.setBrush(QColor("#FFFFFF"))
    for i, h in enumerate((70, 115, 160)):
        p.drawRect(QRectF((44 + i * 58) * s, (208 - h) * s, 40 * s, h * s))
    p.setBrush(QColor("#E69F00"))
    p.drawEllipse(QRectF(168 * s, 28 * s, 52 * s, 52 * s))
    p.end()
    return img


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    draw(256).save(str(HERE / "jobcenter_bench.png"))
    # Qt's ICO writer stores one image; the largest is what Windows scales from.
    ok = draw(256).save(str(HERE / "jobcenter_bench.ico"), "ICO")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
