"""Which cases a set holds: filters, and a seeded sample stratified by level and weeks."""

import datetime as dt

from agents.evaluation.selection import Filters, counts, sample, select
from tests.unit.evaluation.cases_factory import WHEN, draft_case

STRATA = [("beginner", 4)] * 6 + [("intermediate", 6)] * 3 + [("advanced", 8)] * 1
CASES = [
    draft_case(f"r{i:02d}", weeks, level, minutes=i) for i, (level, weeks) in enumerate(STRATA)
]


def test_sample_is_the_same_for_the_same_seed_and_keeps_the_log_order() -> None:
    first = sample(CASES, 5, seed=3)
    assert [c.case_id for c in first] == [c.case_id for c in sample(CASES, 5, seed=3)]
    assert [c.case_id for c in first] == sorted(c.case_id for c in first)
    others = {tuple(c.case_id for c in sample(CASES, 5, seed=s)) for s in range(10)}
    assert len(others) > 1


def test_sample_gives_each_stratum_its_share() -> None:
    drawn = counts(sample(CASES, 5, seed=1))["level"]
    # 6/10, 3/10, 1/10 of 5: 3, 1.5, 0.5; the tie of remainders goes to the larger stratum.
    assert drawn == {"beginner": 3, "intermediate": 2}
    assert sum(counts(sample(CASES, 7, seed=9))["level"].values()) == 7
    assert sample(CASES, 50, seed=1) == CASES


def test_filters_keep_what_they_name() -> None:
    since = WHEN + dt.timedelta(minutes=5)
    assert [c.case_id for c in select(CASES, Filters(since=since))] == [
        f"r{i:02d}" for i in range(5, 10)
    ]
    assert [c.case_id for c in select(CASES, Filters(until=since))] == [
        f"r{i:02d}" for i in range(5)
    ]
    assert len(select(CASES, Filters(step="plan"))) == 0
    assert len(select(CASES, Filters(providers=("builtin",), outcome="succeeded"))) == 10
    assert len(select(CASES, Filters(models=("other",)))) == 0
    assert select(CASES, Filters(edited=True)) == []
    assert Filters(step="draft", orgs=("club",)).described() == {"orgs": ("club",), "step": "draft"}
