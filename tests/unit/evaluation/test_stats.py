"""Summaries and paired bootstrap intervals."""

from agents.evaluation import stats


def test_summary_leaves_missing_values_out() -> None:
    found = stats.summary([1, None, 3, float("nan"), 2])
    assert found == {"n": 3, "mean": 2.0, "median": 2.0, "p90": 2.8, "total": 6.0}
    assert stats.summary([None])["mean"] is None


def test_paired_difference_pairs_cases_and_its_interval_holds_the_difference() -> None:
    baseline = [0.1, 0.2, 0.15, 0.3, None, 0.25, 0.1, 0.2]
    candidate = [0.3, 0.4, 0.2, 0.5, 0.9, 0.45, 0.3, 0.2]
    found = stats.paired_difference(baseline, candidate)
    assert found["n"] == 7  # the case without a baseline value is left out
    low, high = found["ci95"]
    assert 0 < low <= found["diff"] <= high
    assert found == stats.paired_difference(baseline, candidate)  # seeded: the same twice


def test_paired_difference_of_equal_sides_is_exactly_zero() -> None:
    same = stats.paired_difference([1, 2, 3], [1, 2, 3])
    assert same["diff"] == 0 and same["ci95"] == [0.0, 0.0]
    assert stats.paired_difference([1], [3])["ci95"] == [2.0, 2.0]
    assert stats.paired_difference([None], [1])["ci95"] is None


def test_spread_is_the_variance_a_model_shows_across_repeats() -> None:
    assert stats.spread([[1, 1], [2, 2]]) == 0.0
    assert stats.spread([[0, 2], [1]]) == 1.0
    assert stats.spread([[1], [2]]) is None
