"""The lever catalogue (resources/levers.toml) against the report's figures 8, 21 and 22."""

from __future__ import annotations

import pytest

from jobcenter_bench.core.levers.catalogue import CatalogueError, catalogue, parse_catalogue

IDS = ("A1a A1b A2 A3 A4 A5 A6 A7 A8 A9 B1 B2 B3 B4 C1 C2 C3 C4 C5 C6 "
       "D1a D1b D2 D3 D4 E1 E2 E3 E4 E5 E6 F1").split()


def test_every_lever_id_once_in_report_order():
    assert catalogue().ids == tuple(IDS)


def test_unquantified_levers_have_the_reports_reason():
    unq = {lv.id: lv for lv in catalogue().levers if not lv.quantified}
    assert set(unq) == {"C1", "C2", "D1a", "D3"}
    for lv in unq.values():
        assert lv.unquantified_reason and not lv.terms


def test_every_parameter_has_a_source_and_units():
    for lv in catalogue().levers:
        for p in lv.parameters:
            assert p.source and p.unit and p.label_da and p.label_en, (lv.id, p.key)
            assert p.low >= 0 and p.high >= 0


def _group_sums(attr_filter):
    lo = hi = 0.0
    for levers in catalogue().groups().values():
        lv = levers[-1]
        if lv.report_low is None or not attr_filter(lv):
            continue
        lo += lv.report_low
        hi += lv.report_high
    return lo, hi


@pytest.mark.parametrize("horizon, expected", [("short", (326, 452)), ("medium", (192, 287)), ("long", (32, 47))])
def test_horizon_assignment_reproduces_figure_22(horizon, expected):
    # the report's own per-lever ranges summed by our horizon column (levers.md)
    assert _group_sums(lambda lv: lv.horizon == horizon) == expected


def test_gross_sum_of_the_report_ranges():
    # 550-786 = net 517-730 + overlap 33-56 (figure 22)
    assert _group_sums(lambda lv: True) == (550, 786)


def test_bad_catalogue_is_a_clear_error():
    raw = {"levers": [{"id": "Z1", "area": "Q", "binding": "management", "horizon": "short"}]}
    with pytest.raises(CatalogueError, match="Z1"):
        parse_catalogue(raw)


def test_unknown_factor_is_rejected():
    raw = {"levers": [{
        "id": "Z1", "area": "A", "binding": "law", "horizon": "short", "archetype": "volume_time",
        "quantified": True, "name_da": "x", "name_en": "x", "description_da": "x", "description_en": "x",
        "terms": [{"archetype": "volume_time", "volume": ["offer_forms"], "factors": ["nope"]}],
    }]}
    with pytest.raises(CatalogueError, match="nope"):
        parse_catalogue(raw)


def test_overlap_pairs_name_known_levers():
    cat = catalogue()
    keys = {p.key for p in cat.overlaps}
    assert "B4-B1" in keys  # the report's own example (l. 5703-5706)
    for p in cat.overlaps:
        assert p.reason


def test_every_driver_a_term_names_exists():
    from jobcenter_bench.core.fields import survey_field_map
    from jobcenter_bench.core.levers.drivers import CentreDrivers

    drivers = CentreDrivers.from_rows(2013, [{"jobcenter": "Herning"}])
    fields = survey_field_map()
    for lv in catalogue().levers:
        for d in lv.drivers:
            assert d in fields, (lv.id, d)
        for t in lv.terms:
            for name in (*t.volume, t.value, t.applies):
                if name:
                    drivers[name]  # raises KeyError for an unknown driver
