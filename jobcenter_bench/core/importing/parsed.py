"""What reading one file gives: its kind, its rows and its problems (en indlæst fil)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jobcenter_bench.core.importing.cells import Place
from jobcenter_bench.core.validation import Problem

KINDS = ("survey_workbook", "survey_consolidated", "register")

#: Danish / English names of the kinds for messages and the CLI.
KIND_NAMES = {
    "survey_workbook": ("spørgeskema (skabelon)", "survey workbook (template)"),
    "survey_consolidated": ("samlet besvarelsesark", "consolidated survey sheet"),
    "register": ("registerdata", "register data"),
}


def kind_name(kind: str | None, lang: str = "da") -> str:
    """The Danish (or English) name of a file kind code; the code itself if it is unknown."""
    da, en = KIND_NAMES.get(kind or "", (kind or "ukendt", kind or "unknown"))
    return en if lang == "en" else da


@dataclass
class ParsedFile:
    """One file read and checked, not yet stored.

    ``survey_answers``: one dict per job centre and year with ``jobcenter`` (the canonical
    centre name), ``year`` and survey field keys mapped to a float, int, 1/0 (yes/no) or None
    (not answered). ``register_values``: ``(municipality_code, year, variable, value)``.
    ``new_variables``: framework-condition variables (rammevilkår) found in the file, name ->
    label. ``survey_places`` and ``register_cells`` (grid, 0-based row, column) say where each
    row came from (same order) for cross-file checks; ``register_place(i)`` names the cell.
    ``missing_marks``: register cells skipped because they hold a "not available" mark such as
    ".." (grid, 0-based row, column, municipality code, year, variable), for one summary warning.
    ``declared_jobcentre``: the canonical job centre named on a survey workbook's master-data
    sheet, kept even when the file has errors (tells a survey round whose file it is).
    ``kind`` is None when the file could not be read at all. ``provenance``: for data fetched
    from a service (not a file), where they came from (logged with the import as JSON).
    """

    path: Path
    kind: str | None = None
    sha256: str = ""
    size_bytes: int = 0
    survey_answers: list[dict] = field(default_factory=list)
    register_values: list[tuple[int, int, str, float]] = field(default_factory=list)
    new_variables: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    survey_places: list[Place] = field(default_factory=list)
    register_cells: list[tuple] = field(default_factory=list)
    missing_marks: list[tuple] = field(default_factory=list)
    declared_jobcentre: str | None = None
    provenance: dict | None = None

    def register_place(self, i: int) -> Place:
        """Where register value ``i`` came from."""
        grid, row, col = self.register_cells[i]
        return grid.place(row, col)

    @property
    def name(self) -> str:
        """The file name without its folder (as logged and shown)."""
        return self.path.name

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        """True when the file has no errors (it may have warnings)."""
        return not self.errors

    @property
    def rows(self) -> int:
        """Rows to store: survey answers or register values."""
        return len(self.survey_answers) if self.kind and self.kind.startswith("survey") else len(self.register_values)

    def kind_name(self, lang: str = "da") -> str:
        return kind_name(self.kind, lang)
