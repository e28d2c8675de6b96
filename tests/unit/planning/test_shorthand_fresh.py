"""A second round of shorthand, written after the first table passed, to check the reader's
classes hold beyond the lines they were made from: each line must give the workout written
beside it (or say nothing could be used), be shown back in a `read` note, and read back the
same from its canonical rendering.

The lines that failed when first tried name the class they found: a recovery word after
another ('2 min jog recovery'), plural recoveries, '1 min slow', '4x mile', '20 second
strides', 3K pace, '@ HM', AM/PM doubles split at '/', a race named by its distance with the
coach's pace (but not a run that only mentions one, '16 mi marathon sim'), numbered miles at
pace (not a pace range, '8-9 min/mi', which is the coach's pace), sets of repetitions, a bare
time after the repetitions as their recovery, '800s' and '100s' on a track, repetitions
written size first, 'marathon goal pace', a long run named only by its size and the coach's
easy pace, and hill strides.
"""

from __future__ import annotations

from typing import Any

import pytest
from reader_helpers import assert_honoured, assert_not_used

MILE = 1609
WORKOUTS: list[tuple[str, list[dict[str, Any]]]] = [
    ("Sat: 1h45 LR", [{"kind": "long", "duration_min": 105, "by_time": True}]),
    ("Sun: 2 hrs 15 min long run", [{"kind": "long", "duration_min": 135}]),
    ("Sun: Long: 2.5 hrs", [{"kind": "long", "duration_min": 150}]),
    (
        "Sun: 28k w/ last 8k @ MP",
        [{"kind": "long", "distance_m": 28000, "finish": True, "rep_distance_m": 8000}],
    ),
    (
        "Sun: 2h10 incl last 20' @ HM effort",
        [{"kind": "long", "duration_min": 130, "rep_seconds": 1200, "work_pace": "half-marathon"}],
    ),
    (
        "Tue: 12' WU, 5x5' @ T (90\" jog), 12' CD",
        [
            {"kind": "tempo", "reps": 5, "rep_seconds": 300, "recovery_seconds": 90}
            | {"warmup_seconds": 720, "cooldown_seconds": 720}
        ],
    ),
    (
        "Tue: 2 mi wu, 4 x 1200 @ 5k w/ 400 jog, 2 mi cd",
        [
            {"kind": "intervals", "reps": 4, "rep_distance_m": 1200, "recovery_distance_m": 400}
            | {"warmup_m": 3219, "cooldown_m": 3219, "work_pace": "5k"}
        ],
    ),
    ("Thu: 7 mi w/ 3 @ T", [{"kind": "tempo", "distance_m": 11265, "rep_distance_m": 4828}]),
    (
        "Fri: easy 40 + 4 x 80m strides",
        [{"kind": "easy", "duration_min": 40, "strides": 4, "stride_distance_m": 80}],
    ),
    (
        "Fri: 35 minutes easy with 5 x 20 second strides",
        [{"kind": "easy", "duration_min": 35, "strides": 5, "stride_seconds": 20}],
    ),
    (
        "Thu: AM 8k easy / PM 5k easy",
        [{"kind": "easy", "distance_m": 8000}, {"kind": "easy", "distance_m": 5000}],
    ),
    (
        "Sat: 10 mi easy; 4 mi pm",
        [{"kind": "easy", "distance_m": 16093}, {"kind": "easy", "distance_m": 6437}],
    ),
    ("Sun: HM, goal 1:32:00", [{"kind": "race", "distance_m": 21097, "duration_min": 92}]),
    (
        "Sun: Half Marathon (goal pace 4:40/km)",
        [{"kind": "race", "distance_m": 21097, "duration_min": 98}],
    ),
    ("Sun: 10k race at 4:15/km", [{"kind": "race", "distance_m": 10000, "duration_min": 42}]),
    ("Sun: Race day! 10K - goal 45:00", [{"kind": "race", "duration_min": 45}]),
    (
        "Wed: tempo 4 miles @ 6:45/mi",
        [{"kind": "tempo", "rep_distance_m": 6437, "own_pace": (252, 252)}],
    ),
    (
        "Thu: tempo 25' @ 4:35/km w/ 15' wu and 10' cd",
        [
            {"kind": "tempo", "rep_seconds": 1500, "own_pace": (275, 275)}
            | {"warmup_seconds": 900, "cooldown_seconds": 600}
        ],
    ),
    (
        "Sun: long run 30 km with 2 x 6 km @ MP",
        [{"kind": "long", "reps": 2, "rep_distance_m": 6000, "work_pace": "marathon"}],
    ),
    (
        "Thu: 3 \u00d7 3 km @ HM, 3' jog",  # the times sign
        [{"kind": "tempo", "reps": 3, "recovery_seconds": 180, "work_pace": "half-marathon"}],
    ),
    (
        "Tue: 8 x 3 min @ 5K, 2 min jog recovery",
        [{"kind": "intervals", "reps": 8, "rep_seconds": 180, "recovery_seconds": 120}],
    ),
    (
        "Thu: 4x mile @ HMP, 90s rec",
        [{"kind": "tempo", "reps": 4, "rep_distance_m": MILE, "recovery_seconds": 90}],
    ),
    (
        "Wed: 3 x 8 min @ LT, 2 min recoveries",
        [{"kind": "tempo", "reps": 3, "rep_seconds": 480, "recovery_seconds": 120}],
    ),
    (
        "Tue: 12 x 400 @ 3k pace, 60 sec rest between",
        [{"kind": "intervals", "reps": 12, "rep_distance_m": 400, "recovery_seconds": 60}],
    ),
    (
        "Wed: 20 x 1 min fast, 1 min slow",
        [{"kind": "intervals", "reps": 20, "rep_seconds": 60, "recovery_seconds": 60}],
    ),
    (
        "Wed: 6 x 2' hard w/ 2' easy jog",
        [{"kind": "intervals", "reps": 6, "rep_seconds": 120, "recovery_seconds": 120}],
    ),
    (
        "Sun: 14 mi w/ miles 10-13 @ MP",
        [{"kind": "marathon-pace", "distance_m": 22531, "reps": 1, "rep_distance_m": 6437}],
    ),
    (
        "Tue: 2 x (4 x 400m w/ 60s jog), 3 min between sets",
        [{"kind": "intervals", "reps": 8, "rep_distance_m": 400, "recovery_seconds": 60}],
    ),
    (
        "Tue: 8 x 400 @ 5k, 90s",
        [{"kind": "intervals", "reps": 8, "recovery_seconds": 90, "work_pace": "5k"}],
    ),
    ("Tue: 6 x 800s @ 5k", [{"kind": "intervals", "reps": 6, "rep_distance_m": 800}]),
    (
        "Thu: 1k x 5 @ 10k, 90s jog",
        [{"kind": "intervals", "reps": 5, "rep_distance_m": 1000, "recovery_seconds": 90}],
    ),
    (
        "Tue: 5 x 1000m (3:50) w/ 2 min recovery",
        [{"kind": "intervals", "reps": 5, "recovery_seconds": 120, "own_pace": (230, 230)}],
    ),
    (
        "Thu: 5 x 1 mile @ 6:10 w/ 400m jog",
        [{"kind": "intervals", "reps": 5, "recovery_distance_m": 400, "own_pace": (230, 230)}],
    ),
    (
        "Tue: 1 mile WU, 8 x 1 min hills, 1 mile CD",
        [{"kind": "hills", "reps": 8, "rep_seconds": 60, "warmup_m": MILE, "cooldown_m": MILE}],
    ),
    (
        "Wed: 20 min elliptical",
        [{"kind": "cross-training", "activity": "elliptical", "duration_min": 20}],
    ),
    ("Fri: 45' XT (bike)", [{"kind": "cross-training", "activity": "bike", "duration_min": 45}]),
    (
        "Wed: easy 6 mi 8-9 min/mi",
        [{"kind": "easy", "distance_m": 9656, "own_pace": (298, 336)}],
    ),
    (
        "Sun: 20 mi @ marathon goal pace",
        [{"kind": "marathon-pace", "reps": 1, "rep_distance_m": 32187}],
    ),
    (
        "Thu: 8 km at half marathon goal pace",
        [{"kind": "tempo", "rep_distance_m": 8000, "work_pace": "half-marathon"}],
    ),
    ("Sun: 16 mi marathon sim", [{"kind": "long", "distance_m": 25750}]),
    (
        "Sat: easy 40' + 6 x 100s",
        [{"kind": "easy", "duration_min": 40, "strides": 6, "stride_distance_m": 100}],
    ),
    (
        "Sun: 22 km @ 5:30-5:45",
        [{"kind": "long", "distance_m": 22000, "own_pace": (330, 345)}],
    ),
    (
        "Thu: 40 mins easy + 6 x 20 sec hill strides",
        [{"kind": "easy", "duration_min": 40, "strides": 6, "stride_seconds": 20}],
    ),
    (
        "Wed: 50' including 6 x 3' at 10K, 2' recoveries",
        [{"kind": "intervals", "duration_min": 50, "reps": 6, "recovery_seconds": 120}],
    ),
    ("Sun: 32k LR, last 12k at MP", [{"kind": "long", "finish": True, "rep_distance_m": 12000}]),
    (
        "Thu: easy 12 km AM, 8 km PM",
        [{"kind": "easy", "distance_m": 12000}, {"kind": "easy", "distance_m": 8000}],
    ),
    ("Fri: rest day", []),
    ("Mon: OFF", []),
]
NOT_USED: list[tuple[str, str]] = [
    ("Fri: off (or easy 30' if legs ok)", "it offers a choice or a condition"),
    ("Thu: run 30 min walk 5 min", "a run-walk without a time or a number of cycles"),
    ("Mon: Swim 1500m", "cross-training needs a time"),
    ("Wed: Rest or cross-train", "it offers a choice or a condition"),
]


@pytest.mark.parametrize(("line", "expected"), WORKOUTS)
def test_fresh_shorthand_gives_the_workout_written_and_shows_it_back(
    line: str, expected: list[dict[str, Any]]
) -> None:
    assert_honoured(line, expected)


@pytest.mark.parametrize(("line", "message"), NOT_USED)
def test_fresh_shorthand_nothing_can_be_used_from_says_so(line: str, message: str) -> None:
    assert_not_used(line, message)


def test_the_fresh_table_is_large_enough() -> None:
    assert len(WORKOUTS) + len(NOT_USED) >= 20
