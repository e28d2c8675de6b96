"""Comebacks, postpartum returns, 3-day plans, long-run targets and long plans of several
cycles: examples a coach writes, and what the plan does with them."""

from __future__ import annotations

import itertools

import pytest
from planning_helpers import params

from agents.planning import planned
from agents.planning.build.race_needs import LONG_RUN_KM
from agents.planning.core.plan import Plan
from agents.planning.instructions.readers import read_instructions


def runs_of(plan: Plan) -> list[int]:
    return [sum(d.kind != "cross-training" for d in w.days) for w in plan.weeks]


def training_km(plan: Plan, number: int) -> float:
    days = plan.weeks[number - 1].days
    return sum(d.distance_m for d in days if d.kind != "race") / 1000


def longest_km(plan: Plan) -> float:
    return max(d.distance_m for w in plan.weeks for d in w.days if d.kind != "race") / 1000


@pytest.mark.parametrize(
    ("prompt", "kind"),
    [
        ("coming back after 3 months off with a knee injury", "injury"),
        ("returning after six weeks off", "injury"),
        ("back after two weeks off", "injury"),
        ("I'm coming back from a calf injury", "injury"),
        ("after my hamstring injury last spring", "injury"),
        ("returning from injury", "injury"),
        ("coming back from a stress fracture", "bone"),
        ("returning from a metatarsal stress reaction", "bone"),
        ("with a focus on injury prevention", None),
        ("I want to avoid injury", None),
        ("from injury prevention drills to strides", None),
        ("two weeks off at Christmas", None),
    ],
)
def test_a_comeback_is_read_from_how_coaches_say_it(prompt: str, kind: str | None) -> None:
    assert read_instructions(prompt, None).comeback == kind


@pytest.mark.parametrize(
    ("prompt", "weeks"),
    [
        ("postpartum, 9 months", 39),
        ("postpartum, about 6 months", 26),
        ("postnatal, 20 weeks", 20),
        ("postpartum", None),
    ],
)
def test_the_time_since_the_birth_in_its_own_clause_is_read(prompt: str, weeks: int | None) -> None:
    found = read_instructions(prompt, None)
    assert found.postpartum and found.postpartum_weeks == weeks
    assert not found.not_applied


@pytest.mark.parametrize(
    ("prompt", "km", "runs"),
    [
        ("postpartum, 9 months, four runs a week, I run 20 km a week", 20, 4),
        ("six months postpartum, I run 15 km a week over three runs, 10K at the end", 15, 3),
        ("I had my baby a year ago and run 25 km a week, 4 runs", 25, 4),
    ],
)
def test_a_mother_already_running_starts_from_her_volume_not_walk_run(
    prompt: str, km: float, runs: int
) -> None:
    plan = planned(params(12, "intermediate", prompt)).plan
    assert abs(training_km(plan, 1) - km) <= km * 0.15
    assert runs_of(plan) == [runs] * 12
    assert not any(d.kind == "run-walk" for w in plan.weeks for d in w.days)
    assert any("pelvic" in n for n in plan.notes)  # the guideline's cautions stay


def test_a_mother_twelve_weeks_after_the_birth_still_starts_with_walk_run() -> None:
    prompt = "baby is 14 weeks old, I ran 30 km a week before the pregnancy, three runs a week"
    plan = planned(params(12, "beginner", prompt)).plan
    kinds = {d.kind for d in plan.weeks[0].days}
    assert "run-walk" in kinds and "easy" not in kinds


def test_a_comeback_below_its_volume_before_says_how_far_it_gets() -> None:
    prompt = (
        "coming back after 3 months off with a knee injury, I used to run 50 km a week, "
        "four runs a week, conservative please"
    )
    plan = planned(params(16, "intermediate", prompt)).plan
    assert not any(n.startswith("Not applied") for n in plan.notes)
    assert runs_of(plan) == [4] * 16
    peak = max(training_km(plan, n) for n in range(1, 17))
    assert any(
        n.startswith(f"Note: the biggest week reaches {peak:.0f} km of the 50 km")
        for n in plan.notes
    )


@pytest.mark.parametrize(
    ("weeks", "level", "prompt"),
    [
        (9, "beginner", "Couch to 5K, three days a week, 5K race at the end"),
        (10, "beginner", "5K race at the end"),
        (12, "beginner", "10K at the end, three runs a week"),
        (14, "intermediate", "half marathon at the end, I run 25 km a week in 3 runs"),
        (46, "beginner", "coming back from a stress fracture, no speed for 6 weeks"),
        (16, "beginner", "returning from injury, 5K race at the end"),
        (20, "intermediate", "Marathon at the end, 3 runs a week, I run 30 km a week"),
    ],
)
def test_a_three_day_plan_keeps_three_days_in_every_week(
    weeks: int, level: str, prompt: str
) -> None:
    plan = planned(params(weeks, level, prompt)).plan
    assert runs_of(plan) == [3] * weeks
    last = plan.weeks[-1]
    if any(d.kind == "race" for d in last.days):  # two short runs and the race
        assert [d.kind for d in last.days][-1] == "race"
        assert all(d.duration_min <= 50 for d in last.days if d.kind != "race")


@pytest.mark.parametrize(
    ("weeks", "level", "prompt", "race_m"),
    [
        (
            12,
            "intermediate",
            "Marathon at the end. I currently run 40 km a week over 4 runs.",
            42195,
        ),
        (18, "advanced", "Marathon at the end, I run 70 km a week over 6 runs", 42195),
        (16, "intermediate", "Half marathon at the end, I run 35 km a week over 4 runs", 21097),
        (16, "intermediate", "Half marathon at the end. currently 25 miles/week, five runs", 21097),
        (12, "intermediate", "10K at the end, I run 35 km a week, four runs a week", 10000),
        (10, "advanced", "5K at the end, I run 60 km a week over 6 runs", 5000),
        (10, "beginner", "5K at the end, I run 15 km a week, three runs", 5000),
    ],
)
def test_the_longest_run_reaches_what_the_race_asks_at_the_level(
    weeks: int, level: str, prompt: str, race_m: int
) -> None:
    plan = planned(params(weeks, level, prompt)).plan
    low, high = LONG_RUN_KM[level][race_m]  # type: ignore[index]
    assert low <= longest_km(plan) <= high
    assert not any("aims at a longest run" in n for n in plan.notes)


@pytest.mark.parametrize(
    ("weeks", "level", "prompt"),
    [
        (46, "beginner", "coming back from a stress fracture, no speed for 6 weeks"),
        (52, "advanced", "max 45 km per week, cutback every 4th week"),
        (48, "intermediate", None),
        (40, "advanced", "4 runs a week, long run on Saturday"),
    ],
)
def test_a_long_plans_later_cycles_build_on_the_earlier_ones(
    weeks: int, level: str, prompt: str | None
) -> None:
    plan = planned(params(weeks, level, prompt)).plan
    peaks: list[float] = [0.0]
    for before, week in zip([None, *plan.weeks], plan.weeks, strict=False):
        if before is not None and before.phase == "taper" and week.phase != "taper":
            peaks.append(0.0)  # a new cycle
        if not week.cutback and week.phase != "taper":
            peaks[-1] = max(peaks[-1], training_km(plan, week.number))
    assert len(peaks) >= 2
    assert all(later >= earlier * 0.97 for earlier, later in itertools.pairwise(peaks))


@pytest.mark.parametrize(
    "prompt", ["max 0 km a week", "I run 0 km a week", "I run 10 km a week. max 0 miles a week"]
)
def test_a_week_of_nothing_is_refused_with_its_reason(prompt: str) -> None:
    found = read_instructions(prompt, None)
    assert any("too little to plan running on" in line for line in found.not_applied)
