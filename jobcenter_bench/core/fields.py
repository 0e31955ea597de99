"""The survey's fields and the register's variables, read from ``resources/``.

``resources/survey_fields.toml`` is the single definition of what a job centre reports
(spørgeskemaet); ``resources/register_variables.toml`` lists the register variables
(registerdata) the tool knows by name. Template, importers, validation, database columns and
the schema documentation are all derived from these two files.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from jobcenter_bench.core.resources import resource_path

FIELD_TYPES = ("number", "integer", "yesno")


@dataclass(frozen=True)
class Sheet:
    """A tab of the survey workbook (ark)."""

    key: str
    name_da: str
    name_en: str
    intro_da: str
    intro_en: str

    def name(self, lang: str = "da") -> str:
        return self.name_en if lang == "en" else self.name_da


@dataclass(frozen=True)
class SurveyField:
    """One value a job centre reports for one year.

    ``min``/``max`` are hard limits (outside: an error that rejects the file);
    ``warn_min``/``warn_max`` the plausible range (outside: a stored warning).
    """

    key: str
    sheet: str
    type: str
    unit_da: str
    unit_en: str
    label_da: str
    label_en: str
    help_da: str
    help_en: str
    used_by: tuple[str, ...]
    min: float | None = None
    max: float | None = None
    warn_min: float | None = None
    warn_max: float | None = None

    def label(self, lang: str = "da") -> str:
        return self.label_en if lang == "en" else self.label_da

    def unit(self, lang: str = "da") -> str:
        return self.unit_en if lang == "en" else self.unit_da

    def help(self, lang: str = "da") -> str:
        return self.help_en if lang == "en" else self.help_da

    @property
    def sql_type(self) -> type:
        return float if self.type == "number" else int


@dataclass(frozen=True)
class RegisterVariable:
    """A register variable known by name (fuldtidspersoner, befolkning, published results)."""

    key: str
    kind: str
    label_da: str
    label_en: str
    unit_da: str
    unit_en: str
    aliases: tuple[str, ...]

    def label(self, lang: str = "da") -> str:
        return self.label_en if lang == "en" else self.label_da


@cache
def survey_sheets() -> tuple[Sheet, ...]:
    data = tomllib.loads(resource_path("survey_fields.toml").read_text(encoding="utf-8"))
    return tuple(Sheet(**s) for s in data["sheets"])


@cache
def survey_fields() -> tuple[SurveyField, ...]:
    """All survey fields in template order."""
    data = tomllib.loads(resource_path("survey_fields.toml").read_text(encoding="utf-8"))
    sheets = {s["key"] for s in data["sheets"]}
    fields = []
    for raw in data["fields"]:
        raw = dict(raw)
        raw["used_by"] = tuple(raw.get("used_by", ()))
        field = SurveyField(**raw)
        if field.type not in FIELD_TYPES:
            raise ValueError(f"survey_fields.toml: {field.key} has unknown type {field.type!r}")
        if field.sheet not in sheets:
            raise ValueError(f"survey_fields.toml: {field.key} has unknown sheet {field.sheet!r}")
        fields.append(field)
    keys = [f.key for f in fields]
    if len(keys) != len(set(keys)):
        raise ValueError("survey_fields.toml: duplicate field keys")
    return tuple(fields)


@cache
def survey_field_map() -> dict[str, SurveyField]:
    return {f.key: f for f in survey_fields()}


@cache
def register_variables() -> tuple[RegisterVariable, ...]:
    data = tomllib.loads(resource_path("register_variables.toml").read_text(encoding="utf-8"))
    out = []
    for raw in data["variables"]:
        raw = dict(raw)
        raw["aliases"] = tuple(raw.get("aliases", ()))
        out.append(RegisterVariable(**raw))
    return tuple(out)


@cache
def register_variable_map() -> dict[str, RegisterVariable]:
    return {v.key: v for v in register_variables()}


#: Register variables holding full-time persons on ADP, KTH and SDP: the caseload in the
#: report's productivity and main effect definitions.
CORE_BENEFITS = ("persons_adp", "persons_kth", "persons_sdp")
#: All benefits, incl. permanent ones, for the "all benefits" rate (alle ydelser).
ALL_BENEFITS = (
    "persons_adp",
    "persons_kth",
    "persons_sdp",
    "persons_flex",
    "persons_disability",
    "persons_other",
)
#: FTE by staff group: their sum is the centre's total FTE (årsværk i alt).
STAFF_GROUP_FIELDS = (
    "fte_caseworkers",
    "fte_company_consultants",
    "fte_case_admin",
    "fte_management",
    "fte_staff_functions",
)
#: FTE by benefit area; sums to the total FTE too.
BENEFIT_AREA_FIELDS = (
    "fte_area_adp",
    "fte_area_kth",
    "fte_area_sdp",
    "fte_area_flex",
    "fte_area_other",
)
