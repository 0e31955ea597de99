"""Grab every view at 1366×768 and 1920×1080 (a laptop and a desktop screen).

The images are saved to ``$JCBENCH_SHOTS`` when that is set (``JCBENCH_SHOTS=/tmp/gui_shots``)
so a person can look at them; the test itself checks what can be checked automatically: the
grab has the window's size, is not blank, no button or drop-down is squeezed below the size it
needs to show its text, and no word-wrapped label is shorter than its text.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QScrollArea

from jobcenter_bench.gui.main_window import VIEWS

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("lang", ["da", "en"])
def test_views_fit_on_laptop_and_desktop_screens(make_window, qapp, lang):
    window = make_window(lang=lang)
    out = os.environ.get("JCBENCH_SHOTS")
    for size in ((1366, 768), (1920, 1080)):
        window.resize(*size)
        for module, _ in VIEWS:
            window.show_view(module)
            qapp.processEvents()  # let the layout settle as the event loop would before painting
            image = window.grab().toImage()
            assert (image.width(), image.height()) == size
            colours = {image.pixel(x, y) for x in range(0, size[0], 97) for y in range(0, size[1], 89)}
            assert len(colours) > 5, f"{module} looks blank"
            view = window.view(module)
            controls = [*view.findChildren(QAbstractButton), *view.findChildren(QComboBox)]
            squeezed = [w.text() if isinstance(w, QAbstractButton) else w.currentText()
                        for w in controls if w.isVisible() and w.width() < w.minimumSizeHint().width()]
            cut = [w.text()[:40] for w in view.findChildren(QLabel)
                   if w.isVisible() and w.wordWrap() and w.text() and w.height() < w.heightForWidth(w.width())]
            squeezed += cut  # a wrapped text taller than its label is cut off
            squeezed += [type(a).__name__ for a in view.findChildren(QScrollArea)
                         if a.isVisible() and a.widget() is not None
                         and a.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                         and a.widget().width() > a.viewport().width()]  # content cut at the right
            assert squeezed == [], f"{module} at {size}: {squeezed}"
            if out:
                Path(out).mkdir(parents=True, exist_ok=True)
                image.save(str(Path(out) / f"{module}_{size[0]}x{size[1]}_{lang}.png"))
