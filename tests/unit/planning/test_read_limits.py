"""Time and distance limits for a period are read and kept; postpartum and comeback readings."""

from __future__ import annotations

import pytest
from planning_helpers import plan_for

from agents.planning.instructions.readers import read_instructions


@pytest.mark.parametrize(
    ("prompt", "seconds", "metres", "long_only", "weeks"),
    [
        ("nothing longer than 30 minutes in the first month", 1800, None, False, (1, 4)),
        ("keep runs under an hour until week 6", 3599, None, False, (1, 5)),
        ("max 90 minutes long run", 5400, None, True, (1, None)),
        ("no run over 10 km for the first 3 weeks", None, 10000, False, (1, 3)),
        ("In the first month, nothing longer than 30 minutes", 1800, None, False, (1, 4)),
        ("no runs longer than 45 min during the first 2 weeks", 2700, None, False, (1, 2)),
        ("runs of at most 40 minutes for the first two weeks", 2400, None, False, (1, 2)),
        ("limit runs to 30 minutes in weeks 1-4", 1800, None, False, (1, 4)),
        ("long runs no longer than 2 hours", 7200, None, True, (1, None)),
        ("keep the long run under 1h45", 6299, None, True, (1, None)),
        ("long run capped at 25 km", None, 25000, True, (1, None)),
        ("nothing over 5 miles in the first fortnight", None, 8045, False, (1, 2)),
        ("every run at most half an hour for the first 3 weeks", 1800, None, False, (1, 3)),
        ("max 30 min per run through week 4", 1800, None, False, (1, 4)),
        ("no run over an hour and a half", 5400, None, False, (1, None)),
    ],
)
def test_run_limits_are_read_with_their_period(
    prompt: str,
    seconds: int | None,
    metres: int | None,
    long_only: bool,
    weeks: tuple[int, int | None],
) -> None:
    found = read_instructions(prompt, None)
    assert len(found.run_limits) == 1, found.not_applied
    limit = found.run_limits[0]
    assert (limit.seconds, limit.metres, limit.long_only) == (seconds, metres, long_only)
    assert (limit.first_week, limit.last_week) == weeks
    assert found.not_applied == [] and found.race is None


def test_a_limit_time_is_never_a_race_goal() -> None:
    found = read_instructions("5K race at the end, nothing longer than 30 minutes", None)
    assert found.race is not None and found.race.goal_s is None
    assert found.run_limits[0].seconds == 1800


@pytest.mark.parametrize(
    ("prompt", "minutes", "weeks"),
    [
        ("nothing longer than 30 minutes in the first month, 4 runs a week", 30, 4),
        ("keep runs under an hour until week 6, marathon at the end", 59, 5),
        ("no run over 10 km for the first 3 weeks, I run 45 km a week", 55, 3),
    ],
)
def test_run_limits_hold_in_the_plan(prompt: str, minutes: int, weeks: int) -> None:
    plan = plan_for(12, "intermediate", prompt)
    for week in plan.weeks[:weeks]:
        runs = [d for d in week.days if d.kind not in ("race", "cross-training")]
        assert all(d.duration_min <= minutes for d in runs), week.number
    if "10 km" in prompt:
        assert all(d.distance_m <= 10000 for w in plan.weeks[:3] for d in w.days)


def test_a_long_run_limit_holds_all_plan_long() -> None:
    plan = plan_for(16, "intermediate", "max 90 minutes long run, marathon at the end")
    longs = [d for w in plan.weeks for d in w.days if d.kind == "long"]
    assert longs and max(d.duration_min for d in longs) <= 90
    assert any("long-run limit asked holds it there" in n for n in plan.notes)


@pytest.mark.parametrize(
    ("prompt", "weeks"),
    [
        ("Returning to running six months postpartum", 26),
        ("baby is 8 weeks old", 8),
        ("postnatal, 5 months after giving birth", 22),
        ("I had my baby 10 weeks ago", 10),
        ("postpartum", None),
    ],
)
def test_postpartum_is_read_with_the_weeks_since_the_birth(prompt: str, weeks: int | None) -> None:
    found = read_instructions(prompt, None)
    assert found.postpartum and found.postpartum_weeks == weeks
    assert sum("postpartum return" in line for line in found.readings) == 1


def test_postpartum_before_twelve_weeks_walks_first_then_walk_runs() -> None:
    plan = plan_for(14, "intermediate", "baby is 8 weeks old, 3 runs a week")
    walking = plan.weeks[:4]  # until 12 weeks after the birth
    assert all(d.kind == "cross-training" for w in walking for d in w.days)
    assert all(any(d.activity == "strength" for d in w.days) for w in plan.weeks)
    assert all(d.kind == "run-walk" for d in plan.weeks[4].days if d.kind != "cross-training")
    assert any("pelvic floor" in n and n.startswith("Note:") for n in plan.notes)
    assert any("gives way in weeks 1-4: walking" in n for n in plan.notes)


def test_postpartum_with_a_first_month_limit_keeps_every_run_short() -> None:
    prompt = (
        "Returning to running six months postpartum: three runs a week, "
        "nothing longer than 30 minutes in the first month"
    )
    plan = plan_for(12, "beginner", prompt)
    for week in plan.weeks:
        runs = [d for d in week.days if d.kind != "cross-training"]
        assert len(runs) == 3, week.number
        if week.number <= 4:
            assert max(d.duration_min for d in runs) <= 30
    assert all(d.kind == "run-walk" for d in plan.weeks[0].days if d.kind != "cross-training")
    # Easy running until four weeks after the last run-walk week (six run-walk weeks).
    assert not any(d.is_quality or d.strides for w in plan.weeks[:10] for d in w.days)
