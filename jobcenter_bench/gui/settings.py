"""The application's settings: one typed schema with a version, stored with QSettings.

Settings live in an INI file in the per-user configuration folder (``QSettings.IniFormat``,
``UserScope``), so the same code works on Windows and Linux and tests can redirect it with
``QSettings.setPath``. ``SETTINGS_VERSION`` is written with every save; ``_migrate`` upgrades
older files (the napari idea: a schema and migrations, not loose keys all over the code).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from PySide6.QtCore import QByteArray, QSettings

#: Bump when a key changes meaning or name, and add a step to ``_migrate``.
SETTINGS_VERSION = 2

ORGANISATION = "JobcenterBench"
APPLICATION = "Jobcenter Bench"

#: How many recently opened databases the File menu lists.
MAX_RECENT = 8

#: The views in the order version 1 stored ``last_view`` as an index (for the migration).
_V1_VIEWS = ("data", "overview", "profile", "levers", "business_case", "model")


@dataclass
class AppSettings:
    """Everything the application remembers between runs.

    Attributes
    ----------
    language : "da" (default) or "en".
    last_db : path of the project database opened last ("" the first time).
    recent_files : recently opened databases, newest first.
    geometry, window_state : the main window's saved geometry and dock/toolbar state.
    last_view : the view shown last, by its module name ("home": the landing view).
    last_centre : the job centre (jobcenter) selected last.
    home_centre : the user's own job centre, the answer to "Hvilket jobcenter er dit?" ("" for
        a consultant who works with all centres).
    home_asked : whether that question was answered (it is asked once, at the first start).
    scenario : name of the lever scenario selected last ("" = the default scenario).
    """

    language: str = "da"
    last_db: str = ""
    recent_files: list[str] = field(default_factory=list)
    geometry: QByteArray | None = None
    window_state: QByteArray | None = None
    last_view: str = "home"
    last_centre: str = ""
    home_centre: str = ""
    home_asked: bool = False
    scenario: str = ""

    def add_recent(self, path: str) -> None:
        """Put ``path`` first in the recent list (no duplicates, at most ``MAX_RECENT``)."""
        self.recent_files = [path, *(p for p in self.recent_files if p != path)][:MAX_RECENT]


def qsettings() -> QSettings:
    """The settings store (an INI file in the user's configuration folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def _migrate(qs: QSettings, version: int) -> None:
    """Upgrade settings written by an older version (``version``) in place."""
    if version < 1:  # pre-release files kept the language under "lang"
        if qs.contains("lang"):
            qs.setValue("language", qs.value("lang"))
            qs.remove("lang")
    if version < 2 and qs.contains("last_view"):  # an index into the views of version 1
        index = _to_int(qs.value("last_view"), -1)
        qs.setValue("last_view", _V1_VIEWS[index] if 0 <= index < len(_V1_VIEWS) else "home")
    qs.setValue("version", SETTINGS_VERSION)


def load_settings(qs: QSettings | None = None) -> AppSettings:
    """Read the settings, migrating older versions; unknown or bad values fall back to defaults."""
    qs = qs or qsettings()
    version = _to_int(qs.value("version"), 0)
    if qs.allKeys() and version < SETTINGS_VERSION:
        _migrate(qs, version)
    s = AppSettings()
    lang = str(qs.value("language", s.language))
    s.language = lang if lang in ("da", "en") else "da"
    s.last_db = str(qs.value("last_db", "") or "")
    recent = qs.value("recent_files", [])
    if isinstance(recent, str):
        recent = [recent] if recent else []
    s.recent_files = [str(p) for p in (recent or [])][:MAX_RECENT]
    for key in ("geometry", "window_state"):
        value = qs.value(key)
        setattr(s, key, value if isinstance(value, QByteArray) else None)
    s.last_view = str(qs.value("last_view", s.last_view) or s.last_view)
    s.last_centre = str(qs.value("last_centre", "") or "")
    s.home_centre = str(qs.value("home_centre", "") or "")
    s.home_asked = str(qs.value("home_asked", "false")).lower() in ("true", "1")
    s.scenario = str(qs.value("scenario", "") or "")
    return s


def save_settings(s: AppSettings, qs: QSettings | None = None) -> None:
    """Write every field and the schema version."""
    qs = qs or qsettings()
    qs.setValue("version", SETTINGS_VERSION)
    for f in fields(s):
        value = getattr(s, f.name)
        if value is None:
            qs.remove(f.name)
        else:
            qs.setValue(f.name, value)
    qs.sync()


def _to_int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
