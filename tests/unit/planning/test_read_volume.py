"""What the athlete does now is a base, not a cap: an instruction table of weekly volumes and run
counts as coaches write them, current against limit in both directions."""

from __future__ import annotations

import pytest

from agents.planning.instructions.readers import read_instructions

MILES = 1.609


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("I currently run 40 km a week over 4 runs", 40),
        ("I run 40 km a week", 40),
        ("currently 25 miles/week", 25 * MILES),
        ("I'm doing 50k a week", 50),
        ("these days I run about 30 km weekly", 30),
        ("my usual week is 45 km", 45),
        ("averaging 60 km per week over 5 runs", 60),
        ("I run 70 km a week now", 70),
        ("25 mpw", 25 * MILES),
        ("weekly mileage around 30 miles", 30 * MILES),
        ("I'm up to 40 km a week", 40),
        ("between 40 and 45 km a week", 42.5),
        ("40-45 km a week", 42.5),
        ("I run 10 km three times a week", 30),
        ("I'm running forty kilometres a week", 40),
        ("right now I log 55 km per week", 55),
        ("I've been averaging 32 miles a week", 32 * MILES),
        ("40 km a week", 40),  # neither word: the present, never a cap
        ("my long run is 16 km, my usual week is 45 km", 45),
    ],
)
def test_what_the_athlete_runs_now_is_a_base(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.current_km == pytest.approx(km, abs=0.1)
    assert found.peak_km is None
    assert any("week 1 starts there" in line for line in found.readings)
    assert found.not_applied == []


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("max 50 km per week", 50),
        ("no more than 60 km a week", 60),
        ("at most 45 km a week", 45),
        ("up to 45 km a week", 45),
        ("cap of 40 miles a week", 40 * MILES),
        ("weekly volume capped at 55 km", 55),
        ("I can't do more than 50 km a week", 50),
        ("limit 35 km per week", 35),
        ("not more than 70 km weekly", 70),
        ("60 km a week max", 60),
        ("keep it under 50 km a week", 50),
    ],
)
def test_only_limit_words_make_a_cap(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.peak_km == pytest.approx(km, abs=0.1) and found.peak_is_limit
    assert found.current_km is None


@pytest.mark.parametrize(
    ("prompt", "current", "cap"),
    [
        # current first, then the limit
        ("I currently run 40 km a week but can't do more than 50", 40, 50),
        ("I run 40km/week and my limit is 55 km a week", 40, 55),
        ("I run 60 km a week now but the plan should not go above 50", 60, 50),
        ("Currently at 30 miles a week, and I don't want to go over 40", 30 * MILES, 40 * MILES),
        # the limit first, then the current volume
        ("Capped at 40 km a week, currently 30", 30, 40),
        ("no more than 55 km a week; I run 45 km a week now", 45, 55),
        ("max 50 km a week. These days I do about 35", 35, 50),
    ],
)
def test_current_and_cap_in_one_request_are_both_read(
    prompt: str, current: float, cap: float
) -> None:
    found = read_instructions(prompt, None)
    assert found.current_km == pytest.approx(current, abs=0.1)
    assert found.peak_km == pytest.approx(cap, abs=0.1) and found.peak_is_limit


@pytest.mark.parametrize(
    ("prompt", "km", "limit"),
    [
        ("peak at 50 km in week 10", 50, False),
        ("build up to 60 km a week", 60, False),
        ("I'd like to reach 70 km a week", 70, False),
    ],
)
def test_a_peak_to_build_to_is_a_target(prompt: str, km: float, limit: bool) -> None:
    found = read_instructions(prompt, None)
    assert found.peak_km == km and found.peak_is_limit is limit and found.current_km is None


@pytest.mark.parametrize(
    "prompt", ["Before the injury I ran 50 km a week", "I used to run 50 km a week"]
)
def test_a_volume_before_an_injury_is_where_the_plan_builds_back_to(prompt: str) -> None:
    found = read_instructions(prompt, None)
    assert found.pre_injury_km == 50 and found.current_km is None and found.peak_km is None


@pytest.mark.parametrize(
    ("prompt", "now", "asked", "most"),
    [
        ("I currently run 40 km a week over 4 runs", 4, None, None),
        ("I do four runs a week", 4, None, None),
        ("I run four times a week", 4, None, None),
        ("averaging 60 km a week in 5 sessions", 5, None, None),
        ("four runs a week", None, 4, None),
        ("3 runs a week", None, 3, None),
        ("Couch to 5K, three days a week", None, 3, None),
        ("running 5 days a week", None, 5, None),
        ("a 4-day week", None, 4, None),
        ("6 runs", None, 6, None),
        ("no more than 4 runs a week", None, None, 4),
        ("at most three days a week", None, None, 3),
        ("I currently run 3 times a week and want to build to 5 runs a week", 3, 5, None),
    ],
)
def test_run_counts_in_words_and_digits(
    prompt: str, now: int | None, asked: int | None, most: int | None
) -> None:
    found = read_instructions(prompt, None)
    assert (found.current_runs, found.runs_per_week, found.runs_max) == (now, asked, most)


@pytest.mark.parametrize(
    "prompt",
    [
        "build volume gently",
        "a conservative plan please",
        "easing back in after a break",
        "ramp up slowly",
        "take it easy with the mileage",
    ],
)
def test_gently_lowers_the_ramp(prompt: str) -> None:
    assert read_instructions(prompt, None).gentle


@pytest.mark.parametrize(
    ("prompt", "km"),
    [("my long run is 16 km", 16), ("long runs of 10 miles", 10 * MILES)],
)
def test_the_long_run_now_is_where_long_runs_start(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.current_long_km == pytest.approx(km, abs=0.1) and found.current_km is None


@pytest.mark.parametrize(
    "prompt",
    [
        "Half marathon at the end, recent 10K in 45:00",
        "I run 40 km a week. 5K race at the end, goal under 25 minutes",
        "at most 2 hard sessions a week, I run 30 km a week",
        "I'm 45 and run 30 km a week",
    ],
)
def test_races_goals_counts_and_ages_are_never_volumes(prompt: str) -> None:
    found = read_instructions(prompt, None)
    assert found.peak_km is None
    assert found.current_km in (None, 30, 40)
