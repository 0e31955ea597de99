"""Language of the user interface: Qt's ``tr()`` with compiled ``.qm`` catalogues.

Every visible string in the GUI is written in Danish inside ``self.tr("…")`` (or
``QCoreApplication.translate(context, "…")`` outside a QObject). Danish is the source language;
``resources/i18n/jobcenter_bench_en.ts`` holds the English translations and is compiled to
``jobcenter_bench_en.qm`` (committed, so installing needs no build step). Refresh both with
``python resources/i18n/update_translations.py`` after changing strings; a test fails when a
string has no translation.

Numbers are formatted by ``jobcenter_bench.core.numbers.format_number`` (the one place, shared
with the reports) in the current language, through :func:`fmt`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.core.resources import project_root

#: Languages the user can choose, with their own name.
LANGUAGES = {"da": "Dansk", "en": "English"}

_state = {"lang": "da", "translators": []}


def catalogue_path(lang: str) -> Path:
    """Path of the compiled catalogue (.qm) for ``lang`` (the file may not exist for "da")."""
    return project_root() / "resources" / "i18n" / f"jobcenter_bench_{lang}.qm"


def install_language(lang: str) -> bool:
    """Make ``lang`` the language of every ``tr()`` call from now on.

    Removes the translators installed before, loads ours (English) and Qt's own catalogue for
    the standard dialogs (``qtbase_da.qm`` for Danish). Returns False when the catalogue for
    ``lang`` could not be loaded (the UI then stays in Danish, the source language).
    """
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else "da"
    for t in _state["translators"]:
        if app is not None:
            app.removeTranslator(t)
    _state["translators"] = []
    ok = True
    if lang != "da":
        ours = QTranslator()
        ok = ours.load(str(catalogue_path(lang)))
        if ok and app is not None:
            app.installTranslator(ours)
            _state["translators"].append(ours)
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir) and app is not None:
        app.installTranslator(qt)
        _state["translators"].append(qt)
    _state["lang"] = lang if ok else "da"
    QLocale.setDefault(QLocale(QLocale.Language.English if _state["lang"] == "en" else QLocale.Language.Danish,
                               QLocale.Country.UnitedKingdom if _state["lang"] == "en" else QLocale.Country.Denmark))
    return ok


def language() -> str:
    """The current UI language code ("da" or "en")."""
    return _state["lang"]


def fmt(value: float | int | None, decimals: int = 0) -> str:
    """A number formatted for the current language (``1.234,5`` in Danish)."""
    return format_number(value, decimals, language())


def fmt_plain(value: float | int | None, decimals: int = 0) -> str:
    """A number without thousands separators (what Excel parses when pasted): ``1234,5``."""
    text = format_number(value, decimals, language(), missing="")
    return text.replace("." if language() == "da" else ",", "")

