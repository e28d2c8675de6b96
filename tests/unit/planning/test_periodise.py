"""Periodisation: phases by plan length, cycles for long plans, taper, cutbacks, volumes."""

from __future__ import annotations

import datetime
import itertools

import pytest
from planning_helpers import plan_for

from agents.planning.build.race_needs import LONG_RUN_KM, PEAK_KM


def phase_runs(phases: list[str]) -> list[str]:
    """Consecutive phases collapsed: base base build -> base build."""
    return [p for i, p in enumerate(phases) if i == 0 or phases[i - 1] != p]


def test_twelve_week_plan_runs_base_build_peak_taper() -> None:
    phases = [w.phase for w in plan_for(12, "intermediate").weeks]
    assert phase_runs(phases) == ["base", "build", "peak", "taper"]


def test_fifty_two_week_plan_is_several_cycles_not_one_ramp() -> None:
    plan = plan_for(52, "advanced")
    runs = phase_runs([w.phase for w in plan.weeks])
    assert runs.count("base") >= 3 and runs.count("taper") >= 3
    volumes = [w.volume_m for w in plan.weeks]
    peak_week = volumes.index(max(volumes))
    assert peak_week > 35  # the last cycle reaches highest, after earlier lower peaks


@pytest.mark.parametrize(
    ("race", "weeks", "taper"),
    [
        ("marathon race", 18, 3),
        ("half marathon race", 12, 2),
        ("10K race", 10, 1),
        (None, 10, 1),
        (None, 18, 2),
        (None, 6, 0),
    ],
)
def test_taper_length_fits_race_and_plan_length(race: str | None, weeks: int, taper: int) -> None:
    phases = [w.phase for w in plan_for(weeks, "intermediate", race).weeks]
    assert phases[-taper:] == ["taper"] * taper if taper else "taper" not in phases


def test_final_taper_cuts_training_volume_by_about_half() -> None:
    plan = plan_for(18, "advanced", "marathon race")
    training = [sum(d.distance_m for d in w.days if d.kind != "race") for w in plan.weeks]
    peak = max(training[-7:-3])
    assert 0.40 <= 1 - training[-1] / peak <= 0.60


def test_cutback_weeks_come_every_four_weeks_and_cut_15_to_30_percent() -> None:
    plan = plan_for(16, "intermediate")
    cutbacks = [w.number for w in plan.weeks if w.cutback]
    assert cutbacks and all(b - a <= 4 for a, b in zip([0, *cutbacks], cutbacks, strict=False))
    for number in cutbacks:
        before, week = plan.weeks[number - 2].volume_m, plan.weeks[number - 1].volume_m
        assert 0.15 <= 1 - week / before <= 0.30


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
def test_volumes_and_long_runs_stay_inside_the_level_limits(level: str) -> None:
    plan = plan_for(20, level, "marathon race")
    longest = max(d.distance_m for w in plan.weeks for d in w.days if d.kind == "long")
    assert longest <= LONG_RUN_KM[level][42195][1] * 1000
    assert max(w.volume_m for w in plan.weeks[:-1]) <= PEAK_KM[level][42195] * 1000 * 1.05


def test_beginners_rest_two_days_and_never_run_hard_days_back_to_back() -> None:
    plan = plan_for(16, "beginner", "5 runs a week, half marathon race")
    for week in plan.weeks:
        assert len(week.days) <= 5
        hard = [d.weekday for d in week.days if d.is_hard]
        assert all(b - a > 1 for a, b in itertools.pairwise(hard))


def test_one_week_plan_is_a_sensible_week() -> None:
    plan = plan_for(1, "intermediate")
    week = plan.weeks[0]
    assert 3 <= len(week.days) <= 5
    assert [d.kind for d in week.days].count("long") == 1
    raced = plan_for(1, "intermediate", "10K race this Sunday").weeks[0]
    assert raced.days[-1].kind == "race" and raced.phase == "taper"


def test_mid_week_start_drops_days_before_it_in_week_one() -> None:
    plan = plan_for(4, "advanced", start=datetime.date(2025, 5, 9))  # a Friday
    assert all(d.weekday >= 5 for d in plan.weeks[0].days)
    assert len(plan.weeks[1].days) > len(plan.weeks[0].days)


@pytest.mark.parametrize(("weeks", "taper"), [(20, 3), (10, 2)])
def test_ultra_tapers_two_to_three_weeks(weeks: int, taper: int) -> None:
    phases = [w.phase for w in plan_for(weeks, "advanced", "50K ultra at the end").weeks]
    assert phases[-taper:] == ["taper"] * taper and phases[-taper - 1] != "taper"


def test_a_tune_up_week_counts_as_the_lighter_week_of_its_block() -> None:
    plain = plan_for(16, "advanced", "marathon at the end")
    tuned = plan_for(16, "advanced", "10K race in week 7, marathon at the end")
    assert 8 in [w.number for w in plain.weeks if w.cutback]
    cutbacks = [w.number for w in tuned.weeks if w.cutback]
    assert 8 not in cutbacks and 7 not in cutbacks  # the race week itself was the lighter one
    assert tuned.weeks[6].volume_m - 10000 <= tuned.weeks[5].volume_m * 0.85


def test_learning_to_run_ends_with_running_not_a_taper() -> None:
    plan = plan_for(12, "beginner", "Couch to 5K")
    assert "taper" not in [w.phase for w in plan.weeks]
    assert all(w.phase == "base" for w in plan.weeks[:10])  # run-walk and easy running first
