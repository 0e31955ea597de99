"""Before Qt starts on Linux: are the system libraries of Qt's X11 (xcb) platform plugin there?

Without them Qt aborts with a hint about ``libxcb-cursor0`` only, even when other libraries are
what is missing. :func:`missing_message` loads each library the plugin links to (the list of
PySide6 6.x's ``libqxcb.so``) and names the Debian/Ubuntu packages of the missing ones, with the
``apt`` command that installs them. Imports neither Qt nor anything heavy (it runs first).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

#: Shared library (soname) → the Debian/Ubuntu package that provides it.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: dict | None = None) -> bool:
    """Whether Qt will start its xcb (X11) plugin: on Linux, unless ``QT_QPA_PLATFORM`` names
    another platform (offscreen, wayland …) or a Wayland session leaves it unset."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0].split(":")[0] == "xcb"
    return not (env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"))


def missing_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    """Debian/Ubuntu packages of the xcb plugin's libraries that cannot be loaded."""
    return [package for soname, package in XCB_LIBRARIES.items() if not loads(soname)]


def missing_message(environ: dict | None = None, loads: Callable[[str], bool] = _loads) -> str:
    """What to tell the user when a library is missing ('' when nothing is, or Qt will not use
    xcb): Danish, then English, with the install command."""
    if not uses_xcb(environ):
        return ""
    packages = missing_packages(loads)
    if not packages:
        return ""
    names = " ".join(packages)
    return (
        "Jobcenter Bench kan ikke starte den grafiske brugerflade: Qt mangler systembiblioteker til X11.\n"
        f"Installér dem (Debian/Ubuntu) med:\n    sudo apt install {names}\n"
        "Uden skærm kan kommandolinjen bruges (jobcenter-bench --help).\n\n"
        "Jobcenter Bench cannot start its desktop window: Qt is missing X11 system libraries.\n"
        f"Install them (Debian/Ubuntu) with:\n    sudo apt install {names}\n"
    )
