"""Checks across the files of one import and against the database (krydstjek).

- Errors: the same job centre and year, or the same municipality, year and variable, in two
  files of one import (which one should win would be a guess).
- Warnings: a file imported before (same SHA-256); cases per FTE (sager pr. årsværk) outside
  10–80 when register persons for the centre and year are in the import or in the database.
"""

from __future__ import annotations

from jobcenter_bench.core import geography
from jobcenter_bench.core.fields import CORE_BENEFITS, STAFF_GROUP_FIELDS, register_variable_map
from jobcenter_bench.core.importing.cells import Place
from jobcenter_bench.core.importing.parsed import ParsedFile
from jobcenter_bench.core.numbers import format_number

#: Plausible productivity: full-time persons on ADP, KTH and SDP per FTE (rapportens 10–80).
CASES_PER_FTE_RANGE = (10.0, 80.0)


def duplicate_errors(files: list[ParsedFile]) -> None:
    """Add an error to the later file for every key already given by an earlier file."""
    survey_seen: dict[tuple[str, int], tuple[int, str]] = {}
    register_seen: dict[tuple[int, int, str], tuple[int, str]] = {}
    for i, f in enumerate(files):
        for answer, place in zip(f.survey_answers, f.survey_places, strict=True):
            key = (answer["jobcenter"], answer["year"])
            if key in survey_seen and survey_seen[key][0] != i:
                other = survey_seen[key][1]
                f.problems.append(
                    place.problem(
                        f"Jobcenter {key[0]} for {key[1]} findes også i filen '{other}' i samme "
                        "import. Importér kun den ene fil.",
                        f"Job centre {key[0]} for {key[1]} is also in the file '{other}' of the same "
                        "import. Import only one of the files.",
                        value=key[0],
                        expected="hvert jobcenter og år i én fil",
                    )
                )
            else:
                survey_seen.setdefault(key, (i, f.name))
        reported: set[str] = set()
        for n, (code, year, var, _) in enumerate(f.register_values):
            key = (code, year, var)
            if key in register_seen and register_seen[key][0] != i:
                other = register_seen[key][1]
                if other in reported:  # one error per pair of files is enough to act on
                    continue
                reported.add(other)
                name = geography.municipality_by_code()[code].name
                label_da, label_en = variable_labels(var, f)
                f.problems.append(
                    f.register_place(n).problem(
                        f"{label_da} for {name} ({code}) i {year} findes også i filen '{other}' i samme "
                        "import (og måske flere værdier). Importér kun én fil pr. variabel og år.",
                        f"{label_en} for {name} ({code}) in {year} is also in the file '{other}' of the "
                        "same import (maybe more values too). Import only one file per variable and year.",
                        expected="hver kommune, år og variabel i én fil",
                    )
                )
            else:
                register_seen.setdefault(key, (i, f.name))


def variable_labels(var: str, f: ParsedFile) -> tuple[str, str]:
    """A register variable's Danish and English label ('Fuldtidspersoner på a-dagpenge'), for messages.

    Known variables take their catalogue labels; a framework variable new in the file its header.
    """
    known = register_variable_map().get(var)
    if known is not None:
        return known.label_da, known.label_en
    label = f.new_variables.get(var, var)
    return label, label


def repeat_warnings(files: list[ParsedFile], store) -> None:
    """Warn when a file with the same SHA-256 was imported before."""
    for f in files:
        if not f.sha256:
            continue
        earlier = store.imports_with_sha(f.sha256)
        if earlier:
            e = earlier[-1]
            f.problems.append(
                Place(f.name, None).problem(
                    f"Den samme fil (samme indhold) er importeret før som '{e['file_name']}' den "
                    f"{e['imported_at'][:10]} (import nr. {e['id']}). Den importeres igen som en ny revision.",
                    f"The same file (same content) was imported before as '{e['file_name']}' on "
                    f"{e['imported_at'][:10]} (import no. {e['id']}). It is imported again as a new revision.",
                    value=f.sha256[:12],
                    warning=True,
                )
            )


def productivity_warnings(files: list[ParsedFile], store=None) -> None:
    """Warn about survey answers whose cases per FTE fall outside 10–80.

    Cases are the full-time persons on ADP, KTH and SDP (``CORE_BENEFITS``) of the centre's
    municipalities in that year, from the files of this import or else from the database; FTE
    is the sum of the five staff groups. Skipped when anything is missing.
    """
    answers = [(f, a, p) for f in files for a, p in zip(f.survey_answers, f.survey_places, strict=True)]
    if not answers:
        return
    persons: dict[tuple[int, int, str], float] = {}
    years = {a["year"] for _, a, _ in answers}
    if store is not None:
        for year in years:
            for code, y, var, value in store.register_values(year):
                if var in CORE_BENEFITS:
                    persons[(code, y, var)] = value
    for f in files:
        for code, year, var, value in f.register_values:
            if var in CORE_BENEFITS:
                persons[(code, year, var)] = value
    lo, hi = CASES_PER_FTE_RANGE
    for f, answer, place in answers:
        staff = [answer.get(k) for k in STAFF_GROUP_FIELDS]
        if any(v is None for v in staff) or sum(staff) <= 0:
            continue
        centre = geography.jobcentre_by_name(answer["year"]).get(answer["jobcenter"])
        if centre is None:  # not a centre in that year's grouping: nothing to compare with
            continue
        codes = centre.municipality_codes
        cases = [persons.get((c, answer["year"], v)) for c in codes for v in CORE_BENEFITS]
        if any(v is None for v in cases):
            continue
        ratio = sum(cases) / sum(staff)
        if not lo <= ratio <= hi:
            f.problems.append(
                place.problem(
                    f"{answer['jobcenter']} har {format_number(ratio, 1)} sager pr. årsværk i "
                    f"{answer['year']} ({format_number(sum(cases))} fuldtidspersoner på a-dagpenge, "
                    f"kontanthjælp og sygedagpenge / {format_number(sum(staff), 1)} årsværk). Det "
                    "normale er 10–80; tjek årsværkene.",
                    f"{answer['jobcenter']} has {format_number(ratio, 1, lang='en')} cases per FTE in "
                    f"{answer['year']} ({format_number(sum(cases), lang='en')} full-time persons on "
                    f"ADP, KTH and SDP / {format_number(sum(staff), 1, lang='en')} FTE). Normal is "
                    "10–80; check the FTE.",
                    value=format_number(ratio, 1),
                    expected="10–80 sager pr. årsværk",
                    warning=True,
                )
            )


def population_errors(files: list[ParsedFile], store=None) -> None:
    """An error for every full-time-persons value above the municipality's population 16–64
    (befolkning 16–64 år) in the same year, from the files of this import or else the database.

    A benefit's full-time persons are residents of the municipality, so more of them than
    residents is a typing or export error. One error per file and variable, naming the first cell.
    """
    persons = [(f, n, v) for f in files for n, v in enumerate(f.register_values)
               if (known := register_variable_map().get(v[2])) is not None and known.kind == "persons"]
    if not persons:
        return
    population: dict[tuple[int, int], float] = {}
    if store is not None:
        for year in {v[1] for _, _, v in persons}:
            for code, y, var, value in store.register_values(year):
                if register_variable_map().get(var) is not None and register_variable_map()[var].kind == "population":
                    population[(code, y)] = value
    for f in files:
        for code, year, var, value in f.register_values:
            known = register_variable_map().get(var)
            if known is not None and known.kind == "population":
                population[(code, year)] = value
    reported: set[tuple[str, str]] = set()
    for f, n, (code, year, var, value) in persons:
        pop = population.get((code, year))
        if pop is None or value <= pop or (f.name, var) in reported:
            continue
        reported.add((f.name, var))
        name = geography.municipality_by_code()[code].name
        label_da, label_en = variable_labels(var, f)
        f.problems.append(
            f.register_place(n).problem(
                f"{label_da} for {name} i {year} er {format_number(value)}, flere end kommunens "
                f"{format_number(pop)} indbyggere på 16–64 år. Tjek tallet og enheden (og de andre "
                "kommuner i samme kolonne).",
                f"{label_en} for {name} in {year} is {format_number(value, lang='en')}, more than the "
                f"municipality's {format_number(pop, lang='en')} residents aged 16–64. Check the "
                "number and its unit (and the other municipalities in the column).",
                value=format_number(value),
                expected=f"højst {format_number(pop)} (befolkningen 16–64 år)",
            )
        )
