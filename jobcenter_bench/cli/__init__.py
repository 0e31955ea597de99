"""The ``jobcenter-bench`` command line.

Each sub-command lives in its own module in this package and exposes ``register(subparsers)``,
which adds its parser and sets ``func`` to a function ``(args) -> int``. Modules are discovered
here, so adding a command never edits this file. All commands call the same core functions as
the GUI. With no arguments the desktop application starts.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sqlite3
import sys

from jobcenter_bench import __version__
from jobcenter_bench.core.errors import BenchError, fault_error

#: Order of commands in ``--help``; discovered modules not listed here come after.
_ORDER = (
    "demo", "import_cmd", "fetch", "validate", "template", "survey_status", "info", "analyse", "model",
    "dea", "peers", "levers", "trend", "compare",
    "business_case", "realisation", "report", "export", "selftest", "gui",
)


def _command_modules() -> list[str]:
    found = {m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")}
    return [n for n in _ORDER if n in found] + sorted(found - set(_ORDER))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jobcenter-bench",
        description="Benchmark af jobcentres produktivitet og effekt, og prissætning af forbedringsforslag.",
    )
    parser.add_argument("--version", action="version", version=f"jobcenter-bench {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _command_modules():
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] == "gui":  # straight to the GUI: no other command module is imported
        from jobcenter_bench.cli.gui import start

        return start(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    lang = getattr(args, "lang", "da") or "da"
    try:
        from jobcenter_bench.core.store import Store

        Store.on_wait = lambda da, en: print(f"jobcenter-bench: {en if lang == 'en' else da}", file=sys.stderr)
        return int(args.func(args) or 0)
    except BenchError as exc:
        print(f"jobcenter-bench: {exc.text(lang)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except (sqlite3.Error, OSError, MemoryError) as exc:  # a database or disk fault: a message, never a traceback
        print(f"jobcenter-bench: {fault_error(exc, getattr(args, 'db', None)).text(lang)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("jobcenter-bench: afbrudt", file=sys.stderr)
        return 130
