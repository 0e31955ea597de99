"""The one base class for errors the user can act on.

Every core error a user may meet (a bad file, a database that is not ours, a regression that
cannot be fitted, a centre without data) derives from ``BenchError`` and carries a whole sentence
saying what is wrong and what to do. The CLI prints it to stderr with exit code 1; the GUI shows
it in a dialog. Anything else is a bug: it is logged with its traceback.
"""


class BenchError(Exception):
    """An error with a message meant for the user (Danish; ``message_en`` for English)."""

    def __init__(self, message: str, message_en: str | None = None):
        super().__init__(message)
        self.message_en = message_en or message

    def text(self, lang: str = "da") -> str:
        return self.message_en if lang == "en" else str(self)
