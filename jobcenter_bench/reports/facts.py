"""What a writer needs of ``Results`` in words: labels, lists and table rows (rapportens fakta).

The writers take the core's :class:`~jobcenter_bench.core.session.Results` directly; this module
holds only the few views more than one writer needs (the key-figure rows, the import log, the
scenario's assumptions, the labels of areas, quadrants and relationship tests). It computes no
figure: every number is read from ``Results`` and formatted with ``core.measures``.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobcenter_bench.core import measures as ms
from jobcenter_bench.core.i18n import pick, t

#: Time-use rows that are sums of the figure-4 categories (in the tables, not in the charts).
TOTAL_KEYS = ("available", "working_time")

AREAS = ("A", "B", "C", "D", "E", "F")
BINDINGS = ("management", "law", "it")
HORIZONS = ("short", "medium", "long")

#: Variables of the relationship tests (figure 6), by the analysis' codes.
RELATIONSHIP_MEASURES = ("cases_per_fte", "effect", "predicted_rate", "predicted_rate_all")


@dataclass(frozen=True)
class KeyFigure:
    """One row of the key-figure table: measure key, label with unit, centre/cluster/country text."""

    key: str
    label: str
    centre: str
    cluster: str
    country: str


def key_figures(results, name: str, lang: str = "da") -> list[KeyFigure]:
    """The centre's key figures against its cluster and the country, in the catalogue's order.

    Cluster and country columns hold each measure's own benchmark (``measures.benchmark_value``:
    median cases per FTE, mean effect, aggregate rates), the same as the charts' dashed lines.
    """
    c = results.centre(name)
    cluster = results.comparison(c.jobcenter).cluster  # the cluster, or the chosen saved peer group
    country = results.analysis.national_summary
    rows = []
    for key in ms.table("key_figures"):
        rows.append(KeyFigure(
            key, ms.label_with_unit(key, lang), ms.format_value(key, results.centre_value(c, key, lang), lang),
            ms.format_value(key, ms.benchmark_value(key, cluster), lang, missing=""),
            ms.format_value(key, ms.benchmark_value(key, country), lang, missing=""),
        ))
    return rows


def benchmark_note(lang: str = "da") -> str:
    """What the cluster and country columns hold, per measure, from the catalogue: ``Klynge og
    land: sager pr. årsværk: median; effekt: gennemsnit; …``."""
    items = "; ".join(f"{ms.label(k, lang)}: {ms.benchmark_label(k, lang)}" for k in ms.table("key_figures")
                      if ms.benchmark_label(k, lang))
    return t("kf_benchmarks", lang, items=items)


def quadrant_label(key: str | None, lang: str = "da") -> str:
    """The quadrant in words (the core's one wording, as every output names it), ``–`` without one."""
    from jobcenter_bench.core.session import Results

    return Results.quadrant_name(key, lang) or "–"


def area_label(area: str, lang: str = "da") -> str:
    """``B Anvendt arbejdstid``: the lever catalogue's name of an area."""
    from jobcenter_bench.core.levers.catalogue import AREAS as NAMES

    return f"{area} {pick(NAMES[area], lang)}" if area in NAMES else area


def binding_label(key: str, lang: str = "da") -> str:
    return t(f"binding_{key}", lang) if key in BINDINGS else key


def horizon_label(key: str, lang: str = "da") -> str:
    return t(f"horizon_{key}", lang) if key in HORIZONS else key


def lever_name(row, lang: str = "da") -> str:
    return pick((row.name_da, row.name_en), lang)


def unquantified_reason(lever_id: str) -> str:
    from jobcenter_bench.core.levers.catalogue import catalogue

    return next((lv.unquantified_reason for lv in catalogue().levers if lv.id == lever_id), "")


def municipality_text(codes) -> str:
    """A centre's municipalities as ``Skive (779)``, comma-separated; ``–`` when none."""
    from jobcenter_bench.core.geography import municipality_by_code

    known = municipality_by_code()
    return ", ".join(f"{known[c].name} ({c})" if c in known else str(c) for c in codes) or "–"


def variable_label(results, name: str, lang: str = "da") -> str:
    """A framework variable's name: the catalogue's label (Danish and English) when the variable
    is a catalogue measure, else the label of the imported register file."""
    if name in ms.catalogue().measures:
        return ms.label_with_unit(name, lang)
    return results.variable_label(name, lang)


def relationship_label(rel, lang: str = "da") -> str:
    """A relationship test as ``Sager pr. årsværk mod effekt`` (catalogue labels)."""
    def name(code: str) -> str:
        return ms.label(code, lang) if code in ms.catalogue().measures else code

    return t("relationship_label", lang, y=name(rel.y), x=lower_first(name(rel.x)))


@dataclass(frozen=True)
class Source:
    """One imported file of the import log."""

    file_name: str
    kind: str
    imported_at: str
    rows: int
    sha256: str


def sources(results, lang: str = "da") -> list[Source]:
    """The import log, oldest first, with each file kind's name in ``lang``."""
    from jobcenter_bench.core.importing.parsed import kind_name

    return [Source(r["file_name"], kind_name(r["kind"], lang), r["imported_at"], r["rows"],
                   r.get("sha256") or "")
            for r in reversed(results.provenance.imports)]


@dataclass(frozen=True)
class Assumption:
    """One assumption of the scenario: name, lever id (or ''), value or low/high, unit."""

    name: str
    lever: str
    value: float | str | None
    low: float | None
    high: float | None
    unit: str


def assumptions(results, lang: str = "da") -> list[Assumption]:
    """The scenario's general assumptions, lever parameters (low/high) and realisation shares."""
    from jobcenter_bench.core.levers.catalogue import catalogue
    from jobcenter_bench.core.scenarios import (
        ASSUMPTION_LABELS,
        AVERAGE_LABELS,
        assumption_label,
        unit_label,
    )

    sc = results.scenario
    out = []
    for key, value in sc.assumptions.items():
        unit = ASSUMPTION_LABELS.get(key, ("", "", ""))[2]
        if key == "average" and value in AVERAGE_LABELS:
            value = pick(AVERAGE_LABELS[value], lang)
        out.append(Assumption(assumption_label(key, lang), "", value, None, None, unit_label(unit, lang)))
    for lever in catalogue().levers:
        for p in lever.parameters:
            low, high = sc.parameters.get(lever.id, {}).get(p.key, (p.low, p.high))
            out.append(Assumption(p.label(lang), lever.id, None, low, high, unit_label(p.unit, lang)))
        share = sc.realisation.get(lever.id)
        if share is not None:
            out.append(Assumption(t("realisation_share", lang), lever.id, share, None, None,
                                  unit_label("share", lang)))
    return out


def time_categories(results) -> list:
    """The figure-4 time-use categories (``TimeStat``: national mean, min, max), [] without."""
    tu = results.analysis.time_use
    return list(tu.categories) if tu is not None else []


def centre_hours(results, name: str) -> dict[str, float | None]:
    tu = results.analysis.time_use
    return dict(tu.centres.get(name, {})) if tu is not None else {}


def time_label(stat, lang: str = "da") -> str:
    return pick((stat.label, stat.label_en), lang)


def pick_label(obj, lang: str = "da") -> str:
    """A core record's ``label`` / ``label_en`` pair in ``lang``."""
    return pick((obj.label, obj.label_en), lang)


def lower_first(text: str) -> str:
    """``Cases per FTE`` -> ``cases per FTE``: a label inside a sentence (only the first letter;
    abbreviations such as ``ADP`` or ``LÆ265`` stay)."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text
