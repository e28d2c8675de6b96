"""Times in words have one home (core/values.py): the draft's day lines and the coach's
instructions read them the same way. 'twenty-five minutes' was read as five minutes by
the instruction readers (the table matched 'five minutes' inside it)."""

from __future__ import annotations

import re

import pytest
from planning_helpers import valid_plan

from agents.planning.core.values import WORDED_TIME, worded_minutes
from agents.planning.draft.worded_times import rewrite_worded_times


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("twenty-five minutes", 25),
        ("twenty five mins", 25),
        ("fifty-two minutes", 52),
        ("thirty-five min", 35),
        ("forty-five minutes", 45),
        ("five minutes", 5),
        ("ninety minutes", 90),
        ("two hours", 120),
        ("an hour and a half", 90),
        ("half an hour", 30),
    ],
)
def test_a_time_in_words_is_read_whole(text: str, minutes: int) -> None:
    found = re.search(WORDED_TIME, f"keep it to {text} please")
    assert found is not None and found.group(0) == text
    assert worded_minutes(found.group(0)) == minutes


@pytest.mark.parametrize("text", ["twenty-five minutes", "thirty-five minutes"])
def test_the_draft_reads_tens_and_units_from_the_core(text: str) -> None:
    minutes = worded_minutes(text)
    assert rewrite_worded_times(f"Tue: {text} easy") == f"Tue: {minutes} min easy"


@pytest.mark.parametrize(
    ("prompt", "minutes"),
    [
        ("weekday runs no longer than thirty-five minutes", 35),
        ("keep weekday runs under forty-five minutes", 45),
    ],
)
def test_a_limit_in_words_holds_at_its_whole_value(prompt: str, minutes: int) -> None:
    plan = valid_plan(prompt, 12, "intermediate")
    weekday = [d for w in plan.weeks for d in w.days if d.weekday in (1, 2, 3, 4, 5)]
    runs = [d for d in weekday if d.kind not in ("cross-training", "race", "rest")]
    assert runs and all(d.duration_min <= minutes for d in runs), plan.notes
    assert any(d.duration_min > minutes - 10 for d in runs), "the limit was read smaller"
