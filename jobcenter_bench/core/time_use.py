"""Working time per FTE (arbejdstidsanvendelse) in the report's figure-4 categories.

Each centre reports hours per FTE per year (timer pr. årsværk) in nine survey fields; they are
grouped as in figure 4:

- direct contact with citizens and companies (direkte borgerkontakt) = direct contact;
- indirect case work (indirekte sagsbehandling) = preparation and follow-up + other indirect;
- other administration (adm. opgaver ifm. sagsbehandling) = lost time on IT, transport + other;
- general administration and management (generel administration og ledelse);
- internal meetings and training (interne møder og uddannelse) = meetings + training + local
  breaks.

The first four add up to the time available for job-centre tasks (1,255 h in the report), all
five to the average working time (1,428 h). The national figure is the FTE-weighted mean over the
centres that reported the category (the report weights by centre size); the spread is the
minimum and maximum across centres. A category is missing for a centre if any of its fields is.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobcenter_bench.core.fields import survey_field_map

CATEGORIES: dict[str, tuple[tuple[str, ...], str, str]] = {
    "direct_contact": (("time_direct_contact",), "Direkte borgerkontakt",
                       "Direct contact with citizens and companies"),
    "indirect_casework": (("time_prep_followup", "time_other_indirect"),
                          "Indirekte sagsbehandling", "Indirect case work"),
    "other_admin": (("time_it_transport", "time_other_admin"),
                    "Adm. opgaver ifm. sagsbehandling", "Other administration"),
    "general_admin": (("time_general_admin",), "Generel administration og ledelse",
                      "General administration and management"),
    "meetings_training": (("time_meetings", "time_training", "time_local_breaks"),
                          "Interne møder og uddannelse", "Internal meetings and training"),
}
#: Categories that make up the time available for job-centre tasks.
AVAILABLE = ("direct_contact", "indirect_casework", "other_admin", "general_admin")


@dataclass(frozen=True)
class TimeStat:
    """National FTE-weighted mean and min–max across centres, hours per FTE per year."""

    key: str
    label: str
    label_en: str
    national: float | None
    minimum: float | None
    maximum: float | None
    n: int


@dataclass
class TimeUse:
    """Time use per centre (hours per FTE per year by category) and the national statistics."""

    categories: list[TimeStat]
    details: list[TimeStat]
    centres: dict[str, dict[str, float | None]]

    def stat(self, key: str) -> TimeStat:
        for s in (*self.categories, *self.details):
            if s.key == key:
                return s
        raise KeyError(key)


def centre_hours(survey: dict) -> dict[str, float | None]:
    """A centre's hours per FTE per year: every category, their sums and each detail field."""
    out: dict[str, float | None] = {}
    for key, (fields, _, _) in CATEGORIES.items():
        vals = [survey.get(f) for f in fields]
        out[key] = None if any(v is None for v in vals) else float(sum(vals))
        for f in fields:
            out[f] = None if survey.get(f) is None else float(survey[f])
    parts = [out[k] for k in AVAILABLE]
    out["available"] = None if any(v is None for v in parts) else sum(parts)
    out["working_time"] = (
        None if out["available"] is None or out["meetings_training"] is None
        else out["available"] + out["meetings_training"]
    )
    return out


def time_use(rows: list[tuple[str, float, dict]]) -> TimeUse:
    """Time use from ``(jobcenter, total FTE, survey answer)`` of the centres with FTE."""
    centres = {name: centre_hours(survey) for name, _, survey in rows}
    fte = {name: f for name, f, _ in rows}

    def stat(key: str, label: str, label_en: str) -> TimeStat:
        vals = [(centres[n][key], fte[n]) for n in centres if centres[n][key] is not None]
        if not vals:
            return TimeStat(key, label, label_en, None, None, None, 0)
        weight = sum(w for _, w in vals)
        national = sum(v * w for v, w in vals) / weight if weight > 0 else None
        return TimeStat(key, label, label_en, national, min(v for v, _ in vals),
                        max(v for v, _ in vals), len(vals))

    categories = [stat(k, da, en) for k, (_, da, en) in CATEGORIES.items()]
    categories.append(stat("available", "Til rådighed for jobcenteropgaver",
                           "Available for job-centre tasks"))
    categories.append(stat("working_time", "Gennemsnitlig arbejdstid", "Average working time"))
    labels = survey_field_map()
    details = [
        stat(f, labels[f].label_da, labels[f].label_en)
        for fields, _, _ in CATEGORIES.values() for f in fields
    ]
    return TimeUse(categories, details, centres)
