"""The catalogue of measures (nøgletal): label, unit, decimals, definition and benchmark.

Read from ``resources/measures.toml``. Every table in the GUI, the CLI, the PDFs and the
workbook is a list of measure keys; each renders a figure with :func:`label`, :func:`unit` and
:func:`format_value` from here, so a figure has one name, one unit and one rounding everywhere.
The benchmark a centre is compared with (aggregate, median or mean over the group) is also one
choice per measure: the key-figure table, the chart's dashed line and the quadrant threshold use
the same one (cases per FTE: the median; effect: the mean).

>>> format_value("cases_per_fte", 29.74)
'29,7'
>>> label_with_unit("effect", "en")
'Effect (pp)'
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from jobcenter_bench.core.i18n import pick
from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.core.resources import resource_path

BENCHMARKS = ("aggregate", "median", "mean", "none")
KINDS = ("number", "rank", "text", "code")


@dataclass(frozen=True)
class Unit:
    """A unit's name in full and short, Danish and English."""

    key: str
    da: str
    en: str
    short_da: str
    short_en: str


@dataclass(frozen=True)
class Measure:
    """One figure of the catalogue; ``scale`` multiplies the stored value for display (DKK → mio.)."""

    key: str
    label_da: str
    label_en: str
    short_da: str
    short_en: str
    unit: str
    decimals: int
    kind: str
    benchmark: str
    summary_field: str
    definition_da: str
    definition_en: str
    scale: float = 1.0


@dataclass(frozen=True)
class Catalogue:
    measures: dict[str, Measure]
    units: dict[str, Unit]
    tables: dict[str, tuple[str, ...]]


@cache
def catalogue() -> Catalogue:
    """The bundled catalogue, checked once (unknown unit, benchmark or kind is an error)."""
    with open(resource_path("measures.toml"), "rb") as fh:
        raw = tomllib.load(fh)
    units = {k: Unit(k, v["da"], v["en"], v["short_da"], v["short_en"]) for k, v in raw["units"].items()}
    measures = {}
    for key, m in raw["measures"].items():
        measure = Measure(
            key, m["label_da"], m["label_en"], m["short_da"], m["short_en"], m.get("unit", ""),
            int(m["decimals"]), m.get("kind", "number"), m["benchmark"], m.get("summary_field", ""),
            m["definition_da"], m["definition_en"], float(m.get("scale", 1.0)),
        )
        if measure.unit and measure.unit not in units:
            raise ValueError(f"measures.toml: {key} has an unknown unit {measure.unit!r}")
        if measure.benchmark not in BENCHMARKS or measure.kind not in KINDS:
            raise ValueError(f"measures.toml: {key} has an unknown benchmark or kind")
        if measure.benchmark != "none" and not measure.summary_field:
            raise ValueError(f"measures.toml: {key} has a benchmark but no summary_field")
        measures[key] = measure
    tables = {name: tuple(keys) for name, keys in raw["tables"].items()}
    for name, keys in tables.items():
        unknown = [k for k in keys if k not in measures]
        if unknown:
            raise ValueError(f"measures.toml: table {name} names unknown measures {unknown}")
    return Catalogue(measures, units, tables)


def measure(key: str) -> Measure:
    """The measure ``key`` (KeyError with the known keys if it is not in the catalogue)."""
    try:
        return catalogue().measures[key]
    except KeyError:
        raise KeyError(f"unknown measure {key!r}; known: {', '.join(catalogue().measures)}") from None


def table(name: str) -> tuple[str, ...]:
    """The measure keys of the named table (``key_figures``, ``centres``)."""
    return catalogue().tables[name]


def label(key: str, lang: str = "da", short: bool = False) -> str:
    """The measure's name: ``Sager pr. årsværk`` (``short``: a narrow column heading)."""
    m = measure(key)
    if short:
        return pick((m.short_da, m.short_en), lang)
    return pick((m.label_da, m.label_en), lang)


def unit(key: str, lang: str = "da", short: bool = True) -> str:
    """The measure's unit (``pp``, ``%``, ``kr.``; full name with ``short=False``); '' if none."""
    m = measure(key)
    if not m.unit:
        return ""
    u = catalogue().units[m.unit]
    return pick((u.short_da, u.short_en) if short else (u.da, u.en), lang)


def label_with_unit(key: str, lang: str = "da", short: bool = False) -> str:
    """``Effekt (pp)``: the label with the short unit in brackets (none without a unit, nor when
    the label already says it: ``Sager pr. årsværk``, ``Årsværk i alt``)."""
    text, u = label(key, lang, short), unit(key, lang)
    if not u or u.lower().rstrip(".") in text.lower():
        return text
    return f"{text} ({u})"


def definition(key: str, lang: str = "da") -> str:
    m = measure(key)
    return pick((m.definition_da, m.definition_en), lang)


def decimals(key: str) -> int:
    return measure(key).decimals


def display_value(key: str, value: float | None) -> float | None:
    """The value in the unit shown (``scale`` applied: kroner → mio. kr.); ``None`` stays ``None``."""
    if value is None:
        return None
    return value * measure(key).scale


def format_value(key: str, value, lang: str = "da", missing: str = "–") -> str:
    """The value as every output shows it: Danish ``1.234,5`` (English ``1,234.5``), the
    measure's decimals and scale; text and code measures as given; ``missing`` for none."""
    m = measure(key)
    if value is None or value == "":
        return missing
    if m.kind in ("text", "code") or isinstance(value, str):
        return str(value)
    return format_number(display_value(key, float(value)), m.decimals, lang, missing)


def format_change(key: str, value: float | None, lang: str = "da", missing: str = "–") -> str:
    """A change of measure ``key`` with its sign (``+1,2``, ``−0,4``; ``0,0`` unsigned) in the
    measure's decimals and scale.

    >>> format_change("cases_per_fte", -0.44)
    '−0,4'
    """
    if value is None:
        return missing
    shown = display_value(key, float(value))
    text = format_number(abs(shown), measure(key).decimals, lang, missing)
    if not any(ch in "123456789" for ch in text):
        return text
    return ("+" if shown > 0 else "−") + text


def excel_format(key: str) -> str:
    """The Excel number format code matching the measure's decimals (``#,##0.0``)."""
    d = decimals(key)
    return "#,##0" if d == 0 else "#,##0." + "0" * d


def benchmark_value(key: str, summary) -> float | None:
    """The benchmark of measure ``key`` in a ``comparison.GroupSummary`` (``None`` if it has none)."""
    m = measure(key)
    if m.benchmark == "none" or summary is None:
        return None
    return getattr(summary, m.summary_field)


def benchmark_label(key: str, lang: str = "da") -> str:
    """What the benchmark is, in words: ``median``, ``gennemsnit``, ``samlet tal``; '' for none."""
    words = {"aggregate": ("samlet tal", "aggregate"), "median": ("median", "median"),
             "mean": ("gennemsnit", "mean"), "none": ("", "")}
    return pick(words[measure(key).benchmark], lang)
