"""A seventh round of instructions that pull against each other: a polarised principle beside a
tempo named by count, strides beside back-to-back long runs on few runs, the 10% rule beside a
bone-injury comeback, and a volume now that a short long run cannot carry on three easy runs.
Each plan keeps every promise the validator checks in every week; where one instruction gives
way, the safer one wins and the plan's notes say what gave way and why."""

from __future__ import annotations

import itertools

import pytest
from planning_helpers import km_run, valid_plan

from agents.planning.instructions.readers import read_instructions

LEVELS = ["beginner", "intermediate", "advanced"]


@pytest.mark.parametrize(
    "prompt",
    [
        "polarised training, 1 tempo per week",
        "80/20 polarized with one tempo run a week",
        "polarized approach. tempo once a week",
        "Seiler-style polarised training; 1 threshold session weekly",
        "polarised. 1 tempo + 1 interval per week",
    ],
)
@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("weeks", [8, 16])
def test_a_tempo_named_by_count_is_kept_beside_a_polarised_principle(
    prompt: str, level: str, weeks: int
) -> None:
    """The polarised promise of no tempo broke on the tempo asked by name in every week."""
    plan = valid_plan(prompt, weeks, level)
    assert any("polarised training keeps the tempo asked by name" in n for n in plan.notes)
    for week in plan.weeks:
        assert sum(d.kind == "tempo" for d in week.days) <= 1, week  # no more tempo than asked
    assert any(d.kind == "tempo" for w in plan.weeks for d in w.days)


@pytest.mark.parametrize(
    "prompt",
    [
        "strides twice a week. back-to-back long runs. 3 runs a week",
        "strides after easy runs, back to back long runs on the weekend, 3 days a week",
        "6x20s strides weekly. b2b long runs. run 3 days per week",
        "include strides; back-to-back long runs in the build; 3 runs per week",
    ],
)
@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("weeks", [12, 16])
def test_strides_give_way_where_back_to_back_long_runs_take_the_easy_runs(
    prompt: str, level: str, weeks: int
) -> None:
    plan = valid_plan(prompt, weeks, level)
    for week in plan.weeks:
        longs = sum(d.kind == "long" for d in week.days)
        easy = [d for d in week.days if d.kind == "easy"]
        assert not any(d.strides for d in week.days if d.kind == "long"), week
        if longs > 1 and not easy:  # the pair took the easy day: the header says so
            assert any(
                "leave no easy run to end with strides" in n and str(week.number) in n
                for n in plan.notes
            ), plan.notes


@pytest.mark.parametrize(
    "prompt",
    [
        "follow the 10% rule. coming back from a stress fracture",
        "10 percent rule. returning from a tibial stress fracture",
        "never increase more than 10% a week. I had a stress reaction in my foot",
        "10% rule. coming back from a stress fracture. 5 runs a week",
        "no more than 10% increase per week; recovering from a femoral stress fracture",
        "sub 3 marathon; no more than 10% increase per week; returning from a tibial stress "
        "fracture",
    ],
)
@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("weeks", [12, 16, 20])
def test_the_ten_percent_rule_holds_over_a_comeback_adding_runs(
    prompt: str, level: str, weeks: int
) -> None:
    """A run day added late in a comeback made a week grow 13% (its shortest runs are 20 min);
    the first continuous week after run-walk grew 18% (three runs of 20 minutes)."""
    plan = valid_plan(prompt, weeks, level)
    km = [k for k, w in zip(km_run(plan), plan.weeks, strict=True) if w.number < weeks]  # no race
    for index, now in enumerate(km[1:], start=1):  # after a cutback: over the weeks before
        assert now <= max(km[:index]) * 1.105, km


@pytest.mark.parametrize(
    ("prompt", "now_km"),
    [
        ("currently 40 km/week, longest run 12 km, easy runs only, 3 runs a week", 40),
        ("currently 30 miles a week, long run 8 miles, easy only, 3 runs a week", 48.3),
        ("I run 50 km a week now. longest run 14 km. 3 runs per week. all easy", 50),
        ("only easy running. longest run 5 km. 3 runs per week. currently 10 mi a week", 16.1),
    ],
)
@pytest.mark.parametrize("level", LEVELS)
def test_a_volume_now_too_big_for_three_runs_under_a_short_long_run_gives_way_said(
    prompt: str, now_km: float, level: str
) -> None:
    """Week 1 fell 16% short of the volume said and nothing said why: its easy runs may not
    outgrow the long run said, and the shorter week is the safer one."""
    plan = valid_plan(prompt, 12, level)
    assert all(not d.is_quality for w in plan.weeks for d in w.days)
    first_km = km_run(plan)[0]
    said = [n for n in plan.notes if "gives way in week 1" in n]
    assert abs(first_km - now_km) <= now_km * 0.15 or said, (first_km, plan.notes)
    for line in (n for n in said if "long run hold week 1" in n):
        assert f"to {first_km:.0f} km" in line, line


@pytest.mark.parametrize(
    "prompt",
    [
        "80/20 polarized. can we avoid fartleks",
        "polarised training. no fartlek",
        "polarized approach, I hate fartleks",
    ],
)
@pytest.mark.parametrize("level", LEVELS)
def test_polarised_training_never_takes_a_tempo_in_for_a_kind_not_wanted(
    prompt: str, level: str
) -> None:
    """A fartlek not wanted was replaced by a tempo, which polarised training had ruled out."""
    plan = valid_plan(prompt + ". 10k at the end", 16, level)
    for week in plan.weeks:
        kinds = {d.kind for d in week.days}
        assert "fartlek" not in kinds, week
        if week.phase != "taper":
            assert "tempo" not in kinds, week


@pytest.mark.parametrize(
    "prompt",
    [
        "6 weeks off with a broken foot. I have 30 min on weekdays and unlimited time on "
        "weekends. half marathon week 10",
        "I have 30 min on weekdays and unlimited time on weekends; 10 percent rule; 3 runs a "
        "week; recovering from a femoral stress fracture",
        "coming back from a stress fracture. 25 minutes max on Tuesdays and Thursdays",
    ],
)
@pytest.mark.parametrize("level", LEVELS)
def test_a_days_time_said_holds_the_run_walk_days_of_a_comeback(prompt: str, level: str) -> None:
    """A run-walk day of 12 x (1 min run, 90 s walk) after a walk took 35 min on a 30-min day."""
    plan = valid_plan(prompt, 12, level)
    limit = 25 if "25 minutes" in prompt else 30
    weekdays = {2, 4} if "Tuesdays" in prompt else {1, 2, 3, 4, 5}
    walks = [d for w in plan.weeks for d in w.days if d.kind == "run-walk"]
    assert walks
    assert all(d.duration_min <= limit for d in walks if d.weekday in weekdays), walks


@pytest.mark.parametrize(
    ("prompt", "minutes"),
    [
        ("never more than 2 h", 120),
        ("never more than 2 hours", 120),
        ("no more than 90 minutes please", 90),
        ("max 2h", 120),
        ("never more than 2h30", 150),
        ("max 1h", 60),
    ],
)
@pytest.mark.parametrize("goal", ["marathon at the end", "half marathon at the end", "5 runs"])
def test_a_bare_time_ceiling_is_each_runs_most(prompt: str, minutes: int, goal: str) -> None:
    """'never more than 2 h' with no run or week said was not understood at all."""
    found = read_instructions(prompt, None)
    assert [limit.seconds for limit in found.run_limits] == [minutes * 60], found.readings
    assert found.week_max_min is None and not found.not_applied
    plan = valid_plan(f"{prompt}. {goal}", 16, "advanced")
    for week in plan.weeks:
        assert all(d.duration_min <= minutes for d in week.days if d.kind != "race"), week


@pytest.mark.parametrize(
    "prompt", ["never more than 4 hours", "I can do no more than 5 hours", "max 40 km"]
)
def test_a_bare_ceiling_that_could_be_a_weeks_is_shown_back(prompt: str) -> None:
    found = read_instructions(prompt, None)
    assert not found.run_limits and found.week_max_min is None and found.not_applied


@pytest.mark.parametrize(
    ("prompt", "kind"),
    [
        ("hills on wednesdays", "hills"),
        ("hill repeats every wednesday", "hills"),
        ("1 tempo per week on thursday", "tempo"),
        ("strides on fridays", None),
    ],
)
def test_a_day_said_with_a_session_read_without_it_is_shown_back(
    prompt: str, kind: str | None
) -> None:
    """The session was planned and the day dropped with no word in the header. (Since the
    eighth round the day is kept: a reading naming the day, checked in every week.)"""
    plan = valid_plan(prompt + ". half marathon at the end", 16)
    day = prompt.split()[-1][:3].capitalize()
    assert any(prompt in n and ("the day said with" in n or f"on {day}" in n) for n in plan.notes)
    if kind is not None:
        assert any(d.kind == kind for w in plan.weeks for d in w.days)


@pytest.mark.parametrize(
    "prompt",
    ["strength on mondays", "yoga on Sundays", "long run on saturday", "bike on Wednesdays"],
)
def test_a_day_that_was_placed_is_not_shown_back(prompt: str) -> None:
    found = read_instructions(prompt, None)
    assert found.readings and not found.not_applied, found.not_applied


@pytest.mark.parametrize(
    ("prompt", "every"),
    [
        ("yoga once weekly. increase mileage slowly. cutback every 4th week", 4),
        ("current: 45 km/week. recovery week every fourth week. increase mileage slowly", 4),
        ("build up gradually, cutback week every 5 weeks", 5),
    ],
)
@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("weeks", [8, 12])
def test_a_cutback_rhythm_said_wins_over_a_gentle_ramps_own(
    prompt: str, every: int, level: str, weeks: int
) -> None:
    """'increase mileage slowly' promised a lighter week every 3 weeks beside the 4 said."""
    plan = valid_plan(prompt, weeks, level)
    cutbacks = [w.number for w in plan.weeks if w.cutback]
    assert cutbacks and cutbacks[0] <= every, cutbacks


@pytest.mark.parametrize(
    "prompt",
    [
        "4 runs per week; strides twice a week; no strides; b2b long runs on weekends",
        "no strides. strides after easy runs",
        "strides twice a week, but no strides please",
    ],
)
def test_strides_and_no_strides_both_said_plan_none_and_say_so(prompt: str) -> None:
    """Both were read: the plan promised strides and planned none."""
    plan = valid_plan(prompt, 12, "beginner")
    assert not any(d.strides for w in plan.weeks for d in w.days)
    assert any("no strides is said too" in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(
    "prompt",
    [
        "coming back from a stress fracture. rest days: monday and friday. pilates on thursdays",
        "coming back from a stress fracture. rest days: monday and friday. pilates on "
        "thursdays. 3 runs a week",
        "returning from a tibial stress fracture. no running on tuesdays, thursdays and saturdays",
    ],
)
@pytest.mark.parametrize("level", LEVELS)
def test_run_walk_keeps_its_day_between_runs_when_three_do_not_fit(prompt: str, level: str) -> None:
    """Three run-walk days around the days without running put two side by side."""
    plan = valid_plan(prompt, 12, level)
    for week in plan.weeks:
        walks = sorted(d.weekday for d in week.days if d.kind == "run-walk")
        assert all(b - a >= 2 for a, b in itertools.pairwise(walks)), week
    if "3 runs" in prompt:
        assert any("alternate days fit" in n for n in plan.notes), plan.notes
