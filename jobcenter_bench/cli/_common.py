"""Helpers shared by the CLI commands: common options and output."""

from __future__ import annotations

import argparse
import sys

from jobcenter_bench.core.tasks import TaskState


def add_db(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", required=required, metavar="PATH", help="projektdatabase (SQLite)")


def add_year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, metavar="Y", help="år (standard: det nyeste år med data)")


def add_format(parser: argparse.ArgumentParser, choices=("table", "csv", "json")) -> None:
    parser.add_argument("--format", choices=choices, default=choices[0], help="outputformat")


def add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("da", "en"), default="da", help="sprog for tekster")


def count(n: int, one: str, many: str) -> str:
    """A number with the right noun form: '1 række', '2 rækker', '0 advarsler'."""
    return f"{n} {one if n == 1 else many}"


def stderr_progress() -> TaskState:
    """A task state that prints progress to stderr (only when stderr is a terminal)."""
    if not sys.stderr.isatty():
        return TaskState()

    def show(done: int, total: int, text: str) -> None:
        print(f"\r[{done}/{total}] {text[:60]:<60}", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)

    return TaskState(show)


def lever_results(args):
    """``(scenario, LeverResults)`` of ``--db``, ``--year`` and ``--scenario`` through the session
    (the same model of a centre as ``analyse``)."""
    from jobcenter_bench.core.session import Session, SessionState

    with Session.open(args.db) as session:
        return session.lever_results(SessionState(year=args.year, scenario_name=getattr(args, "scenario", None)))
