"""A second round of weekly volumes as coaches write them, tried after the first table passed:
caps said with a negation ("don't go above"), peaks named by a noun ("peak mileage should be
about 80 km"), a build from one volume to another, a cap whose week is said in another clause
of the sentence, and a week's total said after the runs. Each reading must land in the right
setting, never in another one: a cap read as the present was the silent misreading."""

from __future__ import annotations

import pytest

from agents.planning.instructions.readers import read_instructions

MILES = 1.609


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("Don't go above 60 km a week", 60),
        ("do not exceed 50 km per week", 50),
        ("Please don't push past 55 km a week", 55),
        ("shouldn't exceed 40 miles a week", 40 * MILES),
        ("never go over 45 km weekly", 45),
        ("he must stay below 50 km a week", 50),
        ("She doesn't want more than 35 km a week", 35),
        ("don't let the weekly volume go above 70 km", 70),
    ],
)
def test_a_negated_cap_is_a_cap(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.peak_km == pytest.approx(km, abs=0.1) and found.peak_is_limit, found.readings
    assert found.current_km is None


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("Peak mileage should be about 80 km", 80),
        ("peak week around 70 km", 70),
        ("peak volume of 65 km", 65),
        ("top out at 90 km a week", 90),
        ("topping out around 50 miles a week", 50 * MILES),
        ("the highest week should be 75 km", 75),
        ("biggest week about 60 km", 60),
        ("peak weekly mileage: 55 miles", 55 * MILES),
    ],
)
def test_a_peak_named_by_a_noun_is_a_target(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.peak_km == pytest.approx(km, abs=0.1), found.readings
    assert found.peak_is_limit is False and found.current_km is None


@pytest.mark.parametrize(
    ("prompt", "now", "peak"),
    [
        ("Build from 30 to 55 km per week", 30, 55),
        ("go from 40 km to 60 km a week", 40, 60),
        ("increase weekly mileage from 20 to 35 miles", 20 * MILES, 35 * MILES),
        ("progress from 25 km/week to 45 km/week", 25, 45),
        ("take her from 30 to 50 km a week over the block", 30, 50),
        ("ramp from 50km to 70km weekly", 50, 70),
        ("from 35 to 50 km a week", 35, 50),
    ],
)
def test_a_build_from_one_volume_to_another_is_a_base_and_a_peak(
    prompt: str, now: float, peak: float
) -> None:
    found = read_instructions(prompt, None)
    assert found.current_km == pytest.approx(now, abs=0.1), found.readings
    assert found.peak_km == pytest.approx(peak, abs=0.1) and found.peak_is_limit is False
    assert found.not_applied == []


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("Max 5 runs a week, no more than 70km", 70),
        ("4 runs per week and at most 50 km", 50),
        ("three runs weekly, capped at 40 km", 40),
        ("5 days a week but never more than 60 kilometres", 60),
    ],
)
def test_a_cap_whose_week_is_said_in_another_clause_is_weekly(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.peak_km == pytest.approx(km, abs=0.1) and found.peak_is_limit, found.readings
    assert found.not_applied == []


@pytest.mark.parametrize(
    ("prompt", "km"),
    [
        ("I've been running 3 times a week, about 20 km total", 20),
        ("4 runs a week, 35 km in total", 35),
        ("running 5 days a week, roughly 50 km altogether", 50),
        ("3 runs a week for 25 km combined", 25),
    ],
)
def test_a_total_after_the_runs_of_a_week_is_the_present_volume(prompt: str, km: float) -> None:
    found = read_instructions(prompt, None)
    assert found.current_km == pytest.approx(km, abs=0.1), found.readings
    assert found.peak_km is None and found.not_applied == []


@pytest.mark.parametrize(
    "prompt",
    [
        "4 runs a week, long run no more than 20 km",
        "3 runs a week, no run longer than 15 km",
        "5 runs a week, the 10k race in week 8",
        "from 3 to 5 runs a week",
        "Build from 30 to 45 minutes per run",
    ],
)
def test_runs_races_and_counts_stay_out_of_the_weekly_volume(prompt: str) -> None:
    found = read_instructions(prompt, None)
    assert found.peak_km is None and found.current_km is None, found.readings
