"""Values no real job centre has are refused with the cell; a degenerate model is refused
with an explanation instead of being printed (issue 13, point 4)."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from jobcenter_bench.core import effect_model as em
from jobcenter_bench.core import plausibility
from jobcenter_bench.core.errors import BenchError


def _csv(path, header: str, value: str, year: int = 2013):
    path.write_text(f"Kommune;År;{header}\nAabenraa;{year};{value}\n", encoding="utf-8")
    return path


def test_the_bounds_are_ten_times_the_largest_real_figures():
    # København: 858 FTE x 52 full-time persons per FTE = 44,616 persons; ten times that
    assert plausibility.MAX_PERSONS == 446_160
    assert plausibility.upper_bound("persons", "full-time persons") == 446_160
    assert plausibility.upper_bound("population", "persons") == 5_600_000
    assert plausibility.upper_bound("published", "%") == 100


@pytest.mark.parametrize("header, value, refused", [
    ("Fuldtidspersoner på sygedagpenge", "446.160", False),  # the bound itself
    ("Fuldtidspersoner på sygedagpenge", "446.161", True),
    ("Befolkning 16-64 år", "5.600.001", True),
    ("Andel med en meget lang uddannelse", "1.000.000.000.001", True),  # beyond 10^12
    ("Andel med en meget lang uddannelse", "-1.000.000.000.001", True),
])
def test_register_values_beyond_any_municipality_are_refused(tmp_path, cli, header, value, refused):
    db = tmp_path / "p.jcbench"
    rc, out, err = cli("validate", _csv(tmp_path / "v.csv", header, value))
    assert (rc == 1) == refused, out + err
    if refused:
        assert "langt uden for, hvad en kommune kan have" in out + err
        assert "række 2" in out + err  # the cell is named (CSV: row and column header)
    assert not db.exists()


def test_persons_above_the_population_in_the_database_are_refused(demo_db, cli, tmp_path):
    conn = sqlite3.connect(demo_db)
    pop = conn.execute("SELECT value FROM register WHERE current = 1 AND year = 2013 AND"
                       " variable = 'population_16_64' AND municipality_code = 580").fetchone()[0]
    conn.close()
    path = _csv(tmp_path / "sdp.csv", "Fuldtidspersoner på sygedagpenge", f"{int(pop) + 1}")
    rc, _, err = cli("import", "--db", demo_db, path)
    assert rc == 1
    assert "flere end kommunens" in err and "Aabenraa i 2013" in err


def test_a_huge_framework_value_in_the_database_gives_no_model(demo_db, cli):
    """A value stored before the import checks existed: the model is refused, not printed."""
    conn = sqlite3.connect(demo_db)
    var = conn.execute("SELECT name FROM register_variable WHERE kind = 'framework' ORDER BY name").fetchone()[0]
    conn.execute("UPDATE register SET value = 1e308 WHERE variable = ? AND municipality_code = 580", (var,))
    conn.commit()
    conn.close()
    rc, out, err = cli("model", "--db", demo_db, "--year", "2013")
    assert rc == 1 and "R²" not in out
    assert "kan ikke estimeres meningsfuldt" in err


def test_fit_point_refuses_non_finite_and_broken_fits():
    rng = np.random.default_rng(1)
    y = rng.normal(10, 2, 30)
    x = rng.normal(0, 1, (30, 1))
    fit = em.fit_point(y, x, ("a",), tuple(f"c{i}" for i in range(30)), "core")
    assert 0 <= fit.r_squared <= 1  # a sound fit passes
    x[0, 0] = np.inf
    with pytest.raises(BenchError, match="kan ikke estimeres meningsfuldt"):
        em.fit_point(y, x, ("a",), tuple(f"c{i}" for i in range(30)), "core")
    with pytest.raises(BenchError):
        em.check_fit(np.array([1.0, 2.0]), -27.8, ("a",))  # the R² the issue saw
    em.check_fit(np.array([1.0, 2.0]), 0.0, ("a",))  # R² = 0 is a fit that explains nothing: allowed
