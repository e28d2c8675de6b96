"""Size bounds on a model's workouts: nonsense is a violation the model is told, never a plan."""

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agents.planning import paces_for
from agents.providers.model_week import read_answer, workouts_of
from schemas import bounds

PACES = paces_for(40.0)


def segment(**fields: Any) -> dict[str, Any]:
    base = {
        "type": "main",
        "duration_s": None,
        "distance_m": None,
        "repeat": 1,
        "zone": "z2",
        "pace": None,
        "description": "running",
    }
    return {**base, **fields}


def answer(*segments: dict[str, Any], sub_type: str = "easy-run") -> str:
    workout = {
        "day": 3,
        "name": "A run",
        "description": "as the model wrote it",
        "sub_type": sub_type,
        "segments": list(segments),
    }
    return json.dumps({"workouts": [workout], "lines": []})


def checked(text: str) -> tuple[list[Any], list[str]]:
    parsed, problems = read_answer(text)
    assert parsed is not None, problems
    return workouts_of(parsed, 1, "base", PACES, None)


def test_bounds_refuse_the_run_a_small_model_wrote() -> None:
    workouts, problems = checked(answer(segment(distance_m=8_000_000_000_000_000_000)))
    assert workouts == []
    assert len(problems) == 2
    assert problems[0] == (
        "workout 1 (day 3): segment 1: 8000000000000000000 m is over the 250 km a block may be"
    )
    assert problems[1].endswith("s is over the 48 h a block may last")


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"distance_m": 250_001}, "over the 250 km"),
        ({"duration_s": 48 * 3600 + 1, "distance_m": 200_000}, "over the 48 h"),
        ({"duration_s": 60, "repeat": 101}, "repeat 101 is not 1 to 100"),
        ({"duration_s": 60, "repeat": 0}, "repeat 0 is not 1 to 100"),
        ({"duration_s": 60, "repeat": -3}, "repeat -3 is not 1 to 100"),
        ({"duration_s": 1000, "distance_m": 10_000}, "a pace of 1:40/km"),
        ({"duration_s": 3600, "distance_m": 1000}, "a pace of 60:00/km"),
        ({"duration_s": 600, "pace": "1:50-1:55/km"}, "pace 1:50-1:55/km is outside"),
        ({"duration_s": 600, "pace": "14:00-16:00/km"}, "pace 14:00-16:00/km is outside"),
    ],
)
def test_bounds_each_breach_is_named_for_the_repair(fields: dict[str, Any], words: str) -> None:
    workouts, problems = checked(answer(segment(**fields)))
    assert workouts == []
    assert len(problems) == 1 and words in problems[0], problems


@pytest.mark.parametrize(
    "fields",
    [
        {"distance_m": 250_000},
        {"duration_s": 48 * 3600, "distance_m": 200_000},
        {"duration_s": 60, "repeat": 100},
        {"duration_s": 1200, "distance_m": 10_000},  # 2:00/km exactly
        {"duration_s": 900, "distance_m": 1000},  # 15:00/km exactly
        {"duration_s": 600, "pace": "2:00-15:00/km"},
        {"duration_s": 90, "distance_m": 0, "type": "interval"},  # a standing rest
    ],
)
def test_bounds_sizes_at_the_limits_are_accepted(fields: dict[str, Any]) -> None:
    workouts, problems = checked(answer(segment(**fields)))
    assert problems == [] and len(workouts) == 1


def test_bounds_apply_to_the_whole_run_too() -> None:
    blocks = segment(type="interval", distance_m=90_000, duration_s=90 * 360, repeat=3)
    workouts, problems = checked(answer(blocks))
    assert workouts == []
    assert problems == ["workout 1 (day 3): 270000 m is over the 250 km a run may be"]


def test_bounds_cross_training_is_held_to_the_time_bound_only() -> None:
    long_ride = segment(duration_s=6 * 3600, distance_m=180_000, pace="0:20-0:30/km")
    workouts, problems = checked(answer(long_ride, sub_type="cross-training"))
    assert problems == [] and workouts[0].distance == 0
    too_long = segment(duration_s=50 * 3600)
    assert checked(answer(too_long, sub_type="cross-training"))[0] == []


@settings(max_examples=300, deadline=None)
@given(
    duration=st.one_of(st.none(), st.integers(min_value=-10, max_value=10**22)),
    distance=st.one_of(st.none(), st.integers(min_value=-10, max_value=10**22)),
    repeat=st.integers(min_value=-5, max_value=10**6),
    pace=st.one_of(
        st.none(),
        st.builds(
            "{}:{:02d}-{}:{:02d}/km".format,
            st.integers(0, 99),
            st.integers(0, 59),
            st.integers(0, 99),
            st.integers(0, 59),
        ),
    ),
)
def test_bounds_no_accepted_workout_is_over_them(
    duration: int | None, distance: int | None, repeat: int, pace: str | None
) -> None:
    text = answer(segment(duration_s=duration, distance_m=distance, repeat=repeat, pace=pace))
    workouts, problems = checked(text)
    assert bool(workouts) != bool(problems)
    for workout in workouts:
        assert workout.distance <= bounds.MAX_DISTANCE_M
        assert workout.duration <= bounds.MAX_DURATION_S
        for block in workout.segments:
            assert 1 <= block.repeat <= bounds.MAX_REPEATS
            assert block.intensity.pace is None or bounds.pace_in_bounds(block.intensity.pace)
            if block.distance and block.duration:
                pace_s = block.duration * 1000 / block.distance
                assert bounds.FASTEST_S_PER_KM <= pace_s <= bounds.SLOWEST_S_PER_KM
