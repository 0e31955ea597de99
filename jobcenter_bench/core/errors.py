"""The one base class for errors the user can act on.

Every core error a user may meet (a bad file, a database that is not ours, a regression that
cannot be fitted, a centre without data) derives from ``BenchError`` and carries a whole sentence
saying what is wrong and what to do. The CLI prints it to stderr with exit code 1; the GUI shows
it in a dialog. Anything else is a bug: it is logged with its traceback.

The OS text of an ``OSError`` (``strerror``, e.g. "No such file or directory") is English
whatever the user's language, so ``read_error``/``write_error`` give a Danish reason for the
common cases and keep the OS text only in the English message.
"""

import errno


class BenchError(Exception):
    """An error with a message meant for the user (Danish; ``message_en`` for English)."""

    def __init__(self, message: str, message_en: str | None = None):
        super().__init__(message)
        self.message_en = message_en or message

    def text(self, lang: str = "da") -> str:
        return self.message_en if lang == "en" else str(self)

def os_reason_da(exc: OSError, writing: bool = False) -> str:
    """A short Danish reason for ``exc`` ("mappen findes ikke", "ingen skriveadgang ...").

    ``writing`` says whether the file was being written (then a missing path is the folder) or
    read (then it is the file).
    """
    if isinstance(exc, FileNotFoundError):
        return "mappen findes ikke" if writing else "filen findes ikke"
    if isinstance(exc, PermissionError):
        access = "skriveadgang" if writing else "læseadgang"
        return f"ingen {access} eller filen er åben i et andet program"
    if isinstance(exc, IsADirectoryError):
        return "navnet er en mappe, ikke en fil"
    if isinstance(exc, NotADirectoryError):
        return "en del af stien er en fil, ikke en mappe"
    if exc.errno == errno.ENOSPC:
        return "der er ikke mere plads på disken"
    if exc.errno == errno.ENAMETOOLONG:
        return "filnavnet er for langt"
    return "styresystemet afviste handlingen (se detaljer med --lang en)"


def os_reason_en(exc: OSError) -> str:
    """The OS's own text for ``exc`` (English on every platform we ship)."""
    return exc.strerror or str(exc)


def write_error(path: object, exc: OSError) -> BenchError:
    """'Kan ikke skrive PATH: mappen findes ikke' as a BenchError (OS text in the English message)."""
    return BenchError(f"Kan ikke skrive {path}: {os_reason_da(exc, writing=True)}",
                      f"Cannot write {path}: {os_reason_en(exc)}")


def read_error(path: object, exc: OSError) -> BenchError:
    """'Kan ikke læse PATH: filen findes ikke' as a BenchError (OS text in the English message)."""
    return BenchError(f"Kan ikke læse {path}: {os_reason_da(exc)}", f"Cannot read {path}: {os_reason_en(exc)}")


def fault_error(exc: BaseException, path: object = None) -> BenchError:
    """A ``BenchError`` for a fault that is not the user's input: a SQLite error on the database
    at ``path`` (locked, disk full, read-only, damaged ...), an OS error, or memory running out."""
    import sqlite3

    if isinstance(exc, BenchError):
        return exc
    if isinstance(exc, sqlite3.Error):
        from jobcenter_bench.core.store import database_error

        return database_error(exc, path)
    if isinstance(exc, OSError):
        name = exc.filename or path or ""
        return BenchError(
            f"Handlingen mislykkedes{f' for {name}' if name else ''}: {os_reason_da(exc)}. Intet er ændret.",
            f"The operation failed{f' for {name}' if name else ''}: {os_reason_en(exc)}. Nothing was changed.",
        )
    if isinstance(exc, MemoryError):
        return BenchError(
            "Der er ikke hukommelse nok til handlingen. Luk andre programmer, eller del filen op, og prøv igen.",
            "There is not enough memory for the operation. Close other programs or split the file, and try again.",
        )
    return BenchError(f"Uventet fejl: {type(exc).__name__}: {exc}", f"Unexpected error: {type(exc).__name__}: {exc}")
