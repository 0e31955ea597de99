"""Text made safe for every output, and the checks that keep unsafe text out (sikker tekst).

Text reaches the database from files (column headers become variable names and labels) and from
the user (scenario names, benefit owners, success measures). Two lines of defence:

* **at input**, :func:`check_text` refuses control characters and caps the length, with a
  sentence saying which text is wrong and what to do;
* **in every writer**, whatever is already stored is rendered safely: :func:`xml_safe` drops
  the characters XML 1.0 forbids (openpyxl and reportlab refuse them), :func:`cell_text` also
  folds line breaks and shortens to :data:`CELL_MAX` characters (a table cell must fit a page),
  and :func:`markup` escapes for reportlab's paragraph mini-markup.

Pure functions, no Qt/reports imports, so the core, the GUI and both writers share them.
"""

from __future__ import annotations

import re

#: Longest text shown in one table cell (PDF) before it is shortened with "…"; characters.
CELL_MAX = 200
#: Longest text Excel keeps in one cell; characters.
EXCEL_CELL_MAX = 32_767
#: Longest name (scenario, variable label, column header) accepted at input; characters.
NAME_MAX = 200
#: Longest free text (benefit owner, success measure) accepted at input; characters.
FREE_TEXT_MAX = 2_000
#: Most line breaks accepted in a free text.
FREE_TEXT_MAX_LINES = 20

#: Characters XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Control and invisible formatting characters refused at input: C0/C1 controls (tab and line
#: breaks are judged separately), bidirectional overrides/isolates (they reorder what is
#: shown), and the XML-illegal code points.
_INPUT_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
                            "\ud800-\udfff\ufffe\uffff]")
_SPACE_RUN = re.compile(r"\s+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def xml_safe(text: object) -> str:
    """``text`` as a string without the characters XML 1.0 forbids (they are dropped)."""
    return _XML_ILLEGAL.sub("", text if isinstance(text, str) else str(text))


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending in "…" when cut."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"


def cell_text(text: object, limit: int = CELL_MAX) -> str:
    """``text`` for one table cell: XML-safe, whitespace runs and line breaks as one space,
    at most ``limit`` characters."""
    return shorten(_SPACE_RUN.sub(" ", xml_safe(text)).strip(), limit)


def excel_text(text: object) -> str:
    """``text`` for a spreadsheet cell: XML-safe and at most Excel's 32,767 characters."""
    return shorten(xml_safe(text), EXCEL_CELL_MAX)


def markup(text: object) -> str:
    """``text`` for reportlab paragraph markup: XML-safe, with ``&``, ``<`` and ``>`` escaped."""
    return xml_safe(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def visible(text: str) -> str:
    """``text`` with each control or invisible formatting character written as ``<U+0007>``
    (for messages that quote what a cell holds)."""
    return _INPUT_CONTROL.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def bad_character(text: str) -> str | None:
    """The first control or invisible formatting character in ``text`` as ``U+0007``, or None."""
    m = _INPUT_CONTROL.search(text)
    return None if m is None else f"U+{ord(m.group()):04X}"


def text_problem(text: str, what_da: str, what_en: str, *, limit: int = NAME_MAX,
                 lines: int = 1) -> tuple[str, str] | None:
    """Why ``text`` may not be stored, as (Danish, English) sentences; None when it may.

    ``what_da``/``what_en`` name the text ("Scenariets navn", "Kolonneoverskriften 'B1'").
    ``lines`` is how many lines it may have (1: no line breaks); tabs count as spaces.
    """
    bad = bad_character(text)
    if bad:
        return (f"{what_da} indeholder et usynligt kontroltegn ({bad}). Skriv teksten igen uden det "
                "(kopiér den ikke fra et andet program).",
                f"{what_en} holds an invisible control character ({bad}). Type the text again without "
                "it (do not paste it from another program).")
    n_lines = len(_LINE_BREAK.split(text))
    if n_lines > lines:
        if lines == 1:
            return (f"{what_da} må ikke indeholde linjeskift. Skriv den på én linje.",
                    f"{what_en} must not contain line breaks. Write it on one line.")
        return (f"{what_da} har {n_lines} linjer (højst {lines}). Gør teksten kortere.",
                f"{what_en} has {n_lines} lines (at most {lines}). Make the text shorter.")
    if len(text) > limit:
        return (f"{what_da} er {len(text)} tegn lang (højst {limit}). Gør teksten kortere.",
                f"{what_en} is {len(text)} characters long (at most {limit}). Make the text shorter.")
    return None
