"""``jobcenter-bench gui [--db PATH]``: start the desktop application."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("gui", help="start den grafiske brugerflade")
    p.add_argument("--db", metavar="PATH", help="projektdatabase der skal åbnes (standard: den sidst brugte)")
    p.set_defaults(func=run)


def run(args) -> int:
    return start(["--db", args.db] if args.db else [])


def start(argv: list[str]) -> int:
    """``jobcenter-bench gui [ARGS]`` (called before the other commands' modules are imported,
    so a start costs only what the GUI needs): check Qt's system libraries (Linux: a clear message naming the Debian/Ubuntu packages
    instead of Qt's abort), then start the GUI."""
    import sys

    from jobcenter_bench.gui.platform_check import missing_message

    problem = missing_message()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    try:
        from jobcenter_bench.gui.app import run as run_gui
    except ImportError as exc:  # GUI not installed/built, or a Qt library missing
        print(f"Kan ikke starte den grafiske brugerflade: {exc}", file=sys.stderr)
        return 1
    return run_gui(argv)
