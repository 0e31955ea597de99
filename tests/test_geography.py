"""The job-centre grouping per year (issue 14, point 7): data in resources/geography/jobcentres.csv."""

import pytest

from jobcenter_bench.core import geography as g

CACHED = (g.shared_centre_rows, g.jobcentres, g.all_jobcentres, g.jobcentre_by_name, g._centre_of_code)


def test_vive_2018_grouping():
    """VIVE's 2018 benchmark: four joint centres; Ærø, Samsø and Langeland on their own."""
    joint = {j.name: set(j.municipality_codes) for j in g.jobcentres() if len(j.municipality_codes) > 1}
    # Esbjerg 561 + Fanø 563, Frederikshavn 813 + Læsø 825, Tårnby 185 + Dragør 155,
    # Vallensbæk 187 + Ishøj 183
    assert joint == {"Esbjerg": {561, 563}, "Frederikshavn": {813, 825}, "Tårnby": {185, 155},
                     "Vallensbæk": {187, 183}}
    assert len(g.municipalities()) == 98 and len(g.jobcentres()) == 98 - 4
    for own in ("Ærø", "Samsø", "Langeland", "Svendborg", "Odder"):
        assert g.jobcentre_by_name()[own].municipality_codes == (g.match_municipality(own).code,)
    assert g.jobcentre_by_name()["Tårnby"].municipality_codes[0] == 185  # namesake first


def test_joint_names_and_member_municipalities_match_the_joint_centre():
    assert g.match_jobcentre("Tårnby-Dragør").name == "Tårnby"
    assert g.match_jobcentre("Ishøj").name == "Vallensbæk"
    assert g.match_jobcentre(155).name == "Tårnby"  # Dragør's code
    assert g.jobcentre_of(183).name == "Vallensbæk"


def _with_grouping(monkeypatch, tmp_path, text: str) -> None:
    path = tmp_path / "jobcentres.csv"
    path.write_text(text, encoding="utf-8")
    real = g.resource_path
    monkeypatch.setattr(g, "resource_path", lambda *p: path if p[-1] == g.GROUPING_FILE else real(*p))
    for f in CACHED:
        f.cache_clear()


@pytest.fixture
def clean_caches():
    yield
    for f in CACHED:
        f.cache_clear()


HEADER = "jobcenter,municipality_code,valid_from,valid_to,source\n"


def test_a_change_of_grouping_is_a_data_change(monkeypatch, tmp_path, clean_caches):
    # Svendborg serves Ærø up to 2010; from 2011 Ærø has its own centre
    _with_grouping(monkeypatch, tmp_path, HEADER + "Svendborg,479,,2010,test\nSvendborg,492,,2010,test\n")
    assert g.jobcentre_by_name(2010)["Svendborg"].municipality_codes == (479, 492)
    assert len(g.jobcentres(2010)) == 97 and "Ærø" not in g.jobcentre_by_name(2010)
    assert g.jobcentre_by_name(2011)["Ærø"].municipality_codes == (492,)
    assert len(g.jobcentres(2011)) == 98 and g.jobcentres() == g.jobcentres(2011)
    assert {j.name for j in g.all_jobcentres()} >= {"Svendborg", "Ærø"}
    assert g.jobcentre_of(492, 2009).name == "Svendborg" and g.jobcentre_of(492).name == "Ærø"


@pytest.mark.parametrize("rows, says", [
    ("Esbjerg,999,,,x\n", "999"),
    ("Esbjerg,561,2012,2010,x\n", "valid_from"),
    ("Esbjerg,561,,,x\nEsbjerg,563,,,x\nVarde,563,2013,,x\n", "563"),
    ("Esbjerg,abc,,,x\n", "whole numbers"),
])
def test_a_bad_grouping_file_names_file_row_and_problem(monkeypatch, tmp_path, clean_caches, rows, says):
    _with_grouping(monkeypatch, tmp_path, HEADER + rows)
    with pytest.raises(g.GeographyError) as err:
        g.jobcentres()
    assert "jobcentres.csv" in err.value.text("en") and says in err.value.text("en")


def test_an_old_database_gets_the_new_centres(tmp_path):
    """A database made under the earlier assumed grouping had no Ærø or Samsø centre."""
    from jobcenter_bench.core.store import Store

    path = tmp_path / "old.jcbench"
    with Store.open(path) as store:  # Ærø (492) in Svendborg, Samsø (741) in Odder
        store.conn.execute("UPDATE municipality SET jobcenter = 'Svendborg' WHERE code = 492")
        store.conn.execute("UPDATE municipality SET jobcenter = 'Odder' WHERE code = 741")
        store.conn.execute("DELETE FROM jobcenter WHERE name IN ('Ærø', 'Samsø')")
    with Store.open(path, create=False) as store:
        names = {r["name"] for r in store.jobcentres()}
        centre_of = {r["code"]: r["jobcenter"] for r in store.municipalities()}
    assert {"Ærø", "Samsø"} <= names and len(names) == 94
    assert (centre_of[492], centre_of[741], centre_of[155]) == ("Ærø", "Samsø", "Tårnby")
