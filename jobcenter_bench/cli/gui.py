"""``jobcenter-bench gui [--db PATH]``: start the desktop application."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("gui", help="start den grafiske brugerflade")
    p.add_argument("--db", metavar="PATH", help="projektdatabase der skal åbnes (standard: den sidst brugte)")
    p.set_defaults(func=run)


def run(args) -> int:
    from jobcenter_bench.gui.app import run as run_gui

    return run_gui(["--db", args.db] if args.db else [])
