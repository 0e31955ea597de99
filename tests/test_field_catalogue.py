"""The survey field catalogue and the lever catalogue agree (both are data in resources/)."""

import tomllib

from jobcenter_bench.core.fields import survey_fields
from jobcenter_bench.core.resources import resource_path

ANALYSES = {"productivity", "time_use", "cost", "hourly_cost"}


def _levers() -> list[dict]:
    return tomllib.loads(resource_path("levers.toml").read_text(encoding="utf-8"))["levers"]


def test_every_lever_driver_is_a_survey_field_that_names_the_lever():
    fields = {f.key: f for f in survey_fields()}
    for lever in _levers():
        for driver in lever.get("drivers", []):
            assert driver in fields, f"{lever['id']} reads unknown field {driver}"
            assert lever["id"] in fields[driver].used_by, (driver, lever["id"])


def test_every_field_is_used_by_something_that_exists():
    ids = {lever["id"] for lever in _levers()}
    for f in survey_fields():
        assert f.used_by, f"{f.key} is used by nothing: it does not belong in the survey"
        unknown = set(f.used_by) - ids - ANALYSES
        assert not unknown, (f.key, unknown)
