"""The sample files have exactly the layouts the importers and users expect, and the generator
is deterministic."""

from __future__ import annotations

import hashlib

import pytest
from sample_readers import (
    FRAMEWORK,
    GENERATOR,
    REGISTER,
    SAMPLE_FILES,
    SICKNESS,
    SURVEY,
    YEARS,
    read_survey,
    run_generator,
)

from jobcenter_bench.core import geography
from jobcenter_bench.core.fields import register_variable_map, survey_fields


def test_survey_workbook_layout(sample_dir):
    from openpyxl import load_workbook

    wb = load_workbook(sample_dir / SURVEY, read_only=True)
    assert wb.sheetnames == ["Besvarelser"]
    rows = list(wb["Besvarelser"].iter_rows(values_only=True))
    assert rows[0][0] == "SYNTETISKE EKSEMPELDATA – Jobcenter Bench"
    assert all(v is None for v in rows[1])
    assert list(rows[2]) == ["Jobcenter", "År", *(f.key for f in survey_fields())]
    assert len(rows) == 3 + 94 * 5
    names = {j.name for j in geography.jobcentres()}
    keys = {(r[0], r[1]) for r in rows[3:]}
    assert keys == {(n, y) for n in names for y in YEARS}


def test_survey_values_have_the_catalogue_types(sample):
    for rec in sample.survey.values():
        for f in survey_fields():
            value = rec[f.key]
            if value is None:
                continue
            if f.type == "yesno":
                assert value in ("ja", "nej"), (f.key, value)
            else:
                assert isinstance(value, int | float) and not isinstance(value, bool), f.key
                assert f.min is None or value >= f.min, (f.key, value)
                assert f.max is None or value <= f.max, (f.key, value)


def test_every_field_is_filled(sample, sample_dir):
    # sample_data/lever_drivers.py fills the lever fields; without it this fails (no skip)
    empty = {f.key for f in survey_fields() if all(r[f.key] is None for r in sample.survey.values())}
    assert empty == set()


def test_register_csv_is_danish_excel_csv(sample_dir):
    raw = (sample_dir / REGISTER).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[-1] == "" and "\n" not in text.replace("\r\n", "")
    labels = register_variable_map()
    expected = ["Kommunekode", "Kommune", "År"] + [
        labels[k].label_da for k in ("persons_adp", "persons_kth", "persons_flex",
                                     "persons_disability", "persons_other", "population_16_64")]
    assert lines[0].split(";") == expected
    body = [line.split(";") for line in lines[1:-1]]
    assert len(body) == 5 * 98
    københavn = next(r for r in body if r[0] == "101" and r[2] == "2013")
    assert "," in københavn[3] and "." in københavn[3]  # e.g. 16.222,0
    assert "." in københavn[-1] and "," not in københavn[-1]  # population 417.295


def test_sickness_csv_is_portal_style(sample_dir, sample):
    raw = (sample_dir / SICKNESS).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "Fuldtidspersoner på sygedagpenge"
    assert lines[1] == "Kilde: syntetiske eksempeldata (Jobcenter Bench)"
    assert lines[2] == ""
    assert lines[3] == "Område;2009;2010;2011;2012;2013"
    assert lines[-1].startswith("Hele landet;")
    assert len(lines) == 4 + 98 + 1
    assert any(line.split(";")[0].endswith(" Kommune") for line in lines[4:-1])
    for year in YEARS:
        total = sum(v for (code, y), v in sample.sickness.items() if y == year)
        assert sample.sickness_total[year] == pytest.approx(total, abs=0.1)


def test_framework_workbook_layout(sample_dir, sample):
    from openpyxl import load_workbook

    wb = load_workbook(sample_dir / FRAMEWORK, read_only=True)
    assert wb.sheetnames == ["Rammevilkår"]
    header = next(wb["Rammevilkår"].iter_rows(max_row=1, values_only=True))
    labels = register_variable_map()
    assert list(header[:6]) == ["Kommunekode", "Kommune", "År", labels["predicted_rate"].label_da,
                                labels["predicted_rate_all"].label_da, labels["cluster"].label_da]
    assert len(sample.framework) == 5 * 98
    # a job centre's municipalities share its predictions and conditions
    for j in geography.jobcentres():
        recs = [sample.framework[(c, 2013)] for c in j.municipality_codes]
        assert all(r == recs[0] for r in recs)


def test_generator_is_deterministic(sample_dir, tmp_path):
    run_generator(tmp_path)
    for name in SAMPLE_FILES:
        a = hashlib.sha256((sample_dir / name).read_bytes()).hexdigest()
        b = hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()
        assert a == b, name


def test_committed_sample_files_are_current(sample_dir):
    """sample_data/ holds exactly what the generator writes (regenerate after changing it)."""
    from pathlib import Path

    committed = Path(__file__).parents[2] / "sample_data"
    for name in SAMPLE_FILES:
        assert (committed / name).read_bytes() == (sample_dir / name).read_bytes(), (
            f"sample_data/{name} is stale: run python sample_data/generate.py")


def test_survey_reader_round_trip_matches_centres(sample_dir):
    survey = read_survey(sample_dir / SURVEY)
    assert survey[("København", 2013)]["År"] == 2013


def test_generator_runs_without_lever_drivers(tmp_path):
    """Without ``lever_drivers.py`` next to it the generator still runs and leaves exactly the
    lever fields empty (README: "Fields not generated")."""
    import shutil

    copy = tmp_path / "sample_data"
    copy.mkdir()
    shutil.copy(GENERATOR, copy / "generate.py")
    run_generator(tmp_path / "out", generator=copy / "generate.py")
    survey = read_survey(tmp_path / "out" / SURVEY)
    empty = {f.key for f in survey_fields() if all(r[f.key] is None for r in survey.values())}
    lever_only = {f.key for f in survey_fields()
                  if f.sheet in ("interviews", "volumes", "practice")
                  or f.key in ("fte_reception", "cost_medical_certificates",
                               "consultation_hours_week", "irrelevant_contact_hours_week")}
    assert empty == lever_only
