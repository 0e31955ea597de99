"""Entry point of the frozen executables (``jobcenter-bench`` and ``jobcenter-bench-cli``).

Same behaviour as the ``jobcenter-bench`` console script, plus what only a frozen build needs:
``multiprocessing.freeze_support()`` (a process pool in a frozen Windows app re-runs this script)
and opening a project database passed alone on the command line (the installer's file
association for ``.jcbench`` starts ``jobcenter-bench.exe "file.jcbench"``).
"""

import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()
    from jobcenter_bench.cli import main as cli_main
    from jobcenter_bench.core.store import DB_SUFFIX

    argv = sys.argv[1:]
    if len(argv) == 1 and argv[0].lower().endswith(DB_SUFFIX):
        return cli_main(["gui", "--db", argv[0]])
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
