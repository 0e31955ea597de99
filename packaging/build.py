"""Build the one-folder app with PyInstaller: ``python packaging/build.py [--clean]``.

Runs ``python -m PyInstaller packaging/jobcenter-bench.spec`` with the interpreter that runs this
script (so use the project's virtual environment), writes the package version into the Inno Setup
script's ``#define AppVersion`` default, and prints the output folder, its size on disk and the
build time. Exit code: PyInstaller's (0 when the build succeeded).

Options: ``--clean`` removes PyInstaller's cache and the previous build first; ``--distpath`` and
``--workpath`` put the output and the intermediate files elsewhere (default ``packaging/dist``
and ``packaging/build``); ``--selftest`` runs the built app's ``selftest`` afterwards;
``--no-sync-iss`` leaves ``installer.iss`` untouched (the packaging test uses it).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import appinfo  # noqa: E402

SPEC = HERE / "jobcenter-bench.spec"


def folder_size(path: Path) -> int:
    """Bytes of all regular files under ``path`` (symbolic links not followed)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            file = Path(dirpath, name)
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def build(distpath: Path, workpath: Path, clean: bool = False) -> Path:
    """Run PyInstaller on the spec; return the one-folder output directory.

    Raises ``subprocess.CalledProcessError`` when PyInstaller fails (its log is on stderr).
    """
    cmd = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
        "--distpath", str(distpath), "--workpath", str(workpath),
        "--log-level", "WARN",
    ]
    if clean:
        cmd.append("--clean")
    env = dict(os.environ)
    # PyInstaller imports the app's modules while analysing them: keep Qt off any screen.
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    subprocess.run(cmd, cwd=appinfo.ROOT, env=env, check=True)
    return distpath / appinfo.EXE_NAME


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clean", action="store_true", help="start from an empty cache and build folder")
    ap.add_argument("--distpath", type=Path, default=HERE / "dist")
    ap.add_argument("--workpath", type=Path, default=HERE / "build")
    ap.add_argument("--selftest", action="store_true", help="run the built app's selftest")
    ap.add_argument("--no-sync-iss", action="store_true",
                    help="leave installer.iss as it is (the tests build without touching the checkout)")
    args = ap.parse_args(argv)

    if not args.no_sync_iss and appinfo.ISS_PATH.exists() and appinfo.sync_iss_version():
        print(f"Updated AppVersion in {appinfo.ISS_PATH} to {appinfo.version()}")
    start = time.perf_counter()
    try:
        out = build(args.distpath.resolve(), args.workpath.resolve(), clean=args.clean)
    except subprocess.CalledProcessError as exc:
        print(f"PyInstaller failed (exit {exc.returncode}); see the log above.", file=sys.stderr)
        return exc.returncode or 1
    seconds = time.perf_counter() - start
    print(f"Built {appinfo.APP_NAME} {appinfo.version()} in {seconds:.0f} s")
    print(f"Output folder: {out}")
    print(f"Size on disk: {folder_size(out) / 1e6:.1f} MB")
    if args.selftest:
        exe = appinfo.dist_exe(args.distpath.resolve())
        print(f"Running {exe} selftest")
        return subprocess.run([str(exe), "selftest"]).returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
