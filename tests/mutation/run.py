"""Mutation testing of the computing core: run mutmut, print the kill rate per module.

Not part of the normal test run (it takes 15-30 minutes on two cores). From the project root:

    python tests/mutation/run.py                 # every module in [tool.mutmut] only_mutate
    python tests/mutation/run.py numbers overlap # only modules whose path contains these words
    python tests/mutation/run.py --fresh         # forget earlier results (after changing tests)
    python tests/mutation/run.py --report        # print the table of the last run, run nothing
    python tests/mutation/run.py --survivors-only # re-test only the last run's survivors (after
                                                 # adding tests: killed mutants stay killed)
    python tests/mutation/run.py --survivors     # also list every survivor not declared equivalent

mutmut (configured in pyproject.toml) copies the package to ``mutants/``, makes one small change
at a time (an operator, a constant, a comparison, a call's argument, a return value ...) and runs
the tests that reach the changed function; a mutant is *killed* when a test fails. Survivors that
cannot change any result are listed, each with its reason, in ``tests/mutation/equivalent.md``
(one mutant name in backticks per list item); they count neither as killed nor as survivors.

Kill rate = killed / (mutants - equivalent). A mutant no test reaches ("no tests") counts as a
survivor. The goal is 90 % in each module; the exit code is 1 when a module is below it.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EQUIVALENT = Path(__file__).with_name("equivalent.md")
GOAL = 0.90
# mutmut's exit codes (mutmut/stats.py): 1 and 3 mean a test failed, 0 that all passed
KILLED = {1, 3, 37}
SURVIVED = {0}
NO_TESTS = {5, 33}
TIMEOUT = {24, -24, 36, 152, 255}


def configured_modules() -> list[str]:
    """The module paths in pyproject.toml's [tool.mutmut] only_mutate."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["mutmut"]["only_mutate"])


def dotted(path: str) -> str:
    """``jobcenter_bench/core/numbers.py`` -> ``jobcenter_bench.core.numbers``."""
    return path.removesuffix(".py").replace("/", ".")


def equivalent_names() -> set[str]:
    """Mutant names declared equivalent in equivalent.md (the first backticked name of an item)."""
    if not EQUIVALENT.exists():
        return set()
    names = set()
    for line in EQUIVALENT.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*[-*]\s+`([\w.]+__mutmut_\d+)`", line)
        if m:
            names.add(m.group(1))
    return names


def results_of(path: str) -> dict[str, int | None]:
    """Mutant name -> exit code of the last run for one module (empty if never run)."""
    meta = ROOT / "mutants" / (path + ".meta")
    if not meta.exists():
        return {}
    return json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]


def run_mutmut(paths: list[str], max_children: int | None, survivors_only: bool = False) -> None:
    cmd = [sys.executable, "-m", "mutmut", "run"]
    if max_children:
        cmd += ["--max-children", str(max_children)]
    if survivors_only:
        names = [k for p in paths for k, v in results_of(p).items() if v in SURVIVED | NO_TESTS]
        if not names:
            return
        cmd += names
    else:
        cmd += [dotted(p) + ".*" for p in paths]
    print("$", " ".join(cmd[:6]), "..." if len(cmd) > 6 else "", flush=True)
    subprocess.run(cmd, cwd=ROOT, check=False, stdout=subprocess.DEVNULL)


def table(paths: list[str], show_survivors: bool) -> bool:
    """Print the kill rate per module; True when every module reaches the goal."""
    equivalent = equivalent_names()
    ok = True
    print(f"{'module':44} {'mutants':>7} {'killed':>6} {'surv.':>5} {'no test':>7} "
          f"{'t/o':>4} {'equiv.':>6} {'kill rate':>9}")
    survivors: list[str] = []
    for path in paths:
        codes = results_of(path)
        if not codes:
            print(f"{path:44} (not run)")
            ok = False
            continue
        eq = {k for k in codes if k in equivalent}
        live = {k: v for k, v in codes.items() if k not in eq}
        killed = sum(v in KILLED or v in TIMEOUT for v in live.values())
        surv = [k for k, v in live.items() if v in SURVIVED or v in NO_TESTS]
        no_tests = sum(v in NO_TESTS for v in live.values())
        timeouts = sum(v in TIMEOUT for v in live.values())
        unchecked = sum(v is None for v in live.values())
        rate = killed / len(live) if live else 1.0
        ok &= rate >= GOAL and not unchecked
        flag = "" if rate >= GOAL else "  < goal"
        if unchecked:
            flag += f"  ({unchecked} not checked)"
        print(f"{path:44} {len(codes):7} {killed:6} {len(surv) - no_tests:5} {no_tests:7} "
              f"{timeouts:4} {len(eq):6} {rate:9.1%}{flag}")
        survivors += surv
    if show_survivors and survivors:
        print("\nsurvivors (the changed line; the whole diff: `mutmut show NAME`):")
        for name in survivors:
            print("  ", name, "\n     ", changed_line(name))
    return ok


def changed_line(name: str) -> str:
    """The mutated line of one mutant, as ``- old || + new``."""
    out = subprocess.run([sys.executable, "-m", "mutmut", "show", name], cwd=ROOT, check=False,
                         capture_output=True, text=True).stdout
    lines = [ln.strip() for ln in out.splitlines()
             if ln[:1] in "-+" and not ln.startswith(("---", "+++"))]
    return " || ".join(lines)[:400]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="only modules whose path contains one of these")
    parser.add_argument("--report", action="store_true", help="print the last results, run nothing")
    parser.add_argument("--fresh", action="store_true", help="delete mutants/ first")
    parser.add_argument("--survivors", action="store_true", help="list the survivors")
    parser.add_argument("--survivors-only", action="store_true",
                        help="re-test only the survivors of the last run")
    parser.add_argument("--max-children", type=int, help="parallel test processes (default: CPUs)")
    args = parser.parse_args(argv)
    paths = [p for p in configured_modules() if not args.modules or any(m in p for m in args.modules)]
    if not paths:
        parser.error(f"no configured module matches {args.modules}")
    if not args.report:
        if shutil.which("mutmut") is None and subprocess.run(
                [sys.executable, "-c", "import mutmut"], check=False).returncode:
            parser.error("mutmut is not installed: python -m pip install -e '.[test]'")
        if args.fresh:
            shutil.rmtree(ROOT / "mutants", ignore_errors=True)
        run_mutmut(paths, args.max_children, args.survivors_only and not args.fresh)
    return 0 if table(paths, args.survivors) else 1


if __name__ == "__main__":
    sys.exit(main())
