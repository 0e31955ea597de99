"""Refresh the translation catalogue: ``python resources/i18n/update_translations.py``.

1. ``pyside6-lupdate`` collects every ``tr()`` string of ``jobcenter_bench/gui`` into
   ``jobcenter_bench_en.ts`` (existing translations are kept; strings no longer used are
   marked obsolete and dropped with ``-no-obsolete``);
2. translate the new entries (Qt Linguist: ``pyside6-linguist jobcenter_bench_en.ts``);
3. ``pyside6-lrelease`` compiles ``jobcenter_bench_en.qm``, which is committed.

``--check`` only reports untranslated strings (what ``tests/gui/test_i18n.py`` fails on);
``--update-only`` runs lupdate and stops (to translate before compiling).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "jobcenter_bench_en.ts"
QM = HERE / "jobcenter_bench_en.qm"


def tool(name: str) -> str:
    """Path of a PySide6 tool (beside the running Python, else on PATH)."""
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "jobcenter_bench" / "gui").rglob("*.py"))


def lupdate(ts: Path = TS) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-source-language", "da_DK",
                    "-target-language", "en_GB", "-ts", str(ts)], check=True, capture_output=True)


def lrelease(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        lupdate()
        if "--update-only" in argv:
            return 0
        lrelease()
    from xml.etree import ElementTree

    missing = [m.findtext("source") for m in ElementTree.parse(TS).iter("message")
               if not (m.findtext("translation") or "").strip()
               or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    for text in missing:
        print(f"untranslated: {text!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
