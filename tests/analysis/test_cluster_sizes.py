"""Computed clusters keep the report's proportions when centres are missing (issue 14, point 6)."""

from jobcenter_bench.core import clusters as cl
from jobcenter_bench.core import geography
from jobcenter_bench.core.analysis import AnalysisOptions, analyse

from ._data import build_store, register_row, survey


def test_93_centres_cluster_3_loses_one():
    # quotas size x 93/94: 4.947 14.840 26.713 21.766 11.872 6.926 5.936; whole parts
    # 4 14 26 21 11 6 5 = 87; the 6 left over go to the largest fractions .947 (1), .936 (7),
    # .926 (6), .872 (5), .840 (2), .766 (4); cluster 3 (.713) keeps 26
    assert cl.group_sizes(93, 7) == [5, 15, 26, 22, 12, 7, 6]


def test_91_centres():
    # quotas size x 91/94: 4.840 14.521 26.138 21.298 11.617 6.777 5.809; whole parts sum
    # to 87; the 4 left over go to .840 (1), .809 (7), .777 (6), .617 (5)
    assert cl.group_sizes(91, 7) == [5, 14, 26, 21, 12, 7, 6]


def test_94_is_the_report_and_other_k_or_too_few_centres_are_equal_groups():
    assert cl.group_sizes(94, 7) == [5, 15, 27, 22, 12, 7, 6]
    assert cl.size_notice(94) is None
    # 10 centres: 5 x 10/94 = 0.53 and 6 x 10/94 = 0.64 leave cluster 1 or 7 empty
    assert cl.group_sizes(10, 7) == [2, 2, 2, 1, 1, 1, 1]
    assert cl.group_sizes(93, 3) == [31, 31, 31]
    assert cl.size_notice(93, 3) is None


def test_notice_names_the_sizes():
    notice = cl.size_notice(93)
    assert "93" in notice.text and "5/15/26/22/12/7/6" in notice.text
    assert "largest remainder" in notice.text_en and "5/15/26/22/12/7/6" in notice.text_en


def _register_for(names: list[str]) -> dict[str, dict]:
    """Every municipality of each centre, with a distinct predicted all-benefits rate per
    centre (30 % for the first, 0.1 pp less for each next one)."""
    by_name = geography.jobcentre_by_name()
    return {n: {code: register_row(10000, 300, 200, 100, predicted_rate=6.0,
                                   predicted_rate_all=30.0 - 0.1 * i)
                for code in by_name[n].municipality_codes}
            for i, n in enumerate(names)}


def test_analysis_with_one_centre_left_out_keeps_proportions_and_says_so():
    names = [j.name for j in geography.jobcentres()][:93]  # the 94th has no register data
    store = build_store(_register_for(names), {n: survey() for n in names})
    res = analyse(store, options=AnalysisOptions(cluster_source="computed", inference=False))
    sizes = cl.cluster_sizes({c.jobcenter: c.cluster for c in res.centres})
    assert list(sizes.values()) == [5, 15, 26, 22, 12, 7, 6]
    assert res.cluster_notice is not None and res.cluster_note == res.cluster_notice.text
    # the rate falls 0.1 per centre in list order: the 5 first centres are cluster 1
    assert {c.jobcenter for c in res.centres if c.cluster == 1} == set(names[:5])
