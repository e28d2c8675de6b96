"""A fifth round of instructions as coaches write them: the time run a week now (a base, not a
budget), a limit that names the volume before its number, limit words before an amount in 'k'
(a volume, never a race), and a cap on the long run said before it. Each is kept in every week
of the plan, or shown back when its period is not said."""

from __future__ import annotations

import pytest
from planning_helpers import valid_plan

from agents.planning import PlanParams, planned
from agents.planning.core.plan import Plan
from agents.planning.instructions.readers import read_instructions


def _minutes(plan: Plan) -> list[int]:
    return [sum(day.duration_min or 0 for day in week.days) for week in plan.weeks]


def _km(plan: Plan) -> list[float]:
    return [sum(day.distance_m or 0 for day in week.days) / 1000 for week in plan.weeks]


@pytest.mark.parametrize(
    ("prompt", "minutes"),
    [
        ("about 5 hrs a week of running right now", 300),
        ("I'm at about 4 hours per week currently", 240),
        ("averaging 6 hours a week", 360),
        ("I train around 3 hours weekly", 180),
        ("she's been doing 4 hours a week", 240),
    ],
)
def test_the_time_run_a_week_now_is_a_base_not_a_budget(prompt: str, minutes: int) -> None:
    found = read_instructions(prompt, None)
    assert found.week_max_min is None and found.current_week_min == minutes, found.readings
    weekly = _minutes(valid_plan(prompt))
    assert weekly[0] == pytest.approx(minutes, rel=0.2)  # week 1 starts at the time said
    assert max(weekly) > minutes  # and the plan builds past it: no cap was said


@pytest.mark.parametrize(
    ("prompt", "minutes"),
    [
        ("at most 5 hours a week", 300),
        ("limit running to 4 hours per week", 240),
        ("no more than 3 hours of running a week", 180),
        ("I have 4 hours a week", 240),
    ],
)
def test_a_weekly_time_with_limit_words_stays_a_budget(prompt: str, minutes: int) -> None:
    found = read_instructions(prompt, None)
    assert found.week_max_min == minutes and found.current_week_min is None
    assert all(total <= minutes for total in _minutes(valid_plan(prompt)))


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("I run 40 km a week, max weekly volume 46km", 46),
        ("I run 40 km a week. Maximum weekly mileage 45 km", 45),
        ("I run 40 km a week; max weekly mileage: 44 km", 44),
    ],
)
def test_a_limit_naming_the_volume_before_its_number_caps_every_week(
    prompt: str, km: float
) -> None:
    found = read_instructions(prompt, None)
    assert found.peak_km == km and found.peak_is_limit and found.current_km == 40
    volumes = _km(valid_plan(prompt))
    assert all(volume <= km + 0.5 for volume in volumes), volumes


@pytest.mark.parametrize(
    ("prompt", "km"),
    [("keep weekly volume under 40k", 40), ("I do 30k a week, no more than 45k a week", 45)],
)
def test_limit_words_before_k_make_a_volume_not_a_race(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.race is None and found.peak_km == km and found.peak_is_limit
    assert all(volume <= km + 0.5 for volume in _km(valid_plan(prompt)))


@pytest.mark.parametrize("prompt", ["keep it under 50k", "no more than 50k", "stay under 30k"])
def test_a_limit_in_k_without_its_period_is_shown_back_not_raced(prompt: str) -> None:
    found = read_instructions(prompt, None)
    assert found.race is None and found.peak_km is None
    assert any(prompt in line for line in found.not_applied)


@pytest.mark.parametrize("prompt", ["50k ultra at the end", "training for a 50k trail race"])
def test_a_50k_race_is_still_a_race(prompt: str) -> None:
    found = read_instructions(prompt, None)
    assert found.race is not None and found.race.distance_m == 50000


@pytest.mark.parametrize(
    ("prompt", "minutes", "metres"),
    [
        ("max long run 15 miles", None, 24135),
        ("maximum long run of 2 hours", 120, None),
        ("no long runs over 2.5 hours", 150, None),
        ("the long run should never exceed 2 hours", 120, None),
        ("I can't do long runs over 100 minutes", 100, None),
    ],
)
def test_a_cap_on_the_long_run_holds_every_week(
    prompt: str, minutes: int | None, metres: int | None
) -> None:
    found = read_instructions(prompt, None)
    assert len(found.run_limits) == 1 and found.run_limits[0].long_only
    assert found.current_long_km is None and not found.not_applied
    plan = valid_plan("Marathon at the end. " + prompt, weeks=16, level="advanced")
    longs = [day for week in plan.weeks for day in week.days if day.kind == "long"]
    assert longs
    if minutes is not None:
        assert all(day.duration_min <= minutes for day in longs)
    if metres is not None:
        assert all((day.distance_m or 0) <= metres for day in longs)


@pytest.mark.parametrize(
    ("prompt", "km"), [("my long run is 12 km", 12), ("my longest run is 10 miles", 16.09)]
)
def test_the_long_run_now_is_still_where_it_starts(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.current_long_km == pytest.approx(km) and found.run_limits == []


EASY_KINDS = {"easy", "long", "recovery", "rest", "race", "cross"}


@pytest.mark.parametrize(
    "prompt",
    [
        "no speedwork",
        "No speed work please",
        "no track work",
        "no intervals please",
        "skip the speedwork for now",
        "No workouts, just easy miles",
        "I don't want any hard sessions",
    ],
)
def test_no_speed_work_with_no_period_is_easy_running_in_every_week(prompt: str) -> None:
    found = read_instructions(prompt, None)
    assert found.no_speed_weeks >= 52 and not found.not_applied, found.readings
    plan = valid_plan(prompt + ". Half marathon at the end", weeks=14)
    for week in plan.weeks:
        assert {day.kind for day in week.days} <= EASY_KINDS, week


@pytest.mark.parametrize(
    ("prompt", "weeks"),
    [("no hard sessions for the first three weeks", 3), ("no speed work for 2 weeks", 2)],
)
def test_no_speed_work_for_a_period_stays_that_period(prompt: str, weeks: int) -> None:
    assert read_instructions(prompt, None).no_speed_weeks == weeks


@pytest.mark.parametrize("prompt", ["no tempo runs", "no hard days in a row please"])
def test_other_no_session_wishes_are_not_read_as_easy_only(prompt: str) -> None:
    assert read_instructions(prompt, None).no_speed_weeks == 0


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("I'd like to stay at 40 km per week", 40),
        ("keep mileage around 50 km all plan", 50),
        ("hold volume steady at 30 miles", 48.27),
        ("maintain about 35 km a week", 35),
    ],
)
def test_a_volume_to_stay_at_starts_there_and_is_kept_every_week(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.current_km == pytest.approx(km) and found.peak_km == pytest.approx(km)
    assert found.peak_is_limit
    volumes = _km(valid_plan(prompt))
    assert volumes[0] == pytest.approx(km, rel=0.1)
    assert all(volume <= km + 0.5 for volume in volumes), volumes


@pytest.mark.parametrize(
    ("prompt", "km", "runs"),
    [
        ("I run 4 times a week (about 30 km), max 2 hours for the long run", 30, 4),
        ("4 runs a week (30km total)", 30, 4),
        ("3 runs a week (around 25 km)", 25, 3),
    ],
)
def test_a_weeks_total_in_brackets_beside_its_runs_is_the_volume_now(
    prompt: str, km: float, runs: int
) -> None:
    found = read_instructions(prompt, None)
    assert found.current_km == pytest.approx(km), found.readings
    assert runs in (found.runs_per_week, found.current_runs)
    assert _km(valid_plan(prompt))[0] == pytest.approx(km, rel=0.1)


def _run_days(plan: Plan) -> list[set[int]]:
    return [{day.weekday for day in week.days if day.kind != "rest"} for week in plan.weeks]


@pytest.mark.parametrize(
    ("prompt", "rest"),
    [
        ("I need Sunday as my rest day", {7}),
        ("Sunday is my rest day", {7}),
        ("Fridays are my day off", {5}),
        ("Don't schedule anything on Thursday", {4}),
        ("i can run mon wed fri sun", {2, 4, 6}),
        ("avail: tue thu sat", {1, 3, 5, 7}),
        ("free days: mon, wed, sat", {2, 4, 5, 7}),
        ("weekends only", {1, 2, 3, 4, 5}),
        ("Tue and Thu only", {1, 3, 5, 6, 7}),
    ],
)
def test_rest_and_available_days_said_otherwise_hold_every_week(
    prompt: str, rest: set[int]
) -> None:
    found = read_instructions(prompt, None)
    assert found.rest_days == rest and not found.not_applied, found.readings
    for days in _run_days(valid_plan(prompt)):
        assert not days & rest, days


@pytest.mark.parametrize(
    "prompt", ["I can run on Sunday morning", "nothing too hard on Mondays", "I can run 3 days"]
)
def test_a_single_day_or_a_wish_about_a_day_rests_no_day(prompt: str) -> None:
    assert read_instructions(prompt, None).rest_days == set()


@pytest.mark.parametrize(
    ("prompt", "weeks"),
    [
        ("first month easy", 4),
        ("easy weeks 1-3", 3),
        ("weeks 1-4 easy", 4),
        ("the first 3 weeks should be easy", 3),
        ("easy for the first fortnight", 2),
        ("the first fortnight all easy", 2),
    ],
)
def test_easy_first_weeks_said_otherwise_are_easy_and_only_those(prompt: str, weeks: int) -> None:
    found = read_instructions(prompt, None)
    assert found.no_speed_weeks == weeks and not found.not_applied, found.readings
    plan = valid_plan(prompt)
    for week in plan.weeks[:weeks]:
        assert {day.kind for day in week.days} <= EASY_KINDS, week
    later = {day.kind for week in plan.weeks[weeks:] for day in week.days}
    assert later - EASY_KINDS  # the sessions come back after the easy weeks


WEEKDAYS = {1, 2, 3, 4, 5}


@pytest.mark.parametrize(
    ("prompt", "minutes"),
    [
        ("45 min max on weekdays", 45),
        ("Weekdays 1 hour max", 60),
        ("only 40 mins mon-fri", 40),
        ("Monday to Friday 50 min max", 50),
    ],
)
def test_a_weekday_time_said_otherwise_holds_every_weekday(prompt: str, minutes: int) -> None:
    found = read_instructions(prompt, None)
    assert found.day_max_min == dict.fromkeys(WEEKDAYS, minutes), found.readings
    assert not found.not_applied and found.week_max_min is None
    plan = valid_plan(prompt)
    for week in plan.weeks:
        assert all(d.duration_min <= minutes for d in week.days if d.weekday in WEEKDAYS)


def _sessions(plan: Plan) -> list[int]:
    return [sum(day.kind not in EASY_KINDS for day in week.days) for week in plan.weeks]


@pytest.mark.parametrize(
    ("prompt", "runs"), [("- no more than 4 runs", 4), ("max 4 runs", 4), ("at most 3 runs", 3)]
)
def test_a_ceiling_on_runs_with_no_week_said_is_a_weeks(prompt: str, runs: int) -> None:
    found = read_instructions(prompt, None)
    assert found.runs_max == runs and not found.not_applied, found.readings
    plan = valid_plan(prompt)
    assert all(len(days) <= runs for days in _run_days(plan))


def test_several_instructions_after_commas_are_each_kept() -> None:
    prompt = "i run 40km a week, max 5 runs, no tuesdays"
    found = read_instructions(prompt, None)
    assert (found.current_km, found.runs_max, found.rest_days) == (40, 5, {2})
    assert not found.not_applied
    for days in _run_days(valid_plan(prompt)):
        assert 2 not in days and len(days) <= 5


@pytest.mark.parametrize(("prompt", "count"), [("two quality days", 2), ("2 hard days", 2)])
def test_quality_days_with_no_week_said_are_a_weeks_count(prompt: str, count: int) -> None:
    found = read_instructions(prompt, None)
    assert found.quality_per_week == count and not found.not_applied
    assert max(_sessions(valid_plan(prompt))) == count


def test_a_ceiling_on_sessions_with_no_week_said_is_a_weeks() -> None:
    found = read_instructions("at most one quality session", None)
    assert found.quality_max == 1 and not found.not_applied
    assert max(_sessions(valid_plan("at most one quality session"))) <= 1


@pytest.mark.parametrize("prompt", ["I did 5 runs of 10 km", "no hard runs on Mondays"])
def test_counts_and_days_that_are_no_instruction_set_nothing(prompt: str) -> None:
    found = read_instructions(prompt, None)
    assert found.runs_max is None and found.runs_per_week is None and not found.rest_days


def test_two_session_counts_in_one_clause_are_both_kept() -> None:
    prompt = "1 interval session + 1 tempo per week"
    found = read_instructions(prompt, None)
    assert found.quality_counts == {"intervals": 1, "tempo": 1} and found.quality_per_week == 2
    for week in valid_plan(prompt).weeks:
        assert sum(day.kind not in EASY_KINDS for day in week.days) == 2


def test_more_sessions_than_the_level_allows_are_shown_back() -> None:
    made = planned(
        PlanParams(
            weeks=10, level="intermediate", additional_prompt="2 tempo runs + 1 interval a week"
        )
    )
    assert any("capped at 2" in note for note in made.plan.notes)
    assert max(_sessions(made.plan)) == 2


@pytest.mark.parametrize(
    ("prompt", "weeks"),
    [
        ("easy first 2 weeks then normal", 2),
        ("I'm returning from a knee injury, keep it easy for the first 3 weeks", 3),
    ],
)
def test_easy_before_the_first_weeks_is_those_weeks(prompt: str, weeks: int) -> None:
    assert read_instructions(prompt, None).no_speed_weeks == weeks


def test_a_long_run_limit_after_a_colon_holds() -> None:
    found = read_instructions("long run: max 28 km", None)
    assert [limit.metres for limit in found.run_limits] == [28000]
    plan = valid_plan("Marathon at the end. long run: max 28 km", weeks=16, level="advanced")
    assert all((d.distance_m or 0) <= 28000 for w in plan.weeks for d in w.days if d.kind == "long")


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("I run 40 km a week, don't go above 46 km in any week", 46),
        ("I run 40 km a week. no more than 45 km in any single week", 45),
    ],
)
def test_a_limit_in_any_week_caps_every_week(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.peak_km == km and found.peak_is_limit and not found.not_applied
    assert all(volume <= km + 0.5 for volume in _km(valid_plan(prompt)))


@pytest.mark.parametrize(
    ("prompt", "day"), [("long runs only on Sundays", 7), ("long runs always on saturday", 6)]
)
def test_the_long_run_day_said_with_only_or_always_holds_every_week(prompt: str, day: int) -> None:
    found = read_instructions(prompt, None)
    assert found.long_run_day == day and not found.not_applied
    for week in valid_plan(prompt).weeks:
        assert [d.weekday for d in week.days if d.kind == "long"] in ([day], [])


@pytest.mark.parametrize(
    ("prompt", "minutes"),
    [
        ("been doing 3-4 hours a week", 210),
        ("I run 3 to 4 hours a week right now", 210),
        ("I currently run 3 to 4 hours a week", 210),
        ("averaging 200-250 min a week", 225),
        ("been running 2,5-3 hours a week", 165),
    ],
)
def test_a_range_of_time_run_a_week_now_is_read_at_its_middle(prompt: str, minutes: int) -> None:
    """As a volume said as a range is: the athlete's time now is neither end of it, and a
    '3 to 4 hours a week' is no limit on every run."""
    found = read_instructions(prompt, None)
    assert found.current_week_min == minutes, found.readings
    assert found.week_max_min is None and found.run_limits == [], found.readings
    assert _minutes(valid_plan(prompt))[0] == pytest.approx(minutes, rel=0.2)


@pytest.mark.parametrize(
    ("prompt", "minutes"),
    [
        ("keep runs under 5 hours a week", 300),
        ("my runs are up to 4 hours a week", 240),
        ("limit runs to 4 hours per week", 240),
    ],
)
def test_a_time_said_of_the_week_is_no_limit_on_each_run(prompt: str, minutes: int) -> None:
    found = read_instructions(prompt, None)
    assert found.run_limits == [] and found.week_max_min == minutes, found.readings
    assert max(_minutes(valid_plan(prompt))) <= minutes * 1.05


@pytest.mark.parametrize(
    ("prompt", "words"),
    [
        ("limit runs to 30 minutes", "at most 30 min"),
        ("keep runs under an hour", "under 60 min"),
        ("runs at most 10 km per run", "at most 10 km"),
    ],
)
def test_a_time_said_of_each_run_stays_a_run_limit(prompt: str, words: str) -> None:
    found = read_instructions(prompt, None)
    assert [limit.words for limit in found.run_limits] == [words], found.readings
