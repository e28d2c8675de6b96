"""A fourth round of instructions as coaches write them: a time limit on weekday runs (the
weekend's long run is not held to it), easy running only for some weeks with no 'first', a
week's total said beside its runs, running every day, a peak in 'k', and a range or 'mpw' read
once. Each reading lands in the setting it names, and the plan keeps it in every week."""

from __future__ import annotations

import pytest

from agents.planning import PlanParams, planned, structure_plan, validate_plan
from agents.planning.instructions.readers import read_instructions

WEEKDAYS = {1, 2, 3, 4, 5}


@pytest.mark.parametrize(
    ("prompt", "minutes"),
    [
        ("No runs longer than 90 minutes on weekdays", 90),
        ("Weekday runs under 1 hour", 60),
        ("keep runs under 45 minutes during the week", 45),
        ("nothing longer than 50 minutes midweek", 50),
    ],
)
def test_a_time_limit_on_weekdays_is_their_budget_not_every_runs(prompt: str, minutes: int) -> None:
    found = read_instructions(prompt, None)
    assert found.run_limits == [], found.readings
    assert set(found.day_max_min) == WEEKDAYS
    assert set(found.day_max_min.values()) == {minutes}


def test_a_distance_limit_on_weekdays_holds_on_weekdays() -> None:
    """Changed in round ten: shown back before ('say it in minutes'); now kept on its days."""
    found = read_instructions("no run over 10 km on weekdays", None)
    assert [(limit.metres, limit.days) for limit in found.run_limits] == [(10000, WEEKDAYS)]
    assert not found.day_max_min and not found.not_applied


def test_a_limit_on_every_run_stays_one() -> None:
    found = read_instructions("Keep runs under an hour until week 6", None)
    assert [limit.seconds for limit in found.run_limits] == [3599] and not found.day_max_min


def test_a_weekday_limit_leaves_the_long_run_to_the_race() -> None:
    params = PlanParams(
        weeks=18,
        level="advanced",
        additional_prompt="Marathon at the end. No runs longer than 90 minutes on weekdays. "
        "I run 50 km a week.",
    )
    made = planned(params)
    result = structure_plan(made.plan, params)
    assert [v for v in validate_plan(result, params, made.promises) if v.severity == "error"] == []
    longest = max(d.duration_min for w in made.plan.weeks for d in w.days if d.kind == "long")
    assert longest > 90  # the Sunday long run grows past the weekday limit
    for week in made.plan.weeks:
        assert all(d.duration_min <= 90 for d in week.days if d.weekday in WEEKDAYS)


@pytest.mark.parametrize(
    ("prompt", "weeks"),
    [
        ("Only easy running for 3 weeks", 3),
        ("Easy runs only for the first 2 weeks", 2),
        ("just easy for 5 weeks please", 5),
    ],
)
def test_easy_running_for_some_weeks(prompt: str, weeks: int) -> None:
    assert read_instructions(prompt, None).no_speed_weeks == weeks


@pytest.mark.parametrize(
    ("prompt", "km", "runs"),
    [
        ("Usually 4 runs a week, around 35 km", 35, 4),
        ("4 runs/week, 30km", 30, 4),
        ("I do 3 runs per week totaling 25km", 25, 3),
        ("I run 4 times a week, 40km", 40, 4),
    ],
)
def test_a_weeks_total_beside_its_runs_is_the_volume_now(prompt: str, km: int, runs: int) -> None:
    found = read_instructions(prompt, None)
    assert found.current_km == pytest.approx(km), found.readings
    assert runs in (found.runs_per_week, found.current_runs)
    assert not found.not_applied


def test_a_race_beside_the_runs_is_no_volume() -> None:
    found = read_instructions("3 runs a week, 10k race at the end", None)
    assert found.current_km is None and found.race is not None


@pytest.mark.parametrize("prompt", ["I run every day", "I'm running daily at the moment"])
def test_running_every_day_is_seven_runs_now(prompt: str) -> None:
    assert read_instructions(prompt, None).current_runs == 7


@pytest.mark.parametrize(
    ("prompt", "km"), [("I'd like to peak around 100k", 100), ("I want to peak at 80k", 80)]
)
def test_a_peak_in_k_is_a_volume_not_a_race(prompt: str, km: int) -> None:
    found = read_instructions(prompt, None)
    assert found.peak_km == km and not found.peak_is_limit and found.race is None


@pytest.mark.parametrize(
    ("prompt", "km"), [("Mileage currently 60-65 km", 62.5), ("Currently at 20 mpw, 3 runs", 32.18)]
)
def test_a_volume_with_its_unit_is_read_once(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.current_km == pytest.approx(km)
    assert sum("km a week now" in line for line in found.readings) == 1, found.readings


@pytest.mark.parametrize(
    ("prompt", "rest"),
    [
        ("Available Tue, Thu, Sat, Sun", {1, 3, 5}),
        ("I can only run on Mondays, Wednesdays and Saturdays", {2, 4, 5, 7}),
        ("I'm available Tuesday and Thursday and the weekend", {1, 3, 5}),
        ("I can only run at the weekend", {1, 2, 3, 4, 5}),
    ],
)
def test_the_days_available_leave_the_others_at_rest(prompt: str, rest: set[int]) -> None:
    found = read_instructions(prompt, None)
    assert found.rest_days == rest and not found.not_applied, found.readings


def test_a_weekend_after_a_rest_day_with_more_words_is_its_own_clause() -> None:
    found = read_instructions("Never on Monday and at the weekend I race", None)
    assert found.rest_days == {1}
    assert any("at the weekend I race" in line for line in found.not_applied)


@pytest.mark.parametrize(
    ("prompt", "weeks"),
    [("No speed work until week 5", 4), ("Easy only for the first month", 4)],
)
def test_easy_weeks_said_until_a_week_or_for_a_month(prompt: str, weeks: int) -> None:
    assert read_instructions(prompt, None).no_speed_weeks == weeks


def test_a_session_every_week_is_one_a_week() -> None:
    found = read_instructions("Include a tempo every week", None)
    assert found.quality_counts == {"tempo": 1} and not found.not_applied


def test_a_negated_run_count_is_a_ceiling() -> None:
    found = read_instructions("Don't want to go over 5 runs per week", None)
    assert found.runs_max == 5 and found.runs_per_week is None


def test_capping_the_mileage_is_a_limit_not_the_present() -> None:
    found = read_instructions("Please cap mileage at 50 miles", None)
    assert found.peak_is_limit and found.peak_km == pytest.approx(80.45)
    assert found.current_km is None


@pytest.mark.parametrize(
    ("prompt", "runs"), [("I'm running 4-5 times a week", 4), ("I run 3 or 4 times a week", 3)]
)
def test_a_range_of_runs_now_is_its_lower_end(prompt: str, runs: int) -> None:
    assert read_instructions(prompt, None).current_runs == runs
