"""Helper process for the kill -9 test: forks importers that the test kills at random moments.

Started once (the imports are paid once); reads commands on stdin, one per line:

* ``go DB FILE...``: validate FILE... (once per list, in this process), then fork a child that
  opens (creates) DB and imports them again and again (each import one transaction) until it
  is killed; prints ``pid N``. The test kills
  that child with SIGKILL, then sends ``reap``.
* ``reap``: wait for the child; prints ``reaped``.
"""

import os
import sys

from jobcenter_bench.core.importing.importer import store_parsed, validate_files
from jobcenter_bench.core.store import Store


def child(db: str, parsed) -> None:
    store = Store.open(db, create=True)
    while True:
        store_parsed(store, parsed)


def main() -> None:
    import sqlite_utils  # noqa: F401  (Store.db imports it; the children must not pay for it)

    pid = None
    validated: dict[tuple, list] = {}
    print("ready", flush=True)
    for line in sys.stdin:
        cmd, *args = line.split()
        if cmd == "go":
            files = tuple(args[1:])
            if files not in validated:
                validated[files] = validate_files(list(files), None)
            pid = os.fork()
            if pid == 0:
                try:
                    child(args[0], validated[files])
                finally:
                    os._exit(0)
            print(f"pid {pid}", flush=True)
        elif cmd == "reap":
            os.waitpid(pid, 0)
            print("reaped", flush=True)


if __name__ == "__main__":
    main()
