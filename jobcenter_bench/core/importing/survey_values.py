"""Checking survey answers (besvarelser): each value against its field, then each answer as a whole.

Shared by both survey layouts. Hard limits (``min``/``max`` in ``survey_fields.toml``) are errors;
the plausible range (``warn_min``/``warn_max``) and the consistency checks between fields are
warnings that import with the file.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache

from jobcenter_bench.core.fields import (
    BENEFIT_AREA_FIELDS,
    STAFF_GROUP_FIELDS,
    SurveyField,
    survey_field_map,
)
from jobcenter_bench.core.importing.cells import (
    CellError,
    Place,
    is_blank,
    show,
    to_number,
    to_yesno,
)
from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.core.validation import Problem

#: Survey total FTE (sum of staff groups) and the sum by benefit area may differ by this share
#: of the total before a warning (rapportens årsværk to opgørelser).
FTE_SUM_TOLERANCE = 0.25


def _n(value: float | None) -> str:
    return format_number(value, 0 if value is None or float(value).is_integer() else 2)


def _n_en(value: float | None) -> str:
    return format_number(value, 0 if value is None or float(value).is_integer() else 2, lang="en")


@cache
def _quiet_range(field: SurveyField) -> tuple[float, float]:
    """The values that are neither an error nor a warning: max(min, warn_min)..min(max, warn_max)."""
    lows = [v for v in (field.min, field.warn_min) if v is not None]
    highs = [v for v in (field.max, field.warn_max) if v is not None]
    return (max(lows) if lows else -sys.float_info.max, min(highs) if highs else sys.float_info.max)


def parse_value(
    field: SurveyField, raw: object, place: Place | Callable[[], Place], decimal: str = ","
) -> tuple[float | int | None, list[Problem]]:
    """The stored value of one answer cell and the problems with it.

    Returns ``(None, [])`` for an empty cell (not answered). Numbers outside ``min``/``max`` and
    non-whole numbers in integer fields are errors; outside ``warn_min``/``warn_max`` warnings.
    ``place`` may be a function that makes the cell's ``Place`` (only called for a problem).
    """
    if raw is None:
        return None, []
    if type(raw) in (int, float) and field.type != "yesno":  # the common case, no problem
        lo, hi = _quiet_range(field)
        if lo <= raw <= hi:
            if field.type == "number":
                return float(raw), []
            if float(raw).is_integer():
                return int(raw), []
    if is_blank(raw):
        return None, []
    if callable(place):
        place = place()
    what_da = f"{field.label_da} ({field.unit_da}): "
    what_en = f"{field.label_en} ({field.unit_en}): "
    try:
        if field.type == "yesno":
            return to_yesno(raw), []
        value = to_number(raw, decimal)
    except CellError as err:
        return None, [place.cell_problem(err, raw, what_da, what_en)]
    problems: list[Problem] = []
    if field.type == "integer" and not value.is_integer():
        problems.append(
            place.problem(
                f"{what_da}'{show(raw)}' er ikke et helt tal. Skriv et antal uden decimaler.",
                f"{what_en}'{show(raw)}' is not a whole number. Write a count without decimals.",
                value=raw,
                expected="et helt tal",
            )
        )
        return None, problems
    expected = _range_text(field.min, field.max)
    if (field.min is not None and value < field.min) or (field.max is not None and value > field.max):
        neg = field.min is not None and field.min >= 0 and value < 0
        why_da = "er negativ" if neg else "er uden for det tilladte interval"
        why_en = "is negative" if neg else "is outside the allowed range"
        problems.append(
            place.problem(
                f"{what_da}{_n(value)} {why_da}. Skriv et tal {expected[0]}.",
                f"{what_en}{_n_en(value)} {why_en}. Write a number {expected[1]}.",
                value=raw,
                expected=expected[0],
            )
        )
        return None, problems
    if (field.warn_min is not None and value < field.warn_min) or (
        field.warn_max is not None and value > field.warn_max
    ):
        plausible = _range_text(field.warn_min, field.warn_max)
        problems.append(
            place.problem(
                f"{what_da}{_n(value)} er usædvanligt (normalt {plausible[0]}). Tjek tallet; "
                "det importeres som det er.",
                f"{what_en}{_n_en(value)} is unusual (normally {plausible[1]}). Check the number; "
                "it is imported as it is.",
                value=raw,
                expected=plausible[0],
                warning=True,
            )
        )
    return (int(value) if field.type == "integer" else value), problems


def _range_text(lo: float | None, hi: float | None) -> tuple[str, str]:
    if lo is not None and hi is not None:
        return f"mellem {_n(lo)} og {_n(hi)}", f"between {_n_en(lo)} and {_n_en(hi)}"
    if lo is not None:
        return f"på mindst {_n(lo)}", f"of at least {_n_en(lo)}"
    if hi is not None:
        return f"på højst {_n(hi)}", f"of at most {_n_en(hi)}"
    return "", ""


def answer_warnings(answer: dict, place: Place) -> list[Problem]:
    """Consistency warnings for one centre's answer for one year.

    - total FTE (sum of the five staff groups) more than 25 % from the sum by benefit area;
    - medical certificates (lægeerklæringer) costing more than all other services they are part of.
    """
    out: list[Problem] = []
    fmap = survey_field_map()
    staff = [answer.get(k) for k in STAFF_GROUP_FIELDS if k in fmap]
    areas = [answer.get(k) for k in BENEFIT_AREA_FIELDS if k in fmap]
    if staff and areas and all(v is not None for v in staff + areas):
        total, by_area = sum(staff), sum(areas)
        if total > 0 and abs(by_area - total) > FTE_SUM_TOLERANCE * total:
            out.append(
                place.problem(
                    f"Årsværk fordelt på ydelsesområder ({_n(by_area)}) afviger mere end 25 % fra "
                    f"årsværk i alt fordelt på medarbejdergrupper ({_n(total)}). De to opgørelser "
                    "bør give samme total; tjek tallene.",
                    f"FTE by benefit area ({_n_en(by_area)}) differs by more than 25 % from total "
                    f"FTE by staff group ({_n_en(total)}). The two should have the same total; "
                    "check the numbers.",
                    value=_n(by_area),
                    expected=f"ca. {_n(total)}",
                    warning=True,
                )
            )
    certs, other = answer.get("cost_medical_certificates"), answer.get("cost_other_services")
    if certs is not None and other is not None and certs > other:
        out.append(
            place.problem(
                f"Udgiften til lægeerklæringer ({_n(certs)} kr.) er større end udgiften til øvrige "
                f"tjenesteydelser ({_n(other)} kr.), som den er en del af. Tjek tallene.",
                f"The cost of medical certificates (DKK {_n_en(certs)}) is larger than the cost of "
                f"other services (DKK {_n_en(other)}) it is part of. Check the numbers.",
                value=_n(certs),
                expected=f"højst {_n(other)}",
                warning=True,
            )
        )
    return out
